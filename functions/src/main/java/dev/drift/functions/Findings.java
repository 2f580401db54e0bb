package dev.drift.functions;

import dev.drift.engine.report.DriftReport;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.report.DriftReport.Severity;
import dev.drift.engine.report.DriftReport.Shift;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A report's findings as table rows: shifts, most severe first, then quotations that are not verbatim. */
final class Findings {
    private Findings() {
    }

    static List<Finding> of(DriftReport report) {
        List<Shift> shifts = new ArrayList<>(report.shifts());
        shifts.sort(Comparator.comparing((Shift s) -> s.severity() == Severity.HIGH ? 0 : s.severity() == Severity.MEDIUM ? 1 : 2)
                .thenComparingInt(s -> s.reprint() != null ? s.reprint().start() : Integer.MAX_VALUE));
        List<Finding> out = new ArrayList<>();
        for (Shift s : shifts) {
            out.add(new Finding(out.size(), s.type().name(), s.severity().name(), s.explanation(),
                    s.reprint() == null ? null : s.reprint().text(), s.reprint() == null ? null : s.reprint().start(),
                    s.original() == null ? null : s.original().text(), s.original() == null ? null : s.original().start()));
        }
        for (QuoteFinding q : report.quotes()) {
            if (q.speech() && q.verdict() != DriftReport.Verdict.VERBATIM) {
                String explanation = "Quotation " + q.verdict().name().toLowerCase()
                        + (q.attributionChanged() ? ", credited to \"" + q.speaker() + "\" instead of \"" + q.originalSpeaker() + "\"" : "")
                        + "; fidelity " + q.fidelity() + ".";
                out.add(new Finding(out.size(), "QUOTE", q.verdict().name(), explanation, q.text(), q.start(),
                        q.source() == null ? null : q.source().text(), q.source() == null ? null : q.source().start()));
            }
        }
        return out;
    }
}
