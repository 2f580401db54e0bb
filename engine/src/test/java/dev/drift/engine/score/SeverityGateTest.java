package dev.drift.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.DriftAnalyzer.Analysis;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.report.DriftReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fitted severity gate and score on pairs whose answer a reader knows. */
class SeverityGateTest {
    private static final DriftAnalyzer ANALYZER = new DriftAnalyzer();

    private static Analysis analysis(String original, String reprint) {
        return ANALYZER.analyze(ANALYZER.parse("o", original), ANALYZER.parse("r", reprint));
    }

    @Test
    void aChangedNumberInAnOtherwiseCopiedSentenceKeepsItsSeverity() {
        DriftReport r = ANALYZER.compare("o", "Police said 41 people were injured in the blast.",
                "r", "Police said 14 people were injured in the blast.");
        assertTrue(r.shifts().stream().anyMatch(s -> s.type() == ShiftType.NUMBER && s.severity() != Severity.LOW),
                r.shifts().toString());
    }

    @Test
    void aDemotedFindingKeepsItsTypeWordsAndPlaces() {
        Shift proposed = analysis("Police said 41 people were injured.", "Police said 14 people were injured.").shifts().get(0);
        Logistic never = new Logistic(-10, Map.of(), 0.5);
        double[] p = new double[1];
        Shift earned = new SeverityGate(never).apply(List.of(proposed), List.of(Map.of()), p).get(0);
        assertEquals(Severity.LOW, earned.severity());
        assertEquals(proposed.type(), earned.type());
        assertEquals(proposed.explanation(), earned.explanation());
        assertEquals(proposed.reprint(), earned.reprint());
        assertTrue(p[0] < 0.5);
    }

    @Test
    void withoutAModelTheDetectorsSeveritiesStand() {
        Analysis a = analysis("The court sentenced three men on Monday.", "The court sentenced two men on Tuesday.");
        double[] p = new double[a.shifts().size()];
        assertEquals(a.shifts(), SeverityGate.NONE.apply(a.shifts(), a.evidence(), p));
    }

    @Test
    void aCopyScoresZeroAndACutOrAChangeScoresMore() {
        String original = "The minister said on Monday that 41 people were injured. Rescue teams searched the site. "
                + "The government promised an inquiry into the blast.";
        assertEquals(0.0, ANALYZER.compare("o", original, "r", original).scores().overall());
        double cut = ANALYZER.compare("o", original, "r", "The minister said on Monday that 41 people were injured.")
                .scores().overall();
        double changed = ANALYZER.compare("o", original, "r", original.replace("41", "14")).scores().overall();
        assertTrue(cut > 0, "a reprint that drops two of three sentences: " + cut);
        assertTrue(changed > 0, "a changed number: " + changed);
    }

    @Test
    void theModelFileFormatRoundTrips() {
        Logistic m = new Logistic(-1.25, Map.of("a", 0.5, "b", -2.0), 0.4);
        Logistic back = Logistic.parse(m.format("test\nmodel", List.of("a", "b")));
        Map<String, Double> x = Map.of("a", 1.0, "b", 0.25, "unknown", 9.0);
        assertEquals(m.probability(x), back.probability(x), 1e-6);
        assertEquals(0.4, back.cut(), 1e-9);
    }

    @Test
    void aTypesRaisedCutHoldsOnlyForEvidenceOfThatType() {
        Logistic m = new Logistic(0, Map.of("a", 1.0), 0.4, Map.of("type:DATE", 0.9));
        Logistic back = Logistic.parse(m.format("raised", List.of("a", "type:DATE")));
        Map<String, Double> date = Map.of("a", 1.0, "type:DATE", 1.0);
        Map<String, Double> other = Map.of("a", 1.0, "type:NUMBER", 1.0);
        assertEquals(0.9, back.cut(date), 1e-9);
        assertEquals(0.4, back.cut(other), 1e-9);
        assertTrue(back.passes(other), "p = " + back.probability(other));
        assertFalse(back.passes(date), "p = " + back.probability(date));
    }
}
