package dev.drift.engine.words;

import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.lexicon.WordNet.Relation;
import dev.drift.engine.text.Token;
import dev.drift.engine.words.WordAlignment.Match;
import dev.drift.engine.words.WordAlignment.Substitution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Aligns the words of a reprint sentence with those of the original it renders: the same word, then the same lemma,
 * then WordNet synonyms and derivations and misspellings; among equal candidates the one at the nearest relative
 * position wins. What remains between two aligned neighbours on both sides is a substitution; what remains on one
 * side only is an addition or an omission. Stateless and thread-safe.
 */
public final class WordAligner {
    /** A misspelling changes at most one letter of a short word ("wer" for "were")... */
    private static final int SHORT_WORD_EDITS = 1;
    /** ...and at most two of a word this long or longer ("ocuntry", "woudl"). */
    private static final int MISSPELLABLE = 5;
    private static final int LONG_WORD_EDITS = 2;
    /**
     * Relation passes and gaps look this many words either way, no further: a rendering keeps its words near their
     * place, and the bound keeps a run-on "sentence" of any length linear.
     */
    private static final int WINDOW = 12;
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(LONG_WORD_EDITS);

    private WordAligner() {
    }

    public static WordAlignment align(List<Word> reprint, List<Word> original) {
        int[] originalOf = new int[reprint.size()];
        Arrays.fill(originalOf, -1);
        Match[] how = new Match[reprint.size()];
        boolean[] taken = new boolean[original.size()];
        keyPass(reprint, original, originalOf, how, taken, Match.SAME);
        keyPass(reprint, original, originalOf, how, taken, Match.LEMMA);
        relationPass(reprint, original, originalOf, how, taken, Match.SPELLING);
        relationPass(reprint, original, originalOf, how, taken, Match.SYNONYM);

        List<Substitution> substitutions = new ArrayList<>();
        boolean[] paired = new boolean[original.size()];
        List<Integer> added = new ArrayList<>();
        for (int r = 0; r < reprint.size(); r++) {
            if (originalOf[r] >= 0 || !reprint.get(r).content() || futureGoing(reprint, r)) {
                continue;
            }
            int partner = gapPartner(r, reprint, original, originalOf, taken, paired);
            if (partner >= 0) {
                paired[partner] = true;
                substitutions.add(new Substitution(r, partner,
                        WordNet.get().relation(reprint.get(r).lower(), original.get(partner).lower())));
            } else if (!repeatsNeighbour(reprint, r)) {
                added.add(r);
            }
        }
        List<Integer> dropped = new ArrayList<>();
        for (int o = 0; o < original.size(); o++) {
            if (!taken[o] && !paired[o] && original.get(o).content() && !futureGoing(original, o)) {
                dropped.add(o);
            }
        }
        int rendered = 0;
        int neighbours = 0;
        int neighboursKept = 0;
        for (int r = 0; r < reprint.size(); r++) {
            if (originalOf[r] < 0) {
                continue;
            }
            rendered++;
            if (r + 1 < reprint.size() && originalOf[r + 1] >= 0) {
                neighbours++;
                int step = originalOf[r + 1] - originalOf[r];
                if (step >= 1 && step <= 2) {
                    neighboursKept++;
                }
            }
        }
        double closeness = Math.max(reprint.size(), original.size()) == 0 ? 1
                : (double) rendered / Math.max(reprint.size(), original.size());
        double orderKept = neighbours == 0 ? 1 : (double) neighboursKept / neighbours;
        boolean[] reprintUnmatched = new boolean[reprint.size()];
        for (int r = 0; r < reprint.size(); r++) {
            reprintUnmatched[r] = originalOf[r] < 0;
        }
        for (Substitution s : substitutions) {
            reprintUnmatched[s.reprintWord()] = false;
        }
        boolean[] originalUnmatched = new boolean[original.size()];
        for (int o = 0; o < original.size(); o++) {
            originalUnmatched[o] = !taken[o] && !paired[o];
        }
        return new WordAlignment(reprint, original, originalOf, how, List.copyOf(substitutions),
                Runs.of(added, reprintUnmatched), Runs.of(dropped, originalUnmatched), closeness, orderKept,
                EditedPlaces.count(reprint, original));
    }

    /**
     * One matching pass by equal keys (the word, or its lemma): each unmatched reprint word takes the unmatched
     * original word with its key nearest to its own relative position (the earlier on a tie). Keys are looked up,
     * not compared with every word, so a pass is linear whatever the sentence's length.
     */
    private static void keyPass(List<Word> reprint, List<Word> original, int[] originalOf, Match[] how, boolean[] taken,
                                Match kind) {
        Map<String, TreeSet<Integer>> byKey = new HashMap<>();
        for (int o = 0; o < original.size(); o++) {
            if (!taken[o]) {
                byKey.computeIfAbsent(key(original.get(o), kind), k -> new TreeSet<>()).add(o);
            }
        }
        double scale = (double) Math.max(1, original.size()) / Math.max(1, reprint.size());
        for (int r = 0; r < reprint.size(); r++) {
            if (originalOf[r] >= 0) {
                continue;
            }
            String key = key(reprint.get(r), kind);
            TreeSet<Integer> candidates = byKey.get(key);
            if (candidates == null || candidates.isEmpty()) {
                continue;
            }
            int best = nearest(candidates, r * scale);
            candidates.remove(best);
            originalOf[r] = best;
            how[r] = kind;
            taken[best] = true;
        }
    }

    /**
     * What a key pass compares: the lower-case word, or its lemma (a number keeps its normalised value). A word's
     * lemma is letters, digits and apostrophes, never a colon, so only the other kinds need their kind in front.
     */
    /** The member of the set nearest to the position. */
    private static int nearest(TreeSet<Integer> set, double position) {
        Integer below = set.floor((int) Math.floor(position));
        Integer above = set.ceiling((int) Math.floor(position) + 1);
        return below == null ? above : above == null ? below
                : Math.abs(above - position) < Math.abs(below - position) ? above : below;
    }

    private static String key(Word w, Match kind) {
        if (w.lower().equals("an")) {
            // The next word's sound chooses between them: one article, so "an important" and "a trivial" keep
            // their article in place rather than match an "a" further off.
            return "a";
        }
        if (kind == Match.SAME) {
            return w.lower();
        }
        return w.kind() == Token.Kind.WORD ? w.lemma() : w.kind() + ":" + w.lemma();
    }

    /**
     * One matching pass by a relation (misspelling, synonymy): each unmatched reprint word looks only at the unmatched
     * original words in the same place, within {@link #WINDOW} words of where it would stand, and takes the nearest
     * that fits. WordNet is asked only about those few.
     */
    private static void relationPass(List<Word> reprint, List<Word> original, int[] originalOf, Match[] how,
                                     boolean[] taken, Match kind) {
        for (int r = 0; r < reprint.size(); r++) {
            if (originalOf[r] >= 0) {
                continue;
            }
            Word rw = reprint.get(r);
            if (kind == Match.SYNONYM && !rw.content()) {
                continue;
            }
            int[] range = gap(r, reprint, original, originalOf);
            double target = (double) r / Math.max(1, reprint.size()) * Math.max(1, original.size());
            // Asked once per reprint word, not once per candidate: the answer does not depend on the candidate.
            boolean known = kind == Match.SPELLING && !rw.functionWord() && !rw.isNumberLike()
                    && WordNet.get().knows(rw.lower());
            int best = -1;
            double bestDistance = Double.MAX_VALUE;
            Match bestHow = kind;
            for (int o = Math.max(range[0] + 1, (int) target - WINDOW); o < Math.min(range[1], (int) target + WINDOW + 1); o++) {
                if (taken[o]) {
                    continue;
                }
                Match m = matches(rw, known, original.get(o), kind);
                if (m != null && Math.abs(o - target) < bestDistance) {
                    best = o;
                    bestDistance = Math.abs(o - target);
                    bestHow = m;
                }
            }
            if (best >= 0) {
                originalOf[r] = best;
                how[r] = bestHow;
                taken[best] = true;
            }
        }
    }

    /** How reprint word {@code r} renders original word {@code o} in this pass, if it does. */
    private static Match matches(Word r, boolean known, Word o, Match kind) {
        return switch (kind) {
            case SAME, LEMMA -> null; // matched by key
            case SPELLING -> misspelling(r, known, o) ? Match.SPELLING : null;
            case SYNONYM, DERIVED -> {
                if (!o.content() || r.isNumberLike() || o.isNumberLike()) {
                    yield null;
                }
                Relation rel = WordNet.get().relation(r.lower(), o.lower());
                yield rel == Relation.SYNONYM || rel == Relation.SAME ? Match.SYNONYM
                        : rel == Relation.DERIVED ? Match.DERIVED : null;
            }
        };
    }

    /**
     * A word the reprint misspelt: a form WordNet does not know, a letter or two away from the original word (one
     * for short words). A one-letter change between two real words ("hat", "hot") is a change, not a misspelling.
     * {@code known}: whether WordNet knows the reprint word.
     */
    static boolean misspelling(Word r, boolean known, Word o) {
        String a = r.lower();
        String b = o.lower();
        if (r.isNumberLike() || o.isNumberLike() || a.equals(b) || r.functionWord()) {
            return false;
        }
        if (swapsTwoLetters(a, b) || oneLetterApart(a, b)) {
            return true; // "thna", "adn"; "lot" for "lost", "hat" for "that": a typo, even where it makes a word
        }
        if (known) {
            return false;
        }
        if (sameLetters(a, b)) {
            return true; // "nkwo", "mkea": letters shuffled inside the word
        }
        int limit = Math.min(a.length(), b.length()) >= MISSPELLABLE ? LONG_WORD_EDITS : SHORT_WORD_EDITS;
        int d = EDITS.apply(a, b);
        return d >= 0 && d <= limit;
    }

    /** The same letters in another order, in a word long enough for that to be no accident. */
    private static boolean sameLetters(String a, String b) {
        if (a.length() != b.length() || a.length() < MISSPELLABLE - 1) {
            return false;
        }
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    /** One letter dropped from or added to a word of at least two letters. */
    private static boolean oneLetterApart(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        if (longer.length() != shorter.length() + 1 || longer.length() < 2) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }

    /** The same word with two neighbouring letters exchanged. */
    private static boolean swapsTwoLetters(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }

    /**
     * The unmatched original content word standing in the same place as reprint word {@code r}: between the
     * originals of the nearest rendered words before and after it, first such word.
     */
    private static int gapPartner(int r, List<Word> reprint, List<Word> original, int[] originalOf, boolean[] taken,
                                  boolean[] paired) {
        int[] range = gap(r, reprint, original, originalOf);
        for (int o = range[0] + 1; o < range[1] && o <= range[0] + WINDOW; o++) {
            if (!taken[o] && !paired[o] && original.get(o).content()) {
                return o;
            }
        }
        return -1;
    }

    /**
     * The original words between the originals of reprint word {@code r}'s nearest rendered neighbours, as an
     * exclusive range; empty when those neighbours cross.
     */
    private static int[] gap(int r, List<Word> reprint, List<Word> original, int[] originalOf) {
        int before = -1;
        for (int i = r - 1; i >= 0 && i >= r - WINDOW; i--) {
            if (originalOf[i] >= 0) {
                before = originalOf[i];
                break;
            }
        }
        int after = original.size();
        for (int i = r + 1; i < reprint.size() && i <= r + WINDOW; i++) {
            if (originalOf[i] >= 0) {
                after = originalOf[i];
                break;
            }
        }
        return after <= before ? new int[] {0, 0} : new int[] {before, after};
    }

    /** "going to end": an auxiliary of the future, grammar like "will", not a word of content. */
    private static boolean futureGoing(List<Word> words, int i) {
        return words.get(i).lower().equals("going") && i + 1 < words.size() && words.get(i + 1).lower().equals("to");
    }

    /** "America America", "tax tax tax": a word repeated right after itself adds nothing. */
    private static boolean repeatsNeighbour(List<Word> words, int i) {
        return i > 0 && words.get(i - 1).lower().equals(words.get(i).lower());
    }
}
