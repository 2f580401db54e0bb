package dev.drift.engine.detect;

import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAlignment;
import java.util.List;
import java.util.Set;

/**
 * ROLE: the same participants in exchanged roles: two words that swap the prepositions that mark them ("from A to
 * B" became "from B to A"), or that swap sides around the verb that relates them ("X beat Y" became "Y beat X").
 * A passive rendering ("Y was beaten by X") keeps the roles and is not a swap.
 */
public final class RoleDetector implements ShiftDetector {
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("from", "to", "by", "for", "against", "with", "into",
            "than", "over", "under", "before", "after");

    /** Participants further apart than this are not compared: roles are exchanged within a clause. */
    private static final int REACH = 12;

    @Override
    public void inPair(SentencePair pair, List<Shift> out) {
        if (pair.words() == null || pair.words().orderKept() < 0.5) {
            return; // scrambled sentences are reported as a whole
        }
        if (Renderings.reworded(pair)) {
            return; // a free re-wording reorders its phrases ("the channel of the studio", "the studio's channel")
        }
        WordAlignment wa = pair.words();
        int n = wa.reprint().size();
        boolean[] participant = new boolean[n];
        for (int i = 0; i < n; i++) {
            participant[i] = wa.originalOf()[i] >= 0 && participant(wa.reprint().get(i));
        }
        for (int a = 0; a < n; a++) {
            int oa = wa.originalOf()[a];
            if (!participant[a]) {
                continue;
            }
            for (int b = a + 1; b < n && b <= a + REACH; b++) {
                int ob = wa.originalOf()[b];
                if (!participant[b] || ob > oa) {
                    continue; // only pairs whose order flipped
                }
                String ra = preposition(wa.reprint(), a);
                String rb = preposition(wa.reprint(), b);
                String pa = preposition(wa.original(), oa);
                String pb = preposition(wa.original(), ob);
                boolean swappedMarkers = ra != null && rb != null && !ra.equals(rb) && ra.equals(pb) && rb.equals(pa);
                boolean swappedAroundVerb = verbBetween(wa, a, b, ob, oa) && !"by".equals(rb) && !"by".equals(ra)
                        && ra == null && pb == null;
                if (swappedMarkers || swappedAroundVerb) {
                    Word x = wa.reprint().get(a);
                    Word y = wa.reprint().get(b);
                    out.add(new Shift(ShiftType.ROLE, Severity.HIGH,
                            "\"" + x.text() + "\" and \"" + y.text() + "\" exchange roles: the reprint puts each where the original puts the other.",
                            Excerpt.of(pair.reprint()), Excerpt.of(pair.firstOriginal())));
                    return;
                }
            }
        }
    }

    /** A noun-like content word that can fill a role: a name, or a word WordNet knows as a noun. */
    private static boolean participant(Word w) {
        if (!w.content() || w.isNumberLike()) {
            return false;
        }
        return w.capitalized() || !WordNet.get().baseForms(w.lower(), WordNet.Pos.NOUN).isEmpty()
                && WordNet.get().baseForms(w.lower(), WordNet.Pos.VERB).isEmpty();
    }

    /** The role-marking preposition up to two words before word {@code i} (past "the", "a"), or null. */
    private static String preposition(List<Word> words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String w = words.get(k).lower();
            if (ROLE_PREPOSITIONS.contains(w)) {
                return w;
            }
            if (words.get(k).content()) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a rendered verb stands between the two words in the reprint (a before it, b after) and between their
     * originals the other way round (ob before it, oa after).
     */
    private static boolean verbBetween(WordAlignment wa, int a, int b, int ob, int oa) {
        for (int v = a + 1; v < b; v++) {
            int ov = wa.originalOf()[v];
            Word w = wa.reprint().get(v);
            if (ov > ob && ov < oa && w.content() && !w.capitalized()
                    && !WordNet.get().baseForms(w.lower(), WordNet.Pos.VERB).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
