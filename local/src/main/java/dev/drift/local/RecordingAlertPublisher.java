package dev.drift.local;

import dev.drift.functions.AlertPublisher;
import dev.drift.functions.DriftAlert;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The drift-alert topic on one machine: every alert the handlers publish is recorded (with the function that sent
 * it), and passed on to the real topic when there is one (LocalStack). The emulators have no SNS of their own.
 */
public final class RecordingAlertPublisher implements AlertPublisher {
    /** One published alert: the function that published it, and the message id it got. */
    public record Sent(String function, DriftAlert alert, String messageId) {
    }

    private final AlertPublisher topic;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /** @param topic the real topic, or null to record only */
    public RecordingAlertPublisher(AlertPublisher topic) {
        this.topic = topic;
    }

    @Override
    public String publish(DriftAlert alert) {
        String id = topic == null ? "local-" + ids.incrementAndGet() : topic.publish(alert);
        sent.add(new Sent(LocalPipeline.invokingFunction().orElse("-"), alert, id));
        return id;
    }

    /** Every alert published so far, oldest first. */
    public List<Sent> sent() {
        return List.copyOf(sent);
    }
}
