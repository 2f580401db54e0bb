package dev.drift.engine.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An inverted index over a list of bags of terms: for each term id, the bags holding it. Finds the few bags that
 * share anything with a query bag without comparing it with all of them. Immutable.
 */
public final class BagIndex {
    private static final int[] NONE = new int[0];

    private final int[][] postings;
    private final int[] withUnseenTerms;

    public BagIndex(List<BagOfTerms> bags, TermWeights weights) {
        int[] counts = new int[weights.size()];
        List<Integer> unseen = new ArrayList<>();
        for (int i = 0; i < bags.size(); i++) {
            for (int id : bags.get(i).ids()) {
                counts[id]++;
            }
            if (bags.get(i).hasUnseenTerms()) {
                unseen.add(i);
            }
        }
        postings = new int[weights.size()][];
        for (int i = 0; i < bags.size(); i++) {
            for (int id : bags.get(i).ids()) {
                if (postings[id] == null) {
                    postings[id] = new int[counts[id]];
                    counts[id] = 0;
                }
                postings[id][counts[id]++] = i;
            }
        }
        withUnseenTerms = unseen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The bags holding this term, ascending; empty when none does. */
    int[] postings(int id) {
        return postings[id] == null ? NONE : postings[id];
    }

    /** Every bag that shares at least one term with the query, ascending: all others share nothing with it. */
    public int[] sharing(BagOfTerms query) {
        int size = query.hasUnseenTerms() ? withUnseenTerms.length : 0;
        for (int id : query.ids()) {
            size += postings(id).length;
        }
        int[] all = new int[size];
        int n = 0;
        for (int id : query.ids()) {
            int[] p = postings(id);
            System.arraycopy(p, 0, all, n, p.length);
            n += p.length;
        }
        if (query.hasUnseenTerms()) {
            System.arraycopy(withUnseenTerms, 0, all, n, withUnseenTerms.length);
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (distinct == 0 || all[distinct - 1] != all[i]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }
}
