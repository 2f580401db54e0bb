package dev.drift.engine.detect;

import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.text.Span;
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAlignment;
import java.util.List;
import java.util.Set;

/**
 * When a negation on one side only is no flipped polarity: the other side says it in other words ("failed to",
 * "non-diabetic", "free of"), or the negation negates the opposite of what the other side says ("not easy" for
 * "troublesome", litotes).
 */
final class Negations {
    /**
     * Verbs and adverbs that carry a negation in their meaning ("failed to", "denied", "poorly"), and negating
     * prefixes ("non-diabetic", "unable"): the other way to say "not".
     */
    private static final Set<String> NEGATIVE_LEMMAS = Set.of("fail", "deny", "refuse", "reject", "lack", "decline",
            "poorly", "hardly", "barely", "scarcely", "prohibit", "forbid", "ban", "absent", "devoid");
    /** Adjectives that say "without" before "of" or "from": "free of disease", "exempt from tax". */
    private static final Set<String> WITHOUT_BEFORE_OF = Set.of("free", "exempt");
    /** The part after "un" must be a word at least this long ("unable", "able"), and the whole an adjective or adverb. */
    private static final int NEGATED_STEM_MIN = 4;
    /** Words after a negation searched for the word it negates: "not easy", "not at all easy", "isn't very easy". */
    private static final int NEGATED_WORD_REACH = 3;

    private Negations() {
    }

    /**
     * The side without a negation word says it in other words, among those the other side does not render: the
     * polarity is kept ("did not manage", "failed"). In a copy with "not" added, every other word is rendered.
     */
    static boolean saidInOtherWords(SentencePair pair, boolean reprintSide) {
        WordAlignment wa = pair.words();
        if (wa == null) {
            return false;
        }
        List<Word> words = reprintSide ? wa.reprint() : wa.original();
        boolean[] rendered = wa.renderedWords(reprintSide);
        for (int i = 0; i < words.size(); i++) {
            if (!rendered[i] && (negative(words.get(i)) || withoutBeforeOf(words, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A negation before a word whose opposite the other sentence says: "not easy" for "troublesome", "not
     * uncommon" for "common". Two ways of saying one thing, so no polarity flipped.
     */
    static boolean negateOpposites(SentencePair pair, List<Span> negations, boolean reprintSide) {
        WordAlignment wa = pair.words();
        if (wa == null) {
            return false;
        }
        List<Word> side = reprintSide ? wa.reprint() : wa.original();
        List<Word> other = reprintSide ? wa.original() : wa.reprint();
        // Only words neither sentence renders word for word: "smaller" in both is no one's opposite.
        boolean[] sideRendered = wa.renderedWords(reprintSide);
        boolean[] otherRendered = wa.renderedWords(!reprintSide);
        for (Span negation : negations) {
            int after = 0;
            while (after < side.size() && side.get(after).start() < negation.end()) {
                after++;
            }
            if (!negatesAnOpposite(side, sideRendered, after, other, otherRendered)) {
                return false; // every negation must be one: "didn't hit ... isn't likely" for "hit ... unlikely" is not
            }
        }
        return !negations.isEmpty();
    }

    private static boolean negatesAnOpposite(List<Word> side, boolean[] sideRendered, int after, List<Word> other,
                                             boolean[] otherRendered) {
        for (int i = after; i < Math.min(side.size(), after + NEGATED_WORD_REACH); i++) {
            if (!side.get(i).content() || sideRendered[i]) {
                continue;
            }
            for (int j = 0; j < other.size(); j++) {
                if (other.get(j).content() && !otherRendered[j] && WordNet.get().opposes(side.get(i).lower(), other.get(j).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A negation stands a few words before word {@code i}: "not uncommon", "isn't very easy". */
    static boolean negatedBefore(List<Word> words, int i) {
        for (int k = Math.max(0, i - NEGATED_WORD_REACH); k < i; k++) {
            if (Lexicon.NEGATIONS.contains(words.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "free of", "exempt from" at word {@code i}. */
    private static boolean withoutBeforeOf(List<Word> words, int i) {
        if (!WITHOUT_BEFORE_OF.contains(words.get(i).lower()) || i + 1 >= words.size()) {
            return false;
        }
        String next = words.get(i + 1).lower();
        return next.equals("of") || next.equals("from");
    }

    private static boolean negative(Word w) {
        String lower = w.lower();
        if (NEGATIVE_LEMMAS.contains(w.lemma()) || lower.equals("non") || lower.startsWith("non-")) {
            return true;
        }
        String stem = lower.startsWith("un") ? lower.substring(2) : "";
        return stem.length() >= NEGATED_STEM_MIN && WordNet.get().knows(stem)
                && (!WordNet.get().baseForms(lower, WordNet.Pos.ADJECTIVE).isEmpty()
                || !WordNet.get().baseForms(lower, WordNet.Pos.ADVERB).isEmpty());
    }
}
