package dev.drift.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.EnumMap;
import java.util.Map;

/** The schedule: queues every reprint whose result is missing or stale for the worker. */
public final class BatchHandler implements RequestHandler<ScheduledEvent, String> {
    private final DriftPipeline pipeline;

    public BatchHandler() {
        this(DefaultPipeline.get());
    }

    public BatchHandler(DriftPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        StalePairs.Selection selection = pipeline.queueStale();
        Map<StalePairs.Reason, Integer> byReason = new EnumMap<>(StalePairs.Reason.class);
        selection.stale().values().forEach(r -> byReason.merge(r, 1, Integer::sum));
        String summary = "queued " + selection.stale().size() + " reprint(s) " + byReason + ", " + selection.upToDate() + " up to date";
        Telemetry.event(context, "INFO", summary, null);
        return summary;
    }
}
