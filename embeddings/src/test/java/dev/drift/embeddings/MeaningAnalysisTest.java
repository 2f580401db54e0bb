package dev.drift.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.meaning.EncodingCache;
import dev.drift.engine.report.DriftReport;
import dev.drift.engine.report.ReportJson;
import dev.drift.engine.text.TextDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine with the sentence model on the seeds, against the lexical-only engine and the 004 labels. */
class MeaningAnalysisTest {
    private static BgeSmallEncoder model;

    @BeforeAll
    static void load() {
        model = BgeSmallEncoder.load();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static Path seeds() {
        return Path.of(System.getProperty("drift.seeds", "../seeds"));
    }

    private static String seed(String prefix) {
        try (Stream<Path> files = Files.list(seeds())) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
            return new TextDecoder().decode(Files.readAllBytes(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSeedComparedWithItselfYieldsNoFinding() {
        DriftAnalyzer analyzer = new DriftAnalyzer(model);
        for (String s : List.of("000", "001", "002", "003", "004")) {
            String text = seed(s);
            DriftReport r = analyzer.compare(s, text, s, text);
            assertEquals(List.of(), r.shifts(), s);
            assertEquals(0.0, r.scores().overall(), 1e-9, s);
        }
    }

    @Test
    void originalEncodedOnceForAllItsReprintsAndEachSentenceAtMostOnce() {
        EncodingCache cache = new EncodingCache(model);
        DriftAnalyzer analyzer = new DriftAnalyzer(cache);
        String original = seed("001");
        analyzer.compare("001", original, "004", seed("004"));
        long first = cache.encodedCount();
        int sentences = analyzer.parse("001", original).sentences().size() + analyzer.parse("004", seed("004")).sentences().size();
        assertTrue(first > 0 && first <= sentences, first + " encodings for " + sentences + " sentences");
        analyzer.compare("001", original, "004", seed("004"));
        assertEquals(first, cache.encodedCount(), "a repeated analysis encodes nothing new");
    }

    @Test
    void reprintLabelsHoldOrImproveWithTheModel() throws Exception {
        Path file = Path.of(System.getProperty("drift.eval", "../../shared/eval")).resolve("seeds-004-labels.json");
        Assumptions.assumeTrue(Files.exists(file), "labels absent");
        JsonNode labels = new ObjectMapper().readTree(file.toFile()).at("/reprints/004_b5c3a1f5d5066f51.txt");
        DriftReport lexical = new DriftAnalyzer().compare("001", seed("001"), "004", seed("004"));
        DriftReport meaning = new DriftAnalyzer(model).compare("001", seed("001"), "004", seed("004"));
        int[] lexicalScore = agreement(labels, lexical);
        int[] meaningScore = agreement(labels, meaning);
        System.out.printf(Locale.ROOT, "004 with the model: %d quote verdicts and %d shifts agree with labels "
                + "(lexical only: %d and %d); %d shifts reported (lexical: %d)%n", meaningScore[0], meaningScore[1],
                lexicalScore[0], lexicalScore[1], meaning.shifts().size(), lexical.shifts().size());
        assertTrue(meaningScore[0] >= lexicalScore[0], "quote verdicts must not regress");
        assertTrue(meaningScore[1] >= lexicalScore[1], "labelled shifts must not regress");
    }

    @Test
    void modelPathReportsAreDeterministic() {
        String a = ReportJson.write(new DriftAnalyzer(model).compare("001", seed("001"), "003", seed("003")));
        String b = ReportJson.write(new DriftAnalyzer(model).compare("001", seed("001"), "003", seed("003")));
        assertEquals(a, b);
    }

    /** Quote verdicts and labelled shifts (by type, at the labelled place) the report agrees with. */
    private static int[] agreement(JsonNode labels, DriftReport report) {
        int quotes = 0;
        for (JsonNode q : labels.get("quotes")) {
            String text = q.get("r").asText();
            String verdict = report.quotes().stream()
                    .filter(f -> f.speech() && (f.text().contains(text) || text.contains(f.text())))
                    .map(f -> String.valueOf(f.verdict())).findFirst().orElse("MISSING");
            quotes += verdict.equals(q.get("label").asText()) ? 1 : 0;
        }
        int shifts = 0;
        for (JsonNode s : labels.get("shifts")) {
            String r = s.get("r").asText();
            String type = s.get("type").asText().equals("FABRICATION") ? "ADDITION" : s.get("type").asText();
            boolean hit = report.shifts().stream().anyMatch(x -> x.type().name().equals(type) && x.reprint() != null
                    && (r.contains(x.reprint().text()) || x.reprint().text().contains(r)));
            shifts += hit ? 1 : 0;
            if (!hit) {
                System.out.println("  labelled " + type + " not found: " + r);
            }
        }
        return new int[] {quotes, shifts};
    }
}
