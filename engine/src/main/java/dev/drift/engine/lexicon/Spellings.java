package dev.drift.engine.lexicon;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Two spellings of one word: a transliteration ("Mallorca", "Majorca") or a respelling ("Dowden", "Dauden"). */
public final class Spellings {
    /**
     * A respelling keeps the first letter and about four in five of the rest in order: Jaro-Winkler similarity at
     * least 0.8 (0.79 here, since 0.8 itself comes out a hair below in floating point).
     */
    private static final double RESPELLED = 0.79;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Spellings() {
    }

    /** Both lower case. */
    public static boolean respelled(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && a.charAt(0) == b.charAt(0) && JARO_WINKLER.apply(a, b) >= RESPELLED;
    }
}
