package dev.drift.engine.document;

import dev.drift.engine.text.Span;

/**
 * A quotation found in a text: its inner words (marks and trailing commas excluded), whether it is
 * reported speech or a quoted name, title or scare quote, and who says it where the text names a speaker.
 *
 * @param span          the quoted words
 * @param sentenceIndex index of the sentence the quotation starts in
 * @param speech        false for quoted names, titles and scare quotes
 * @param speaker       the speaker as the text names it, pronouns resolved; null when unnamed
 */
public record Quotation(Span span, int sentenceIndex, boolean speech, String speaker) {
    public String text() {
        return span.text();
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
