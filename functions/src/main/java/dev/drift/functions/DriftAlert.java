package dev.drift.functions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One drift alert: which reprint of which story, why, its scores, its three most serious findings in words and
 * where its report is. Its text is what the topic's subscribers read.
 */
public record DriftAlert(String story, String reprintKey, String originalKey, String analysisId, String reason,
                         AnalysisRecord.Status status, double overall, double quoteFidelity, double semanticDrift,
                         double coverage, List<String> topFindings, String reportLocation) {
    static final int TOP_FINDINGS = 3;

    public DriftAlert {
        topFindings = List.copyOf(topFindings);
    }

    /** The alert for a stored analysis, when the rule says it alerts. */
    static Optional<DriftAlert> of(AnalysisRecord r, List<Finding> findings, AlertRule rule, String resultsBucket) {
        String reason = rule.reason(r, findings);
        if (reason == null) {
            return Optional.empty();
        }
        List<Finding> ranked = new ArrayList<>(findings);
        // Serious ones first, then the table's order (shifts most severe first, then quotations).
        ranked.sort(Comparator.comparing((Finding f) -> !rule.serious(f)));
        List<String> top = ranked.stream().limit(TOP_FINDINGS)
                .map(f -> f.described() + ": " + f.explanation()).toList();
        String location = r.htmlKey() == null ? "" : "s3://" + resultsBucket + "/" + r.htmlKey();
        var s = r.scores();
        return Optional.of(new DriftAlert(r.story(), r.reprintKey(), r.originalKey(), r.analysisId(), reason,
                r.status(), s.overall(), s.quoteFidelity(), s.semanticDrift(), s.coverage(), top, location));
    }

    /** The message subject: at most 100 characters, as SNS requires for e-mail. */
    public String subject() {
        String subject = "Drift alert: " + reprintKey;
        return subject.length() <= 100 ? subject : subject.substring(0, 99) + "\u2026";
    }

    public String body() {
        StringBuilder b = new StringBuilder();
        b.append("Story: ").append(story).append('\n');
        b.append("Reprint: ").append(reprintKey).append('\n');
        b.append("Original: ").append(originalKey).append('\n');
        b.append("Why: ").append(reason).append('\n');
        b.append(String.format(Locale.ROOT, "Scores: overall drift %.3f, quote fidelity %.3f, semantic drift %.3f, coverage %.3f%n",
                overall, quoteFidelity, semanticDrift, coverage));
        b.append("Most serious findings:\n");
        for (String f : topFindings) {
            b.append("  - ").append(f).append('\n');
        }
        if (!reportLocation.isEmpty()) {
            b.append("Report: ").append(reportLocation).append('\n');
        }
        b.append("Analysis: ").append(analysisId).append('\n');
        return b.toString();
    }

    /** One line for a terminal: the reprint, why, and the report. */
    public String line() {
        return reprintKey + ": " + reason + (reportLocation.isEmpty() ? "" : " | report " + reportLocation);
    }
}
