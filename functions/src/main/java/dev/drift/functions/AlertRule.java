package dev.drift.functions;

import java.util.List;
import java.util.Set;

/**
 * When an analysis is severe enough to tell an editor: its overall drift at or above a threshold, or any serious
 * finding on what a reader trusts most — a HIGH changed attribution or altered claim, or a quotation the reprint
 * altered or made up.
 *
 * @param overallAtLeast the overall drift that alerts by itself; above 1 means never by score alone
 */
public record AlertRule(double overallAtLeast) {
    /**
     * On the rated translations (WMT23 zh-en), about four in five outputs scored above 0.6 had a Major accuracy error,
     * against one in four below 0.2; 0.7 alerts on the clearly drifted, not on the merely re-worded.
     */
    public static final double DEFAULT_OVERALL_AT_LEAST = 0.7;
    private static final Set<String> SERIOUS_SHIFTS = Set.of("ATTRIBUTION", "ALTERED_CLAIM");
    private static final Set<String> SERIOUS_VERDICTS = Set.of("ALTERED", "FABRICATED");

    public boolean serious(Finding f) {
        return f.isQuote() ? SERIOUS_VERDICTS.contains(f.severity())
                : f.severity().equals("HIGH") && SERIOUS_SHIFTS.contains(f.kind());
    }

    /** Why this analysis alerts, or null when it does not. */
    public String reason(AnalysisRecord r, List<Finding> findings) {
        if (r.status() != AnalysisRecord.Status.OK || r.scores() == null) {
            return null;
        }
        long serious = findings.stream().filter(this::serious).count();
        if (serious > 0) {
            return serious + (serious == 1 ? " serious finding" : " serious findings") + " on quotations or claims";
        }
        if (r.scores().overall() >= overallAtLeast) {
            return String.format(java.util.Locale.ROOT, "overall drift %.2f, at or above %.2f", r.scores().overall(),
                    overallAtLeast);
        }
        return null;
    }
}
