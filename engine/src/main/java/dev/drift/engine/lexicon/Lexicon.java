package dev.drift.engine.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Word lists of general English (not of any one article): hedges, modals, attribution verbs,
 * quantity approximators, loaded wording, editorial markers. Matching is on lower-cased words.
 */
public final class Lexicon {
    private Lexicon() {
    }

    public static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
            "onto", "as", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been",
            "being", "has", "have", "had", "do", "does", "did", "he", "she", "they", "them", "their", "his", "her",
            "we", "our", "us", "you", "your", "i", "me", "my", "which", "who", "whom", "whose", "what", "there",
            "here", "so", "than", "then", "if", "also", "such", "about", "over", "up", "out", "after", "before",
            "while", "when", "where", "how", "all", "any", "some", "more", "most", "just", "very", "can", "will",
            "would", "could", "should", "may", "might", "not", "no", "said", "says", "say", "told", "added", "now",
            "one", "own", "other", "both", "each", "even", "because", "through", "across", "under", "between",
            "among", "amid", "within", "without", "again", "once", "still", "yet", "only", "s");

    /** Markers of epistemic uncertainty; "could" and kin are modality, not hedges. */
    public static final Set<String> HEDGE_WORDS = Set.of(
            "potentially", "possibly", "perhaps", "maybe", "reportedly", "allegedly", "apparently", "appears",
            "appear", "appeared", "appearing", "seems", "seem", "seemed", "seemingly", "likely", "unlikely",
            "probably", "presumably", "supposedly", "purportedly", "arguably", "suspected", "alleged", "possible",
            "potential", "approximately", "roughly");

    public static final String[] HEDGE_PHRASES = {
            "believed to", "thought to", "said to", "in their view", "in his view", "in her view", "it is unclear",
            "not clear", "may have", "might have", "is expected to", "are expected to", "according to some",
            "according to reports", "reports say", "reports said"};

    /** Possibility, necessity and fear: the hypothetical side of modality. */
    public static final Set<String> POSSIBILITY_WORDS = Set.of(
            "could", "might", "may", "would", "feared", "fear", "fears", "threatened", "risk", "potential",
            "potentially", "possible", "possibly", "attempt", "attempted", "plot", "bid");

    /** Verbs that report a hypothetical as settled fact: a break "thwarted" happened and was stopped. */
    public static final Set<String> FACTIVE_OUTCOME_WORDS = Set.of(
            "thwart", "thwarts", "thwarted", "foil", "foils", "foiled", "avert", "averts", "averted", "prevent",
            "prevents", "prevented", "stop", "stops", "stopped", "block", "blocks", "blocked", "defeat",
            "defeated", "confirmed", "proved", "proven", "did", "caused", "led");

    public static final Set<String> ATTRIBUTION_VERBS = Set.of(
            "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "adding", "stated",
            "explained", "explains", "noted", "warned", "warns", "argued", "argues", "claimed",
            "asserted", "insisted", "concluded", "concludes", "continued", "recalled", "wrote", "writes",
            "described", "describes", "describing", "called", "calling", "acknowledged", "admitted",
            "confirmed", "declared", "emphasized", "emphasised", "stressed", "indicated", "indicating", "asked",
            "replied", "remarked", "suggested", "observed", "announced", "believes", "believed", "estimated",
            "reported", "pointed", "credited", "outlined", "mentioned", "recounted", "insists",
            "quipped", "tweeted", "posted", "testified", "conceded", "cautioned", "disclosed", "revealed");

    /** Words a speaker phrase cannot start with; they end a backward scan for the subject of "said". */
    public static final Set<String> SPEAKER_BREAKERS = Set.of(
            "that", "and", "but", "or", "which", "while", "as", "because", "so", "if", "when", "after", "before",
            "then", "also", "to", "in", "on", "at", "for", "with", "from", "by", "of", "is", "are", "was", "were",
            "has", "have", "had", "it", "this", "there", "what", "how", "why", "not", "now", "later", "earlier",
            "previously", "once");

    /**
     * English words WordNet leaves out because they are grammar (conjunctions, prepositions, indefinite pronouns)
     * and the stopword list lacks: a word unknown to WordNet and not here is a name, a new coinage or another
     * language.
     */
    public static final Set<String> CLOSED_CLASS = Set.of("although", "though", "whereas", "whilst", "unless",
            "whether", "despite", "toward", "towards", "amid", "amidst", "upon", "via", "nor", "whom", "whose",
            "whoever", "whatever", "whichever", "wherever", "whenever", "thereby", "whereby", "notwithstanding",
            "during", "since", "against", "until", "till", "per", "cannot", "others", "anything", "something",
            "everything", "nothing", "anyone", "someone", "everyone", "nobody", "anybody", "somebody", "everybody",
            "among", "amongst", "beside", "besides", "onto", "unto", "within", "without", "throughout", "beneath");

    public static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them");

    public enum Bound { BELOW, APPROX, ABOVE, EXACT }

    /** Approximators before a number; the first that ends the text before it wins, so "just under" precedes "under". */
    public static final String[][] APPROXIMATORS = {
            // Negated comparatives first: "no less than" is a floor, not "less than".
            {"no less than", "ABOVE"}, {"not less than", "ABOVE"}, {"no fewer than", "ABOVE"},
            {"not fewer than", "ABOVE"}, {"no more than", "BELOW"}, {"not more than", "BELOW"}, {"a minimum of", "ABOVE"},
            {"a maximum of", "BELOW"}, {"at most", "BELOW"},
            {"just under", "BELOW"}, {"just over", "ABOVE"}, {"more than", "ABOVE"}, {"fewer than", "BELOW"},
            {"less than", "BELOW"}, {"at least", "ABOVE"}, {"upwards of", "ABOVE"}, {"up to", "BELOW"},
            {"as many as", "BELOW"}, {"an estimated", "APPROX"},
            {"nearly", "BELOW"}, {"almost", "BELOW"}, {"close to", "BELOW"}, {"under", "BELOW"},
            {"over", "ABOVE"}, {"above", "ABOVE"}, {"exceeding", "ABOVE"}, {"about", "APPROX"},
            {"around", "APPROX"}, {"roughly", "APPROX"}, {"approximately", "APPROX"}, {"some", "APPROX"},
            {"circa", "APPROX"}, {"approx.", "APPROX"}, {"exactly", "EXACT"}, {"precisely", "EXACT"},
            // Verbs and comparatives that bound the number after them ("exceeds 140,000", "older than 100").
            {"exceeds", "ABOVE"}, {"exceeded", "ABOVE"}, {"exceed", "ABOVE"}, {"surpassed", "ABOVE"},
            {"greater than", "ABOVE"}, {"higher than", "ABOVE"}, {"larger than", "ABOVE"}, {"bigger than", "ABOVE"},
            {"older than", "ABOVE"}, {"longer than", "ABOVE"}, {"lower than", "BELOW"}, {"smaller than", "BELOW"},
            {"younger than", "BELOW"}, {"shorter than", "BELOW"}};

    public static final Set<String> NUMBER_WORDS = Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
            "dozen");

    public static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");

    public static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Loaded or emotive words whose appearance in a reprint, absent from its source, reframes the claim. */
    public static final Set<String> LOADED_WORDS = Set.of(
            "secret", "secretly", "covert", "clandestine", "shocking", "stunning", "bombshell", "explosive",
            "slammed", "slams", "blasted", "blasts", "destroyed", "crushed", "brutal", "savage", "heroic", "bold",
            "boldly", "disastrous", "catastrophic", "near-catastrophic", "regime", "thugs", "terrorists", "terror",
            "massacre", "slaughter", "horrific", "devastating", "chilling", "alarming",
            "dire", "daring", "triumph", "humiliating", "humiliation", "radical", "extremist",
            "fanatics", "jihadists", "so-called", "notorious", "infamous", "sinister", "scandal", "outrage",
            "outrageous", "disgraceful", "shameful", "debacle", "fiasco");

    /** Phrases that mark opinion or an editor's voice inserted into a report. */
    public static final String[] EDITORIAL_MARKERS = {
            "editor's note", "editor’s note", "editors' note", "editor's comment", "note from the editor",
            "in our view", "in my view", "we believe", "our enemies", "our nation", "thanks to president",
            "bold leadership", "we are respected", "help us", "support our", "our readers", "opinion:",
            "commentary:", "it is clear that", "clearly shows", "sadly", "thankfully", "fortunately",
            "unfortunately", "shamefully", "disgracefully", "of course,"};

    /**
     * Degree words and the scale each measures on: how much, how fast or how often a thing is so (adverbs: "pretty
     * much" and "slowly", "quickly" and "gradually", "never" and "rarely"), or how many of a group (determiners:
     * "many" and "all"). One word put for another on the same scale changes the claim; words of the two scales are
     * different words in different places ("move along more quickly" and "diplomats from some member countries").
     */
    public static final Map<String, String> DEGREE_SCALES = Stream.of(
            Map.entry("degree", List.of("pretty much", "almost", "nearly", "completely", "fully", "entirely", "totally",
                    "partly", "partially", "largely", "mostly", "virtually", "practically", "barely", "hardly",
                    "slowly", "gradually", "rapidly", "quickly", "swiftly", "suddenly",
                    "never", "always", "often", "rarely", "sometimes")),
            Map.entry("quantity", List.of("all", "some", "many", "few", "most", "none", "only")))
            .flatMap(scale -> scale.getValue().stream().map(word -> Map.entry(word, scale.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /** Degree, completeness and pace: changing one of these changes how much or how fast. */
    public static final Set<String> DEGREE_WORDS = DEGREE_SCALES.keySet();

    /** Event verbs whose substitution for one another changes the claim (stems). */
    public static final String[][] EVENT_CLASSES = {
            {"born", "birth"}, {"grew", "grown", "grow"}, {"died", "dead", "death", "kill"},
            {"wound", "injur", "hurt"}, {"arrest", "detain", "captur", "custod"}, {"charg", "indict", "accus"},
            {"convict", "sentenc", "guilty"}, {"acquit", "clear"}, {"releas", "freed", "free", "let"},
            {"escap", "fled", "flee", "breakout"}, {"deport", "expel", "repatri"}, {"won", "win", "victor"},
            {"lost", "lose", "defeat"}, {"approv", "pass", "adopt"}, {"reject", "veto", "block"},
            {"confirm"}, {"deni", "deny"}, {"resign", "quit"}, {"fired", "dismiss", "sack"}};

    public static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "none", "neither", "nor", "nobody", "nothing", "n't", "without", "cannot");

    /** Titles and ranks written before a name, in lower case without their point ("Sen.", "Mayor"). */
    public static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
            "lord", "lady", "president", "vice", "prime", "minister", "secretary", "general", "senator", "sen", "rep",
            "representative", "governor", "gov", "mayor", "chancellor", "king", "queen", "prince", "princess", "pope",
            "cardinal", "bishop", "archbishop", "rev", "reverend", "chairman", "chairwoman", "chief", "director",
            "judge", "justice", "colonel", "col", "lieutenant", "lt", "captain", "capt", "sergeant", "sgt",
            "commander", "admiral", "gen", "congressman", "congresswoman", "ambassador", "deputy", "sheikh", "emir");

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Lower case one char at a time, so that every index of the result is the same index of {@code s}: searches in
     * it give offsets into the text. {@link String#toLowerCase} may change the length ("İ" becomes two chars).
     */
    public static String lowerKeepingOffsets(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    public static Bound bound(String name) {
        return Bound.valueOf(name);
    }
}
