package dev.drift.engine.document;

import dev.drift.engine.quote.Quotation;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import java.util.List;

/**
 * An article as the engine sees it: decoded text, boilerplate set apart, content paragraphs, sentences
 * with their tokens, and quotations. Immutable once built.
 */
public record Article(String id, String text, List<BoilerplateDetector.Boilerplate> boilerplate,
                      List<Span> paragraphs, List<Sentence> sentences, List<Quotation> quotations) {

    /** One sentence with its paragraph and its tokens. */
    public record Sentence(int index, int paragraph, Span span, List<Token> tokens) {
        public String text() {
            return span.text();
        }
    }

    public Article {
        boilerplate = List.copyOf(boilerplate);
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        quotations = List.copyOf(quotations);
    }

    /** The quotations that start in the given sentence. */
    public List<Quotation> quotationsIn(int sentenceIndex) {
        return quotations.stream().filter(q -> q.sentenceIndex() == sentenceIndex).toList();
    }

    public boolean insideSpeechQuote(int offset) {
        for (Quotation q : quotations) {
            if (q.speech() && q.span().contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
