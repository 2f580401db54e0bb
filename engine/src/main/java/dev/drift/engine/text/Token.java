package dev.drift.engine.text;

/**
 * One word or number of a text. {@code key} is the comparison form: lower case, possessive and plural
 * stripped, cut to six letters (a light stem that also joins British and American spellings and the
 * word forms a re-translation tends to swap); acronyms keep a marker so "US" never equals the pronoun "us".
 * {@code content} is false for stopwords, decided once here because every comparison asks.
 */
public record Token(int start, int end, String text, String lower, String key, Kind kind, boolean content) {
    public enum Kind { WORD, NUMBER, ACRONYM }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
