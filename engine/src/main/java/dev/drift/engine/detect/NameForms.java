package dev.drift.engine.detect;

import dev.drift.engine.lexicon.Abbreviations;
import dev.drift.engine.lexicon.Spellings;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The forms one name takes in two texts: an acronym and its words ("AFP", "Agence France-Presse"), its syllables
 * divided another way ("Vietnam", "Viet Nam"), another spelling ("Macau", "Macao") or a related word ("Iran", "Iranian"). What
 * {@link EntityDetector} asks before it calls a name new, replaced or left out.
 */
final class NameForms {
    private NameForms() {
    }

    /**
     * The name abbreviates an acronym of the source sentence, or is a part of one cut at a hyphen: "Agence France"
     * of "Agence France-Presse" for "AFP", "Kuomintang" for "KMT".
     */
    static boolean abbreviatedInSource(List<Token> words, List<Token> sources) {
        List<String> written = words.stream().map(Token::text).toList();
        StringBuilder initials = new StringBuilder();
        written.forEach(w -> initials.append(Character.toUpperCase(w.charAt(0))));
        return sources.stream().map(Token::text).filter(Abbreviations::isAcronym)
                .anyMatch(a -> Abbreviations.abbreviates(a, written) || written.size() >= 2 && a.startsWith(initials.toString()));
    }

    /**
     * The name's own words (past the common words that open it, such as a job) are consecutive words of the source
     * sentence with their syllables split or joined another way: "Reporter Ma Zuo Bo" where it says "Ma Zuobo",
     * "Viet Nam" where it says "Vietnam". The same words in the same division are no other form: "Free Times" is
     * not "Liberty Times" for sharing "Times".
     */
    static boolean syllablesInSource(List<Token> words, List<Token> sources) {
        int first = 0;
        while (first < words.size() && WordNet.get().isCommonWord(words.get(first).lower())) {
            first++;
        }
        if (first == words.size()) {
            return false;
        }
        StringBuilder own = new StringBuilder();
        words.subList(first, words.size()).forEach(t -> own.append(withoutPossessive(t.lower())));
        String joined = own.toString();
        int ownWords = words.size() - first;
        for (int start = 0; start < sources.size(); start++) {
            int at = 0;
            int k = start;
            while (k < sources.size() && at < joined.length()) {
                String w = withoutPossessive(sources.get(k).lower());
                if (!joined.startsWith(w, at)) {
                    break;
                }
                at += w.length();
                k++;
            }
            if (at == joined.length() && k - start != ownWords) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every word of the name stands in the source sentence in another form: spelled another way ("Mallorca" for
     * "Majorca", a transliteration), or as a related word ("Iran" for "Iranian", "Earth" for "earth").
     */
    static boolean renderedInSource(List<Token> words, List<Token> sources) {
        return !words.isEmpty() && words.stream().allMatch(w -> sources.stream().anyMatch(s -> sameWordOtherForm(w, s)));
    }

    /** One word of a name written as another: the same word, respelled, or a related form. */
    static boolean sameWordOtherForm(Token name, Token source) {
        String n = withoutPossessive(name.lower());
        String s = withoutPossessive(source.lower());
        if (n.equals(s)) {
            return true;
        }
        if (Spellings.respelled(n, s)) {
            return true;
        }
        // Related forms share their beginning ("Iran", "Iranian"); WordNet is asked only about those.
        return n.regionMatches(0, s, 0, RELATED_PREFIX)
                && (related(WordNet.get().relation(n, s)) || related(WordNet.get().relation(s, n)));
    }

    private static final int RELATED_PREFIX = 3;

    /** Codes in common use that ISO 4217 does not list, with the code they stand for. */
    private static final Map<String, String> CURRENCY_ALIASES = Map.of("RMB", "CNY");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    /**
     * Every word of the name is a word of the English name of a currency whose code the source sentence writes
     * (ISO 4217, as the JDK lists them): "Singapore" or "dollars" where it says "SGD", "yuan" where it says "RMB".
     */
    static boolean currencyOfSource(List<Token> words, List<Token> sources) {
        if (words.isEmpty()) {
            return false;
        }
        for (Token source : sources) {
            List<Token> currency = currencyName(source.text());
            if (!currency.isEmpty() && words.stream().allMatch(w -> currency.stream().anyMatch(c -> sameWordOtherForm(w, c)
                    || withoutPossessive(w.lower()).equals(c.lower() + "s")))) {
                return true;
            }
        }
        return false;
    }

    /** The English name's words of the currency with this code ("Singapore Dollar"), none when it is no code. */
    private static List<Token> currencyName(String code) {
        if (!CURRENCY_CODE.matcher(code).matches() && !CURRENCY_ALIASES.containsKey(code)) {
            return List.of();
        }
        try {
            Currency c = Currency.getInstance(CURRENCY_ALIASES.getOrDefault(code, code));
            return Tokenizer.tokenize(c.getDisplayName(Locale.ENGLISH));
        } catch (IllegalArgumentException notACode) {
            return List.of();
        }
    }

    /** The English names of the countries the JDK knows (ISO 3166), lower case: "china", "united states". */
    private static final Set<String> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    /** Words a text uses for its own country: "my country", "our nation". */
    private static final Set<String> OWN = Set.of("my", "our");
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");

    /**
     * The name is a country's and the source sentence speaks of "my country" or "our nation": a translation names
     * the country a domestic report calls its own ("China" where the source says "my country").
     */
    static boolean countryOfSource(List<Token> words, List<Token> sources) {
        if (words.isEmpty()) {
            return false;
        }
        StringBuilder name = new StringBuilder();
        for (Token w : words) {
            name.append(name.isEmpty() ? "" : " ").append(withoutPossessive(w.lower()));
        }
        if (!COUNTRIES.contains(name.toString())) {
            return false;
        }
        for (int i = 0; i + 1 < sources.size(); i++) {
            if (ownCountry(sources.get(i).lower(), sources.get(i + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A one-word country name ("China's" too) standing for "my country" or "our nation". */
    static boolean countryForOwn(String reprintWord, String originalBefore, String originalWord) {
        return COUNTRIES.contains(withoutPossessive(reprintWord)) && ownCountry(originalBefore, originalWord);
    }

    private static boolean ownCountry(String possessive, String noun) {
        return OWN.contains(possessive) && COUNTRY_NOUNS.contains(noun);
    }

    static String withoutPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    }

    private static boolean related(WordNet.Relation r) {
        return r == WordNet.Relation.SAME || r == WordNet.Relation.DERIVED;
    }
}
