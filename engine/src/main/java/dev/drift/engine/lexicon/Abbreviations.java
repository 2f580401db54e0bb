package dev.drift.engine.lexicon;

import java.util.List;
import java.util.Locale;

/**
 * Whether an acronym abbreviates a name: "AFP" and "Agence France-Presse" (the initials of its words, hyphenated
 * parts included), "KMT" and "Kuomintang" (the acronym's letters spelled in order from the name's first letter, as
 * abbreviations of compound and transliterated names are formed). Stateless.
 */
public final class Abbreviations {
    /** Shorter acronyms spelled inside a single word would match too much. */
    private static final int SPELLED_MIN_LETTERS = 3;

    private Abbreviations() {
    }

    /** An acronym: two or more capital letters and nothing else. */
    public static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }

    /** Whether {@code acronym} abbreviates the name written as {@code words} (each word as written). */
    public static boolean abbreviates(String acronym, List<String> words) {
        if (!isAcronym(acronym) || words.isEmpty() || words.size() == 1 && words.get(0).equals(acronym)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        for (String w : words) {
            for (String part : w.split("[-‐‑]")) {
                if (!part.isEmpty()) {
                    initials.append(Character.toUpperCase(part.charAt(0)));
                    joined.append(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return initials.toString().equals(acronym)
                || acronym.length() >= SPELLED_MIN_LETTERS && spellsInOrder(joined.toString(), acronym.toLowerCase(Locale.ROOT));
    }

    private static boolean spellsInOrder(String name, String letters) {
        if (name.isEmpty() || name.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < letters.length(); i++) {
            at = name.indexOf(letters.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }
}
