package dev.drift.engine.document;

import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import java.util.List;

/**
 * An article as the engine sees it: decoded text, boilerplate set apart, content paragraphs, sentences
 * with their tokens, and quotations. Immutable once built.
 */
public record Article(String id, String text, List<BoilerplateDetector.Boilerplate> boilerplate,
                      List<Span> paragraphs, List<Sentence> sentences, List<Quotation> quotations) {

    /**
     * One sentence with its paragraph and its tokens. {@code narrativeSpeaker}: who the sentence says is speaking
     * when it has no quotation marks ("the official said"), or null.
     */
    public record Sentence(int index, int paragraph, Span span, List<Token> tokens, String narrativeSpeaker) {
        public String text() {
            return span.text();
        }

        /** False for a "sentence" of punctuation alone (a stray closing quotation mark): it makes no claim. */
        public boolean saysSomething() {
            return !tokens.isEmpty();
        }
    }

    public Article {
        boilerplate = List.copyOf(boilerplate);
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        // In text order (a nested quotation closes, and is found, before the one around it).
        quotations = quotations.stream().sorted(java.util.Comparator.comparingInt(Quotation::start)).toList();
    }

    /** The quotations that start in the given sentence. Sentence indices rise with the quotations' starts. */
    public List<Quotation> quotationsIn(int sentenceIndex) {
        int lo = 0;
        int hi = quotations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotations.get(mid).sentenceIndex() < sentenceIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < quotations.size() && quotations.get(end).sentenceIndex() == sentenceIndex) {
            end++;
        }
        return quotations.subList(lo, end);
    }

    /** Quotations are in text order: search to the last one starting at or before the offset, then look back a few for nesting. */
    public boolean insideSpeechQuote(int offset) {
        int lo = 0;
        int hi = quotations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotations.get(mid).start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo - 1; i >= 0 && i >= lo - 4; i--) {
            Quotation q = quotations.get(i);
            if (q.speech() && q.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
