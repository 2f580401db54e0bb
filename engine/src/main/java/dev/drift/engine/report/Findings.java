package dev.drift.engine.report;

import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.model.Verdict;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report flattened into one list of findings, for the HTML page and the results table alike, and the one way
 * of counting them that every place showing a number uses (the command line, the pipeline's stored results, the
 * story page and the report): a finding is a shift of meaning or a speech quotation that is not verbatim.
 */
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

    /** The number of findings of a report: shifts plus speech quotations that are not verbatim. */
    public static int count(DriftReport report) {
        return tally(report).findings();
    }

    /**
     * A report's findings counted by kind.
     *
     * @param shiftsByType          per shift type, counts indexed by {@link Severity#ordinal()}
     * @param quotationsByVerdict   the reprint's speech quotations by verdict, verbatim ones included
     * @param speakerChanges        speech quotations whose speaker differs from the original's
     * @param droppedQuotations     quotations in the original that the reprint dropped
     */
    public record Tally(int shifts, Map<ShiftType, int[]> shiftsByType, Map<Verdict, Integer> quotationsByVerdict,
                        int speakerChanges, int droppedQuotations) {
        /** Quotations that are findings: every verdict but verbatim. */
        public int changedQuotations() {
            int n = 0;
            for (Map.Entry<Verdict, Integer> e : quotationsByVerdict.entrySet()) {
                n += e.getKey() == Verdict.VERBATIM ? 0 : e.getValue();
            }
            return n;
        }

        public int quotations() {
            return quotationsByVerdict.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int findings() {
            return shifts + changedQuotations();
        }

        public int shifts(Severity severity) {
            return shiftsByType.values().stream().mapToInt(c -> c[severity.ordinal()]).sum();
        }
    }

    public static Tally tally(DriftReport report) {
        Map<ShiftType, int[]> byType = new EnumMap<>(ShiftType.class);
        for (Shift s : report.shifts()) {
            byType.computeIfAbsent(s.type(), t -> new int[Severity.values().length])[s.severity().ordinal()]++;
        }
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        int speakerChanges = 0;
        for (QuoteFinding q : report.quotes()) {
            if (q.speech() && q.verdict() != null) {
                byVerdict.merge(q.verdict(), 1, Integer::sum);
                speakerChanges += q.attributionChanged() ? 1 : 0;
            }
        }
        return new Tally(report.shifts().size(), Collections.unmodifiableMap(byType), Collections.unmodifiableMap(byVerdict),
                speakerChanges, report.omittedQuotes().size());
    }

    private static String explanation(QuoteFinding q) {
        return "Quotation " + q.verdict().name().toLowerCase(Locale.ROOT)
                + (q.fidelity() == null ? "" : String.format(Locale.ROOT, " (fidelity %.2f)", q.fidelity()))
                // An unknown speaker is said to be unknown, never guessed: a guess would read as a changed attribution.
                + (q.speaker() != null ? "; speaker: " + q.speaker() : q.speech() ? "; speaker unknown" : "")
                + (q.attributionChanged() ? "; the original's speaker: " + q.originalSpeaker() : "") + ".";
    }
}
