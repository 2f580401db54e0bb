package dev.drift.engine.detect;

import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.text.Span;
import java.util.List;

/** HEDGE: an expression of uncertainty dropped (uncertain becomes certain) or added. */
public final class HedgeDetector implements ShiftDetector {

    @Override
    public void inPair(SentencePair pair, List<Shift> out) {
        List<Span> rh = pair.reprintCues().hedges();
        List<Span> oh = pair.originalCues().hedges();
        if (!oh.isEmpty() && rh.isEmpty()) {
            out.add(new Shift(ShiftType.HEDGE, Severity.MEDIUM,
                    "The hedge \"" + oh.get(0).text() + "\" was dropped: what the original presents as uncertain reads as certain.",
                    Excerpt.of(pair.reprint()), Excerpt.of(oh.get(0))));
        } else if (oh.isEmpty() && !rh.isEmpty()) {
            out.add(new Shift(ShiftType.HEDGE, Severity.LOW,
                    "The hedge \"" + rh.get(0).text() + "\" was added: the reprint presents as uncertain what the original states.",
                    Excerpt.of(rh.get(0)), Excerpt.of(pair.firstOriginal())));
        }
    }
}
