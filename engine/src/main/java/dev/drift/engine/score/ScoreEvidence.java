package dev.drift.engine.score;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence a report's {@code overall} is computed from, as named numbers: the findings that kept MEDIUM or HIGH,
 * the gate's probabilities of all proposed ones (so a doubtful finding still counts a little), LOW findings, the
 * share of the original rendered, quotation fidelity, and the shape of the comparison.
 */
public final class ScoreEvidence {
    private ScoreEvidence() {
    }

    /** The evidence of an exact copy: nothing found, everything rendered word for word. */
    public static Map<String, Double> ofCopy() {
        return of(List.of(), new double[0], 1, 1, 1, new TextShape(0, 0, 0, 1, 1, 1, 1, 1), 1);
    }

    /**
     * @param shifts        the findings with their earned severities
     * @param probabilities the gate's probability for each finding a detector proposed as MEDIUM or HIGH, NaN for others
     * @param leadCosine    the sentence model's cosine between the two leads, NaN without a model
     */
    public static Map<String, Double> of(List<Shift> shifts, double[] probabilities, int originalSentences,
                                         double quoteFidelity, double coverage, TextShape shape,
                                         double leadCosine) {
        int flagged = 0;
        int high = 0;
        int low = 0;
        double evidence = 0;
        double strongest = 0;
        for (int i = 0; i < shifts.size(); i++) {
            Shift s = shifts.get(i);
            if (s.severity() == Severity.LOW) {
                low++;
            } else {
                flagged++;
                high += s.severity() == Severity.HIGH ? 1 : 0;
            }
            if (!Double.isNaN(probabilities[i])) {
                evidence += probabilities[i];
                strongest = Math.max(strongest, probabilities[i]);
            }
        }
        double sentences = Math.max(1, originalSentences);
        Map<String, Double> x = new HashMap<>();
        x.put("flagged", Math.log1p(flagged));
        x.put("flaggedRate", Math.min(1, flagged / sentences));
        x.put("highRate", Math.min(1, high / sentences));
        x.put("evidence", Math.log1p(evidence));
        x.put("evidenceRate", Math.min(1, evidence / sentences));
        x.put("strongest", strongest);
        x.put("low", Math.log1p(low));
        x.put("lowRate", Math.min(1, low / sentences));
        x.put("uncovered", 1 - coverage);
        x.put("quoteLoss", 1 - quoteFidelity);
        x.put("lengthGap", shape.lengthGap());
        x.put("reprintShorter", shape.reprintShorter());
        x.put("unaligned", shape.unalignedShare());
        x.put("meanSimilarity", shape.meanSimilarity());
        x.put("minSimilarity", shape.minSimilarity());
        x.put("meanCloseness", shape.meanCloseness());
        x.put("wordOverlap", shape.wordOverlap());
        if (!Double.isNaN(leadCosine)) {
            // The leads speak for their share of the text: a rewritten headline is not a rewritten article.
            x.put("leadDifference", cosineDifference(leadCosine) * shape.leadShare());
        }
        return x;
    }

    /**
     * bge-small's cosines between related news passages lie between about 0.75 and 1: 1 − cosine spread onto [0, 1]
     * (0 for the same text, 1 at 0.75 and below).
     */
    public static double cosineDifference(double cosine) {
        return Math.max(0, Math.min(1, (1 - cosine) * 4));
    }
}
