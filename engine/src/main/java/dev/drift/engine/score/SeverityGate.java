package dev.drift.engine.score;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Severity that is earned: a detector proposes MEDIUM or HIGH, and the finding keeps it only when its evidence
 * ({@link FindingEvidence}) gives a probability at or above the model's cut that a translator would confirm the change
 * there; otherwise it is listed as LOW. The model is fitted on rated real translations (see the calibration module).
 */
public final class SeverityGate {
    private final Logistic model;

    /** With no model every detector severity stands: the engine as its detectors alone see it. */
    public static final SeverityGate NONE = new SeverityGate(null);

    public SeverityGate(Logistic model) {
        this.model = model;
    }

    /** The model, or null for {@link #NONE}. */
    public Logistic model() {
        return model;
    }

    /**
     * The probability that each MEDIUM or HIGH finding is a real change (NaN for LOW ones and without a model) into
     * {@code probabilities}, and the findings with their earned severities.
     */
    public List<Shift> apply(List<Shift> shifts, List<Map<String, Double>> evidence, double[] probabilities) {
        List<Shift> out = new ArrayList<>(shifts.size());
        for (int i = 0; i < shifts.size(); i++) {
            Shift s = shifts.get(i);
            probabilities[i] = Double.NaN;
            if (model == null || s.severity() == Severity.LOW) {
                out.add(s);
                continue;
            }
            double p = model.probability(evidence.get(i));
            probabilities[i] = p;
            out.add(p >= model.cut(evidence.get(i)) ? s : new Shift(s.type(), Severity.LOW, s.explanation(), s.reprint(), s.original()));
        }
        return out;
    }
}
