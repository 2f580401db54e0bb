package dev.drift.engine.quote;

import dev.drift.engine.lexicon.FirstNames;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sources an article has named so far, most recent last, for reading a pronoun speaker: "he" and "she" go to
 * the last named person whose gender agrees (known from a title, a role word, or the pronouns the text used for
 * them), "they" to the last plural source or organisation, and "the president" to a name the article gave with
 * that title. One instance per article, used in text order.
 */
final class Antecedents {
    private enum Gender { MALE, FEMALE, UNKNOWN }

    /** @param capitalized the phrase's capitalized words, lower-cased: a title there names the source by it */
    private record Source(String phrase, String key, boolean plural, boolean organisation, boolean named, int at,
                          Set<String> capitalized) {
    }

    private static final Set<String> MALE_WORDS = Set.of("mr", "sir", "man", "chairman", "spokesman", "congressman",
            "businessman", "father", "husband", "son", "brother", "king", "boy", "actor", "gov", "uncle", "he", "his",
            "him", "himself");
    private static final Set<String> FEMALE_WORDS = Set.of("mrs", "ms", "miss", "madam", "woman", "chairwoman",
            "spokeswoman", "congresswoman", "businesswoman", "mother", "wife", "daughter", "sister", "queen", "girl",
            "actress", "lady", "aunt", "she", "her", "hers", "herself");
    /** Heads naming a body of people, which is "they" or "it", never "he" or "she": "the Security Council". */
    private static final Set<String> INSTITUTION_HEADS = Set.of("council", "committee", "commission", "department",
            "ministry", "agency", "party", "campaign", "office", "administration", "board", "court", "congress",
            "senate", "government", "union", "association", "foundation", "institute", "university", "company",
            "corporation", "network", "bureau", "coalition", "organization", "organisation", "caucus", "parliament",
            "assembly", "league", "alliance", "authority", "panel", "team", "newspaper", "magazine");
    /** Prepositions after a role noun, which heads the phrase: "critics of the plan", "a spokesman for Ruiz". */
    private static final Set<String> HEAD_ENDING_PREPOSITIONS = Set.of("of", "for", "at", "with", "from", "in", "on");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "himself", "herself");
    /** How many recent sources are searched for an antecedent: pronouns refer back a few mentions, not pages. */
    private static final int WINDOW = 12;

    private final List<Source> sources = new ArrayList<>();
    private final Map<String, Gender> genders = new HashMap<>();
    /** The speaker of the last quotation, as named. */
    private String lastQuoted;
    /** Words the article capitalises inside sentences: names, unlike "Critics" opening a sentence. */
    private final Set<String> names;

    Antecedents(Set<String> namesSeenMidSentence) {
        this.names = namesSeenMidSentence;
    }

    /** The most recent named source, or null. */
    String lastNamed() {
        return sources.isEmpty() ? null : sources.get(sources.size() - 1).phrase();
    }

    /** Records a named source at {@code at}. */
    void mention(String phrase, int at) {
        List<Token> words = Tokenizer.tokenize(phrase);
        if (words.isEmpty() || QuoteExtractor.isPronoun(phrase)) {
            return;
        }
        int headIndex = words.size() - 1;
        for (int i = 1; i < words.size(); i++) {
            if (HEAD_ENDING_PREPOSITIONS.contains(words.get(i).lower()) && !words.get(i - 1).isCapitalized()) {
                headIndex = i - 1; // "a spokeswoman for the council" is a spokeswoman, not a council
                break;
            }
        }
        Token head = words.get(headIndex);
        String key = head.lower();
        boolean organisation = head.kind() == Token.Kind.ACRONYM && !allCapitalsName(phrase)
                || INSTITUTION_HEADS.contains(key) || namesInstitution(words);
        // "officials", and "Obama and Michelle": two people joined are "they", not "she"; "former secretary of
        // state and current nominee" joins two roles of one person.
        boolean commonNoun = !head.isCapitalized() || words.size() == 1 && !names.contains(key);
        boolean plural = commonNoun && key.endsWith("s") && !key.endsWith("ss")
                || joinsNames(words) && !opensWithDeterminer(words.get(0));
        // A name heads its phrase ("Sen. Tim Kaine"); "the Republican nominee" is a role whatever its capitals.
        // The last word as written, not its last token: "Park Ji-won" ends in a name.
        String lastWord = phrase.strip().substring(phrase.strip().lastIndexOf(' ') + 1);
        int firstLetter = 0;
        while (firstLetter < lastWord.length() && !Character.isLetter(lastWord.charAt(firstLetter))) {
            firstLetter++;
        }
        boolean named = headIndex == words.size() - 1 && firstLetter < lastWord.length()
                && Character.isUpperCase(lastWord.charAt(firstLetter)) && !QuoteExtractor.isDeterminer(key);
        Set<String> capitalized = new HashSet<>();
        for (Token w : words) {
            if (w.isCapitalized()) {
                capitalized.add(w.lower());
            }
        }
        sources.add(new Source(phrase, key, plural, organisation, named, at, capitalized));
        if (sources.size() > 4 * WINDOW) {
            sources.subList(0, 2 * WINDOW).clear();
        }
        for (int i = 0; i < words.size(); i++) {
            Token w = words.get(i);
            Gender g = genderOf(w.lower());
            if (g == Gender.UNKNOWN && named && w.isCapitalized() && i < words.size() - 1
                    && !Lexicon.TITLES.contains(w.lower())) {
                g = firstNameGender(w.text()); // "Mary Lin": a first name before the surname, not "Mayor Lee"
            }
            if (g != Gender.UNKNOWN) {
                genders.put(key, g);
                break;
            }
        }
    }

    private static Gender firstNameGender(String name) {
        return switch (FirstNames.of(name)) {
            case FEMALE -> Gender.FEMALE;
            case MALE -> Gender.MALE;
            case UNKNOWN -> Gender.UNKNOWN;
        };
    }

    /** "the Office of the Director of ...", "the Department of Justice": an institution heads the name. */
    private static boolean namesInstitution(List<Token> words) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).lower().equals("of")) {
                return INSTITUTION_HEADS.contains(words.get(i - 1).lower());
            }
        }
        return false;
    }

    /** "Obama and Michelle": "and" before a name joins two people. */
    private static boolean joinsNames(List<Token> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).lower().equals("and") && words.get(i + 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** "The former first lady and U.S. senator" is one person: a role joined to a role. */
    private static boolean opensWithDeterminer(Token first) {
        return QuoteExtractor.isDeterminer(first.lower());
    }

    private static boolean allCapitalsName(String phrase) {
        return phrase.length() > 4 && phrase.chars().noneMatch(Character::isLowerCase) && phrase.indexOf('.') < 0;
    }

    private static Gender genderOf(String w) {
        return MALE_WORDS.contains(w) ? Gender.MALE : FEMALE_WORDS.contains(w) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /**
     * A sentence whose subject is "he" or "she" keeps talking about the person it refers to, someone mentioned
     * before it: that person becomes the most recent source again, ahead of whoever the sentence itself mentions
     * ("He notes that the commission announced ...": the next "he" is still him, not the commission).
     */
    void continueWith(String pronoun, int at) {
        String lower = pronoun.toLowerCase(Locale.ROOT);
        if (!lower.equals("he") && !lower.equals("she")) {
            return;
        }
        Source found = personFor(lower.equals("he") ? Gender.MALE : Gender.FEMALE, false, at, false);
        if (found == null) {
            return;
        }
        sources.remove(found);
        sources.add(found); // most recent again, still known by where it was mentioned
    }

    /** The speaker as the report should name it: a pronoun or a bare role read back to a named source. */
    String resolve(String speaker, int at) {
        return resolve(speaker, at, false);
    }

    /**
     * As {@link #resolve(String, int)}; {@code continuing} when the attribution says the speaker goes on ("he
     * added"), so that whoever was just quoted is meant, role or name.
     */
    String resolve(String speaker, int at, boolean continuing) {
        String lower = speaker.toLowerCase(Locale.ROOT);
        if (lower.equals("he") || lower.equals("she")) {
            Source found = personFor(lower.equals("he") ? Gender.MALE : Gender.FEMALE, true, Integer.MAX_VALUE,
                    continuing);
            if (found == null) {
                return speaker;
            }
            lastQuoted = found.phrase();
            return found.phrase();
        }
        if (lower.equals("they") || lower.equals(AttributionWords.IT)) {
            // "they": the last group or body; "it": the last body or document, never a person or people
            boolean it = lower.equals(AttributionWords.IT);
            for (int i = sources.size() - 1; i >= 0 && i >= sources.size() - WINDOW; i--) {
                Source s = sources.get(i);
                boolean document = !s.named() && !s.plural() && !WordNet.get().namesPerson(s.key());
                if (s.organisation() || (it ? document : s.plural())) {
                    return s.phrase();
                }
            }
            return speaker;
        }
        String named = namedByTitle(speaker);
        mention(named, at);
        lastQuoted = named;
        return named;
    }

    /**
     * The last person of this gender or of none known, a named one or one whose role shows that gender before a
     * bare role ("the official"). With {@code learn}, the one found is taken to have that gender from now on. Only
     * sources mentioned before {@code before} count; with {@code continuing}, the speaker of the last quotation
     * comes first when nothing nearer agrees.
     */
    private Source personFor(Gender wanted, boolean learn, int before, boolean continuing) {
        Source role = null;
        for (int i = sources.size() - 1; continuing && i >= 0 && i >= sources.size() - WINDOW; i--) {
            Source s = sources.get(i);
            Gender g = genders.getOrDefault(s.key(), Gender.UNKNOWN);
            if (s.phrase().equals(lastQuoted) && !s.plural() && !s.organisation() && (g == wanted || g == Gender.UNKNOWN)) {
                return s; // "The official said “...”. “...,” he added.": whoever was just quoted goes on
            }
        }
        for (int i = sources.size() - 1; i >= 0 && i >= sources.size() - WINDOW; i--) {
            Source s = sources.get(i);
            Gender g = genders.getOrDefault(s.key(), Gender.UNKNOWN);
            if (s.at() < before && !s.plural() && !s.organisation() && (g == wanted || g == Gender.UNKNOWN)) {
                if (!s.named() && g != wanted) {
                    // "the official": a name first; "the spokeswoman" agrees by her role, like a name. "The
                    // industry" is no one "he" can stand for.
                    role = role == null && WordNet.get().namesPerson(s.key()) ? s : role;
                    continue;
                }
                if (learn) {
                    genders.putIfAbsent(s.key(), wanted);
                }
                return s;
            }
        }
        if (role != null && learn) {
            genders.putIfAbsent(role.key(), wanted);
        }
        return role;
    }

    /** "the president" is the "President Obama" the article named; anything else stays as written. */
    private String namedByTitle(String speaker) {
        List<Token> words = Tokenizer.tokenize(speaker);
        if (words.size() < 2 || !words.get(0).lower().equals("the") || words.stream().anyMatch(Token::isCapitalized)
                && !words.get(0).isCapitalized() || words.subList(1, words.size()).stream().anyMatch(Token::isCapitalized)) {
            return speaker;
        }
        String title = words.get(words.size() - 1).lower();
        for (int i = sources.size() - 1; i >= 0; i--) {
            Source source = sources.get(i);
            if (source.capitalized().contains(title) && !source.phrase().equalsIgnoreCase(speaker)
                    && !source.key().equals(title)) {
                return source.phrase();
            }
        }
        return speaker;
    }

    /** "Lynch said she", "Ham says that he": the source's own verb of saying and then a subject pronoun. */
    private static boolean saysPronoun(List<Token> tokens, Set<String> focusWords) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!focusWords.contains(tokens.get(i - 1).lower()) || !AttributionWords.SAY_VERBS.contains(tokens.get(i).lower())) {
                continue;
            }
            int next = tokens.get(i + 1).lower().equals("that") ? i + 2 : i + 1;
            if (next < tokens.size() && SUBJECT_PRONOUNS.contains(tokens.get(next).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence that names one source and then uses only "he" or only "she", outside its quotations, tells that
     * source's gender.
     */
    void learnGender(Speakers.Sentence view) {
        Span sentence = view.span();
        Source focus = null;
        for (int i = sources.size() - 1; i >= 0; i--) {
            Source s = sources.get(i);
            if (s.at() < sentence.start()) {
                break;
            }
            if (s.at() < sentence.end()) {
                focus = s;
            }
        }
        if (focus == null || genders.containsKey(focus.key()) || focus.plural() || focus.organisation()) {
            return;
        }
        // Words inside quotation marks are the speaker's, and their "he" is someone else: left out.
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < view.tokens().size(); i++) {
            if (!view.quoted()[i]) {
                tokens.add(view.tokens().get(i));
            }
        }
        Set<String> focusWords = new HashSet<>();
        Tokenizer.tokenize(focus.phrase()).forEach(w -> focusWords.add(w.lower()));
        if (!saysPronoun(tokens, focusWords)) {
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isCapitalized() && !focusWords.contains(t.lower()) && genderOf(t.lower()) == Gender.UNKNOWN) {
                    return; // "Warren told Stumpf he ...": with another name in the sentence, "he" may be either
                }
            }
        }
        Gender seen = Gender.UNKNOWN;
        for (Token t : tokens) {
            // Only subject pronouns: "Trump attacked Clinton for her support" says nothing of Trump's gender.
            Gender g = SUBJECT_PRONOUNS.contains(t.lower()) ? genderOf(t.lower()) : Gender.UNKNOWN;
            if (g == Gender.UNKNOWN || t.isCapitalized() && !t.lower().equals("he") && !t.lower().equals("she")
                    && !t.lower().equals("his") && !t.lower().equals("her")) {
                continue;
            }
            if (seen != Gender.UNKNOWN && seen != g) {
                return;
            }
            seen = g;
        }
        if (seen != Gender.UNKNOWN) {
            genders.put(focus.key(), seen);
        }
    }
}
