package dev.drift.engine.model;

import dev.drift.engine.text.Span;

/** A stretch of one article's text with its offsets (Java string indices into the decoded text). */
public record Excerpt(String text, int start, int end) {
    public static Excerpt of(Span s) {
        return s == null ? null : new Excerpt(s.text(), s.start(), s.end());
    }
}
