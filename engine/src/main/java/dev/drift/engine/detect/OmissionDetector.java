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
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAlignment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    @Override
    public void detect(Comparison c, List<QuoteFinding> quotes, List<Shift> out) {
        for (Quotation oq : droppedQuotations(c.original(), quotes)) {
            // A dropped quotation whose sentence the reprint still renders loses a claim: say where. (A sentence no
            // reprint sentence renders is reported whole, as an omitted passage.)
            int rendered = c.alignment().renderingSentence(oq.sentenceIndex());
            if (rendered >= 0 && !wordsRendered(c, oq, rendered)) {
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
        for (List<Integer> run : wa.dropped()) {
            Word first = wa.original().get(run.get(0));
            Word last = wa.original().get(run.get(run.size() - 1));
            Span dropped = Span.of(pair.originalText(), first.start(), last.end());
            out.add(new Shift(ShiftType.OMISSION, Severity.MEDIUM,
                    "\"" + dropped.text() + "\" is left out: the reprint's sentence no longer says it.",
                    Excerpt.of(pair.reprint()), Excerpt.of(dropped)));
        }
    }

    private static void passages(Comparison c, List<Shift> out) {
        double[] coverage = c.alignment().originalCoverage();
        List<Article.Sentence> sentences = c.original().sentences();
        int omittedCount = 0;
        List<List<Article.Sentence>> runs = new ArrayList<>();
        List<Article.Sentence> run = new ArrayList<>();
        for (Article.Sentence s : sentences) {
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
        for (List<Article.Sentence> r : runs) {
            Span span = Span.of(c.original().text(), r.get(0).span().start(), r.get(r.size() - 1).span().end());
            boolean quoted = r.stream().anyMatch(s -> c.original().quotationsIn(s.index()).stream().anyMatch(Quotation::speech));
            out.add(new Shift(ShiftType.OMISSION, quoted || mostOfArticle ? Severity.MEDIUM : Severity.LOW,
                    mostOfArticle ? "The reprint leaves out this passage, and with it most of the original."
                            : quoted ? "The reprint leaves out this passage of the original, quotation included."
                            : "The reprint leaves out this passage of the original.",
                    null, Excerpt.of(span)));
        }
    }
}
