package dev.drift.engine.score;

/**
 * The fitted parts of the engine's judgement: the gate that decides which findings earn MEDIUM or HIGH, and the model
 * that turns a report's evidence into {@code overall}. Both are resource files written by the calibration module's
 * fitting command; {@link #fitted()} reads them once.
 */
public record Calibration(SeverityGate gate, Logistic overall) {
    public static final String GATE_RESOURCE = "/dev/drift/engine/severity-gate.txt";
    public static final String OVERALL_RESOURCE = "/dev/drift/engine/overall-model.txt";

    private static final class Holder {
        static final Calibration FITTED = new Calibration(new SeverityGate(Logistic.resource(GATE_RESOURCE)),
                Logistic.resource(OVERALL_RESOURCE));
    }

    public static Calibration fitted() {
        return Holder.FITTED;
    }
}
