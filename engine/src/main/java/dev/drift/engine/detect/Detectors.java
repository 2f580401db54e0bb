package dev.drift.engine.detect;

import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.model.Shift;
import java.util.ArrayList;
import java.util.List;

/** The registered detectors, in the order their findings are filed (the first of duplicates wins). */
public final class Detectors {
    private Detectors() {
    }

    public static final List<ShiftDetector> ALL = List.of(
            new AdditionDetector(), new AttributionDetector(), new OmissionDetector(), new NumberDetector(),
            new DateDetector(), new HedgeDetector(), new ModalityDetector(), new ClaimDetector(),
            new FramingDetector(), new EntityDetector(), new EditorialDetector(), new TenseDetector(),
            new RoleDetector());

    /**
     * The detectors of typed changes a quotation is checked for against its source (the same as for sentences, less
     * those that need whole sentences: names, attribution, editorial wording, word-level edits).
     */
    public static final List<ShiftDetector> TYPED = List.of(
            new NumberDetector(), new DateDetector(), new HedgeDetector(), new ModalityDetector(), new ClaimDetector(),
            new FramingDetector());

    /** The typed changes between a quotation and its source (the pair has no word alignment). */
    public static List<Shift> typedChanges(SentencePair pair) {
        List<Shift> out = new ArrayList<>();
        for (ShiftDetector d : TYPED) {
            d.inPair(pair, out);
        }
        return out;
    }

    /** The changes every detector finds inside one pair. */
    public static List<Shift> inPair(SentencePair pair) {
        List<Shift> out = new ArrayList<>();
        for (ShiftDetector d : ALL) {
            d.inPair(pair, out);
        }
        return out;
    }
}
