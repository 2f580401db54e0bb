package dev.drift.engine.quote;

import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/** One news sentence as the speaker rules see it: its tokens, its quotations (between curly marks) and their place. */
final class SentenceViews {
    private SentenceViews() {
    }

    static Speakers.Sentence of(String sentence) {
        return Speakers.Sentence.of(sentence, Span.of(sentence, 0, sentence.length()), Tokenizer.tokenize(sentence),
                quotations(sentence));
    }

    /** The text between each pair of curly marks, marks left out. */
    static List<Span> quotations(String text) {
        List<Span> quotes = new ArrayList<>();
        for (int open = text.indexOf('“'); open >= 0; open = text.indexOf('“', open + 1)) {
            quotes.add(Span.of(text, open + 1, text.indexOf('”', open)));
        }
        return quotes;
    }

    /** The index of the first token written {@code word}. */
    static int token(Speakers.Sentence s, String word) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word + " not in " + s.text());
    }

    /** The index of the first token after the first quotation. */
    static int afterQuotation(Speakers.Sentence s) {
        int close = s.text().indexOf('”');
        int i = 0;
        while (i < s.tokens().size() && s.tokens().get(i).start() < close) {
            i++;
        }
        return i;
    }

    /** The index of the last token before the first quotation. */
    static int beforeQuotation(Speakers.Sentence s) {
        int open = s.text().indexOf('“');
        int i = -1;
        while (i + 1 < s.tokens().size() && s.tokens().get(i + 1).end() <= open) {
            i++;
        }
        return i;
    }
}
