package dev.drift.engine.words;

import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One unit of word alignment: a token, or one part of a contracted token ("hadn't" is "had" and "n't", as a
 * tokenised text writes it), with its lower-case form and lemma. Offsets point into the token's text.
 * {@code functionWord} and {@code numberLike} are decided once here, because the aligner asks for every pair of
 * candidate words.
 */
public record Word(int start, int end, String text, String lower, String lemma, Token.Kind kind, boolean content,
                   boolean capitalized, boolean functionWord, boolean numberLike) {

    /** Every form the words take, as written (lower case) and as lemma: "holds in some form" is a lookup in it. */
    public static Set<String> forms(List<Word> words) {
        Set<String> out = new HashSet<>();
        for (Word w : words) {
            out.add(w.lower());
            out.add(w.lemma());
        }
        return out;
    }

    /** The words of a stretch of tokens, contractions split. */
    public static List<Word> of(List<Token> tokens) {
        WordNet wordNet = WordNet.get();
        List<Word> out = new ArrayList<>(tokens.size() + 4);
        for (Token t : tokens) {
            String lower = t.lower();
            int cut = contractionCut(lower);
            if (cut > 0 && t.kind() == Token.Kind.WORD) {
                String first = t.text().substring(0, cut);
                String rest = t.text().substring(cut);
                out.add(word(wordNet, t, t.start(), t.start() + cut, first, Lexicon.lower(first).replace('’', '\'')));
                out.add(word(wordNet, t, t.start() + cut, t.end(), rest, Lexicon.lower(rest).replace('’', '\'')));
            } else {
                // The token's lower-case form is the same string: reusing it spares a copy and its hash.
                out.add(word(wordNet, t, t.start(), t.end(), t.text(), lower.replace('’', '\'')));
            }
        }
        return out;
    }

    private static Word word(WordNet wordNet, Token t, int start, int end, String text, String lower) {
        boolean functionWord = isFunctionWord(lower);
        boolean numberLike = t.kind() == Token.Kind.NUMBER || Lexicon.NUMBER_WORDS.contains(lower);
        if (t.kind() != Token.Kind.WORD) {
            return new Word(start, end, text, lower, t.key(), t.kind(), true, t.isCapitalized(), functionWord,
                    numberLike);
        }
        boolean content = !functionWord && !lower.startsWith("'") && !lower.equals("n't");
        return new Word(start, end, text, lower, wordNet.lemma(lower), t.kind(), content,
                Character.isUpperCase(text.charAt(0)), functionWord, numberLike);
    }

    /** Where a contraction splits: before "n't" ("had|n't", "ca|n't") or before "'s", "'re", "'ll", "'ve", "'d". */
    private static int contractionCut(String lower) {
        if (lower.indexOf('\'') < 0 && lower.indexOf('’') < 0) {
            return -1; // every contraction has an apostrophe; most words have none
        }
        String w = lower.replace('’', '\'');
        if (w.endsWith("n't") && w.length() > 3) {
            return w.length() - 3;
        }
        for (String suffix : CLITICS) {
            if (w.endsWith(suffix) && w.length() > suffix.length()) {
                return w.length() - suffix.length();
            }
        }
        return -1;
    }

    /** Pronoun forms the stopword list leaves out: their case changes grammar, not the claim. */
    private static final Set<String> PRONOUN_FORMS = Set.of("him", "himself", "herself", "itself", "themselves",
            "myself", "yourself", "yourselves", "ourselves", "mine", "yours", "hers", "ours", "theirs", "me", "its");

    private static final String[] CLITICS = {"'s", "'re", "'ll", "'ve", "'d", "'m"};

    /** A stopword or a pronoun form: grammar, not content. */
    public static boolean isFunctionWord(String lower) {
        return Lexicon.STOPWORDS.contains(lower) || PRONOUN_FORMS.contains(lower);
    }

    public boolean isNumberLike() {
        return numberLike;
    }
}
