package dev.drift.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.engine.report.DriftReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worked example: the 004 reprint against its labels in ../shared/eval. Measures agreement and
 * asserts floors well above chance, so a regression in any stage shows here.
 */
class SeedLabelsTest {
    private static JsonNode labels;
    private static DriftReport report;

    @BeforeAll
    static void analyse() throws Exception {
        Path file = Seeds.evalDir().resolve("seeds-004-labels.json");
        Assumptions.assumeTrue(Files.exists(file), "labels not present beside the project");
        labels = new ObjectMapper().readTree(file.toFile());
        report = new DriftAnalyzer().compare("001", Seeds.text("001"), "004", Seeds.text("004"));
    }

    @Test
    void quoteVerdictsAgreeWithLabels() {
        JsonNode quotes = labels.at("/reprints/004_b5c3a1f5d5066f51.txt/quotes");
        int agree = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode q : quotes) {
            String text = q.get("r").asText();
            String verdict = report.quotes().stream()
                    .filter(f -> f.speech() && (f.text().contains(text) || text.contains(f.text())))
                    .map(f -> String.valueOf(f.verdict())).findFirst().orElse("MISSING");
            if (verdict.equals(q.get("label").asText())) {
                agree++;
            } else {
                misses.add(text + ": " + verdict + " != " + q.get("label").asText());
            }
        }
        System.out.printf("004 quote verdicts: %d of %d agree with labels %s%n", agree, quotes.size(), misses);
        assertTrue(agree >= quotes.size() - 2, misses::toString);
    }

    @Test
    void shiftsFoundAtLabelledPlaces() {
        JsonNode shifts = labels.at("/reprints/004_b5c3a1f5d5066f51.txt/shifts");
        int found = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode s : shifts) {
            String r = s.get("r").asText();
            String type = s.get("type").asText().equals("FABRICATION") ? "ADDITION" : s.get("type").asText();
            boolean hit = report.shifts().stream().anyMatch(x -> x.type().name().equals(type) && x.reprint() != null
                    && (r.contains(x.reprint().text()) || x.reprint().text().contains(r)));
            if (hit) {
                found++;
            } else {
                misses.add(type + " @ " + r);
            }
        }
        System.out.printf("004 shifts: %d of %d labelled shifts found; %d reported in all; missed %s%n",
                found, shifts.size(), report.shifts().size(), misses);
        assertTrue(found >= shifts.size() * 2 / 3, misses::toString);
    }

    @Test
    void boilerplateOfBothTextsIsFound() {
        List<String> expected = new ArrayList<>();
        labels.get("boilerplate_in_original").forEach(n -> expected.add(n.asText()));
        labels.at("/reprints/004_b5c3a1f5d5066f51.txt/boilerplate").forEach(n -> expected.add(n.asText()));
        List<String> found = new ArrayList<>();
        report.original().boilerplate().forEach(b -> found.add(b.text()));
        report.reprint().boilerplate().forEach(b -> found.add(b.text()));
        for (String e : expected) {
            assertTrue(found.stream().anyMatch(f -> f.contains(e)), "boilerplate not found: " + e);
        }
    }
}
