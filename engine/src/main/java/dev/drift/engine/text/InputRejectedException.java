package dev.drift.engine.text;

/** Raised when an input cannot be analysed; the message is a one-line reason meant for users. */
public final class InputRejectedException extends Exception {
    public enum Reason { EMPTY, BINARY, UNDECODABLE, OVERSIZED, MISSING, NOT_A_FILE, UNREADABLE }

    private final Reason reason;

    public InputRejectedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
