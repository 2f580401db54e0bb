package dev.drift.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.report.DriftReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When an analysis alerts, and what its message says. */
class DriftAlertTest {
    private static final AlertRule RULE = new AlertRule(0.7);

    private static AnalysisRecord record(AnalysisRecord.Status status, double overall) {
        return new AnalysisRecord("reprints/s/r.txt", "s", "originals/s/o.txt", status, null, "id1", "v", "e", "e", 0, 0,
                "2026-12-05T00:00:00Z", status == AnalysisRecord.Status.OK
                        ? new DriftReport.Scores(0.9, 0.2, 0.8, overall) : null, 0, "reports/s/r.txt/id1.json",
                "reports/s/r.txt/id1.html");
    }

    private static Finding finding(int i, String kind, String severity) {
        return new Finding(i, kind, severity, "explanation " + i, "reprint " + i, 0, "original " + i, 0);
    }

    @Test
    void aHighChangedAttributionOrAlteredQuotationAlertsWhateverTheScore() {
        AnalysisRecord calm = record(AnalysisRecord.Status.OK, 0.1);
        assertTrue(DriftAlert.of(calm, List.of(finding(0, "ATTRIBUTION", "HIGH")), RULE, "b").isPresent());
        assertTrue(DriftAlert.of(calm, List.of(finding(0, "QUOTE", "FABRICATED")), RULE, "b").isPresent());
        assertTrue(DriftAlert.of(calm, List.of(finding(0, "ALTERED_CLAIM", "HIGH")), RULE, "b").isPresent());
        assertEquals(Optional.empty(), DriftAlert.of(calm, List.of(finding(0, "ATTRIBUTION", "MEDIUM"),
                finding(1, "NUMBER", "HIGH"), finding(2, "QUOTE", "PARAPHRASED")), RULE, "b"));
    }

    @Test
    void theScoreAlertsAtItsThresholdAndNothingButOkResultsAlert() {
        assertTrue(DriftAlert.of(record(AnalysisRecord.Status.OK, 0.7), List.of(), RULE, "b").isPresent());
        assertEquals(Optional.empty(), DriftAlert.of(record(AnalysisRecord.Status.OK, 0.69), List.of(), RULE, "b"));
        assertEquals(Optional.empty(), DriftAlert.of(record(AnalysisRecord.Status.ERROR, 0.9),
                List.of(finding(0, "QUOTE", "FABRICATED")), RULE, "b"));
    }

    @Test
    void theMessageNamesTheReprintItsScoresTheThreeMostSeriousFindingsAndTheReport() {
        List<Finding> rows = List.of(finding(0, "NUMBER", "HIGH"), finding(1, "OMISSION", "MEDIUM"),
                finding(2, "HEDGE", "LOW"), finding(3, "QUOTE", "ALTERED"));
        DriftAlert a = DriftAlert.of(record(AnalysisRecord.Status.OK, 0.2), rows, RULE, "results").orElseThrow();
        assertEquals(3, a.topFindings().size());
        assertTrue(a.topFindings().get(0).startsWith("quotation "), "the serious finding comes first: " + a.topFindings());
        assertTrue(a.topFindings().get(1).startsWith("HIGH"), a.topFindings().toString());
        String body = a.body();
        assertTrue(body.contains("Reprint: reprints/s/r.txt") && body.contains("Story: s"), body);
        assertTrue(body.contains("overall drift 0.200") && body.contains("Report: s3://results/reports/s/r.txt/id1.html"), body);
        assertTrue(a.subject().length() <= 100);
    }

    @Test
    void theTopicAndThresholdComeFromTheEnvironment() {
        Map<String, String> env = Map.of("ARTICLES_BUCKET", "a", "RESULTS_BUCKET", "r", "RESULTS_TABLE", "t",
                "WORK_QUEUE_URL", "q", "DRIFT_ALERT_TOPIC_ARN", "arn:aws:sns:us-east-1:1:drift-alerts",
                "ALERT_OVERALL_AT_LEAST", "0.55");
        PipelineConfig c = PipelineConfig.from(env);
        assertEquals(Optional.of("arn:aws:sns:us-east-1:1:drift-alerts"), c.alertTopicArn());
        assertEquals(0.55, c.alertRule().overallAtLeast());
        PipelineConfig none = PipelineConfig.from(Map.of("ARTICLES_BUCKET", "a", "RESULTS_BUCKET", "r",
                "RESULTS_TABLE", "t", "WORK_QUEUE_URL", "q"));
        assertEquals(Optional.empty(), none.alertTopicArn());
        assertEquals(AlertRule.DEFAULT_OVERALL_AT_LEAST, none.alertRule().overallAtLeast());
    }
}
