package dev.drift.engine.meaning;

import dev.drift.engine.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of words two sentences share, taken longest first (each word in at most one run; a lone grammar word is no
 * run): how many there are, how much of each sentence they cover, whether they come in the same order, and whether
 * their edges fall at punctuation. A paraphrase that moves a whole clause keeps a few long runs cut at commas; words
 * traded inside a clause ("A beat B" / "B beat A") leave short runs out of order, cut mid-phrase. Immutable.
 */
public final class SharedChunks {
    /**
     * Words of each sentence considered: a sentence is rarely longer, and past it each further run would cost a pass
     * over both sentences, so the cost per pair stays bounded whatever the input.
     */
    static final int MAX_WORDS = 120;

    /** A run: where it starts in each sentence, and its length in words. */
    record Run(int inA, int inB, int length) {
    }

    private final List<Run> runs;
    private final int wordsA;
    private final int wordsB;
    private final int matched;
    private final int inversions;
    private final int edgesAtBreaks;

    private SharedChunks(List<Run> runs, int wordsA, int wordsB, int inversions, int edgesAtBreaks) {
        this.runs = List.copyOf(runs);
        this.wordsA = wordsA;
        this.wordsB = wordsB;
        this.matched = runs.stream().mapToInt(Run::length).sum();
        this.inversions = inversions;
        this.edgesAtBreaks = edgesAtBreaks;
    }

    /**
     * The shared runs of two sentences' tokens (matched on their stemmed keys); {@code a} is the first sentence's text,
     * where run edges are tested for punctuation.
     */
    public static SharedChunks of(String a, List<Token> ta, List<Token> tb) {
        int n = Math.min(ta.size(), MAX_WORDS);
        int m = Math.min(tb.size(), MAX_WORDS);
        Map<String, Integer> ids = new HashMap<>();
        int[] ka = keys(ta, n, ids);
        int[] kb = keys(tb, m, ids);
        boolean[] usedA = new boolean[n];
        boolean[] usedB = new boolean[m];
        List<Run> runs = new ArrayList<>();
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        while (true) {
            // Longest common run of unused words (ties: earliest in a, then in b), by common-suffix lengths.
            int best = 0;
            int endA = -1;
            int endB = -1;
            Arrays.fill(previous, 0);
            for (int i = 0; i < n; i++) {
                current[0] = 0;
                for (int j = 0; j < m; j++) {
                    int length = ka[i] == kb[j] && !usedA[i] && !usedB[j] ? previous[j] + 1 : 0;
                    current[j + 1] = length;
                    if (length > best) {
                        best = length;
                        endA = i;
                        endB = j;
                    }
                }
                int[] t = previous;
                previous = current;
                current = t;
            }
            if (best == 0) {
                break;
            }
            int startA = endA - best + 1;
            int startB = endB - best + 1;
            for (int k = 0; k < best; k++) {
                usedA[startA + k] = true;
                usedB[startB + k] = true;
            }
            if (best > 1 || ta.get(startA).content()) {
                runs.add(new Run(startA, startB, best));
            }
        }
        runs.sort((x, y) -> Integer.compare(x.inA, y.inA));
        int inversions = 0;
        for (int x = 0; x < runs.size(); x++) {
            for (int y = x + 1; y < runs.size(); y++) {
                if (runs.get(x).inB > runs.get(y).inB) {
                    inversions++;
                }
            }
        }
        int atBreaks = 0;
        for (Run r : runs) {
            atBreaks += (atBreak(a, ta, n, r.inA) ? 1 : 0) + (atBreak(a, ta, n, r.inA + r.length) ? 1 : 0);
        }
        return new SharedChunks(runs, n, m, inversions, atBreaks);
    }

    /** The tokens' stemmed keys as small numbers (one per distinct key of the pair): the search compares them often. */
    private static int[] keys(List<Token> tokens, int n, Map<String, Integer> ids) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = ids.computeIfAbsent(tokens.get(i).key(), k -> ids.size());
        }
        return out;
    }

    /** Whether a run edge before word {@code p} lies at the sentence's edge or at punctuation between two words. */
    private static boolean atBreak(String text, List<Token> tokens, int n, int p) {
        if (p <= 0 || p >= n) {
            return true;
        }
        for (int c = tokens.get(p - 1).end(); c < tokens.get(p).start(); c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    /** Number of runs. */
    public int count() {
        return runs.size();
    }

    /** Runs per word they cover: 1 when every shared word stands alone, small when the shared words come in long runs. */
    public double fragmentation() {
        return matched == 0 ? 1 : (double) runs.size() / matched;
    }

    /** Share of pairs of runs whose order differs between the sentences; 0 with fewer than two runs. */
    public double inversionShare() {
        int pairs = runs.size() * (runs.size() - 1) / 2;
        return pairs == 0 ? 0 : (double) inversions / pairs;
    }

    /** Pairs of runs whose order differs between the sentences. */
    public int inversions() {
        return inversions;
    }

    /** Share of run edges that fall at the sentence's edge or at punctuation in the first sentence; 1 with no runs. */
    public double edgesAtBreaks() {
        return runs.isEmpty() ? 1 : edgesAtBreaks / (2.0 * runs.size());
    }

    /** Share of the words of the sentence the runs cover least. */
    public double coverageMin() {
        return Math.min(share(wordsA), share(wordsB));
    }

    /** Share of the words of the sentence the runs cover most. */
    public double coverageMax() {
        return Math.max(share(wordsA), share(wordsB));
    }

    private double share(int words) {
        return words == 0 ? 0 : (double) matched / words;
    }

    /** Words in the longest run. */
    public int longest() {
        return runs.stream().mapToInt(Run::length).max().orElse(0);
    }
}
