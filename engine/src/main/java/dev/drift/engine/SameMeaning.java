package dev.drift.engine;

import dev.drift.engine.align.BagOfTerms;
import dev.drift.engine.align.TermWeights;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.detect.Detectors;
import dev.drift.engine.document.Article;
import dev.drift.engine.meaning.SentenceEncoder;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's same-meaning decision for two sentences. With a sentence encoder: a logistic combination of the
 * embeddings' cosine with lexical evidence (shared weighted words, word order, typed changes such as a number's
 * value or a negation), its weights fitted on human-labelled paraphrase pairs (MRPC and PAWS, see the README).
 * Without one (lexical only): enough shared weighted words and no high-severity change.
 */
public final class SameMeaning {
    /** Lexical only: least weighted Dice overlap for "same" (tuned on MRPC). */
    public static final double THRESHOLD = 0.45;

    /** Names of {@link #features}, in order (for the tuning tool's report). */
    public static final List<String> FEATURES = List.of("cosine", "dice", "unigrams", "bigrams", "order", "high",
            "changes", "lengthRatio", "displaced", "sameWords", "sameWords*cosine", "sameWords*dice",
            "sameWords*unigrams", "sameWords*bigrams", "sameWords*order", "sameWords*high", "sameWords*changes",
            "sameWords*lengthRatio", "sameWords*displaced");
    /**
     * Pairs sharing at least this share of their words are judged by their own weights (the "sameWords" products):
     * between sentences of nearly the same words, meaning turns on order and on which words differ, which a single
     * linear weighing of the evidence cannot learn along with loosely worded paraphrases.
     */
    private static final double SAME_WORDS = 0.8;
    private static final int BASE_FEATURES = 9;

    /**
     * Logistic weights over {@link #FEATURES} (first the intercept), fitted by the tuning tool in the embeddings
     * module's tests on MRPC train plus the PAWS calibration set, each corpus weighing the same; their 5-fold
     * cross-validated accuracy is in the README. "same" when the logistic score is at least one half.
     */
    private static final double[] WEIGHTS = {-9.7913, 9.0196, 1.3639, -0.6052, 0.5953, 0.8426, -0.1761, -0.2271, 1.5125,
        1.0757, 2.9400, -1.1989, -2.8148, -4.4656, 2.7446, 4.7309, 0.5868, 0.7835, -2.9463, -3.9104};

    private SameMeaning() {
    }

    /** A decision and the score it was made on: the lexical similarity, or the model's probability of "same". */
    public record Decision(boolean same, double score) {
    }

    public static double similarity(String a, String b) {
        ArticleParser parser = new ArticleParser();
        Article x = parser.parse("a", a);
        Article y = parser.parse("b", b);
        TermWeights w = new TermWeights(List.of(x, y));
        return new BagOfTerms(Tokenizer.tokenize(a), w).dice(new BagOfTerms(Tokenizer.tokenize(b), w));
    }

    /** Lexical only. */
    public static boolean sameMeaning(String a, String b) {
        return decide(a, b, null).same();
    }

    /** With an encoder when there is one (null: lexical only). */
    public static Decision decide(String a, String b, SentenceEncoder encoder) {
        if (encoder == null) {
            double similarity = similarity(a, b);
            boolean same = similarity >= THRESHOLD && changes(a, b).stream().noneMatch(s -> s.severity() == Severity.HIGH);
            return new Decision(same, similarity);
        }
        double p = probability(WEIGHTS, features(a, b, encoder));
        return new Decision(p >= 0.5, p);
    }

    public static double probability(double[] weights, double[] features) {
        double z = weights[0];
        for (int i = 0; i < features.length && i + 1 < weights.length; i++) {
            z += weights[i + 1] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static List<Shift> changes(String a, String b) {
        return Detectors.typedChanges(SentencePair.cuesOnly(b, Span.of(b, 0, b.length()), a, Span.of(a, 0, a.length())));
    }

    /** The evidence the decision weighs, in the order of {@link #FEATURES}. */
    public static double[] features(String a, String b, SentenceEncoder encoder) {
        List<Token> ta = Tokenizer.tokenize(a);
        List<Token> tb = Tokenizer.tokenize(b);
        List<String> wa = lowered(ta);
        List<String> wb = lowered(tb);
        List<Shift> changes = changes(a, b);
        long high = changes.stream().filter(s -> s.severity() == Severity.HIGH).count();
        long medium = changes.stream().filter(s -> s.severity() == Severity.MEDIUM).count();
        double cosine = SentenceEncoder.cosine(encoder.encode(a), encoder.encode(b));
        double unigrams = dice(grams(wa, 1), grams(wb, 1));
        double bigrams = dice(grams(wa, 2), grams(wb, 2));
        double order = orderAgreement(contentKeys(ta), contentKeys(tb));
        double displaced = displaced(contentKeys(ta), contentKeys(tb));
        double[] base = {
                cosine,
                similarity(a, b),
                unigrams,
                bigrams,
                order,
                high > 0 ? 1 : 0,
                Math.min(3, high + medium),
                wa.isEmpty() || wb.isEmpty() ? 0 : (double) Math.min(wa.size(), wb.size()) / Math.max(wa.size(), wb.size()),
                displaced
        };
        double sameWords = unigrams >= SAME_WORDS ? 1 : 0;
        double[] out = new double[2 * BASE_FEATURES + 1];
        System.arraycopy(base, 0, out, 0, BASE_FEATURES);
        out[BASE_FEATURES] = sameWords;
        for (int i = 0; i < BASE_FEATURES; i++) {
            out[BASE_FEATURES + 1 + i] = sameWords * base[i];
        }
        return out;
    }

    private static List<String> lowered(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.lower());
        }
        return out;
    }

    private static List<String> contentKeys(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.content()) {
                out.add(t.key());
            }
        }
        return out;
    }

    private static Set<String> grams(List<String> words, int n) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + n)));
        }
        return out;
    }

    private static double dice(Set<String> x, Set<String> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String s : x) {
            if (y.contains(s)) {
                shared++;
            }
        }
        return 2.0 * shared / (x.size() + y.size());
    }

    /**
     * Share of the words both sentences hold whose neighbours (the content words before and after) both differ
     * between the sentences: a word moved alone, as when two names trade places, rather than inside a moved clause.
     */
    static double displaced(List<String> a, List<String> b) {
        Map<String, Integer> inB = new HashMap<>();
        for (int i = 0; i < b.size(); i++) {
            inB.putIfAbsent(b.get(i), i);
        }
        int shared = 0;
        int moved = 0;
        for (int i = 0; i < a.size(); i++) {
            Integer j = inB.get(a.get(i));
            if (j == null) {
                continue;
            }
            shared++;
            boolean leftKept = i > 0 && j > 0 && a.get(i - 1).equals(b.get(j - 1)) || i == 0 && j == 0;
            boolean rightKept = i + 1 < a.size() && j + 1 < b.size() && a.get(i + 1).equals(b.get(j + 1))
                    || i + 1 == a.size() && j + 1 == b.size();
            if (!leftKept && !rightKept) {
                moved++;
            }
        }
        return shared == 0 ? 0 : (double) moved / shared;
    }

    /**
     * Share of pairs of words both sentences hold (each once) that come in the same order in both: swapped roles
     * ("A beat B" / "B beat A") keep every word and lose the order. 1 when fewer than two words are shared.
     */
    static double orderAgreement(List<String> a, List<String> b) {
        Map<String, Integer> firstInB = new HashMap<>();
        for (int i = 0; i < b.size(); i++) {
            firstInB.putIfAbsent(b.get(i), i);
        }
        List<Integer> positions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String w : a) {
            Integer p = firstInB.get(w);
            if (p != null && seen.add(w)) {
                positions.add(p);
            }
        }
        int n = positions.size();
        if (n < 2) {
            return 1;
        }
        long concordant = 0;
        long pairs = 0;
        // Quadratic in shared words, bounded by a sentence's length; long texts are compared by alignment instead.
        int limit = Math.min(n, 64);
        for (int i = 0; i < limit; i++) {
            for (int j = i + 1; j < limit; j++) {
                pairs++;
                if (positions.get(i) < positions.get(j)) {
                    concordant++;
                }
            }
        }
        return (double) concordant / pairs;
    }
}
