package dev.drift.engine.quote;

import static dev.drift.engine.quote.AttributionWords.*;

import dev.drift.engine.text.Token;
import java.util.List;

/**
 * The shapes of words that a speaker phrase is read by, one word or a pair at a time: where a phrase may break (a
 * clause word, an adverb, a gap that is no space), articles, roles, possessives and pronouns. Word shapes only; the
 * phrases themselves are {@link SpeakerPhrases}'s.
 */
final class PhraseWords {
    private PhraseWords() {
    }

    /** "Mr. Obama's" cut from "Mr. Obama's remarks" names Mr. Obama. */
    static String withoutPossessive(String speaker) {
        if (speaker == null || speaker.length() < 3 || !speaker.endsWith("s")) {
            return speaker;
        }
        char mark = speaker.charAt(speaker.length() - 2);
        boolean possessive = (mark == '\'' || mark == '’') && Character.isLetter(speaker.charAt(speaker.length() - 3));
        return possessive ? speaker.substring(0, speaker.length() - 2) : speaker;
    }

    /** "Trump’s" or "Mr. Obama's": a capitalised possessive, not "he’s" ("he is"). */
    static boolean isNamePossessive(Token t) {
        return t.isCapitalized() && isPossessive(t);
    }

    /** A possessive "'s", not a pronoun's contraction ("it's", "he's"). */
    static boolean isPossessive(Token t) {
        String w = t.lower();
        return (w.endsWith("’s") || w.endsWith("'s")) && !PRONOUN_CONTRACTIONS.contains(pronounPart(t));
    }

    static boolean endsClause(String gap) {
        return gap.contains(".") || gap.contains(";") || gap.contains(":") || gap.contains("“") || gap.contains("”")
                || gap.contains("\"") || gap.contains("—") || gap.contains("―");
    }

    /** Words within one phrase are separated by spaces, or by an abbreviation's point ("Rep. Jim Clyburn"). */
    static boolean isPhraseGap(String gap, Token before) {
        String g = gap.replace('\u00a0', ' ');
        if (g.isBlank()) {
            return true;
        }
        String stripped = g.strip();
        return (stripped.equals(".") && isAbbreviation(before)) || stripped.equals("-") || stripped.equals("’")
                || stripped.equals("'") || g.equals("/") // "9/11 widow Terry Strada", "NBC/MSNBC"
                || stripped.equals("&") && before.isCapitalized(); // "Ernst & Young"
    }

    static boolean isAbbreviation(Token t) {
        return t.text().length() <= 4 && t.isCapitalized() || t.kind() == Token.Kind.ACRONYM;
    }

    static boolean isAdverb(Token t) {
        String w = t.lower();
        return !t.isCapitalized() && w.length() > 4 && w.endsWith("ly") && !w.equals("family") && !w.equals("ally")
                && !w.endsWith("ply") && !w.equals("italy");
    }

    static boolean isVerbLike(String w) {
        return w.endsWith("ed") || w.endsWith("ing") || CREDIT_VERBS.contains(w);
    }

    /** "the", "a", "an" as articles, not the initial "A." of "Julie A. Diaz". */
    static boolean isArticle(Token t, int index) {
        return ARTICLES.contains(t.lower()) && (index == 0 || !t.isCapitalized());
    }

    /** A word that ends a speaker phrase; "US" in capitals is the country, not "us". */
    static boolean isBreaker(Token t) {
        return BREAKERS.contains(t.lower()) && !(t.text().length() > 1 && t.text().chars().allMatch(Character::isUpperCase));
    }

    /**
     * "and" joining two names or two roles into one source: "Obama and Clinton call them", "the former first lady
     * and U.S. senator said". Not after a lower-case word that is no role ("shootings and protests").
     */
    static boolean isCoordination(List<Token> t, int i) {
        if (i < 1 || i + 1 >= t.size() || !t.get(i).lower().equals("and")) {
            return false;
        }
        Token left = t.get(i - 1);
        Token right = t.get(i + 1);
        boolean leftSource = left.isCapitalized() && !DETERMINERS.contains(left.lower()) || isRoleWord(left.lower());
        if (leftSource && (right.isCapitalized() || right.kind() == Token.Kind.ACRONYM)
                && !PERSONAL_PRONOUNS.contains(right.lower()) && !DETERMINERS.contains(right.lower())) {
            return true;
        }
        // "the former secretary of state and current party nominee": two roles of one person, the first with its
        // complement, the second ending in a role noun within a few words.
        boolean leftRole = isRoleWord(left.lower()) || i >= 3 && t.get(i - 2).lower().equals("of")
                && isRoleWord(t.get(i - 3).lower());
        if (!leftRole || right.isCapitalized() || isBreaker(right) || DETERMINERS.contains(right.lower())) {
            return false;
        }
        for (int k = i + 1; k < t.size() && k <= i + MAX_MODIFIERS_OF_OBJECT + 1; k++) {
            if (isBreaker(t.get(k)) || isVerbLike(t.get(k).lower())) {
                return false;
            }
            if (k > i + 1 && isRoleWord(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "secretary of state": "of" after a role noun completes it, and the word after that "of" is a noun. */
    static boolean isRoleComplement(List<Token> t, int i) {
        return i >= 1 && t.get(i).lower().equals("of") && isRoleWord(t.get(i - 1).lower())
                || i >= 2 && t.get(i - 1).lower().equals("of") && isRoleWord(t.get(i - 2).lower());
    }

    /** "of" inside a name or title: "Secretary of State John Kerry", "Mr. Morgan of the Sierra Club". */
    static boolean isInnerOf(List<Token> t, int i) {
        if (i < 1 || !t.get(i).lower().equals("of") || !t.get(i - 1).isCapitalized()) {
            return false;
        }
        int next = i + 1 < t.size() && t.get(i + 1).lower().equals("the") ? i + 2 : i + 1;
        return next < t.size() && t.get(next).isCapitalized();
    }

    /** "he" of "he", "He’s" or "he'd". */
    static String pronounPart(Token t) {
        String w = t.lower();
        int apostrophe = Math.max(w.indexOf('’'), w.indexOf('\''));
        return apostrophe > 0 ? w.substring(0, apostrophe) : w;
    }

    static boolean allCapitalized(List<Token> t, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!t.get(i).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words that introduce a name: "spokesman Jason Miller", "host Chris Matthews". */
    static boolean isRoleWord(String w) {
        return !NOT_ROLES.contains(w) && (w.endsWith("man") || w.endsWith("woman") || w.endsWith("person") || w.endsWith("er") || w.endsWith("or")
                || w.endsWith("ist") || w.endsWith("ent") || w.endsWith("ant") || w.endsWith("chief") || w.equals("host")
                || w.equals("candidate") || w.equals("nominee") || w.equals("rival") || w.equals("aide")
                || w.equals("secretary") || w.equals("attorney") || w.equals("lady") || w.endsWith("ive") || w.equals("journalist"));
    }
}
