package dev.drift.engine.detect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import java.util.List;

/**
 * Runs the whole engine on a sentence pair and checks for a finding of one type at the severity its detector
 * proposes: what each detector test needs. Whether a proposed severity is earned is the severity gate's question,
 * measured on real translations and tested on its own ({@code SeverityGateTest}).
 */
final class Cases {
    private static final DriftAnalyzer ANALYZER = new DriftAnalyzer();

    private Cases() {
    }

    static List<Shift> shifts(String original, String reprint) {
        return ANALYZER.analyze(ANALYZER.parse("original", original), ANALYZER.parse("reprint", reprint)).shifts();
    }

    /** The reprint yields a finding of this type at this severity or above. */
    static void finds(ShiftType type, Severity atLeast, String original, String reprint) {
        List<Shift> shifts = shifts(original, reprint);
        assertTrue(shifts.stream().anyMatch(s -> s.type() == type && s.severity().compareTo(atLeast) >= 0),
                () -> "expected " + type + " at " + atLeast + " or above, got " + shifts);
    }

    /** The reprint yields no finding of this type at MEDIUM or above. */
    static void quietAbout(ShiftType type, String original, String reprint) {
        List<Shift> shifts = shifts(original, reprint);
        assertTrue(shifts.stream().noneMatch(s -> s.type() == type && s.severity() != Severity.LOW),
                () -> "expected no " + type + " at MEDIUM or above, got " + shifts);
    }
}
