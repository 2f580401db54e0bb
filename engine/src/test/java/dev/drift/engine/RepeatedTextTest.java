package dev.drift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drift.engine.report.DriftReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A text that repeats a passage, compared with itself: every sentence is rendered in its own place (coverage once fell
 * to about 0.84/k for k copies, every copy aligned to the first), and content-less sentences ("No.") align too.
 */
class RepeatedTextTest {
    private static final DriftAnalyzer ANALYZER = new DriftAnalyzer();
    private static final String PASSAGE = "The minister said on Monday that 41 people were injured in the blast. "
            + "Rescue teams searched the site overnight. No. The government promised an inquiry.\n";

    @ParameterizedTest(name = "{0} copies")
    @ValueSource(ints = {1, 2, 8, 64})
    void aRepeatedPassageComparedWithItselfIsRenderedEverywhere(int copies) {
        String text = PASSAGE.repeat(copies);
        DriftReport r = ANALYZER.compare("o", text, "r", text);
        assertEquals(1.0, r.scores().coverage());
        assertEquals(0.0, r.scores().overall());
        assertEquals(0, r.shifts().size(), r.shifts().toString());
    }
}
