package dev.drift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drift.engine.model.Verdict;
import dev.drift.engine.report.DriftReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any text compared with itself is clean: no shift of any type, no omitted quotation, every speech quotation
 * VERBATIM with its speaker unchanged. Run on every seed and every PolNeAR development article (skipped when
 * ../shared/eval is absent).
 */
class SelfComparisonTest {
    private static final DriftAnalyzer ANALYZER = new DriftAnalyzer();

    static Stream<Path> articles() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Seeds.seedsDir())) {
            seeds.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(all::add);
        }
        if (Polnear.present()) {
            all.addAll(Polnear.articleFiles());
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void articleComparedWithItselfHasNoFindings(Path file) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(file));
        String text = Polnear.read(file);
        DriftReport r = ANALYZER.compare("o", text, "r", text);
        List<String> findings = new ArrayList<>();
        r.shifts().forEach(s -> findings.add(s.type() + ": " + s));
        r.omittedQuotes().forEach(q -> findings.add("omitted quotation: " + q.text()));
        for (DriftReport.QuoteFinding q : r.quotes()) {
            if (q.speech() && (q.verdict() != Verdict.VERBATIM || q.attributionChanged())) {
                findings.add(q.verdict() + (q.attributionChanged() ? " speaker " + q.originalSpeaker() + " -> " + q.speaker() : "")
                        + ": " + q.text());
            }
        }
        assertEquals(List.of(), findings, file.getFileName().toString());
    }
}
