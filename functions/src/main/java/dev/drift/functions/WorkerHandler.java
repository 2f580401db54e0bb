package dev.drift.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Work queue consumer: each message names one reprint to analyse. Reports partial batch failures, so only the
 * failed messages return to the queue (and reach the dead-letter queue after the redrive limit).
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
        for (SQSEvent.SQSMessage message : messages) {
            Optional<String> key = DriftPipeline.reprintKeyOf(message.getBody());
            if (key.isEmpty()) {
                // Not ours to interpret: let it reach the dead-letter queue for a person to look at.
                log(context, "message " + message.getMessageId() + " has no reprintKey");
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            try {
                AnalysisRecord r = pipeline.analyzeReprint(key.get(), pages);
                log(context, "reprint " + key.get() + ": " + r.status());
            } catch (RuntimeException e) {
                log(context, "reprint " + key.get() + " failed, will be retried: " + e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        try {
            pipeline.writeStoryPages(pages);
        } catch (RuntimeException e) {
            // The results are stored; a story page is derived from them and is rewritten by the story's next analysis.
            log(context, "story pages " + pages.stories() + " not rewritten: " + e);
        }
        return new SQSBatchResponse(failures);
    }

    private static void log(Context context, String line) {
        if (context != null) {
            context.getLogger().log(line);
        }
    }
}
