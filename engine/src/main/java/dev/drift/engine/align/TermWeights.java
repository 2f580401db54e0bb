package dev.drift.engine.align;

import dev.drift.engine.document.Article;
import dev.drift.engine.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverse sentence frequency of each token key over both articles: rare words (names, numbers)
 * weigh more in similarity than words every sentence has. Each key the articles' sentences contain gets a
 * small integer id, so bags of terms compare as sorted arrays rather than hash maps. Immutable.
 */
public final class TermWeights {
    private final Map<String, Integer> ids;
    private final String[] keys;
    private final double[] idf;
    private final double unseen;

    public static TermWeights of(List<Article> articles) {
        return new TermWeights(articles.stream().flatMap(a -> a.sentences().stream()).map(Article.Sentence::tokens).toList());
    }

    /** Over sentences given as their tokens: all the weights need of an article. */
    public static TermWeights ofSentences(List<List<Token>> sentences) {
        return new TermWeights(sentences);
    }

    private TermWeights(List<List<Token>> sentenceTokens) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> keys = new ArrayList<>();
        int[] df = new int[64];
        int[] lastSentence = new int[64];
        int n = 0;
        for (List<Token> tokens : sentenceTokens) {
            n++;
            for (Token t : tokens) {
                if (!t.content()) {
                    continue;
                }
                Integer id = ids.putIfAbsent(t.key(), keys.size());
                if (id == null) {
                    id = keys.size();
                    keys.add(t.key());
                    if (id == df.length) {
                        df = Arrays.copyOf(df, id * 2);
                        lastSentence = Arrays.copyOf(lastSentence, id * 2);
                    }
                } else if (lastSentence[id] == n) {
                    continue; // counted once per sentence
                }
                df[id]++;
                lastSentence[id] = n;
            }
        }
        int sentences = Math.max(1, n);
        this.ids = ids;
        this.keys = keys.toArray(String[]::new);
        this.idf = new double[this.keys.length];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = Math.log(1.0 + (double) sentences / df[i]);
        }
        this.unseen = Math.log(1.0 + sentences);
    }

    public double weight(String key) {
        int id = id(key);
        return id < 0 ? unseen : idf[id];
    }

    /** The key's id, or -1 when no sentence of the articles has it. */
    public int id(String key) {
        Integer id = ids.get(key);
        return id == null ? -1 : id;
    }

    double weight(int id) {
        return idf[id];
    }

    double unseenWeight() {
        return unseen;
    }

    String key(int id) {
        return keys[id];
    }

    int size() {
        return keys.length;
    }
}
