package dev.drift.engine.document;

import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A quotation found in a text: its inner words (marks and trailing commas excluded), whether it is
 * reported speech or a quoted name, title or scare quote, and who says it where the text names a speaker.
 * A quotation split by its attribution ("“That,” he added, “promises ...”") is one quotation of several parts:
 * its span runs from the first part to the last, and its words are those of the parts only.
 *
 * @param span          from the start of the first part to the end of the last
 * @param sentenceIndex index of the sentence the quotation starts in
 * @param speech        false for quoted names, titles and scare quotes
 * @param speaker       the speaker as the text names it, pronouns resolved; null when unnamed
 * @param parts         the quoted pieces in order; one, equal to {@code span}, for an unbroken quotation
 */
public record Quotation(Span span, int sentenceIndex, boolean speech, String speaker, List<Span> parts) {
    public Quotation {
        parts = parts == null || parts.isEmpty() ? List.of(span) : List.copyOf(parts);
    }

    public Quotation(Span span, int sentenceIndex, boolean speech, String speaker) {
        this(span, sentenceIndex, speech, speaker, List.of(span));
    }

    /** The quoted words, parts joined by a space: the attribution between them is not quoted. */
    public String text() {
        if (parts.size() == 1) {
            return span.text();
        }
        StringBuilder b = new StringBuilder();
        for (Span p : parts) {
            b.append(b.length() == 0 ? "" : " ").append(p.text());
        }
        return b.toString();
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** Whether the offset lies inside a quoted part (not in the attribution splitting it). */
    public boolean contains(int offset) {
        for (Span p : parts) {
            if (p.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of the quoted parts of {@code text}, the article's text. */
    public List<Token> tokens(String text) {
        if (parts.size() == 1) {
            return Tokenizer.tokenize(text, span.start(), span.end());
        }
        List<Token> out = new ArrayList<>();
        for (Span p : parts) {
            out.addAll(Tokenizer.tokenize(text, p.start(), p.end()));
        }
        return out;
    }
}
