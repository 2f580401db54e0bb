package dev.drift.engine.quote;

import dev.drift.engine.document.Quotation;
import dev.drift.engine.align.BagIndex;
import dev.drift.engine.align.BagOfTerms;
import dev.drift.engine.align.TermWeights;
import dev.drift.engine.document.Article;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.report.DriftReport.SourceQuote;
import dev.drift.engine.model.Verdict;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Gives each reprint quotation a verdict against the original: the same words (VERBATIM), re-worded
 * with meaning kept (PARAPHRASED), meaning changed (ALTERED), narrative turned into a quotation
 * (PROMOTED), or no source at all (FABRICATED); with the source span and any change of speaker.
 */
public final class QuoteJudge {
    /** Share of a quotation's content weight that must recur in a source for it to count as one. */
    static final double SOURCE_RECALL = 0.34;
    static final double NARRATIVE_RECALL = 0.5;
    /**
     * A quotation in a sentence rendering one that quotes someone needs only this share of its words in that
     * quotation: a re-translation keeps the names, numbers and a few words of what was said, not its wording.
     */
    static final double SOURCE_RECALL_IN_PLACE = 0.15;
    private static final double PROMOTION_MARGIN = 0.15;
    /** Above this many candidate holders a short quotation takes the first: no quadratic scan on quote-dense text. */
    private static final int VERBATIM_SCAN_LIMIT = 64;
    /**
     * Source candidates come from words in at most this many original quotations: far more than any real article's
     * quotations share a content word, so only quote-dense text of common words is narrowed, keeping cost linear.
     */
    private static final int SOURCE_CANDIDATE_POSTINGS = 256;

    public record Judged(QuoteFinding finding, Quotation sourceQuote) {
    }

    private final Article original;
    private final TermWeights weights;
    /** Whether the sentence model, when there is one, is sure a quotation (second) says something else than its
     * source (first): then a quotation with no typed change is ALTERED. */
    private final BiPredicate<String, String> meaningDiffers;
    private final List<BagOfTerms> quoteBags = new ArrayList<>();
    private final List<BagOfTerms> narrativeBags = new ArrayList<>();
    private final List<String> normalizedQuotes = new ArrayList<>();
    private final List<String> normalizedNarrative = new ArrayList<>();

    /** Speech quotations of the original by each whole word of their normalized text, ascending. */
    private final Map<String, List<Integer>> speechQuotesByWord = new HashMap<>();
    private final List<Integer> speechQuotes = new ArrayList<>();
    /** Speech quotations of the original by their whole normalized text. */
    private final Map<String, List<Integer>> speechQuotesByText = new HashMap<>();
    /** Speech quotations of the original by the sentence they start in, ascending. */
    private final Map<Integer, List<Integer>> speechQuotesBySentence = new HashMap<>();
    private final BagIndex quoteIndex;
    /** Where a quotation that shares few words with any source stands: the source in its place. */
    private final QuotePlaces places;
    /** The typed changes (numbers, negation, modality...) between a quotation and its source: ALTERED when any. */
    private final Function<SentencePair, List<?>> typedChanges;

    public QuoteJudge(Article original, TermWeights weights, Function<SentencePair, List<?>> typedChanges,
                      BiPredicate<String, String> meaningDiffers) {
        this.original = original;
        this.weights = weights;
        this.typedChanges = typedChanges;
        this.meaningDiffers = meaningDiffers;
        for (int i = 0; i < original.quotations().size(); i++) {
            Quotation q = original.quotations().get(i);
            quoteBags.add(new BagOfTerms(q.tokens(original.text()), weights));
            String norm = normalize(q.text());
            normalizedQuotes.add(norm);
            if (q.speech()) {
                speechQuotes.add(i);
                speechQuotesByText.computeIfAbsent(norm, k -> new ArrayList<>()).add(i);
                speechQuotesBySentence.computeIfAbsent(q.sentenceIndex(), k -> new ArrayList<>()).add(i);
                for (String word : new LinkedHashSet<>(Arrays.asList(norm.split(" ")))) {
                    speechQuotesByWord.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
                }
            }
        }
        quoteIndex = new BagIndex(quoteBags, weights);
        for (Article.Sentence s : original.sentences()) {
            List<Token> narrative = s.tokens().stream().filter(t -> !original.insideSpeechQuote(t.start())).toList();
            narrativeBags.add(new BagOfTerms(narrative, weights));
            normalizedNarrative.add(normalize(s.text()));
        }
        places = new QuotePlaces(original, speechQuotesBySentence, narrativeBags);
    }

    /**
     * @param aligned the original sentences the quotation's sentence renders
     * @param candidates original sentences worth searching for a narrative source (aligned ones first)
     */
    public Judged judge(Article reprint, Quotation quote, List<Integer> aligned, List<Integer> candidates) {
        if (!quote.speech()) {
            return new Judged(new QuoteFinding(quote.text(), quote.start(), quote.end(), false, null, null, null, null,
                    null, false), null);
        }
        String norm = normalize(quote.text());
        BagOfTerms bag = new BagOfTerms(quote.tokens(reprint.text()), weights);

        if (!norm.isEmpty()) {
            int verbatim = bestVerbatim(reprint, quote, norm);
            if (verbatim >= 0) {
                Quotation oq = original.quotations().get(verbatim);
                Span source = locate(oq.span(), quote.text());
                return verdict(quote, Verdict.VERBATIM, 1.0, source, true, oq.speaker(), oq);
            }
        }
        int bestQuote = -1;
        double bestQuoteRecall = 0;
        // Quotations sharing no word have recall 0 and can never be the best; of the rest, those holding the
        // quotation's rarer words (all of them, unless common words would bring in most of a quote-dense article).
        for (int i : quoteIndex.sharingBounded(bag, SOURCE_CANDIDATE_POSTINGS)) {
            if (!original.quotations().get(i).speech()) {
                continue;
            }
            double recall = bag.recallIn(quoteBags.get(i));
            if (recall > bestQuoteRecall) {
                bestQuoteRecall = recall;
                bestQuote = i;
            }
        }
        // Words split across two quotations of one sentence still have that sentence's quotations as source.
        for (int sentence : candidates) {
            List<Integer> inSentence = speechQuotesBySentence.getOrDefault(sentence, List.of());
            if (inSentence.size() < 2) {
                continue;
            }
            BagOfTerms union = null;
            for (int i : inSentence) {
                union = union == null ? quoteBags.get(i) : union.union(quoteBags.get(i));
            }
            double recall = bag.recallIn(union);
            if (recall > bestQuoteRecall + 1e-9) {
                bestQuoteRecall = recall;
                int pick = inSentence.get(0);
                for (int i : inSentence) {
                    if (bag.shared(quoteBags.get(i)) > bag.shared(quoteBags.get(pick))) {
                        pick = i;
                    }
                }
                bestQuote = pick;
            }
        }
        int bestSentence = -1;
        double bestNarrativeRecall = 0;
        for (int s : candidates) {
            if (!norm.isEmpty() && normalizedNarrative.get(s).contains(norm)) {
                bestSentence = s;
                bestNarrativeRecall = 1.0;
                break;
            }
            double recall = bag.recallIn(narrativeBags.get(s));
            if (recall > bestNarrativeRecall) {
                bestNarrativeRecall = recall;
                bestSentence = s;
            }
        }
        boolean narrativeWins = bestSentence >= 0 && bestNarrativeRecall >= NARRATIVE_RECALL
                && bestNarrativeRecall > bestQuoteRecall + PROMOTION_MARGIN;
        boolean promotable = bestSentence >= 0 && bestNarrativeRecall >= NARRATIVE_RECALL - 0.1;
        boolean inPlace = false;
        if (!narrativeWins && bestQuoteRecall < SOURCE_RECALL && !promotable) {
            // A quotation re-translated in other words still stands where its source stood: in a sentence that
            // renders a sentence quoting someone. There, fewer shared words suffice.
            int inCandidate = bestQuoteInSentences(bag, candidates);
            if (inCandidate >= 0 && bag.recallIn(quoteBags.get(inCandidate)) >= SOURCE_RECALL_IN_PLACE) {
                bestQuote = inCandidate;
                bestQuoteRecall = bag.recallIn(quoteBags.get(inCandidate));
                inPlace = true;
            }
        }
        if (!narrativeWins && !inPlace && bestQuoteRecall < SOURCE_RECALL && !promotable) {
            // Re-translated in words it shares with nothing, a quotation still has its source where it stands: the
            // one in the same place among as many quotations of the sentence it renders.
            int samePlace = places.samePlace(reprint, quote, aligned);
            if (samePlace >= 0) {
                bestQuote = samePlace;
                bestQuoteRecall = bag.recallIn(quoteBags.get(samePlace));
                inPlace = true;
            }
        }
        if (!narrativeWins && bestQuote >= 0 && (bestQuoteRecall >= SOURCE_RECALL || inPlace)) {
            Quotation oq = original.quotations().get(bestQuote);
            Span window = window(oq.span(), bag);
            List<?> changes = typedChanges.apply(SentencePair.cuesOnly(reprint.text(), quote.span(), original.text(), window));
            double sim = bag.dice(quoteBags.get(bestQuote));
            double similarity = Math.max(sim, bestQuoteRecall);
            if (changes.isEmpty() && !meaningDiffers.test(window.text(), quote.text())) {
                return verdict(quote, Verdict.PARAPHRASED, 0.5 + 0.45 * similarity, window, true, oq.speaker(), oq);
            }
            return verdict(quote, Verdict.ALTERED, 0.2 + 0.3 * similarity, window, true, oq.speaker(), oq);
        }
        if (!promotable) {
            // Narrative re-translated as a quotation: the sentence it renders quotes no one and shares some words.
            int narrated = places.narratedInPlace(bag, aligned);
            if (narrated >= 0) {
                promotable = true;
                bestSentence = narrated;
                bestNarrativeRecall = bag.recallIn(narrativeBags.get(narrated));
            }
        }
        if (promotable) {
            Article.Sentence s = original.sentences().get(bestSentence);
            Span window = window(s.span(), bag);
            String speaker = s.narrativeSpeaker();
            return verdict(quote, Verdict.PROMOTED, 0.5 * bestNarrativeRecall, window, false, speaker, null);
        }
        return verdict(quote, Verdict.FABRICATED, 0.0, null, false, null, null);
    }

    /** Of the speech quotations in these original sentences, the one sharing most of the bag's weight, or -1. */
    private int bestQuoteInSentences(BagOfTerms bag, List<Integer> sentences) {
        int best = -1;
        double bestRecall = 0;
        for (int sentence : sentences) {
            for (int i : speechQuotesBySentence.getOrDefault(sentence, List.of())) {
                double recall = bag.recallIn(quoteBags.get(i));
                if (recall > bestRecall) {
                    bestRecall = recall;
                    best = i;
                }
            }
        }
        return best;
    }

    /**
     * The original speech quotation holding the quotation's words. When the same words are quoted more than once
     * ("criminal" from two people), the one with the same words exactly, then the same speaker, then the nearest
     * relative position wins, so that a text compared with itself pairs each quotation with itself.
     */
    private int bestVerbatim(Article reprint, Quotation quote, String norm) {
        List<Integer> exact = speechQuotesByText.getOrDefault(norm, List.of());
        double where = (double) quote.start() / Math.max(1, reprint.text().length());
        List<Integer> candidates = exact.isEmpty() ? mayContainVerbatim(norm) : nearest(exact, where);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i : candidates) {
            if (!normalizedQuotes.get(i).contains(norm)) {
                continue;
            }
            Quotation oq = original.quotations().get(i);
            boolean sameSpeaker = quote.speaker() != null && oq.speaker() != null
                    && QuoteExtractor.sameSpeaker(quote.speaker(), oq.speaker());
            double distance = Math.abs(where - (double) oq.start() / Math.max(1, original.text().length()));
            double score = (sameSpeaker ? 2 : 0) - distance;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
            if (exact.isEmpty() && candidates.size() > VERBATIM_SCAN_LIMIT && best >= 0) {
                break; // a quotation of one or two common words: the first holder will do, keeping cost linear
            }
        }
        return best;
    }

    /** Of the same words quoted in many places, those weighed: this many either side of the nearest place. */
    private static final int SAME_WORDS_WINDOW = 16;

    /**
     * The holders of the same words nearest in relative position to {@code where} (they ascend in text order): a text
     * quoting one phrase thousands of times must not weigh every holder for every quotation.
     */
    private List<Integer> nearest(List<Integer> holders, double where) {
        if (holders.size() <= 2 * SAME_WORDS_WINDOW) {
            return holders;
        }
        double length = Math.max(1, original.text().length());
        int lo = 0;
        int hi = holders.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (original.quotations().get(holders.get(mid)).start() / length < where) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return holders.subList(Math.max(0, lo - SAME_WORDS_WINDOW), Math.min(holders.size(), lo + SAME_WORDS_WINDOW));
    }

    private QuoteFinding finding(Quotation q, Verdict v, double fidelity, Span source, boolean quoted, String originalSpeaker) {
        boolean changed = q.speaker() != null && originalSpeaker != null && !QuoteExtractor.sameSpeaker(q.speaker(), originalSpeaker);
        SourceQuote sq = source == null ? null : new SourceQuote(source.text(), source.start(), source.end(), quoted);
        return new QuoteFinding(q.text(), q.start(), q.end(), true, q.speaker(), v, round(fidelity), sq, originalSpeaker, changed);
    }

    private Judged verdict(Quotation q, Verdict v, double fidelity, Span source, boolean quoted, String originalSpeaker,
                           Quotation sourceQuote) {
        return new Judged(finding(q, v, fidelity, source, quoted, originalSpeaker), sourceQuote);
    }

    /** The stretch of {@code within} from the first to the last word the quotation shares with it, widened a little. */
    private Span window(Span within, BagOfTerms bag) {
        List<Token> tokens = Tokenizer.tokenize(original.text(), within.start(), within.end());
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (bag.contains(tokens.get(i).key()) && Tokenizer.isContent(tokens.get(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return within;
        }
        first = Math.max(0, first - 3);
        last = Math.min(tokens.size() - 1, last + 3);
        return Span.of(original.text(), tokens.get(first).start(), tokens.get(last).end());
    }

    private Span locate(Span within, String quoteText) {
        String hay = normalizeKeepingLength(original.text().substring(within.start(), within.end()));
        String needle = normalizeKeepingLength(quoteText);
        int i = hay.indexOf(needle);
        if (i >= 0) {
            return Span.of(original.text(), within.start() + i, within.start() + i + needle.length());
        }
        return within;
    }

    /**
     * Speech quotations whose normalized text may contain {@code norm}, ascending: a text containing three or more
     * words holds each inner one as a whole word, so the rarest inner word's quotations suffice.
     */
    private List<Integer> mayContainVerbatim(String norm) {
        String[] words = norm.split(" ");
        if (words.length < 3) {
            return speechQuotes;
        }
        List<Integer> fewest = null;
        for (int w = 1; w < words.length - 1; w++) {
            List<Integer> quotes = speechQuotesByWord.getOrDefault(words[w], List.of());
            if (fewest == null || quotes.size() < fewest.size()) {
                fewest = quotes;
            }
        }
        return fewest;
    }

    /** Lower case, curly marks straightened, punctuation and spacing ignored: the VERBATIM test. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(Character.toLowerCase(c));
            } else if (c != '’' && c != '\'' && c != ',' && c != '.' || Character.isWhitespace(c)) {
                space = true;
            }
        }
        return b.toString();
    }

    private static String normalizeKeepingLength(String s) {
        return Lexicon.lowerKeepingOffsets(s).replace('’', '\'').replace('“', '"').replace('”', '"');
    }

    private static double round(double v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 1000) / 1000.0;
    }

}
