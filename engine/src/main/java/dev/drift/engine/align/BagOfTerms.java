package dev.drift.engine.align;

import dev.drift.engine.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A weighted set of content-word keys: the unit compared by sentence and quotation similarity. */
public final class BagOfTerms {
    private final Map<String, Double> weights;
    private final double total;

    public BagOfTerms(List<Token> tokens, TermWeights termWeights) {
        Map<String, Double> w = new HashMap<>();
        for (String k : TermWeights.keys(tokens).keySet()) {
            w.put(k, termWeights.weight(k));
        }
        this.weights = w;
        this.total = w.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private BagOfTerms(Map<String, Double> weights) {
        this.weights = weights;
        this.total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public BagOfTerms union(BagOfTerms other) {
        Map<String, Double> w = new HashMap<>(weights);
        w.putAll(other.weights);
        return new BagOfTerms(w);
    }

    public Set<String> keys() {
        return weights.keySet();
    }

    public double total() {
        return total;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    public double shared(BagOfTerms other) {
        BagOfTerms small = weights.size() <= other.weights.size() ? this : other;
        BagOfTerms large = small == this ? other : this;
        double s = 0;
        for (Map.Entry<String, Double> e : small.weights.entrySet()) {
            if (large.weights.containsKey(e.getKey())) {
                s += e.getValue();
            }
        }
        return s;
    }

    /** Weighted Dice coefficient in [0,1]; 1 for identical bags, 0 when nothing is shared or either is empty. */
    public double dice(BagOfTerms other) {
        double denominator = total + other.total;
        return denominator == 0 ? 0 : 2 * shared(other) / denominator;
    }

    /** Share of this bag's weight found in the other: how much of this the other renders. */
    public double recallIn(BagOfTerms other) {
        return total == 0 ? 0 : shared(other) / total;
    }
}
