package dev.drift.engine.align;

import dev.drift.engine.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A weighted set of content-word keys: the unit compared by sentence and quotation similarity. Keys the
 * term weights know are held as sorted ids, so overlap is a merge of two short arrays; the rare key no
 * sentence has (text outside every sentence) is kept by name. Immutable.
 */
public final class BagOfTerms {
    private static final String[] NONE = new String[0];

    private final TermWeights termWeights;
    private final int[] ids;
    private final String[] unseen;
    private final double total;

    public BagOfTerms(List<Token> tokens, TermWeights termWeights) {
        this.termWeights = termWeights;
        int[] ids = new int[tokens.size()];
        int n = 0;
        List<String> unseen = null;
        for (Token t : tokens) {
            if (!t.content()) {
                continue;
            }
            int id = termWeights.id(t.key());
            if (id >= 0) {
                ids[n++] = id;
            } else if (unseen == null || !unseen.contains(t.key())) {
                if (unseen == null) {
                    unseen = new ArrayList<>();
                }
                unseen.add(t.key());
            }
        }
        this.ids = distinctSorted(ids, n);
        this.unseen = unseen == null ? NONE : unseen.toArray(String[]::new);
        this.total = sum();
    }

    private BagOfTerms(TermWeights termWeights, int[] ids, String[] unseen) {
        this.termWeights = termWeights;
        this.ids = ids;
        this.unseen = unseen;
        this.total = sum();
    }

    private static int[] distinctSorted(int[] values, int n) {
        Arrays.sort(values, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || values[distinct - 1] != values[i]) {
                values[distinct++] = values[i];
            }
        }
        return Arrays.copyOf(values, distinct);
    }

    private double sum() {
        double s = unseen.length * termWeights.unseenWeight();
        for (int id : ids) {
            s += termWeights.weight(id);
        }
        return s;
    }

    public BagOfTerms union(BagOfTerms other) {
        int[] merged = new int[ids.length + other.ids.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ids.length || j < other.ids.length) {
            if (j == other.ids.length || i < ids.length && ids[i] < other.ids[j]) {
                merged[n++] = ids[i++];
            } else if (i == ids.length || other.ids[j] < ids[i]) {
                merged[n++] = other.ids[j++];
            } else {
                merged[n++] = ids[i++];
                j++;
            }
        }
        List<String> names = new ArrayList<>(Arrays.asList(unseen));
        for (String k : other.unseen) {
            if (!names.contains(k)) {
                names.add(k);
            }
        }
        return new BagOfTerms(termWeights, Arrays.copyOf(merged, n), names.toArray(String[]::new));
    }

    /** Whether the bag holds this key. */
    public boolean contains(String key) {
        int id = termWeights.id(key);
        return id >= 0 ? Arrays.binarySearch(ids, id) >= 0 : Arrays.asList(unseen).contains(key);
    }

    /** Ids of the bag's known keys, ascending. */
    int[] ids() {
        return ids;
    }

    /** Whether the bag holds keys no sentence of the articles has (compared by name, not by id). */
    boolean hasUnseenTerms() {
        return unseen.length > 0;
    }

    public double total() {
        return total;
    }

    public boolean isEmpty() {
        return ids.length == 0 && unseen.length == 0;
    }

    /** Total weight of the keys both bags hold. */
    public double shared(BagOfTerms other) {
        double s = 0;
        int i = 0;
        int j = 0;
        int[] a = ids;
        int[] b = other.ids;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                s += termWeights.weight(a[i]);
                i++;
                j++;
            }
        }
        for (String k : unseen) {
            if (Arrays.asList(other.unseen).contains(k)) {
                s += termWeights.unseenWeight();
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
