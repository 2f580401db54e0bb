package dev.drift.engine.shift;

import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.lexicon.Spellings;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import dev.drift.engine.words.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Named entities as runs of capitalised words and acronyms, and the tests that tell two mentions of
 * one name apart from a replaced or garbled one: shared words, an acronym of the other's words
 * ("SDF", "CENTCOM"), a prefix acronym ("IS", "ISIS"), or near-identical spelling (Jaro-Winkler).
 */
public final class Entities {
    /**
     * Words that join capitalised words into one name ("Office of the Director", "Rio de Janeiro"). Not "and":
     * "Ceara and Rio de Janeiro" are two names, and either may be replaced alone.
     */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "de", "al", "bin", "von", "van");
    /**
     * Titles and offices in a name: two names sharing only these ("General Secretary Xi Jinping", "General
     * Secretary Škoda", "Russian President Vladimir Putin", "Russian President Astrakhan") are not one person, so
     * they are left out of the words compared, unless the name is only titles ("Prime Minister").
     */
    private static final Set<String> TITLES = Lexicon.TITLES;
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "but", "and", "or", "if",
            "when", "while", "after", "before", "as", "he", "she", "they", "we", "i", "it", "his", "her", "their",
            "its", "our", "according", "many", "some", "most", "there", "then", "now", "so", "what", "how", "why",
            "thanks", "because", "however", "meanwhile", "ultimately", "officials", "official", "read", "more");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Entities() {
    }

    /**
     * @param sentenceStart offset where the sentence starts: a capital there proves nothing on its own
     */
    public static List<Span> find(String text, int sentenceStart, int from, int to) {
        List<Token> tokens = Tokenizer.tokenize(text, from, to);
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!isNamePart(t, t.start() <= sentenceStart + 1) || lowerCaseCompound(text, t, to)) {
                i++;
                continue;
            }
            boolean initial = t.start() <= sentenceStart + 1;
            int j = i;
            while (j + 1 < tokens.size()) {
                Token n = tokens.get(j + 1);
                String gap = text.substring(tokens.get(j).end(), n.start());
                if (!gap.isBlank() && !gap.equals(" ")) {
                    break;
                }
                if (isNamePart(n, false)) {
                    j++;
                } else if (CONNECTORS.contains(n.lower()) && j + 2 < tokens.size() && isNamePart(tokens.get(j + 2), false)
                        && text.substring(n.end(), tokens.get(j + 2).start()).equals(" ")) {
                    j += 2;
                } else if (CONNECTORS.contains(n.lower()) && j + 3 < tokens.size() && CONNECTORS.contains(tokens.get(j + 2).lower())
                        && isNamePart(tokens.get(j + 3), false)) {
                    j += 3; // "Office of the Director"
                } else {
                    break;
                }
            }
            // A lone capitalised word opening a sentence is only a sentence's first word, unless it is no English
            // word at all ("Matsuura, a married man, ..."; not an outlet's dateline, "Khaberni - ...").
            if (!initial || j > i || t.kind() == Token.Kind.ACRONYM || unknownWord(t) && !dateline(text, t, to)) {
                out.add(Span.of(text, t.start(), tokens.get(j).end()));
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean unknownWord(Token t) {
        String w = t.lower();
        return !WordNet.get().knows(w) && !Word.isFunctionWord(w) && !Lexicon.CLOSED_CLASS.contains(w);
    }

    /** A lone word opening a sentence before a dash or colon is a dateline or a label (an outlet, a place). */
    private static boolean dateline(String text, Token t, int to) {
        int i = t.end();
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i < to && (text.charAt(i) == ':' || text.charAt(i) == '-' || text.charAt(i) == '–' || text.charAt(i) == '—');
    }

    /**
     * "Co-operation": a capital opening a hyphenated common word (written whole, a word WordNet knows), not a name.
     * ("Kremlin-backed" keeps its name.)
     */
    private static boolean lowerCaseCompound(String text, Token t, int to) {
        if (t.kind() != Token.Kind.WORD || t.end() + 1 >= to || text.charAt(t.end()) != '-'
                || !Character.isLowerCase(text.charAt(t.end() + 1))) {
            return false;
        }
        int end = t.end() + 1;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return WordNet.get().isCommonWord(t.lower() + text.substring(t.end() + 1, end));
    }

    private static boolean isNamePart(Token t, boolean sentenceInitial) {
        if (t.kind() == Token.Kind.ACRONYM) {
            return true;
        }
        if (!t.isCapitalized() || t.kind() == Token.Kind.NUMBER || Lexicon.MONTHS.contains(t.lower())
                || Lexicon.WEEKDAYS.contains(t.lower())) {
            return false;
        }
        return !(sentenceInitial && NOT_NAMES.contains(t.lower())) && !NOT_NAMES.contains(t.lower());
    }

    /**
     * A name with its comparison words split once, for comparing it with many others.
     *
     * @param words   every word, for acronyms ("ODNI" for "Office of the Director of National Intelligence")
     * @param person  the words without titles, for telling one bearer from another
     */
    public record Name(String text, List<String> words, String compact, List<String> person) {
        public static Name of(String text) {
            List<String> words = Entities.words(text);
            return new Name(text, words, Entities.compact(text), withoutTitles(words));
        }
    }

    private static List<String> withoutTitles(List<String> words) {
        if (words.stream().noneMatch(TITLES::contains) || words.stream().allMatch(TITLES::contains)) {
            return words;
        }
        return words.stream().filter(w -> !TITLES.contains(w)).toList();
    }

    /** Whether two mentions can name the same entity. */
    public static boolean sameEntity(String a, String b) {
        return sameEntity(Name.of(a), Name.of(b));
    }

    public static boolean sameEntity(Name na, Name nb) {
        List<String> wa = na.person();
        List<String> wb = nb.person();
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        String headA = wa.get(wa.size() - 1);
        String headB = wb.get(wb.size() - 1);
        // A shared head that is a common noun names a kind, not a bearer: "the Democratic Party" and "the Republican
        // Party", "Liberty Times" and "Free Times" are two, unless another word matches too. A shared surname
        // ("Rubio" and "Marco Rubio") or one name inside the other ("the Times") still is one.
        boolean kindHead = headA.equals(headB) && wa.size() > 1 && wb.size() > 1 && WordNet.get().isCommonWord(headA);
        if (headA.equals(headB) && !kindHead && otherGivenNames(wa, wb)) {
            return false; // "Yasunori Nishimura" and "Kazuo Nishimura": one family name, two people
        }
        int matched = 0;
        boolean headMatched = false;
        for (String x : wa) {
            boolean hit = false;
            // What depends on x alone is decided once, not for every word of the other name.
            boolean xAcronym = isAcronym(x);
            boolean xIsHeadB = x.equals(headB);
            for (String y : wb) {
                if (xAcronym && isAcronym(y) && (x.startsWith(y) || y.startsWith(x))) {
                    return true;
                }
                if (!kindHead && (xIsHeadB || y.equals(headA) && x.equals(y))) {
                    return true; // the same head: "Rubio" and "Marco Rubio"
                }
                if (!hit && (x.equals(y) || x.length() >= 4 && y.length() >= 4 && spellingMayMatch(x, y)
                        && JARO_WINKLER.apply(x, y) >= 0.92)) {
                    hit = true;
                }
            }
            if (hit) {
                matched++;
                headMatched |= x.equals(headA);
            }
        }
        // Half the words is enough only with the head among them: "John Smith" and "John Brown", "Wang Huning" and
        // "Wang Shanning", "European Commission" and "European Council" are two.
        int longer = Math.max(wa.size(), wb.size());
        if (kindHead ? matched >= 2 : matched * 2 > longer || matched * 2 == longer && headMatched) {
            return true;
        }
        return acronymOf(na.compact(), nb.words()) || acronymOf(nb.compact(), na.words());
    }

    /**
     * Both names give words before their shared family name, all of them names' own words (no common word such as
     * a nationality), and none of one side's is a form of the other's: the same word, an initial of it, another
     * spelling of it.
     */
    /** Given names this close are one name transliterated two ways ("Ebrahim", "Ibrahim"). */
    private static final double GIVEN_NAME_SPELLING = 0.85;

    private static boolean otherGivenNames(List<String> wa, List<String> wb) {
        if (wa.size() < 2 || wb.size() < 2) {
            return false;
        }
        List<String> givenA = wa.subList(0, wa.size() - 1);
        List<String> givenB = wb.subList(0, wb.size() - 1);
        if (Stream.concat(givenA.stream(), givenB.stream()).anyMatch(w -> w.length() < 2 || WordNet.get().isCommonWord(w))) {
            return false;
        }
        for (String x : givenA) {
            for (String y : givenB) {
                if (x.equals(y) || x.startsWith(y) || y.startsWith(x) || Spellings.respelled(x, y)
                        || JARO_WINKLER.apply(x, y) >= GIVEN_NAME_SPELLING) {
                    return false;
                }
            }
        }
        return true;
    }

    /** False only when Jaro-Winkler cannot reach 0.92: a cheap test before the costly one. */
    static boolean spellingMayMatch(String x, String y) {
        return similarLengths(x, y) && enoughCommonLetters(x, y);
    }

    /**
     * Jaro-Winkler adds at most 0.4 of the gap to 1, so a score of 0.92 needs a Jaro score of 0.867, which words of
     * lengths m &lt; n cannot reach when m/n &lt; 0.6 (Jaro is at most (2 + m/n) / 3): skip the computation then.
     */
    private static boolean similarLengths(String x, String y) {
        return 5 * Math.min(x.length(), y.length()) >= 3 * Math.max(x.length(), y.length());
    }

    /**
     * Jaro needs (m/|x| + m/|y| + 1) / 3 &ge; 0.867 for the same reason, and its m matching characters are at most
     * the letters the two words have in common, counted with repetition.
     */
    private static boolean enoughCommonLetters(String x, String y) {
        int[] counts = new int[27];
        for (int i = 0; i < x.length(); i++) {
            counts[letterIndex(x.charAt(i))]++;
        }
        int common = 0;
        for (int i = 0; i < y.length(); i++) {
            int c = letterIndex(y.charAt(i));
            if (counts[c] > 0) {
                counts[c]--;
                common++;
            }
        }
        return 5 * common * (x.length() + y.length()) >= 8 * x.length() * y.length();
    }

    /** a to z in either case, or 26 for any other character (which can only overcount what is common). */
    private static int letterIndex(char c) {
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'z' && Character.isLetter(c) ? lower - 'a' : 26;
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= 8 && allUpperCase(w);
    }

    /** The name written as an acronym ("U.S." gives "US"), or "" when it is not one. */
    private static String compact(String s) {
        String c = s.replace(".", "").strip();
        return c.length() >= 2 && c.length() <= 10 && allUpperCase(c) ? c : "";
    }

    private static boolean allUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "SDF" from Syrian Democratic Forces, "CENTCOM" from Central Command: each word gives a prefix, in order. */
    static boolean acronymOf(String acronym, List<String> words) {
        if (acronym.isEmpty()) {
            return false;
        }
        List<String> significant = words.stream()
                .filter(w -> !CONNECTORS.contains(w.toLowerCase(Locale.ROOT)))
                .map(w -> w.toUpperCase(Locale.ROOT))
                .toList();
        // A leading qualifier may stay out of the acronym: CENTCOM for "U.S. Central Command".
        return significant.size() >= 2 && (matchPrefixes(acronym, 0, significant, 0)
                || significant.size() >= 3 && matchPrefixes(acronym, 0, significant.subList(1, significant.size()), 0));
    }

    private static boolean matchPrefixes(String acr, int a, List<String> words, int w) {
        if (a == acr.length()) {
            return w == words.size();
        }
        if (w == words.size()) {
            return false;
        }
        String word = words.get(w);
        for (int len = 1; len <= word.length() && a + len <= acr.length(); len++) {
            if (!word.regionMatches(0, acr, a, len)) {
                break;
            }
            if (matchPrefixes(acr, a + len, words, w + 1)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(s)) {
            String w = t.text().replace(".", "");
            if (w.endsWith("’s") || w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (!CONNECTORS.contains(lower) && !lower.equals("and")) {
                out.add(t.kind() == Token.Kind.ACRONYM ? w.toUpperCase(Locale.ROOT) : lower);
            }
        }
        return out;
    }
}
