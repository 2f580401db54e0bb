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
                out.add(new Shift(ShiftType.ADDITION, Severity.LOW, "This content has no source in the original.",
                        Excerpt.of(run), null));
            }
        }
    }

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
            Span added = Span.of(pair.reprintText(), first.start(), last.end());
            out.add(new Shift(ShiftType.ADDITION, Severity.MEDIUM,
                    "\"" + added.text() + "\" is added: the original sentence does not say it.",
                    Excerpt.of(added), Excerpt.of(pair.firstOriginal())));
        }
    }
}
