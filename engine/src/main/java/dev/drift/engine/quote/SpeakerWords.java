package dev.drift.engine.quote;

import dev.drift.engine.lexicon.Abbreviations;
import dev.drift.engine.lexicon.Spellings;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.lexicon.WordNet.Relation;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.List;

/**
 * Whether one way of naming a speaker renders the other, or a speaker is named in a sentence: every content word of
 * the shorter stands in the longer, as the same word, a synonym or related form ("protesters", "demonstrators"), or
 * respelled ("Dowden", "Dauden"). A translation names the same source with more or fewer words ("the Secretary",
 * "Culture Secretary Oliver Dowden").
 */
public final class SpeakerWords {
    private SpeakerWords() {
    }

    private static boolean renders(String a, String b) {
        return renders(content(a), content(b), a, b);
    }

    /**
     * Two speaker phrases name one source: one renders the other, or they name one body by different nouns for an
     * organisation. The second is a test of two phrases, not of a phrase inside a sentence ({@link #namedIn}).
     */
    public static boolean sameSource(String a, String b) {
        List<Token> ta = content(a);
        List<Token> tb = content(b);
        return renders(ta, tb, a, b) || sameBodyOtherNoun(ta, tb);
    }

    private static boolean renders(List<Token> ta, List<Token> tb, String a, String b) {
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        if (abbreviation(ta, b) || abbreviation(tb, a)) {
            return true; // "AFP" and "Agence France-Presse"
        }
        List<Token> shorter = ta.size() <= tb.size() ? ta : tb;
        List<Token> longer = shorter == ta ? tb : ta;
        return shorter.stream().allMatch(s -> longer.stream().anyMatch(l -> sameWord(s.lower(), l.lower())));
    }

    /**
     * "the tourism bureau", "the Tourism Board", "the Ministry of Tourism": one body named by the same words around
     * different nouns for an organisation, as two translations name it. Each side has exactly one noun WordNet reads
     * as a group, and the same other words, at least one.
     */
    private static boolean sameBodyOtherNoun(List<Token> a, List<Token> b) {
        List<String> restA = withoutOneGroupNoun(a);
        List<String> restB = withoutOneGroupNoun(b);
        return restA != null && restB != null && !restA.isEmpty() && restA.size() == restB.size()
                && restA.stream().allMatch(x -> restB.stream().anyMatch(y -> sameWord(x, y)));
    }

    /** The words other than the one group noun, or null when there is none or more than one. */
    private static List<String> withoutOneGroupNoun(List<Token> words) {
        List<String> rest = words.stream().map(Token::lower).filter(w -> !WordNet.get().namesGroup(w)).toList();
        return rest.size() == words.size() - 1 ? rest : null;
    }

    /**
     * Whether a sentence names this speaker: all its words stand there, or its head is a name that stands there
     * ("Culture Secretary Oliver Dauden" in a sentence that says "the Secretary ..., Oliver Dowden").
     */
    public static boolean namedIn(String speaker, String sentence) {
        if (renders(speaker, sentence)) {
            return true;
        }
        List<Token> words = content(speaker);
        if (words.isEmpty() || !words.get(words.size() - 1).isCapitalized()) {
            return false;
        }
        String head = words.get(words.size() - 1).lower();
        return content(sentence).stream().anyMatch(t -> t.isCapitalized() && (t.lower().equals(head) || Spellings.respelled(head, t.lower())));
    }

    /** One side is an acronym that abbreviates the other's capitalised words. */
    private static boolean abbreviation(List<Token> acronymSide, String other) {
        if (acronymSide.size() != 1 || !Abbreviations.isAcronym(acronymSide.get(0).text())) {
            return false;
        }
        List<String> names = java.util.Arrays.stream(other.split("\\s+"))
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).toList();
        return Abbreviations.abbreviates(acronymSide.get(0).text(), names);
    }

    private static List<Token> content(String speaker) {
        return Tokenizer.tokenize(speaker).stream().filter(Tokenizer::isContent).toList();
    }

    private static boolean sameWord(String x, String y) {
        if (x.equals(y) || Spellings.respelled(x, y)) {
            return true;
        }
        Relation r = WordNet.get().relation(x, y);
        return r == Relation.SAME || r == Relation.SYNONYM || r == Relation.DERIVED;
    }
}
