package dev.drift.engine.align;

import dev.drift.engine.document.Article;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverse sentence frequency of each token key over both articles: rare words (names, numbers)
 * weigh more in similarity than words every sentence has.
 */
public final class TermWeights {
    private final Map<String, Double> idf;
    private final double unseen;

    public TermWeights(List<Article> articles) {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (Article a : articles) {
            for (Article.Sentence s : a.sentences()) {
                n++;
                for (String k : keys(s.tokens()).keySet()) {
                    df.merge(k, 1, Integer::sum);
                }
            }
        }
        int sentences = Math.max(1, n);
        this.idf = new HashMap<>(df.size() * 2);
        df.forEach((k, d) -> idf.put(k, Math.log(1.0 + (double) sentences / d)));
        this.unseen = Math.log(1.0 + sentences);
    }

    public double weight(String key) {
        return idf.getOrDefault(key, unseen);
    }

    /** Content keys of tokens with their first token (for spans), in order. */
    public static Map<String, Token> keys(List<Token> tokens) {
        Map<String, Token> keys = new LinkedHashMap<>();
        for (Token t : tokens) {
            if (Tokenizer.isContent(t)) {
                keys.putIfAbsent(t.key(), t);
            }
        }
        return keys;
    }
}
