package dev.drift.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * One JSON object per log line (Lambda's JSON log format passes lines that are JSON already through as they are):
 * the reprint key and analysis id on every analysis line, and CloudWatch embedded-metric-format fields, so metrics
 * come from the logs with no extra calls, client or permission.
 */
final class Telemetry {
    static final String NAMESPACE = "drift";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Telemetry() {
    }

    /** An analysis settled: a log line that is also the metrics Analyses, Errors (by kind), Drift and DurationMs. */
    static void analysis(Context context, String function, String reprintKey, DriftPipeline.Outcome outcome, Duration took) {
        AnalysisRecord r = outcome.record();
        ObjectNode line = JSON.createObjectNode();
        line.put("level", r.status() == AnalysisRecord.Status.ERROR ? "WARN" : "INFO")
                .put("message", "reprint " + r.status() + " (" + outcome.effect() + ")")
                .put("reprintKey", reprintKey).put("analysisId", r.analysisId()).put("story", r.story())
                .put("status", r.status().name()).put("effect", outcome.effect().name());
        if (r.reason() != null) {
            line.put("reason", r.reason());
        }
        line.put("Function", function).put("Analyses", 1).put("DurationMs", took.toMillis());
        ObjectNode metrics = JSON.createObjectNode();
        ArrayNode definitions = metrics.putArray("Metrics");
        definitions.addObject().put("Name", "Analyses").put("Unit", "Count");
        definitions.addObject().put("Name", "DurationMs").put("Unit", "Milliseconds");
        ArrayNode dimensions = metrics.putArray("Dimensions");
        dimensions.addArray().add("Function");
        if (r.scores() != null) {
            line.put("Drift", r.scores().overall());
            definitions.addObject().put("Name", "Drift").put("Unit", "None");
        }
        if (r.status() == AnalysisRecord.Status.ERROR) {
            line.put("Errors", 1).put("ErrorKind", errorKind(r.reason()));
            definitions.addObject().put("Name", "Errors").put("Unit", "Count");
            dimensions.addArray().add("Function").add("ErrorKind");
        }
        metrics.put("Namespace", NAMESPACE);
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", System.currentTimeMillis());
        aws.putArray("CloudWatchMetrics").add(metrics);
        log(context, line);
    }

    /** A plain event line with optional key fields. */
    static void event(Context context, String level, String message, String reprintKey) {
        ObjectNode line = JSON.createObjectNode().put("level", level).put("message", message);
        if (reprintKey != null) {
            line.put("reprintKey", reprintKey);
        }
        log(context, line);
    }

    /** A few kinds, so that the Errors metric has few dimension values whatever the reasons say. */
    static String errorKind(String reason) {
        String r = reason == null ? "" : reason;
        if (r.contains("time budget")) {
            return "timeout";
        }
        if (r.startsWith("analysis failed")) {
            return "engine";
        }
        if (r.contains("over the limit")) {
            return "oversized";
        }
        if (r.contains("deleted")) {
            return "deleted";
        }
        if (r.contains(" originals;")) {
            return "ambiguous";
        }
        if (r.startsWith("key ") || r.contains("metadata")) {
            return "layout";
        }
        return "input";
    }

    private static void log(Context context, ObjectNode line) {
        if (context != null) {
            context.getLogger().log(line.toString());
        }
    }
}
