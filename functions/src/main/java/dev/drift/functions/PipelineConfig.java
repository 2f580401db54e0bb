package dev.drift.functions;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the handlers need from their environment, read once per container.
 *
 * @param articlesBucket    where originals and reprints are uploaded (the trigger bucket)
 * @param resultsBucket     where full reports go; it has no notifications, so it can never re-trigger a function
 * @param table             the results table
 * @param workQueueUrl      the queue the worker consumes (batch fan-out and re-analysis after an original arrives)
 * @param maxObjectBytes    larger objects are refused with an ERROR result, without reading them whole
 * @param region            AWS region
 * @param endpoint          AWS_ENDPOINT_URL (LocalStack, emulators); absent on AWS
 * @param analysisBudget    the longest one analysis may run before it is stored as ERROR (further capped by the
 *                          invocation's remaining time)
 * @param supersededRetention how long the run and findings of a superseded analysis stay before they expire
 * @param alertTopicArn     the SNS topic for drift alerts; absent, alerts are decided and go nowhere
 * @param alertRule         when an analysis alerts
 */
public record PipelineConfig(String articlesBucket, String resultsBucket, String table, String workQueueUrl,
                             long maxObjectBytes, String region, Optional<URI> endpoint, Duration analysisBudget,
                             Duration supersededRetention, Optional<String> alertTopicArn, AlertRule alertRule) {

    public static final long DEFAULT_MAX_OBJECT_BYTES = 5L * 1024 * 1024;
    /**
     * A 5 MB pair (the largest accepted) measured at about 60 s of one core; three times that, so a slower or
     * shared CPU still finishes, while one runaway input cannot hold a worker for long.
     */
    public static final Duration DEFAULT_ANALYSIS_BUDGET = Duration.ofSeconds(180);
    public static final Duration DEFAULT_SUPERSEDED_RETENTION = Duration.ofDays(30);

    public PipelineConfig(String articlesBucket, String resultsBucket, String table, String workQueueUrl,
                          long maxObjectBytes, String region, Optional<URI> endpoint) {
        this(articlesBucket, resultsBucket, table, workQueueUrl, maxObjectBytes, region, endpoint, DEFAULT_ANALYSIS_BUDGET,
                DEFAULT_SUPERSEDED_RETENTION, Optional.empty(), new AlertRule(AlertRule.DEFAULT_OVERALL_AT_LEAST));
    }

    public PipelineConfig withAnalysisBudget(Duration budget) {
        return new PipelineConfig(articlesBucket, resultsBucket, table, workQueueUrl, maxObjectBytes, region, endpoint, budget,
                supersededRetention, alertTopicArn, alertRule);
    }

    public PipelineConfig withAlerts(Optional<String> topicArn, AlertRule rule) {
        return new PipelineConfig(articlesBucket, resultsBucket, table, workQueueUrl, maxObjectBytes, region, endpoint,
                analysisBudget, supersededRetention, topicArn, rule);
    }

    public static PipelineConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static PipelineConfig from(Map<String, String> env) {
        String endpoint = blankToNull(env.get("AWS_ENDPOINT_URL"));
        String max = blankToNull(env.get("MAX_OBJECT_BYTES"));
        String budget = blankToNull(env.get("ANALYSIS_BUDGET_SECONDS"));
        String retention = blankToNull(env.get("SUPERSEDED_RETENTION_DAYS"));
        String alertAt = blankToNull(env.get("ALERT_OVERALL_AT_LEAST"));
        return new PipelineConfig(required(env, "ARTICLES_BUCKET"), required(env, "RESULTS_BUCKET"),
                required(env, "RESULTS_TABLE"), required(env, "WORK_QUEUE_URL"),
                max == null ? DEFAULT_MAX_OBJECT_BYTES : Long.parseLong(max),
                Optional.ofNullable(blankToNull(env.get("AWS_REGION"))).orElse("us-east-1"),
                Optional.ofNullable(endpoint).map(URI::create),
                budget == null ? DEFAULT_ANALYSIS_BUDGET : Duration.ofSeconds(Long.parseLong(budget)),
                retention == null ? DEFAULT_SUPERSEDED_RETENTION : Duration.ofDays(Long.parseLong(retention)),
                Optional.ofNullable(blankToNull(env.get("DRIFT_ALERT_TOPIC_ARN"))),
                new AlertRule(alertAt == null ? AlertRule.DEFAULT_OVERALL_AT_LEAST : Double.parseDouble(alertAt)));
    }

    private static String required(Map<String, String> env, String name) {
        String v = blankToNull(env.get(name));
        if (v == null) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
