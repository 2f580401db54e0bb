package dev.drift.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.report.DriftReport;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Meaning changes inside aligned sentences, measured on DEMETR (Karpinska et al. 2022) in ../shared/eval: each pair
 * is a good translation of a news sentence and the same sentence with one edit. Prints the table per perturbation
 * (the README carries it) and asserts the targets: meaning changes flagged MEDIUM or HIGH for at least 85% of pairs
 * on average with the expected type for at least 75%; meaning-keeping edits flagged at most 2%; two independent good
 * translations of one sentence flagged at most 10%.
 */
class DemetrEvalTest {

    /** Per perturbation: pairs, pairs with a MEDIUM or HIGH finding, pairs with a finding of the expected type. */
    private static final class Tally {
        final String group;
        final String expected;
        int pairs;
        int flagged;
        int typed;

        Tally(String group, String expected) {
            this.group = group;
            this.expected = expected;
        }
    }

    @Test
    void meaningChangesAreFoundAndMeaningKeepingEditsStayQuiet() throws Exception {
        Path file = Seeds.evalDir().resolve("demetr-calibration.tsv");
        Assumptions.assumeTrue(Files.exists(file), "DEMETR calibration set not present beside the project");
        DriftAnalyzer analyzer = new DriftAnalyzer();
        Map<String, Tally> tallies = new TreeMap<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String header = in.readLine();
            assertTrue(header.startsWith("id\tperturbation\tgroup\texpected_type"), header);
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                Tally t = tallies.computeIfAbsent(f[1], k -> new Tally(f[2], f[3]));
                t.pairs++;
                List<Shift> shifts = shifts(analyzer, f[4], f[5]);
                if (shifts.stream().anyMatch(s -> s.severity() != Severity.LOW)) {
                    t.flagged++;
                }
                if (!t.expected.isEmpty() && shifts.stream().anyMatch(s -> s.type() == ShiftType.valueOf(t.expected))) {
                    t.typed++;
                }
            }
        }
        double flaggedSum = 0;
        double typedSum = 0;
        int changing = 0;
        long keepPairs = 0;
        long keepFlagged = 0;
        StringBuilder table = new StringBuilder("| perturbation | group | expected | pairs | MEDIUM/HIGH | expected type |\n|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            table.append(String.format("| %s | %s | %s | %d | %.1f%% | %s |%n", e.getKey(), t.group,
                    t.expected.isEmpty() ? "-" : t.expected, t.pairs, 100.0 * t.flagged / t.pairs,
                    t.expected.isEmpty() ? "-" : String.format("%.1f%%", 100.0 * t.typed / t.pairs)));
            if (t.group.equals("changes meaning")) {
                changing++;
                flaggedSum += (double) t.flagged / t.pairs;
                typedSum += (double) t.typed / t.pairs;
            } else if (t.group.equals("keeps meaning") && !e.getKey().equals("control_reference")) {
                keepPairs += t.pairs;
                keepFlagged += t.flagged;
            }
        }
        Tally control = tallies.get("control_reference");
        double flagged = flaggedSum / changing;
        double typed = typedSum / changing;
        double keep = (double) keepFlagged / keepPairs;
        double controlRate = (double) control.flagged / control.pairs;
        System.out.print(table);
        System.out.printf("DEMETR: meaning changes flagged %.1f%% (expected type %.1f%%) over %d perturbations; "
                        + "meaning-keeping edits flagged %.1f%%; control references flagged %.1f%%%n",
                100 * flagged, 100 * typed, changing, 100 * keep, 100 * controlRate);
        assertTrue(flagged >= 0.85, "meaning changes flagged " + flagged);
        assertTrue(typed >= 0.75, "expected type " + typed);
        assertTrue(keep <= 0.02, "meaning-keeping edits flagged " + keep);
        assertTrue(controlRate <= 0.10, "two independent translations flagged " + controlRate);
    }

    private static List<Shift> shifts(DriftAnalyzer analyzer, String original, String reprint) {
        DriftReport r = analyzer.compare("original", original, "reprint", reprint);
        return r.shifts();
    }
}
