package dev.drift.engine.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers "does this phrase occur in the text?" without scanning the whole text each time: candidate positions
 * come from where the phrase's first word occurs. Immutable once built.
 */
public final class PhraseIndex {
    private final String text;
    private final Map<String, List<Integer>> positionsByWord = new HashMap<>();

    public PhraseIndex(String text) {
        this.text = text;
        for (Token t : Tokenizer.tokenize(text)) {
            positionsByWord.computeIfAbsent(t.lower(), k -> new ArrayList<>()).add(t.start());
        }
    }

    /** Whether the phrase occurs in the text starting at a word, ignoring case ("Al-Hol" and "al-Hol" agree). */
    public boolean occurs(String phrase) {
        List<Token> words = Tokenizer.tokenize(phrase);
        if (words.isEmpty() || words.get(0).start() != 0) {
            return text.toLowerCase(java.util.Locale.ROOT).contains(phrase.toLowerCase(java.util.Locale.ROOT));
        }
        for (int position : positionsByWord.getOrDefault(words.get(0).lower(), List.of())) {
            if (text.regionMatches(true, position, phrase, 0, phrase.length())) {
                return true;
            }
        }
        return false;
    }
}
