package dev.drift.engine.detect;

import dev.drift.engine.align.BagOfTerms;
import dev.drift.engine.compare.Comparison;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.document.Article;
import dev.drift.engine.document.Quotation;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAlignment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * OMISSION: original quotations the reprint drops, original passages nothing renders, and words a close rendering
 * drops from the sentence it renders (a subject, a verb, a modifier, a prepositional phrase).
 */
public final class OmissionDetector implements ShiftDetector {
    /** An original sentence whose words the reprint renders less than this is omitted. */
    private static final double OMITTED_BELOW = 0.3;
    /** A dropped quotation's words rendered at least this much in the reprint sentence count as kept. */
    private static final double QUOTE_WORDS_KEPT = 0.5;
    /** A reprint that leaves out this share of the original's sentences has lost what the article says. */
    private static final double MOST_OF_ARTICLE = 0.5;
    /** Pronouns in the subject's case: left out, they leave a verb without its doer. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they");
    /** Function words that bound or extend a claim: "only nine", "still operational", "also released", "most of". */
    private static final Set<String> SCOPE_WORDS = Set.of("only", "still", "also", "again", "even", "already", "yet",
            "most", "own", "too", "ever", "almost");

    @Override
    public void detect(Comparison c, List<QuoteFinding> quotes, List<Shift> out) {
        Set<Integer> quotingTerms = new HashSet<>();
        for (Quotation rq : c.reprint().quotations()) {
            if (!rq.speech()) {
                quotingTerms.add(rq.sentenceIndex());
            }
        }
        for (Quotation oq : droppedQuotations(c.original(), quotes)) {
            // A dropped quotation whose sentence the reprint still renders loses a claim: say where. (A sentence no
            // reprint sentence renders is reported whole, as an omitted passage.) A rendering that quotes a term
            // in its place re-words the quotation ("joint line with the tour" became "connected travel").
            int rendered = c.alignment().renderingSentence(oq.sentenceIndex());
            if (rendered >= 0 && !wordsRendered(c, oq, rendered) && !quotingTerms.contains(rendered)) {
                out.add(new Shift(ShiftType.OMISSION, Severity.MEDIUM,
                        "The original's quotation \"" + oq.text() + "\" is missing here: its claim is not rendered.",
                        Excerpt.of(c.reprint().sentences().get(rendered).span()), new Excerpt(oq.text(), oq.start(), oq.end())));
            }
        }
        ShiftDetector.super.detect(c, quotes, out);
        passages(c, out);
    }

    /**
     * The original's speech quotations that no reprint quotation takes as its source, in text order. Both lists
     * are walked once in order of position, so this stays linear in their lengths.
     */
    public static List<Quotation> droppedQuotations(Article original, List<QuoteFinding> quotes) {
        List<int[]> used = new ArrayList<>();
        for (QuoteFinding f : quotes) {
            if (f.source() != null && f.source().quoted()) {
                used.add(new int[] {f.source().start(), f.source().end()});
            }
        }
        used.sort(Comparator.comparingInt((int[] x) -> x[0]));
        List<Quotation> out = new ArrayList<>();
        int next = 0;
        int reach = Integer.MIN_VALUE; // the furthest end of the used sources starting before the current quotation
        for (Quotation oq : original.quotations()) {
            while (next < used.size() && used.get(next)[0] < oq.end()) {
                reach = Math.max(reach, used.get(next)[1]);
                next++;
            }
            if (oq.speech() && !(reach > oq.start())) {
                out.add(oq);
            }
        }
        return out;
    }

    private static boolean wordsRendered(Comparison c, Quotation oq, int reprintSentence) {
        BagOfTerms quote = new BagOfTerms(oq.tokens(c.original().text()), c.weights());
        BagOfTerms sentence = new BagOfTerms(c.reprint().sentences().get(reprintSentence).tokens(), c.weights());
        return quote.recallIn(sentence) >= QUOTE_WORDS_KEPT;
    }

    @Override
    public void inPair(SentencePair pair, List<Shift> out) {
        if (!Renderings.close(pair)) {
            return; // a free re-wording adds and drops words as a matter of style
        }
        WordAlignment wa = pair.words();
        droppedFunctionWord(pair, out);
        for (List<Integer> run : wa.dropped()) {
            Word first = wa.original().get(run.get(0));
            Word last = wa.original().get(run.get(run.size() - 1));
            Span dropped = Span.of(pair.originalText(), first.start(), last.end());
            if (possibilityReworded(pair, dropped)) {
                continue; // "it is possible that I will" rendered "I might": the hedge moved into another word
            }
            out.add(new Shift(ShiftType.OMISSION, Severity.MEDIUM,
                    "\"" + dropped.text() + "\" is left out: the reprint's sentence no longer says it.",
                    Excerpt.of(pair.reprint()), Excerpt.of(dropped)));
        }
    }

    /**
     * A function word a copy leaves out that carries part of the claim, so the dropped content words miss it: a
     * subject pronoun ("he had taken bribes" became "had taken bribes": who did it), or a word that sets the claim's
     * scope ("only nine states", "still operational", "also released").
     */
    private static void droppedFunctionWord(SentencePair pair, List<Shift> out) {
        WordAlignment wa = pair.words();
        int[] renderedBy = new int[wa.original().size()];
        Arrays.fill(renderedBy, -1);
        for (int r = 0; r < wa.originalOf().length; r++) {
            if (wa.originalOf()[r] >= 0) {
                renderedBy[wa.originalOf()[r]] = r;
            }
        }
        for (int o = 0; o + 1 < renderedBy.length; o++) {
            Word w = wa.original().get(o);
            boolean subject = SUBJECT_PRONOUNS.contains(w.lower());
            if (renderedBy[o] < 0 && (subject || SCOPE_WORDS.contains(w.lower())) && closedUp(renderedBy, o)
                    && !saysAgain(wa.reprint(), w.lower())) {
                Span dropped = pair.originalWord(o);
                out.add(new Shift(ShiftType.OMISSION, Severity.MEDIUM, subject
                        ? "The subject \"" + dropped.text() + "\" is left out: the reprint's sentence no longer says who."
                        : "\"" + dropped.text() + "\" is left out: the claim's scope is no longer what the original says.",
                        Excerpt.of(pair.reprint()), Excerpt.of(dropped)));
                return;
            }
        }
    }

    /**
     * The words either side of original word {@code o} are neighbours in the reprint: nothing ("me", "his") took
     * its place.
     */
    private static boolean closedUp(int[] renderedBy, int o) {
        int next = renderedBy[o + 1];
        if (next < 0) {
            return false;
        }
        return o == 0 ? next == 0 : renderedBy[o - 1] >= 0 && renderedBy[o - 1] == next - 1;
    }

    /** The reprint has the word elsewhere: it moved, it was not dropped. */
    private static boolean saysAgain(List<Word> reprint, String pronoun) {
        return reprint.stream().anyMatch(w -> w.lower().equals(pronoun));
    }

    /**
     * The dropped words only say that something is possible, and the reprint sentence says so at least as often in
     * words of its own: the possibility is kept, in other words.
     */
    private static boolean possibilityReworded(SentencePair pair, Span dropped) {
        List<Span> original = pair.originalCues().possibility();
        List<Span> reprint = pair.reprintCues().possibility();
        if (reprint.size() < original.size()) {
            return false;
        }
        for (Token t : Tokenizer.tokenize(pair.originalText(), dropped.start(), dropped.end())) {
            if (original.stream().noneMatch(p -> p.start() == t.start())) {
                return false;
            }
        }
        return true;
    }

    private static void passages(Comparison c, List<Shift> out) {
        double[] coverage = c.alignment().originalCoverage();
        List<Article.Sentence> sentences = c.original().sentences();
        int omittedCount = 0;
        List<List<Article.Sentence>> runs = new ArrayList<>();
        List<Article.Sentence> run = new ArrayList<>();
        for (Article.Sentence s : sentences) {
            if (!s.saysSomething()) {
                continue;
            }
            boolean omitted = coverage[s.index()] < OMITTED_BELOW && c.alignment().renderingSentence(s.index()) < 0;
            if (!run.isEmpty() && (!omitted || s.paragraph() != run.get(0).paragraph())) {
                runs.add(run);
                run = new ArrayList<>();
            }
            if (omitted) {
                run.add(s);
                omittedCount++;
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        boolean mostOfArticle = omittedCount >= MOST_OF_ARTICLE * sentences.size();
        int[] renderedBefore = renderedBefore(c);
        int[] renderedFrom = renderedFrom(c);
        for (List<Article.Sentence> r : runs) {
            Span span = Span.of(c.original().text(), r.get(0).span().start(), r.get(r.size() - 1).span().end());
            if (replacedInPlace(c, renderedBefore, renderedFrom, r.get(0).index(), r.get(r.size() - 1).index())) {
                // The reprint says something else where this passage stood: that is reported as its addition, and
                // whether the passage is gone or re-worded past recognition the words cannot tell.
                out.add(new Shift(ShiftType.OMISSION, Severity.LOW,
                        "Nothing in the reprint renders this passage; other content stands in its place.",
                        null, Excerpt.of(span)));
                continue;
            }
            boolean quoted = r.stream().anyMatch(s -> c.original().quotationsIn(s.index()).stream().anyMatch(Quotation::speech));
            out.add(new Shift(ShiftType.OMISSION, quoted || mostOfArticle ? Severity.MEDIUM : Severity.LOW,
                    mostOfArticle ? "The reprint leaves out this passage, and with it most of the original."
                            : quoted ? "The reprint leaves out this passage of the original, quotation included."
                            : "The reprint leaves out this passage of the original.",
                    null, Excerpt.of(span)));
        }
    }

    /** At most this many reprint sentences per original one are scanned for the passage's place. */
    private static final int PLACE_WIDTH = 4;

    /** For each original sentence, the last reprint sentence rendering it or an original sentence before it; else -1. */
    private static int[] renderedBefore(Comparison c) {
        int[] out = new int[c.original().sentences().size()];
        int last = -1;
        for (int i = 0; i < out.length; i++) {
            last = Math.max(last, c.alignment().renderingSentence(i));
            out[i] = last;
        }
        return out;
    }

    /**
     * For each original sentence, the reprint sentence rendering it or the next original sentence that is rendered;
     * else the reprint's sentence count. Computed once, so that finding each passage's place stays linear.
     */
    private static int[] renderedFrom(Comparison c) {
        int[] out = new int[c.original().sentences().size()];
        int next = c.reprint().sentences().size();
        for (int i = out.length - 1; i >= 0; i--) {
            int r = c.alignment().renderingSentence(i);
            next = r >= 0 ? r : next;
            out[i] = next;
        }
        return out;
    }

    /**
     * A reprint sentence that renders nothing stands between the renderings of the sentences around the original
     * passage {@code first..last}: the passage's place is taken, not left empty.
     */
    private static boolean replacedInPlace(Comparison c, int[] renderedBefore, int[] renderedFrom, int first, int last) {
        int from = first > 0 ? renderedBefore[first - 1] + 1 : 0;
        int to = last + 1 < renderedFrom.length ? renderedFrom[last + 1] : c.reprint().sentences().size();
        if (to - from > PLACE_WIDTH * (last - first + 1)) {
            return false; // a reprint in another order: no one place, and no scan longer than the passage allows
        }
        for (int k = from; k < to; k++) {
            if (c.pairs().get(k) == null && c.reprint().sentences().get(k).saysSomething()) {
                return true;
            }
        }
        return false;
    }
}
