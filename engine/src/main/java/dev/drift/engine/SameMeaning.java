package dev.drift.engine;

import dev.drift.engine.align.BagOfTerms;
import dev.drift.engine.align.TermWeights;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.detect.Detectors;
import dev.drift.engine.document.Article;
import dev.drift.engine.model.Severity;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Tokenizer;
import java.util.List;

/**
 * The engine's same-meaning decision for two sentences: enough shared weighted words (threshold tuned
 * on MRPC), and no high-severity change between them (a number's value, a negation, a date, modality).
 */
public final class SameMeaning {
    public static final double THRESHOLD = 0.45;

    private SameMeaning() {
    }

    public static double similarity(String a, String b) {
        ArticleParser parser = new ArticleParser();
        Article x = parser.parse("a", a);
        Article y = parser.parse("b", b);
        TermWeights w = new TermWeights(List.of(x, y));
        return new BagOfTerms(Tokenizer.tokenize(a), w).dice(new BagOfTerms(Tokenizer.tokenize(b), w));
    }

    public static boolean sameMeaning(String a, String b) {
        if (similarity(a, b) < THRESHOLD) {
            return false;
        }
        return Detectors.typedChanges(SentencePair.cuesOnly(b, Span.of(b, 0, b.length()), a, Span.of(a, 0, a.length())))
                .stream().noneMatch(s -> s.severity() == Severity.HIGH);
    }
}
