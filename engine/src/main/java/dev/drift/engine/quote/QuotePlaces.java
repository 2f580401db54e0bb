package dev.drift.engine.quote;

import dev.drift.engine.align.BagOfTerms;
import dev.drift.engine.document.Article;
import dev.drift.engine.document.Quotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source a re-translated quotation has by its place when it shares few or no words with any: the original's
 * quotation at the same rank in the sentence the reprint's sentence renders, or that sentence's narrative. What
 * {@link QuoteJudge} asks when the words alone find nothing.
 */
final class QuotePlaces {
    /** SOURCE_RECALL_IN_PLACE of {@link QuoteJudge}: the share of weight a narrative source must hold. */
    private static final double NARRATIVE_IN_PLACE = QuoteJudge.SOURCE_RECALL_IN_PLACE;

    /** All quotations of the original, speech or not, by the sentence they start in, ascending. */
    private final Map<Integer, List<Integer>> quotesBySentence = new HashMap<>();
    /** The original's speech quotations by sentence, as the judge keeps them. */
    private final Map<Integer, List<Integer>> speechQuotesBySentence;
    /** Each original sentence's words outside speech quotations. */
    private final List<BagOfTerms> narrativeBags;

    QuotePlaces(Article original, Map<Integer, List<Integer>> speechQuotesBySentence, List<BagOfTerms> narrativeBags) {
        for (int i = 0; i < original.quotations().size(); i++) {
            quotesBySentence.computeIfAbsent(original.quotations().get(i).sentenceIndex(), k -> new ArrayList<>()).add(i);
        }
        this.speechQuotesBySentence = speechQuotesBySentence;
        this.narrativeBags = narrativeBags;
    }

    /** A sentence holding more quotations than this is not read by place: which is which is then a guess. */
    private static final int PLACED_QUOTES_MAX = 4;

    /**
     * The original quotation in the same place as the reprint's: the aligned original sentences hold as many
     * quotations as the reprint's sentence (a few), and this one is at the same rank among them; else -1. Speech or
     * not on either side: one text may read a quoted term as speech where the other does not.
     */
    int samePlace(Article reprint, Quotation quote, List<Integer> aligned) {
        List<Integer> sources = new ArrayList<>();
        for (int sentence : aligned) {
            sources.addAll(quotesBySentence.getOrDefault(sentence, List.of()));
            if (sources.size() > PLACED_QUOTES_MAX) {
                return -1;
            }
        }
        List<Quotation> all = reprint.quotations();
        int at = indexOf(all, quote);
        if (sources.isEmpty() || at < 0) {
            return -1;
        }
        int rank = 0;
        int count = 0;
        for (int i = Math.max(0, at - PLACED_QUOTES_MAX - 1); i < Math.min(all.size(), at + PLACED_QUOTES_MAX + 2); i++) {
            Quotation q = all.get(i);
            if (q.sentenceIndex() == quote.sentenceIndex()) {
                rank += i < at ? 1 : 0;
                count++;
            }
        }
        return count == sources.size() ? sources.get(rank) : -1;
    }

    /** The quotation's index in the article's list, which is in text order: a binary search; -1 when absent. */
    private static int indexOf(List<Quotation> quotations, Quotation quote) {
        int i = QuoteExtractor.endingBy(quotations, Quotation::start, quote.start() - 1);
        return i < quotations.size() && quotations.get(i).start() == quote.start() ? i : -1;
    }

    /**
     * An aligned original sentence that quotes no one and holds some of the quotation's words
     * ({@link QuoteJudge#SOURCE_RECALL_IN_PLACE} of their weight), best first; else -1.
     */
    int narratedInPlace(BagOfTerms bag, List<Integer> aligned) {
        int best = -1;
        double bestRecall = NARRATIVE_IN_PLACE;
        for (int sentence : aligned) {
            if (speechQuotesBySentence.containsKey(sentence)) {
                return -1;
            }
            double recall = bag.recallIn(narrativeBags.get(sentence));
            if (recall >= bestRecall) {
                bestRecall = recall;
                best = sentence;
            }
        }
        return best;
    }
}
