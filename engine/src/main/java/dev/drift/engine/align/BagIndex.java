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

    /**
     * The bags likely to share most with the query, ascending: every bag sharing a term with it when that is at most
     * {@code budget} postings in all; otherwise only the bags holding its terms found in at most {@code budget}
     * bags each (its rare terms), or, when it has none, those holding its rarest term. A query of common words
     * in quote-dense text would otherwise meet every bag, and judging all quotations would be quadratic.
     */
    public int[] sharingBounded(BagOfTerms query, int budget) {
        int size = query.hasUnseenTerms() ? withUnseenTerms.length : 0;
        int rarest = -1;
        for (int id : query.ids()) {
            size += postings(id).length;
            if (postings(id).length > 0 && (rarest < 0 || postings(id).length < postings(rarest).length)) {
                rarest = id;
            }
        }
        if (size <= budget) {
            return sharing(query);
        }
        List<int[]> lists = new ArrayList<>();
        for (int id : query.ids()) {
            if (postings(id).length <= budget) {
                lists.add(postings(id));
            }
        }
        if (lists.isEmpty() && rarest >= 0) {
            int[] p = postings(rarest);
            lists.add(Arrays.copyOf(p, Math.min(p.length, budget)));
        }
        return union(lists);
    }

    private static int[] union(List<int[]> lists) {
        int size = 0;
        for (int[] l : lists) {
            size += l.length;
        }
        int[] all = new int[size];
        int n = 0;
        for (int[] l : lists) {
            System.arraycopy(l, 0, all, n, l.length);
            n += l.length;
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

    /** Every bag that shares at least one term with the query, ascending: all others share nothing with it. */
    public int[] sharing(BagOfTerms query) {
        List<int[]> lists = new ArrayList<>();
        for (int id : query.ids()) {
            lists.add(postings(id));
        }
        if (query.hasUnseenTerms()) {
            lists.add(withUnseenTerms);
        }
        return union(lists);
    }
}
