package dev.drift.engine.detect;

import dev.drift.engine.compare.Comparison;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.model.Verdict;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.text.Span;
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAlignment;
import java.util.List;

/**
 * ADDITION: a quotation with no source, reprint passages that render nothing, and words a close rendering adds
 * to the sentence it renders ("working" became "working hard").
 */
public final class AdditionDetector implements ShiftDetector {

    @Override
    public void detect(Comparison c, List<QuoteFinding> quotes, List<Shift> out) {
        for (QuoteFinding f : quotes) {
            if (f.verdict() == Verdict.FABRICATED) {
                out.add(new Shift(ShiftType.ADDITION, Severity.HIGH,
                        "The quotation \"" + f.text() + "\" has no source in the original: neither quoted nor narrated there.",
                        new Excerpt(f.text(), f.start(), f.end()), null));
            }
        }
        ShiftDetector.super.detect(c, quotes, out);
        for (Span run : c.unalignedReprintRuns()) {
            if (!EditorialDetector.isEditorial(c.reprint().text(), run)) {
                out.add(new Shift(ShiftType.ADDITION, Severity.MEDIUM, "This content has no source in the original.",
                        Excerpt.of(run), null));
            }
        }
    }

    /** A phrase typed again is a few words long; the bound keeps the test linear in a long added run. */
    private static final int REPEATED_UNIT_MAX = 4;

    @Override
    public void inPair(SentencePair pair, List<Shift> out) {
        if (!Renderings.close(pair)) {
            return; // a free re-wording adds and drops words as a matter of style
        }
        WordAlignment wa = pair.words();
        for (List<Integer> run : wa.added()) {
            Word first = wa.reprint().get(run.get(0));
            Word last = wa.reprint().get(run.get(run.size() - 1));
            if (run.stream().allMatch(i -> wa.reprint().get(i).isNumberLike())) {
                continue; // a number added where another stood is the number detector's
            }
            if (run.stream().allMatch(i -> Renderings.untranslated(wa, i))) {
                continue; // words left in another language: the claim detector says so
            }
            if (repeatsNeighbour(wa.reprint(), run)) {
                continue; // "by Covid-19 Covid-19": a word typed twice says nothing new
            }
            Span added = Span.of(pair.reprintText(), first.start(), last.end());
            out.add(new Shift(ShiftType.ADDITION, Severity.MEDIUM,
                    "\"" + added.text() + "\" is added: the original sentence does not say it.",
                    Excerpt.of(added), Excerpt.of(pair.firstOriginal())));
        }
    }

    /**
     * The run repeats the words just before it, or just after it, written again ("Covid-19 Covid-19", whose words
     * are "covid" and "19"): some period p, up to {@link #REPEATED_UNIT_MAX} words, maps each of its words to the
     * same word p away.
     */
    private static boolean repeatsNeighbour(List<Word> words, List<Integer> run) {
        for (int period = 1; period <= Math.min(run.size(), REPEATED_UNIT_MAX); period++) {
            if (repeatsAt(words, run, -period) || repeatsAt(words, run, period)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeatsAt(List<Word> words, List<Integer> run, int offset) {
        for (int i : run) {
            int j = i + offset;
            if (j < 0 || j >= words.size() || !words.get(j).lower().equals(words.get(i).lower())) {
                return false;
            }
        }
        return true;
    }
}
