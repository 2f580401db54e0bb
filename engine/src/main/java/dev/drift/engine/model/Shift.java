package dev.drift.engine.model;

/** One change of meaning between a reprint and its original, with the text on each side (either may be absent). */
public record Shift(ShiftType type, Severity severity, String explanation, Excerpt reprint, Excerpt original) {
}
