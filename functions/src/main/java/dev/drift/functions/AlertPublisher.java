package dev.drift.functions;

/** Where drift alerts go: the drift-alert topic on AWS, a recorder on the emulators. */
public interface AlertPublisher {
    /** No topic configured: alerts are decided and claimed, and go nowhere. */
    AlertPublisher NONE = alert -> "";

    /** Publishes one alert; returns the message id. Throws when it could not be published (the event is retried). */
    String publish(DriftAlert alert);
}
