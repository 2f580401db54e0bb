package dev.drift.engine.detect;

import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.text.Span;
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAlignment;
import java.util.List;
import java.util.Set;

/**
 * TENSE: a verb rendered with another tense or aspect ("said" became "will say", "has left" became "is leaving").
 * A verb's tense is read from its own form and the auxiliaries before it, so a paraphrase that keeps the verb
 * group's time reads the same whatever its words.
 */
public final class TenseDetector implements ShiftDetector {
    /** Auxiliaries are looked for this many words before the verb, past adverbs such as "not" and "also". */
    private static final int AUXILIARY_REACH = 3;
    private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did");
    private static final Set<String> PRESENT_AUX = Set.of("is", "are", "am", "has", "have", "does", "do", "'s", "'re", "'m", "'ve");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll");
    private static final Set<String> CONDITIONAL_AUX = Set.of("would", "'d");
    /** A modal's verb group states how possible or needed something is, not when: a change of it is modality's. */
    private static final Set<String> MODAL_AUX = Set.of("can", "could", "may", "might", "must", "should", "ought", "cannot");
    /** Subjects that take a verb's bare form in the present ("they say", "I think"). */
    private static final Set<String> BARE_FORM_PRONOUNS = Set.of("i", "we", "you", "they");
    private static final Set<String> PERFECT_AUX = Set.of("has", "have", "had", "'ve");
    private static final Set<String> BE = Set.of("is", "are", "am", "was", "were", "be", "been", "being", "'s", "'re", "'m");
    private static final Set<String> SKIPPABLE = Set.of("not", "n't", "also", "already", "still", "just", "never",
            "now", "then", "only", "even", "really", "always", "often", "been", "being", "be");

    /** MODAL: a verb group after "can", "should", "may"...: how possible or needed, not when; its aspect still counts. */
    enum Time { PAST, PRESENT, FUTURE, CONDITIONAL, MODAL, NONE }

    /** A verb group's time and aspect. */
    record Tense(Time time, boolean perfect, boolean progressive) {
        String describe() {
            String t = switch (time) {
                case PAST -> "past";
                case PRESENT -> "present";
                case FUTURE -> "future";
                case CONDITIONAL -> "conditional";
                case MODAL -> "modal";
                case NONE -> "untensed";
            };
            return t + (perfect ? " perfect" : "") + (progressive ? " progressive" : "");
        }
    }

    @Override
    public void inPair(SentencePair pair, List<Shift> out) {
        if (pair.words() == null) {
            return;
        }
        WordAlignment wa = pair.words();
        for (int r = 0; r < wa.reprint().size(); r++) {
            int o = wa.originalOf()[r];
            if (o < 0) {
                continue;
            }
            Word rw = wa.reprint().get(r);
            Word ow = wa.original().get(o);
            if (sameContext(wa.reprint(), r, wa.original(), o) || !isVerbForm(rw) || !isVerbForm(ow)) {
                continue;
            }
            Tense rt = tense(wa.reprint(), r);
            Tense ot = tense(wa.original(), o);
            if (rt == null || ot == null || rt.equals(ot) || rt.time() == Time.NONE || ot.time() == Time.NONE
                    || (rt.time() == Time.MODAL) != (ot.time() == Time.MODAL)) {
                continue; // a modal put in or taken out ("will" became "might") is modality's, not time's
            }
            // A change of time is a change of claim; a change of aspect alone ("emphasized", "has stressed") is
            // a translator's choice unless the sentence is otherwise a copy.
            boolean timeChanged = rt.time() != ot.time() && !(pastLike(rt) && pastLike(ot)) && !(hypothetical(rt) && hypothetical(ot));
            if (voiceOnly(wa.reprint(), r, rt, wa.original(), o, ot)) {
                continue;
            }
            boolean close = Renderings.close(pair) || onlyGroupDiffers(wa, group(wa.reprint(), r), r, group(wa.original(), o), o);
            if (!timeChanged && !close) {
                continue;
            }
            Span rGroup = group(pair.reprintText(), wa.reprint(), r);
            Span oGroup = group(pair.originalText(), wa.original(), o);
            // In a free re-wording a verb's time is one of many choices the translator made differently: worth
            // showing, not a confident finding.
            out.add(new Shift(ShiftType.TENSE, close ? Severity.MEDIUM : Severity.LOW,
                    "\"" + oGroup.text() + "\" (" + ot.describe() + ") became \"" + rGroup.text() + "\" (" + rt.describe()
                            + "): the reprint places it at another time or aspect.",
                    Excerpt.of(rGroup), Excerpt.of(oGroup)));
            return; // one per sentence: the clauses of a sentence usually move together
        }
    }

    /**
     * The sentences are the same word for word outside the two verb groups ("has repeatedly emphasized" became "is
     * repeatedly emphasizing"): the verb group was edited on purpose, though its auxiliary and ending are two places.
     */
    private static boolean onlyGroupDiffers(WordAlignment wa, int rFirst, int r, int oFirst, int o) {
        List<Word> rw = wa.reprint();
        List<Word> ow = wa.original();
        if (rFirst != oFirst || rw.size() - r != ow.size() - o) {
            return false;
        }
        for (int k = 0; k < rFirst; k++) {
            if (!rw.get(k).lower().equals(ow.get(k).lower())) {
                return false;
            }
        }
        for (int k = 1; r + k < rw.size(); k++) {
            if (!rw.get(r + k).lower().equals(ow.get(o + k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** A modal right before word {@code k}, past adverbs: "could (not) have". */
    private static boolean modalBefore(List<Word> words, int k) {
        return auxiliaryBefore(words, k, MODAL_AUX);
    }

    /** A word of {@code kind} before word {@code i} in its verb group, within reach, past skippable words. */
    private static boolean auxiliaryBefore(List<Word> words, int i, Set<String> kind) {
        for (int k = i - 1; k >= 0 && k >= i - AUXILIARY_REACH; k--) {
            String a = words.get(k).lower();
            if (kind.contains(a)) {
                return true;
            }
            if (!skippable(a)) {
                return false;
            }
        }
        return false;
    }

    /** A word that may stand inside a verb group: "not", "also", or an adverb in "-ly" ("has repeatedly said"). */
    private static boolean skippable(String w) {
        return SKIPPABLE.contains(w)
                || w.endsWith("ly") && WordNet.get().baseForms(w, WordNet.Pos.ADVERB).contains(w);
    }

    /** "will" and "would": a translator's choice of how firmly to put what is to come. */
    private static boolean hypothetical(Tense t) {
        return t.time() == Time.FUTURE || t.time() == Time.CONDITIONAL;
    }

    /**
     * A bare participle on one side ("a company based in"), the same participle after "be" on the other ("is
     * based in"): a change of construction, not of time.
     */
    private static boolean voiceOnly(List<Word> rWords, int r, Tense rt, List<Word> oWords, int o, Tense ot) {
        boolean rBare = !hasAuxiliary(rWords, r);
        boolean oBare = !hasAuxiliary(oWords, o);
        return rBare != oBare && rWords.get(r).lower().endsWith("ed") && oWords.get(o).lower().endsWith("ed")
                || rBare != oBare && (rt.time() == Time.PAST && !rt.perfect() && rBare || ot.time() == Time.PAST && !ot.perfect() && oBare)
                && isPassive(rBare ? oWords : rWords, rBare ? o : r);
    }

    private static boolean hasAuxiliary(List<Word> words, int i) {
        return group(words, i) != i;
    }

    /** A participle right after a form of "be". */
    private static boolean isPassive(List<Word> words, int i) {
        return !words.get(i).lower().endsWith("ing") && auxiliaryBefore(words, i, BE);
    }

    /** The same word after the same words: its tense cannot differ, and most rendered words are so. */
    private static boolean sameContext(List<Word> rWords, int r, List<Word> oWords, int o) {
        for (int k = 0; k <= AUXILIARY_REACH; k++) {
            boolean rIn = r - k >= 0;
            boolean oIn = o - k >= 0;
            if (rIn != oIn) {
                return false;
            }
            if (!rIn) {
                return true;
            }
            if (!rWords.get(r - k).lower().equals(oWords.get(o - k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Past, or present perfect: both speak of what has happened. */
    private static boolean pastLike(Tense t) {
        return t.time() == Time.PAST || t.time() == Time.PRESENT && t.perfect();
    }

    /** A word that can be a finite verb or participle: an auxiliary of "be", or a form WordNet reads as a verb. */
    private static boolean isVerbForm(Word w) {
        if (BE.contains(w.lower()) || PERFECT_AUX.contains(w.lower())) {
            return true;
        }
        return !w.capitalized() && !WordNet.get().baseForms(w.lower(), WordNet.Pos.VERB).isEmpty();
    }

    /** The tense of the verb group ending at word {@code i}; null when the word is not verbal in its context. */
    static Tense tense(List<Word> words, int i) {
        Word verb = words.get(i);
        String v = verb.lower();
        boolean progressive = v.endsWith("ing") && !BE.contains(v);
        boolean participle = v.endsWith("ed") || v.endsWith("en") || isIrregularPast(v);
        Time time = Time.NONE;
        boolean perfect = false;
        boolean auxiliaryFound = false;
        for (int k = i - 1; k >= 0 && k >= i - AUXILIARY_REACH; k--) {
            String a = words.get(k).lower();
            if (MODAL_AUX.contains(a)) {
                return new Tense(Time.MODAL, perfect, progressive);
            }
            if (FUTURE_AUX.contains(a)) {
                time = Time.FUTURE;
                auxiliaryFound = true;
                break;
            }
            if (CONDITIONAL_AUX.contains(a)) {
                time = Time.CONDITIONAL;
                auxiliaryFound = true;
                break;
            }
            if (PERFECT_AUX.contains(a) && (participle || v.equals("been"))) {
                perfect = true;
                if (a.equals("have") && modalBefore(words, k)) {
                    return new Tense(Time.MODAL, true, progressive); // "could not have been uncovered"
                }
                time = a.equals("had") ? Time.PAST : Time.PRESENT;
                auxiliaryFound = true;
                break;
            }
            if (PAST_AUX.contains(a)) {
                time = Time.PAST;
                auxiliaryFound = true;
                break;
            }
            if (PRESENT_AUX.contains(a)) {
                time = Time.PRESENT;
                auxiliaryFound = true;
                break;
            }
            if (!skippable(a)) {
                break;
            }
            if (a.equals("been")) {
                perfect = true;
            }
            if (a.equals("being")) {
                progressive = true; // "are being used"
            }
        }
        if (!auxiliaryFound) {
            if (progressive) {
                return null; // a bare "-ing" form is a gerund or a participle clause, not a tense
            }
            if (PAST_AUX.contains(v) || isPastForm(v)) {
                time = Time.PAST;
            } else if (PRESENT_AUX.contains(v) || BE.contains(v) && !v.equals("be") && !v.equals("been")) {
                time = Time.PRESENT;
            } else if (v.endsWith("s") && !v.endsWith("ss") || !v.equals("be") && i > 0 && pluralSubject(words.get(i - 1).lower())) {
                time = Time.PRESENT;
            } else {
                return null; // a bare form: an infinitive or an imperative as often as a present tense
            }
        }
        return new Tense(time, perfect, progressive);
    }

    /**
     * A bare verb form right after "I", "we", "you", "they" or a plural noun that cannot be a verb ("officials say")
     * is a present tense, not an infinitive or an imperative.
     */
    private static boolean pluralSubject(String previous) {
        if (BARE_FORM_PRONOUNS.contains(previous)) {
            return true;
        }
        if (!previous.endsWith("s") || previous.endsWith("'s") || previous.endsWith("ss")) {
            return false;
        }
        // not a verb too: in "thwarts escape" the first word is the verb and the second a noun
        return WordNet.get().baseForms(previous, WordNet.Pos.VERB).isEmpty()
                && WordNet.get().baseForms(previous, WordNet.Pos.NOUN).stream().anyMatch(b -> !b.equals(previous));
    }

    private static boolean isPastForm(String v) {
        return v.endsWith("ed") || isIrregularPast(v);
    }

    /** An irregular past form: its lemma differs and it does not end like a present or a participle ("said", "made"). */
    private static boolean isIrregularPast(String v) {
        if (v.endsWith("ing") || v.endsWith("s") || PRESENT_AUX.contains(v)) {
            return false; // "are" and "am" differ from their lemma "be" too, and are present
        }
        String lemma = WordNet.get().lemma(v);
        return !lemma.equals(v) && !WordNet.get().baseForms(v, WordNet.Pos.VERB).isEmpty()
                && WordNet.get().baseForms(v, WordNet.Pos.VERB).stream().noneMatch(v::equals);
    }

    /** The verb with its auxiliaries, as written. */
    private static Span group(String text, List<Word> words, int i) {
        return Span.of(text, words.get(group(words, i)).start(), words.get(i).end());
    }

    /** The first word of the verb group ending at word {@code i}: its first auxiliary, or the verb itself. */
    private static int group(List<Word> words, int i) {
        int first = i;
        for (int k = i - 1; k >= 0 && k >= i - AUXILIARY_REACH; k--) {
            String a = words.get(k).lower();
            if (FUTURE_AUX.contains(a) || CONDITIONAL_AUX.contains(a) || MODAL_AUX.contains(a) || PAST_AUX.contains(a)
                    || PRESENT_AUX.contains(a)) {
                first = k;
                break;
            }
            if (!skippable(a)) {
                break;
            }
        }
        return first;
    }
}
