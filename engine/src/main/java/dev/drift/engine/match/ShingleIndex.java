package dev.drift.engine.match;

import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate originals for a text by the content it shares with them: each text's shingles (pairs of neighbouring
 * content word keys, so re-inflection and function words do not hide a copy) summarised by a MinHash signature,
 * and the signatures banded for locality-sensitive hashing, so a lookup reads only the originals that share a band
 * with the text, not all of them. Pairs, not longer runs: a re-translation keeps about a tenth of its original's
 * pairs (the seed reprints 0.09 to 0.15) and almost none of its runs of four, while articles on other stories share
 * no pair at all (0.000 for PolNeAR articles against the seed original). Originals are added, replaced and removed
 * by id. Thread-safe (one lock).
 */
public final class ShingleIndex {
    static final int SHINGLE_WORDS = 2;
    /**
     * Signature length and its split into bands: 64 bands of one row find a text sharing a tenth of its pairs with
     * an original with probability 1 - 0.9^64 (over 0.99); alignment then confirms or refuses.
     */
    public static final int HASHES = 64;
    private static final int ROWS = 1;
    private static final int BANDS = HASHES / ROWS;
    private static final long[] SEEDS = seeds();
    /**
     * A band value more originals share than this is the minimum of a word pair news uses everywhere ("prime
     * minister"), which says nothing about copying: a lookup skips it, so its cost grows with the originals that
     * share the text's rarer pairs, not with the index. A copy shares many bands, most of them rare.
     */
    public static final int CROWDED = 256;

    private final Map<String, long[]> signatures = new HashMap<>();
    private final Map<Long, Set<String>> buckets = new HashMap<>();

    /** A candidate original with the share of shingles it is estimated to share with the text. */
    public record Candidate(String id, double similarity) {
    }

    /** Adds an original, replacing what the index held under its id. */
    public synchronized void put(String id, String text) {
        remove(id);
        long[] signature = signature(text);
        signatures.put(id, signature);
        for (int b = 0; b < BANDS; b++) {
            buckets.computeIfAbsent(bandKey(signature, b), k -> new HashSet<>()).add(id);
        }
    }

    public synchronized void remove(String id) {
        long[] old = signatures.remove(id);
        if (old == null) {
            return;
        }
        for (int b = 0; b < BANDS; b++) {
            Set<String> bucket = buckets.get(bandKey(old, b));
            if (bucket != null) {
                bucket.remove(id);
                if (bucket.isEmpty()) {
                    buckets.remove(bandKey(old, b));
                }
            }
        }
    }

    public synchronized int size() {
        return signatures.size();
    }

    /** The originals sharing a band with the text (crowded bands aside), most similar first. */
    public synchronized List<Candidate> candidates(String text) {
        long[] signature = signature(text);
        Set<String> ids = new HashSet<>();
        for (int b = 0; b < BANDS; b++) {
            Set<String> bucket = buckets.getOrDefault(bandKey(signature, b), Set.of());
            if (bucket.size() <= CROWDED) {
                ids.addAll(bucket);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (String id : ids) {
            out.add(new Candidate(id, agreement(signature, signatures.get(id))));
        }
        out.sort((a, c) -> a.similarity() != c.similarity() ? Double.compare(c.similarity(), a.similarity())
                : a.id().compareTo(c.id()));
        return out;
    }

    /**
     * The text's band keys, one per band, for an index kept in a store: two texts share a band when the same key
     * stands at the same position. A text with no shingle gets keys nothing else has.
     */
    public static long[] bandKeys(String text) {
        long[] signature = signature(text);
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            keys[b] = bandKey(signature, b);
        }
        return keys;
    }

    /** The MinHash signature of a text's shingles; a text with no shingle gets a signature nothing matches. */
    static long[] signature(String text) {
        List<String> keys = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text)) {
            if (Tokenizer.isContent(t)) {
                keys.add(t.key());
            }
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE_WORDS <= keys.size(); i++) {
            long shingle = 0xcbf29ce484222325L;
            for (int k = i; k < i + SHINGLE_WORDS; k++) {
                shingle = fnv(shingle, keys.get(k));
            }
            for (int h = 0; h < HASHES; h++) {
                long v = mix(shingle ^ SEEDS[h]);
                if (v < min[h]) {
                    min[h] = v;
                }
            }
        }
        return min;
    }

    private static double agreement(long[] a, long[] b) {
        int same = 0;
        for (int h = 0; h < HASHES; h++) {
            same += a[h] == b[h] && a[h] != Long.MAX_VALUE ? 1 : 0;
        }
        return (double) same / HASHES;
    }

    private static long bandKey(long[] signature, int band) {
        long key = band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            key = mix(key * 31 + signature[r]);
        }
        return key;
    }

    /** FNV-1a over the key's chars, then a separator: a stable hash, unlike String.hashCode's 32 bits. */
    private static long fnv(long hash, String key) {
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        return (hash ^ ' ') * 0x100000001b3L;
    }

    /** SplitMix64's finaliser: spreads the bits of a 64-bit value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long s = 0x9e3779b97f4a7c15L;
        for (int i = 0; i < HASHES; i++) {
            s += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(s);
        }
        return seeds;
    }
}
