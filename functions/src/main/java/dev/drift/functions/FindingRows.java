package dev.drift.functions;

import dev.drift.engine.report.DriftReport;
import dev.drift.engine.model.Severity;
import dev.drift.engine.report.Findings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A report's findings as table rows: shifts, most severe first, then quotations that are not verbatim. */
final class FindingRows {
    private FindingRows() {
    }

    static List<Finding> of(DriftReport report) {
        List<Findings.Finding> findings = new ArrayList<>(Findings.of(report, false));
        // Stable: quotations keep their report order after the shifts.
        findings.sort(Comparator.comparingInt(FindingRows::rank)
                .thenComparingInt(f -> f.isQuote() || f.reprint() == null ? Integer.MAX_VALUE : f.reprint().start()));
        List<Finding> out = new ArrayList<>();
        for (Findings.Finding f : findings) {
            out.add(new Finding(out.size(), f.kind(), f.level(), f.explanation(),
                    f.reprint() == null ? null : f.reprint().text(), f.reprint() == null ? null : f.reprint().start(),
                    f.original() == null ? null : f.original().text(), f.original() == null ? null : f.original().start()));
        }
        return out;
    }

    /** Shifts by severity, HIGH first; quotations after all shifts. */
    private static int rank(Findings.Finding f) {
        return f.isQuote() ? 3 : 2 - Severity.valueOf(f.level()).ordinal();
    }
}
