package dev.drift.engine.detect;

import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.text.Token;
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAlignment;

/** What the word-level detectors share: how close a rendering is, and what counts as a name. */
final class Renderings {
    /**
     * A sentence rendering this share of the longer side's words, with at most {@link #LOCAL_EDITS} places where
     * the words differ, is a close copy with local edits: there a word dropped, added or replaced was changed on
     * purpose. Otherwise the sentence is re-worded, and single word differences are the translator's choice, not
     * a change of meaning: two good translations of one sentence differ in many places at once.
     */
    static final double CLOSE = 0.8;
    static final int LOCAL_EDITS = 1;
    /**
     * ...and whose words, function words and inflections included, differ from the original's in at most this many
     * places: a copy edited on purpose where one thing changed. Two independent translations of one sentence differ
     * in several small ways, each of them harmless; so a word replaced by an unrelated one, generalised, added or
     * dropped counts only where it is the one difference. (Antonyms, negations, numbers, names, dates and time keep
     * their own evidence and count anywhere.)
     */
    static final int EDITED_PLACES = 1;
    /** A sentence differing in more places than this is re-worded throughout, not edited. */
    static final int REWORDED_PLACES = 2;
    /** Claim-level changes need a confident sentence alignment; numbers and dates carry their own evidence. */
    static final double CLAIM_ALIGNMENT_MIN = 0.3;

    private Renderings() {
    }

    /**
     * A copy whose one difference is a phrase cut out or put in keeps every word of the shorter side in place, so
     * it is an edited copy however long the phrase: "broadcast by the Rossiya 1 TV channel and the Russia.tv
     * website" cut to "broadcast". Below this share of the longer side, the shorter sentence is more likely another
     * sentence sharing a phrase with it than a cut copy.
     */
    static final double CUT_COPY_MIN = 1.0 / 3;

    static boolean close(SentencePair pair) {
        WordAlignment wa = pair.words();
        if (wa == null || wa.differingPlaces() > LOCAL_EDITS || wa.editedPlaces() > EDITED_PLACES) {
            return false;
        }
        boolean cutOrInserted = wa.substitutions().isEmpty() && wa.differingPlaces() == 1 && !pair.sourceShared();
        return wa.closeness() >= (cutOrInserted ? CUT_COPY_MIN : CLOSE);
    }

    /** A sentence re-worded throughout (see {@link #REWORDED_PLACES}). */
    static boolean reworded(SentencePair pair) {
        return pair.words() == null || pair.words().editedPlaces() > REWORDED_PLACES;
    }

    /**
     * A name: an acronym, or a capitalised word that is not the sentence's first, or a first word that WordNet does
     * not know in lower case.
     */
    static boolean isName(Word w, boolean firstOfSentence) {
        if (w.kind() == Token.Kind.ACRONYM) {
            return true;
        }
        if (!w.capitalized() || w.isNumberLike()) {
            return false;
        }
        return !firstOfSentence || !WordNet.get().knows(w.lower());
    }

    /**
     * Reprint word {@code r} renders nothing and is left in another language: written in another script ("现在"), or
     * a lower-case word that neither WordNet nor the grammar word lists know, standing where an original grammar
     * word stood ("seinem" for "his", "ihre" for "their") or spelled with letters English does not use ("größte").
     * (An unknown word in place of a content word is as often a new coinage: "coronavirus" for "virus".)
     */
    static boolean untranslated(WordAlignment wa, int r) {
        Word w = wa.reprint().get(r);
        if (wa.originalOf()[r] >= 0 || w.isNumberLike()) {
            return false;
        }
        if (foreign(w)) {
            return true;
        }
        if (w.capitalized() || w.functionWord() || !w.content() || Lexicon.CLOSED_CLASS.contains(w.lower())
                || WordNet.get().knows(w.lower())) {
            return false;
        }
        int o = wa.inPlaceOriginal(r);
        return o >= 0 && wa.original().get(o).functionWord() || !w.lower().chars().allMatch(c -> c < 128);
    }

    /** Words of another script than Latin ("発展途上国"), or Latin words with letters English does not use. */
    static boolean foreign(Word w) {
        for (int i = 0; i < w.text().length(); ) {
            int cp = w.text().codePointAt(i);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
