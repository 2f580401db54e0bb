package dev.drift.engine.words;

import dev.drift.engine.lexicon.WordNet.Relation;
import java.util.List;

/**
 * Which reprint words render which original words inside one aligned sentence pair, and what is left over.
 *
 * @param reprint       the reprint sentence's words
 * @param original      the words of the original sentence or sentences it renders, in text order
 * @param originalOf    for each reprint word, the index of the original word it renders, or -1
 * @param how           for each reprint word, how it renders its original word (null when it renders none)
 * @param substitutions a reprint content word standing where an original content word stood, with no meaning kept
 * @param added         reprint content words that render nothing and replace nothing, in runs of neighbours
 *                      (one added phrase is one run)
 * @param dropped       original content words that nothing renders or replaces, in runs of neighbours
 * @param closeness     share of words rendered, of the longer side: 1 for a copy, low for a free re-wording
 * @param orderKept     share of rendered neighbouring reprint words whose originals are neighbours too
 * @param editedPlaces  places where the sentences' words differ at all, function words and inflections included:
 *                      between two runs of the very same words in the same order there is one place
 */
public record WordAlignment(List<Word> reprint, List<Word> original, int[] originalOf, Match[] how,
                            List<Substitution> substitutions, List<List<Integer>> added, List<List<Integer>> dropped,
                            double closeness, double orderKept, int editedPlaces) {

    public enum Match { SAME, LEMMA, SYNONYM, DERIVED, SPELLING }

    /**
     * The original word standing in the same place as reprint word {@code r}, which renders none: the word right
     * after the original of its rendered left neighbour, when its right neighbour renders the word after that (or
     * it ends the sentence). -1 when the place is not that clear.
     */
    public int inPlaceOriginal(int r) {
        if (originalOf[r] >= 0) {
            return -1;
        }
        int o = r == 0 ? 0 : originalOf[r - 1] + 1;
        if (r > 0 && originalOf[r - 1] < 0 || o >= original.size()) {
            return -1;
        }
        boolean rightKept = r + 1 >= reprint.size() ? o + 1 == original.size() : originalOf[r + 1] == o + 1;
        return rightKept ? o : -1;
    }

    /** For each word of one side, whether the other side renders it word for word (same, lemma, synonym...). */
    public boolean[] renderedWords(boolean reprintSide) {
        boolean[] rendered = new boolean[(reprintSide ? reprint : original).size()];
        for (int r = 0; r < originalOf.length; r++) {
            if (originalOf[r] >= 0) {
                rendered[reprintSide ? r : originalOf[r]] = true;
            }
        }
        return rendered;
    }

    /** The places where the two sides' words differ: each substitution, each added and each dropped run. */
    public int differingPlaces() {
        return substitutions.size() + added.size() + dropped.size();
    }

    /** Indexes into {@link #reprint()} and {@link #original()}. */
    public record Substitution(int reprintWord, int originalWord, Relation relation) {
    }
}
