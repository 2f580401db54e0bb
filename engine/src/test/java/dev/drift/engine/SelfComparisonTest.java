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
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any text compared with itself is clean: no omitted quotation, no change of attribution, every speech quotation
 * VERBATIM with its speaker unchanged, and no shift of any type. Run on every seed and every PolNeAR development article (skipped when
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
    void quotationsOfAnArticleComparedWithItselfAreAllVerbatim(Path file) throws IOException {
        String text = Polnear.read(file);
        DriftReport r = ANALYZER.compare("o", text, "r", text);
        List<String> findings = new ArrayList<>();
        r.omittedQuotes().forEach(q -> findings.add("omitted quotation: " + q.text()));
        r.shifts().stream().filter(s -> s.type() == ShiftType.ATTRIBUTION)
                .forEach(s -> findings.add(s.type() + ": " + s.explanation()));
        for (DriftReport.QuoteFinding q : r.quotes()) {
            if (q.speech() && (q.verdict() != Verdict.VERBATIM || q.attributionChanged())) {
                findings.add(q.verdict() + (q.attributionChanged() ? " speaker " + q.originalSpeaker() + " -> " + q.speaker() : "")
                        + ": " + q.text());
            }
        }
        assertEquals(List.of(), findings, file.getFileName().toString());
    }

    /**
     * Parked: five PolNeAR articles repeat a sentence made only of stopwords ("No.", "Again.", "He is who he is.");
     * its bag of content terms is empty, so the sentence aligner links neither copy and reports an ADDITION and an
     * OMISSION (LOW). The aligner is being rebuilt as a detector over a word-level comparison; enable this then.
     */
    @ParameterizedTest
    @MethodSource("articles")
    void articleComparedWithItselfHasNoShifts(Path file) throws IOException {
        String text = Polnear.read(file);
        DriftReport r = ANALYZER.compare("o", text, "r", text);
        assertEquals(List.of(), r.shifts(), file.getFileName().toString());
    }
}
