package dev.drift.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * S3 ObjectCreated on the articles bucket: a reprint is analysed against its original; an original is registered
 * and its reprints queued for re-analysis. Input problems are stored as ERROR results; only infrastructure
 * failures throw, so Lambda retries them and then sends the event to the on-failure destination.
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
            if (record.getEventName() == null || !record.getEventName().startsWith("ObjectCreated")) {
                outcomes.add("ignored " + record.getEventName());
                continue;
            }
            String bucket = record.getS3().getBucket().getName();
            String key = ArticleKey.decodeEventKey(record.getS3().getObject().getKey());
            if (!pipeline.config().articlesBucket().equals(bucket)) {
                outcomes.add("ignored s3://" + bucket + "/" + key + ": not the articles bucket");
                continue;
            }
            Optional<ArticleKey> parsed = ArticleKey.parse(key);
            if (parsed.isPresent() && parsed.get().kind() == ArticleKey.Kind.ORIGINAL) {
                int queued = pipeline.registerOriginal(key);
                outcomes.add("original " + key + " registered, " + queued + " reprint(s) queued");
            } else if (key.endsWith("/")) {
                outcomes.add("ignored folder marker " + key);
            } else {
                AnalysisRecord r = pipeline.analyzeReprint(key);
                outcomes.add("reprint " + key + ": " + r.status() + (r.reason() == null ? "" : " (" + r.reason() + ")"));
            }
        }
        String summary = String.join("\n", outcomes);
        if (context != null) {
            context.getLogger().log(summary);
        }
        return summary;
    }
}
