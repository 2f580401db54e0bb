package dev.drift.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.calibration.OverallSeparation.Paragraph;
import dev.drift.calibration.OverallSeparation.Row;
import dev.drift.calibration.OverallSeparation.Score;
import dev.drift.calibration.OverallSeparation.Table;
import dev.drift.engine.DriftAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How well the report's {@code overall} ranks renderings with a meaning-changing error above clean ones, against word
 * overlap (lexical engine), on DEMETR: prints the AUC tables of {@link OverallSeparation} (the README carries them).
 */
class OverallSeparationTest {
    /** AUC points by which overall must beat a word-overlap baseline to count as better "by a wide margin". */
    private static final double WIDE_MARGIN = 0.15;
    private static final List<String> OVERLAP = List.of("1-Jaccard", "1-Dice");

    private static List<Row> rows;

    @BeforeAll
    static void read() throws Exception {
        Path file = EvalData.dir().resolve("demetr-calibration.tsv");
        Assumptions.assumeTrue(Files.exists(file), "DEMETR calibration set not present beside the project");
        rows = OverallSeparation.read(file);
    }

    @Test
    void paragraphsAreBuiltFromOneSourceSentencePerItem() {
        // Two rows in the set carry another wording of their item's original; they are not drawn.
        long inconsistent = OverallSeparation.inconsistentOriginals(rows);
        System.out.println("DEMETR rows whose original differs from their item's control_reference original: " + inconsistent);
        assertTrue(inconsistent <= 5, "an id must name one source sentence: " + inconsistent + " rows disagree");
        List<Paragraph> paragraphs = OverallSeparation.paragraphs(rows);
        assertEquals(rows.stream().filter(Row::control).count() / OverallSeparation.PARAGRAPH, paragraphs.size());
        for (Paragraph p : paragraphs) {
            for (int i = 0; i < OverallSeparation.PARAGRAPH; i++) {
                assertTrue(!p.errors().get(i).equals(p.clean()), "an error rendering differs from the clean one");
                assertTrue(p.perturbations().get(i).startsWith("critical_") || p.perturbations().get(i).startsWith("major_"));
            }
        }
        assertEquals(paragraphs, OverallSeparation.paragraphs(rows), "the construction is deterministic");
    }

    @Test
    void overallAgainstWordOverlap() {
        List<Score> scores = OverallSeparation.withProposals();
        DriftAnalyzer analyzer = new DriftAnalyzer();
        Table sentences = OverallSeparation.sentenceLevel(analyzer, rows, scores);
        System.out.print(sentences);
        Table paragraphs = OverallSeparation.paragraphLevel(analyzer, rows, scores);
        System.out.print(paragraphs);
        for (String baseline : OVERLAP) {
            beatsWidely(sentences, "errors vs control_reference", baseline);
            beatsWidely(paragraphs, "errors vs clean (references)", baseline);
            beatsWidely(paragraphs, "errors vs matched clean", baseline);
            // One-word edits are what word overlap is made for; overall must still rank errors above them better.
            assertTrue(sentences.get("errors vs keeps-meaning edits", "overall")
                    > sentences.get("errors vs keeps-meaning edits", baseline), baseline);
        }
    }

    private static void beatsWidely(Table t, String set, String baseline) {
        double overall = t.get(set, "overall");
        double other = t.get(set, baseline);
        assertTrue(overall > other + WIDE_MARGIN, set + ": overall " + overall + " against " + baseline + " " + other);
    }
}
