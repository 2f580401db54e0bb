package dev.drift.engine.report;

import dev.drift.engine.model.Excerpt;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A report flattened into one list of findings, for the HTML page and the results table alike. */
public final class Findings {
    private Findings() {
    }

    /**
     * A semantic shift or a speech quotation.
     *
     * @param kind  a shift type (NUMBER, HEDGE, ...) or QUOTE
     * @param level LOW, MEDIUM or HIGH for shifts; the verdict for quotations
     */
    public record Finding(String kind, String level, String explanation, Excerpt reprint, Excerpt original,
                          boolean attributionChanged) {
        public boolean isQuote() {
            return kind.equals(QUOTE);
        }
    }

    public static final String QUOTE = "QUOTE";

    /** Every shift in report order, then every speech quotation with a verdict, verbatim ones only if asked. */
    public static List<Finding> of(DriftReport report, boolean includeVerbatim) {
        List<Finding> out = new ArrayList<>();
        for (Shift s : report.shifts()) {
            out.add(new Finding(s.type().name(), s.severity().name(), s.explanation(), s.reprint(), s.original(), false));
        }
        for (QuoteFinding q : report.quotes()) {
            if (!q.speech() || q.verdict() == null || q.verdict() == Verdict.VERBATIM && !includeVerbatim) {
                continue;
            }
            Excerpt source = q.source() == null ? null : new Excerpt(q.source().text(), q.source().start(), q.source().end());
            out.add(new Finding(QUOTE, q.verdict().name(), explanation(q), new Excerpt(q.text(), q.start(), q.end()), source,
                    q.attributionChanged()));
        }
        return out;
    }

    private static String explanation(QuoteFinding q) {
        return "Quotation " + q.verdict().name().toLowerCase(Locale.ROOT)
                + (q.fidelity() == null ? "" : String.format(Locale.ROOT, " (fidelity %.2f)", q.fidelity()))
                + (q.speaker() == null ? "" : "; speaker: " + q.speaker())
                + (q.attributionChanged() ? "; the original's speaker: " + q.originalSpeaker() : "") + ".";
    }
}
