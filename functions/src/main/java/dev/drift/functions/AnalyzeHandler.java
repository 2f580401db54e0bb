package dev.drift.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * S3 ObjectCreated and ObjectRemoved on the articles bucket: a reprint is analysed against its original (or marked
 * removed); an original is registered (or marked removed) and its reprints queued for re-analysis. Input problems
 * are stored as ERROR results; only infrastructure failures throw, so Lambda retries them and then sends the event
 * to the on-failure destination.
 */
public final class AnalyzeHandler implements RequestHandler<S3Event, String> {
    private final DriftPipeline pipeline;

    public AnalyzeHandler() {
        this(DefaultPipeline.get());
    }

    public AnalyzeHandler(DriftPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        List<String> outcomes = new ArrayList<>();
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (S3EventNotificationRecord record : records) {
            String name = record.getEventName() == null ? "" : record.getEventName();
            boolean created = name.startsWith("ObjectCreated");
            if (!created && !name.startsWith("ObjectRemoved")) {
                outcomes.add("ignored " + name);
                continue;
            }
            String bucket = record.getS3().getBucket().getName();
            String key = ArticleKey.decodeEventKey(record.getS3().getObject().getKey());
            if (!pipeline.config().articlesBucket().equals(bucket)) {
                outcomes.add("ignored s3://" + bucket + "/" + key + ": not the articles bucket");
                continue;
            }
            Optional<ArticleKey> parsed = ArticleKey.parse(key);
            if (Inbox.isInboxKey(key)) {
                Inbox.Match m = created ? pipeline.matchInbox(key) : pipeline.removeInbox(key);
                outcomes.add("inbox " + m.line());
            } else if (parsed.isPresent() && parsed.get().kind() == ArticleKey.Kind.ORIGINAL) {
                int queued = created ? pipeline.registerOriginal(key) : pipeline.removeOriginal(key);
                outcomes.add("original " + key + (created ? " registered, " : " removed, ") + queued + " reprint(s) queued");
            } else if (key.endsWith("/")) {
                outcomes.add("ignored folder marker " + key);
            } else if (created) {
                long start = System.nanoTime();
                DriftPipeline.Outcome o = pipeline.analyzeReprint(key, Budget.forAnalysis(pipeline.config(), context));
                Telemetry.analysis(context, "analyze", key, o, Duration.ofNanos(System.nanoTime() - start));
                AnalysisRecord r = o.record();
                outcomes.add("reprint " + key + ": " + r.status() + (r.reason() == null ? "" : " (" + r.reason() + ")"));
            } else {
                Optional<DriftPipeline.Outcome> o = pipeline.removeReprint(key);
                outcomes.add("reprint " + key + ": " + o.map(x -> x.record().status().name()).orElse("ignored, not in the layout"));
            }
        }
        String summary = String.join("\n", outcomes);
        Telemetry.event(context, "INFO", summary, null);
        return summary;
    }
}
