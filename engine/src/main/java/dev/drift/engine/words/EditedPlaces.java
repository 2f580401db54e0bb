package dev.drift.engine.words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In how many places two word sequences differ, function words and inflections included: the hunks of a
 * word-level diff (a replaced phrase, an inserted or deleted run, each counts once). A sentence edited on purpose
 * differs in one or two places; an independent rendering of it, in many.
 */
final class EditedPlaces {
    /**
     * Past the common beginning and end, a stretch longer than this on either side is not a local edit: it is
     * reported as {@link #MANY}, and the diff's quadratic table stays bounded, so the cost stays linear in the text.
     */
    static final int MIDDLE_MAX = 48;
    /** Differences with no more than this many kept words between them are one edit ("Paris", "the Paris suburbs"). */
    static final int JOINED_BY = 1;
    /** More places than any local edit makes. */
    static final int MANY = Integer.MAX_VALUE;

    private EditedPlaces() {
    }

    static int count(List<Word> a, List<Word> b) {
        int prefix = 0;
        int shorter = Math.min(a.size(), b.size());
        while (prefix < shorter && same(a.get(prefix), b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix && same(a.get(a.size() - 1 - suffix), b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        if (n == 0 && m == 0) {
            return 0;
        }
        if (n == 0 || m == 0) {
            return 1;
        }
        if (n > MIDDLE_MAX || m > MIDDLE_MAX) {
            return MANY;
        }
        // The middles' words as numbers (equal words, equal numbers): the table below compares every pair of them.
        Map<String, Integer> numbers = new HashMap<>();
        int[] x = new int[n];
        int[] y = new int[m];
        for (int i = 0; i < n; i++) {
            x[i] = numbers.computeIfAbsent(key(a.get(prefix + i)), k -> numbers.size());
        }
        for (int j = 0; j < m; j++) {
            y[j] = numbers.computeIfAbsent(key(b.get(prefix + j)), k -> numbers.size());
        }
        // Longest common subsequence of the middles, then count the runs of differences along one best path.
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // Walk one best path. Each run of differences is a place, except that a run of function words only and its
        // neighbouring run, with at most JOINED_BY kept words between, are one ("Paris", "the Paris suburbs").
        int places = 0;
        boolean inRun = false;
        boolean runHasContent = false;
        boolean lastHasContent = false; // the previous place's
        boolean joined = false;
        int kept = 0; // words kept since the last run of differences
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x[i] == y[j] && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                if (inRun) {
                    lastHasContent = runHasContent || joined && lastHasContent;
                    inRun = false;
                    kept = 0;
                }
                kept++;
                i++;
                j++;
                continue;
            }
            Word differing;
            if (j >= m || i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
                differing = a.get(prefix + i);
                i++;
            } else {
                differing = b.get(prefix + j);
                j++;
            }
            if (!inRun) {
                inRun = true;
                runHasContent = false;
                joined = places > 0 && kept <= JOINED_BY;
                if (!joined) {
                    places++;
                }
            }
            runHasContent |= differing.content();
            if (joined && runHasContent && lastHasContent) {
                places++; // two changes of content words are two places, however near
                joined = false;
            }
        }
        return places;
    }

    /** The same word; "a" and "an" are one, since the next word's sound chooses between them. */
    private static boolean same(Word x, Word y) {
        return key(x).equals(key(y));
    }

    private static String key(Word w) {
        return w.lower().equals("an") ? "a" : w.lower();
    }
}
