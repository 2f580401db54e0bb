package dev.drift.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Work queue consumer: each message names one reprint to analyse. Reports partial batch failures, so only the
 * failed messages return to the queue (and reach the dead-letter queue after the redrive limit). A message whose
 * story page could not be rebuilt fails too, so its retry rebuilds the page.
 */
public final class WorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final DriftPipeline pipeline;

    public WorkerHandler() {
        this(DefaultPipeline.get());
    }

    public WorkerHandler(DriftPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> messages = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        DriftPipeline.StoryPageUpdates pages = new DriftPipeline.StoryPageUpdates();
        Map<String, String> messageByReprint = new HashMap<>();
        for (SQSEvent.SQSMessage message : messages) {
            Optional<String> key = DriftPipeline.reprintKeyOf(message.getBody());
            if (key.isEmpty()) {
                // Not ours to interpret: after the redrive limit it reaches the dead-letter queue, once, for a person.
                Telemetry.event(context, "ERROR", "message " + message.getMessageId() + " has no reprintKey", null);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            if (!Budget.fits(pipeline.config(), context)) {
                // Too little time left in this invocation for a whole analysis: back to the queue, not an ERROR.
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            if (Inbox.isInboxKey(key.get())) {
                try {
                    Telemetry.event(context, "INFO", "inbox " + pipeline.matchInbox(key.get()).line(), key.get());
                } catch (RuntimeException e) {
                    Telemetry.event(context, "ERROR", "failed, will be retried: " + e, key.get());
                    failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                }
                continue;
            }
            try {
                long start = System.nanoTime();
                DriftPipeline.Outcome o = pipeline.analyzeReprint(key.get(), pages, Budget.forAnalysis(pipeline.config(), context));
                Telemetry.analysis(context, "worker", key.get(), o, Duration.ofNanos(System.nanoTime() - start));
                messageByReprint.put(key.get(), message.getMessageId());
            } catch (RuntimeException | Error e) {
                // One message's infrastructure failure (or a JVM error outside the engine) must not fail the others.
                Telemetry.event(context, "ERROR", "failed, will be retried: " + e, key.get());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        for (String story : pages.stories()) {
            try {
                pipeline.writeStoryPage(story, pages.reprints(story));
            } catch (RuntimeException e) {
                Telemetry.event(context, "ERROR", "story page of " + story + " not rebuilt, its messages will be retried: " + e, null);
                pages.reprints(story).forEach(k -> failures.add(new SQSBatchResponse.BatchItemFailure(messageByReprint.get(k))));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
