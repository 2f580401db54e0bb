package dev.drift.engine.detect;

import dev.drift.engine.compare.Comparison;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.shift.Cues;
import dev.drift.engine.text.Span;
import java.util.List;
import java.util.Locale;

/** EDITORIAL: opinion wording or an editor's note inserted, inside a rendered sentence or as new text. */
public final class EditorialDetector implements ShiftDetector {

    @Override
    public void detect(Comparison c, List<QuoteFinding> quotes, List<Shift> out) {
        ShiftDetector.super.detect(c, quotes, out);
        for (Span run : c.unalignedReprintRuns()) {
            if (isEditorial(c.reprint().text(), run)) {
                out.add(new Shift(ShiftType.EDITORIAL, Severity.HIGH,
                        "Opinion or an editor's note is inserted; the original has nothing like it.", Excerpt.of(run), null));
            }
        }
    }

    /** Whether new reprint text carries an editorial marker (then it is EDITORIAL, not a plain addition). */
    static boolean isEditorial(String text, Span run) {
        return !Cues.editorialMarkers(text, run.start(), run.end()).isEmpty();
    }

    /**
     * Words without punctuation, one space apart: the marker "of course," is in an original that says "which of
     * course has".
     */
    private static String wordsOf(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Override
    public void inPair(SentencePair pair, List<Shift> out) {
        List<Span> markers = Cues.editorialMarkers(pair.reprintText(), pair.reprint().start(), pair.reprint().end());
        if (markers.isEmpty()) {
            return;
        }
        StringBuilder original = new StringBuilder(" ");
        for (Span o : pair.original()) {
            original.append(wordsOf(o.text())).append(' ');
        }
        for (Span m : markers) {
            if (original.indexOf(" " + wordsOf(m.text()) + " ") < 0) {
                out.add(new Shift(ShiftType.EDITORIAL, Severity.MEDIUM,
                        "Opinion wording (\"" + m.text() + "\") is inserted into a sentence that renders the original.",
                        Excerpt.of(pair.reprint()), Excerpt.of(pair.firstOriginal())));
                return;
            }
        }
    }
}
