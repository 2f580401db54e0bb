package dev.drift.engine.quote;

import dev.drift.engine.lexicon.FirstNames;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.grammar.PartsOfSpeech;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds who is credited with a quotation or a sentence: the subject of a verb of saying or judging ("X said",
 * "said X", "X called it", "what X described as", "according to X"), read as a noun phrase (a name, or a role
 * with its head) and never an adverb, verb or clause fragment. Works on the tokens outside quotation marks.
 */
final class Speakers {
    /** Verbs that credit words to their subject, in their base form; inflections are derived below. */
    private static final List<String> CREDIT_VERB_BASES = List.of(
            "say", "tell", "add", "state", "explain", "note", "warn", "argue", "claim", "assert", "insist", "conclude",
            "continue", "recall", "write", "describe", "call", "acknowledge", "admit", "confirm", "declare", "emphasize",
            "emphasise", "stress", "indicate", "ask", "reply", "remark", "suggest", "observe", "announce", "report",
            "mention", "recount", "quip", "tweet", "post", "testify", "concede", "caution", "disclose", "reveal",
            "respond", "answer", "complain", "boast", "brag", "joke", "vow", "promise", "pledge", "predict", "urge",
            "exhort", "sing", "chant", "shout", "yell", "scream", "read", "label", "term", "brand", "dub", "characterize",
            "characterise", "rate", "rule", "condemn", "blast", "slam", "accuse", "criticize", "criticise", "praise",
            "hail", "tout", "dismiss", "deride", "mock", "liken", "compare", "cite", "reference", "quote", "proclaim",
            "deny", "allege", "contend", "maintain", "lament", "wonder", "question", "demand", "agree", "counter",
            "retort", "thunder", "muse", "whisper", "begin", "finish", "put", "find", "refer", "decry", "denounce",
            "pronounce", "plead", "beg", "implore", "tease", "charge", "assure", "inform", "advise",
            "attack", "scold", "bemoan", "chide", "rebuke", "lambaste", "laud", "applaud");
    /** Past forms of verbs whose other forms are mostly nouns ("a controversial comment"). */
    private static final Set<String> PAST_ONLY_FORMS = Set.of("commented", "remarked");
    private static final Set<String> IRREGULAR_FORMS = Set.of("said", "told", "wrote", "written", "sang", "sung",
            "began", "begun", "found", "read", "put", "thought", "spoke", "spoken", "says", "tells");
    static final Set<String> CREDIT_VERBS = union(forms(CREDIT_VERB_BASES), PAST_ONLY_FORMS);
    /** Verbs of saying proper: a sentence with one of these and no marks still has a speaker. */
    static final Set<String> SAY_VERBS = forms(List.of("say", "tell", "add", "state", "explain", "note", "warn",
            "argue", "claim", "assert", "insist", "recall", "write", "acknowledge", "admit", "confirm", "declare",
            "announce", "report", "tweet", "testify", "concede", "respond", "reply", "predict", "contend", "allege"));
    /** Words between a subject and its verb: "Trump has also said", "he then added". */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("has", "have", "had", "will", "would", "could",
            "did", "does", "do", "also", "later", "then", "again", "once", "previously", "earlier", "reportedly",
            "often", "repeatedly", "frequently", "never", "still", "just", "even", "may", "might", "must", "should",
            "can", "is", "was", "were", "are", "been", "being", "not", "first", "since", "recently", "openly", "further");
    /** Words that cannot be part of a speaker phrase; they end the scan for one. */
    private static final Set<String> BREAKERS = Set.of("that", "and", "but", "or", "nor", "which", "who", "whom",
            "whose", "while", "as", "because", "so", "if", "when", "where", "after", "before", "during", "since",
            "until", "though", "although", "also", "to", "in", "on", "at", "for", "with", "from", "by", "about",
            "into", "over", "under", "through", "against", "among", "without", "despite", "like", "unlike", "via",
            "per", "of", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
            "will", "would", "could", "can", "may", "might", "must", "should", "shall", "it", "this", "these",
            "those", "there", "here", "what", "how", "why", "not", "now", "then", "later", "earlier", "previously",
            "once", "than", "yet", "even", "just", "still", "only", "both", "either", "neither", "all", "each",
            "me", "him", "them", "us", "you", "your", "my", "our", "its", "whether", "yes", "no", "too",
            "very", "really", "already", "again", "ever", "never", "always", "often", "soon", "today", "tonight",
            "yesterday", "tomorrow", "ago");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "for", "with", "from", "by",
            "about", "into", "over", "under", "through", "against", "among", "without", "like", "to");
    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "i", "we");
    /** Heads that name a time, not a source: "tweets early Friday". */
    private static final Set<String> TIME_HEADS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year",
            "day", "time", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december");
    /** Heads that measure, not speak: "50 days" ("63 percent said" is a poll's respondents, a source). */
    private static final Set<String> MEASURE_HEADS = Set.of("days", "weeks", "months", "years", "hours",
            "minutes", "points", "dollars", "times", "miles");
    /** Words ending like role nouns that are not nouns: "further", "however". */
    private static final Set<String> NOT_ROLES = Set.of("further", "other", "rather", "never", "however", "together",
            "whether", "either", "neither", "after", "later", "earlier", "sooner", "ever", "over", "under", "per",
            "for", "or", "nor", "major", "minor", "prior", "recent", "current", "different", "important", "urgent",
            "silent", "apparent", "relevant", "significant", "consistent", "evident", "present", "expensive",
            "massive", "aggressive", "positive", "negative", "effective", "extensive", "excessive", "exclusive");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "another", "some", "many",
            "several", "two", "three", "four", "few", "most", "his", "her", "their", "any");
    /** Words before a noun, never before a finite verb: "the report", "his statement". */
    private static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "these", "those", "this", "whose", "every", "each", "no");
    /** Nouns naming what someone said, credited to their possessor: "Trump’s remarks". */
    private static final Set<String> SPEECH_NOUNS = Set.of("statement", "statements", "remarks", "comment", "comments",
            "words", "assertion", "description", "warning", "accusation", "allegation", "prediction", "pledge",
            "promise", "message", "speech", "tweet", "tweets", "post", "letter", "remark", "assertions",
            "descriptions", "warnings", "accusations", "allegations", "predictions", "pledges", "promises",
            "messages", "speeches", "posts", "letters", "reference", "references");
    /** Singular verbs after a noun, never after the base form of a verb of saying: "the state is". */
    private static final Set<String> NOUN_FOLLOWERS = Set.of("is", "was", "has");
    /** Words whose "’s" is "is" or "has", not a possessive: "he’s claiming". */
    private static final Set<String> PRONOUN_CONTRACTIONS = Set.of("he", "she", "it", "that", "there", "what", "who",
            "here", "where", "let");
    /** What may stand between a quotation ending its sentence and its attribution: ".” ―", "?” ", ",” ". */
    private static final Pattern CLOSING_GAP = Pattern.compile("[.,!?…]*[”\"’'»]\\s*[,—–―-]?\\s*");
    /** Longest speaker phrase in words, titles and middle names included. */
    private static final int MAX_WORDS = 9;
    /** How far past a quotation an attribution verb may stand: "“...,” Scott Pruitt, the attorney general, said". */
    private static final int MAX_WORDS_TO_VERB = 24;
    /**
     * Longest sentence read as the attribution of the quotation before it: a name with a title, a verb and a
     * time or place ("Rep. Gwen Moore (D-Wis.) said Friday in a statement.").
     */
    private static final int MAX_ATTRIBUTION_SENTENCE_WORDS = 14;
    /** Words a closing attribution may carry after its verb: "..., Warren said on Tuesday." */
    private static final int MAX_TRAILING_WORDS = 3;
    /** Longest opening phrase before a sentence's subject: "In an interview with CNN on Sunday night, Kerry". */
    private static final int MAX_OPENING_PHRASE_WORDS = 20;
    /** Articles open a noun phrase: one inside a phrase starts the next. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Words opening an apposition after a name: "Trump, her Republican opponent,", "Smith, a professor,". */
    private static final Set<String> APPOSITION_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its",
            "who", "whose", "one", "another");
    /** Words before a plural noun, never before the subject of a verb ending in -s. */
    private static final Set<String> PLURAL_QUANTIFIERS = Set.of("many", "several", "few", "both", "most", "all",
            "numerous", "various");
    /** Verbs of saying that presuppose the same speaker's words just before. */
    private static final Set<String> CONTINUATION_VERBS = Set.of("added", "adds", "continued", "continues");
    /** Words opening an adverbial participle clause: "despite admitting", "after saying". */
    private static final Set<String> PARTICIPLE_CLAUSE_OPENERS = Set.of("despite", "after", "before", "while", "when",
            "since", "without");
    /** Words between a relative "who" and its verb: "who in 2010 said", "who has since said". */
    private static final int MAX_WORDS_BEFORE_RELATIVE_VERB = 4;
    /** Longest prepositional phrase between a subject and its verb: "a narrator in the Clinton ad asks". */
    private static final int MAX_PREPOSITIONAL_TAIL = 5;
    /** Modifiers between a preposition and a noun that looks like a verb: "of many Republican claims". */
    private static final int MAX_MODIFIERS_OF_OBJECT = 3;

    private Speakers() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private static Set<String> forms(List<String> bases) {
        Set<String> out = new HashSet<>(IRREGULAR_FORMS);
        for (String b : bases) {
            out.add(b);
            out.add(b.endsWith("s") || b.endsWith("sh") || b.endsWith("ch") ? b + "es" : b.endsWith("y")
                    && !b.endsWith("ay") ? b.substring(0, b.length() - 1) + "ies" : b + "s");
            String stem = b.endsWith("e") ? b.substring(0, b.length() - 1) : b;
            out.add(b.endsWith("y") && !b.endsWith("ay") ? stem.substring(0, stem.length() - 1) + "ied" : stem + "ed");
            out.add(stem + "ing");
            if (b.matches(".*[^aeiou][aeiou][bdgmnpt]")) {
                char last = b.charAt(b.length() - 1);
                out.add(b + last + "ed");
                out.add(b + last + "ing");
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The view of one sentence: its tokens, which of them stand inside quotation marks, and their parts of speech
     * (tagged when first asked for: most sentences are never read for a speaker).
     */
    record Sentence(String text, Span span, List<Token> tokens, boolean[] quoted, Tags tags) {
        static Sentence of(String text, Span span, List<Token> tokens, List<Span> quotes) {
            boolean[] quoted = new boolean[tokens.size()];
            // First quotation not ending before the sentence, found by search: a long paragraph of many quoted
            // sentences stays linear.
            int q = QuoteExtractor.endingBy(quotes, Span::end, span.start());
            for (int i = 0; i < tokens.size(); i++) {
                int at = tokens.get(i).start();
                while (q < quotes.size() && quotes.get(q).end() <= at) {
                    q++;
                }
                quoted[i] = q < quotes.size() && quotes.get(q).start() <= at;
            }
            return new Sentence(text, span, tokens, quoted, new Tags(text, tokens));
        }

        boolean hasQuotation() {
            for (boolean q : quoted) {
                if (q) {
                    return true;
                }
            }
            return false;
        }

        String gap(int i) {
            int from = tokens.get(i).end();
            int to = i + 1 < tokens.size() ? tokens.get(i + 1).start() : span.end();
            return text.substring(from, Math.max(from, to));
        }

        String gapBefore(int i) {
            int from = i > 0 ? tokens.get(i - 1).end() : span.start();
            return text.substring(Math.min(from, tokens.get(i).start()), tokens.get(i).start());
        }

        /** The part of speech of token {@code i} (UD tags: NOUN, PROPN, PRON, VERB, AUX, ADP, NUM, ...). */
        String tag(int i) {
            return tags.of()[i];
        }
    }

    /** A sentence's parts of speech, tagged once on first use; one sentence view is read by one thread. */
    static final class Tags {
        private final String text;
        private final List<Token> tokens;
        private String[] tags;

        Tags(String text, List<Token> tokens) {
            this.text = text;
            this.tokens = tokens;
        }

        String[] of() {
            if (tags == null) {
                tags = PartsOfSpeech.tag(text, tokens);
            }
            return tags;
        }
    }

    /** Who is credited with the quotation {@code raw} (marks excluded) in this sentence, or null. */
    static String forQuote(Sentence s, Span raw) {
        return forQuote(s, s, null, raw);
    }

    /**
     * Who is credited with the quotation {@code raw} (marks excluded): after it in the sentence where it ends
     * ("“... shame.” ― Sonya Herridge"), before it in the sentence where it starts, or in a short sentence of
     * attribution right after it ("“How many times ...?” Clinton said."), or null.
     *
     * @param next the sentence after the one where the quotation ends, in the same paragraph, or null
     */
    static String forQuote(Sentence start, Sentence end, Sentence next, Span raw) {
        int firstAfter = 0;
        while (firstAfter < end.tokens().size() && end.tokens().get(firstAfter).start() < raw.end()) {
            firstAfter++;
        }
        int lastBefore = -1;
        for (int i = 0; i < start.tokens().size() && start.tokens().get(i).end() <= raw.start(); i++) {
            lastBefore = i;
        }
        String after = after(end, firstAfter);
        if (after != null) {
            return withoutPossessive(after);
        }
        String before = before(start, lastBefore);
        if (before == null && lastBefore >= 0 && start.gap(lastBefore).strip().startsWith(":")) {
            before = listedName(start, lastBefore); // "Tom Reyes, Denver Post: “...”"
        }
        if (before == null && lastBefore >= 0 && (start.gap(lastBefore).strip().startsWith(":")
                || introducedByAs(start, lastBefore))) {
            // "McCaskill scolded him: “...”", "Reid has gone after Trump as a “spoiled brat”": a colon, or "as"
            // naming what someone was called, hands the quotation to the clause's subject.
            before = clauseSubjectOrGrammar(start);
        }
        if (before != null || next == null || firstAfter < end.tokens().size() || !attributionFollows(next, raw)) {
            return withoutPossessive(before);
        }
        return withoutPossessive(after(next, 0));
    }

    /**
     * A lead-in of names and no verb before a colon, as in lists of reactions: "Tom Reyes, Denver Post: “...”" is
     * Tom Reyes's. The first phrase when every word up to the colon is a name or a noun and the first is a name.
     */
    private static String listedName(Sentence s, int colon) {
        List<Token> t = s.tokens();
        for (int i = 0; i <= colon; i++) {
            if (s.quoted()[i] || !isNounAt(s, i) && !t.get(i).isCapitalized() || "VERB".equals(s.tag(i))
                    && !t.get(i).isCapitalized()) {
                return null;
            }
        }
        int end = 0;
        while (end < colon && isPhraseGap(s.gap(end), t.get(end))) {
            end++;
        }
        return t.get(0).isCapitalized() && end < colon && s.gap(end).contains(",") ? phrase(s, 0, end) : null;
    }

    /** "Mr. Obama's" cut from "Mr. Obama's remarks" names Mr. Obama. */
    private static String withoutPossessive(String speaker) {
        if (speaker == null || speaker.length() < 3 || !speaker.endsWith("s")) {
            return speaker;
        }
        char mark = speaker.charAt(speaker.length() - 2);
        boolean possessive = (mark == '\'' || mark == '’') && Character.isLetter(speaker.charAt(speaker.length() - 3));
        return possessive ? speaker.substring(0, speaker.length() - 2) : speaker;
    }

    /** "as “...”" or "as a “...”" right before the quotation. */
    private static boolean introducedByAs(Sentence s, int lastBefore) {
        List<Token> t = s.tokens();
        int i = lastBefore;
        if (i >= 0 && isArticle(t.get(i), i) && !t.get(i).isCapitalized()) {
            i--;
        }
        return i >= 1 && t.get(i).lower().equals("as") && !s.quoted()[i] && !passiveBefore(t, i);
    }

    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being");

    /**
     * The word before {@code next} is a participle after a form of "be" ("reports were described as “...”"): in the
     * passive the clause's subject is what was described, not who described it, and the sentence does not say who.
     */
    private static boolean passiveBefore(List<Token> t, int next) {
        String participle = t.get(next - 1).lower();
        if (!participle.endsWith("ed") && !participle.endsWith("en")) {
            return false;
        }
        for (int k = next - 2; k >= 0 && k >= next - 3; k--) {
            if (BE_FORMS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence right after a quotation that closed its own sentence is its attribution when it is short and
     * starts just after the closing mark: "“How many times ...?” Clinton said." A longer sentence says more than
     * who spoke.
     */
    private static boolean attributionFollows(Sentence next, Span raw) {
        List<Token> t = next.tokens();
        if (t.isEmpty() || t.size() > MAX_ATTRIBUTION_SENTENCE_WORDS || next.span().start() < raw.end()) {
            return false;
        }
        for (boolean quoted : next.quoted()) {
            if (quoted) {
                return false; // "Trump called the senator a “nasty guy.”" credits its own quotation
            }
        }
        String between = next.text().substring(raw.end(), t.get(0).start());
        // A dash may open the attribution on the next line: "“...”\n— Senator Ana Ruiz".
        return between.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00a0' || "\"”’'».,!?…—―".indexOf(c) >= 0);
    }

    /** Who says the sentence's content when it holds no quotation: "the official said", "according to X". */
    static String forNarrative(Sentence s) {
        return before(s, s.tokens().size() - 1, SAY_VERBS);
    }

    /** ", the official said" / ", said Smith" / ", Smith, the attorney general, said" after the closing mark. */
    private static String after(Sentence s, int from) {
        List<Token> t = s.tokens();
        if (from >= t.size() || s.quoted()[from]) {
            return null;
        }
        String gap = s.gapBefore(from).replace('\u00a0', ' '); // "”\u00a0― Karen Bobadilla"
        if (gap.contains(".") && from > 0 && !CLOSING_GAP.matcher(gap).matches()) {
            return null;
        }
        if (from > 0 && !closesClause(gap) && !(PERSONAL_PRONOUNS.contains(t.get(from).lower()) && from + 1 < t.size()
                && CREDIT_VERBS.contains(t.get(from + 1).lower()))) {
            // "the advertisement “unmistakably” suggests", "be “fair” to him": a quotation running on into its
            // sentence is a part of that sentence, credited before it or by the sentence's closing attribution.
            return trailingAttribution(s, from);
        }
        if (gap.indexOf('―') >= 0 || gap.indexOf('—') >= 0 && from + 1 < t.size() && t.get(from).isCapitalized()) {
            // "“...” ― Stephanie Egan": a dash and a name sign the quotation.
            String np = forwardPhrase(s, from);
            if (np != null && t.get(from).isCapitalized()) {
                return np;
            }
        }
        if (from + 2 < t.size() && t.get(from).lower().equals("according") && t.get(from + 1).lower().equals("to")) {
            return forwardPhrase(s, from + 2); // "“...,” according to the EEOC."
        }
        int verb = -1;
        for (int i = from; i < t.size() && i - from <= MAX_WORDS_TO_VERB && !s.quoted()[i]; i++) {
            if (isVerbAt(s, i, CREDIT_VERBS)) {
                verb = i;
                break;
            }
            if (s.gap(i).contains(";") || s.gap(i).contains(".") && !isAbbreviation(t.get(i))) {
                break;
            }
        }
        if (verb < 0) {
            verb = speechVerbByGrammar(s, from);
        }
        if (verb < 0) {
            return null;
        }
        if (verb == from) {
            // ", said Smith"; a participle (", describing the detainees as") names its object, not a speaker.
            if (t.get(verb).lower().endsWith("ing")) {
                return null;
            }
            String inverted = forwardPhrase(s, verb + 1);
            // "Jones, noting that “...,” added that ...": the quotation sits in a side clause of the sentence's
            // subject, whose own verb follows it.
            return inverted != null ? inverted : sideClauseSubject(s, from);
        }
        String first = forwardPhrase(s, from);
        if (first != null && !BREAKERS.contains(t.get(from).lower()) && !isVerbLike(t.get(from).lower())) {
            int end = phraseEnd(s, from);
            if (end == verb - 1 || end < verb && s.gap(end).contains(",") || betweenSubjectAndVerb(s, end + 1, verb)
                    || prepositionalTail(s, end + 1, verb)) {
                return first;
            }
        }
        return backwardPhrase(s, verb, from);
    }

    /** Parts of speech a subject's words take: "the new county treasurer", "Rep. Ana Ruiz", "she". */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM");
    /** Words closing a verb of saying that the lists do not know: "chimed in", "shot back", "went on". */
    private static final Set<String> PARTICLE_TAGS = Set.of("ADP", "ADV", "PART");

    /**
     * A verb the lists do not know, read from the grammar of the words after a quotation that closes its clause
     * ("“...,” fumed Rep. Ana Ruiz." / "“...,” Ruiz interjected."): a verb right after the mark with a noun phrase
     * closing the clause after it, or a noun phrase then a verb closing the clause. Only that shape: a verb with an
     * object or a clause of its own ("“...,” the plan failed to win support") is not an attribution. -1 if none.
     */
    private static int speechVerbByGrammar(Sentence s, int from) {
        List<Token> t = s.tokens();
        if (from >= t.size() || s.quoted()[from]) {
            return -1;
        }
        if (isPlainVerb(s, from)) {
            int end = from + 1 < t.size() && NOUN_PHRASE_TAGS.contains(s.tag(from + 1)) ? phraseEnd(s, from + 1) : -1;
            return end >= 0 && endsClauseAt(s, end) ? from : -1;
        }
        int v = from;
        while (v < t.size() && v - from < MAX_WORDS && !s.quoted()[v] && NOUN_PHRASE_TAGS.contains(s.tag(v))
                && (v == from || s.gap(v - 1).isBlank() || isPhraseGap(s.gap(v - 1), t.get(v - 1)))) {
            v++;
        }
        if (v == from || v >= t.size() || !s.gap(v - 1).isBlank() || !isPlainVerb(s, v)) {
            return -1;
        }
        int end = v;
        while (end + 1 < t.size() && end - v < 2 && s.gap(end).isBlank() && PARTICLE_TAGS.contains(s.tag(end + 1))) {
            end++;
        }
        return endsClauseAt(s, end) ? v : -1;
    }

    /**
     * The subject of a sentence whose quotation sits in a participle clause set off by commas after it: "Jones,
     * noting that “...,” added". Null when the words before the quotation are not a name, a comma and a participle.
     */
    private static String sideClauseSubject(Sentence s, int verb) {
        List<Token> t = s.tokens();
        for (int p = 1; p < verb; p++) {
            if (s.quoted()[p]) {
                break;
            }
            if (t.get(p).lower().endsWith("ing") && s.tag(p).equals("VERB") && s.gap(p - 1).contains(",")) {
                String subject = phrase(s, 0, p - 1);
                return subject != null && isNounAt(s, p - 1) ? subject : null;
            }
        }
        return null;
    }

    /**
     * The noun phrase right before the sentence's first verb outside quotation marks, leading adverbs and opening
     * phrases set off by a comma passed over: "Then Ana Cole chimed in:" names Ana Cole. Read from the parts of
     * speech, for the clauses the word lists do not know.
     */
    static String grammarSubject(Sentence s) {
        List<Token> t = s.tokens();
        for (int v = 1; v < t.size() && !s.quoted()[v]; v++) {
            if (!isPlainVerb(s, v)) {
                continue;
            }
            int end = v - 1;
            while (end > 0 && s.gap(end).isBlank() && (s.tag(end).equals("AUX") || s.tag(end).equals("ADV")
                    || s.tag(end).equals("PART"))) {
                end--;
            }
            if (!s.gap(end).isBlank() || !isNounAt(s, end) && !s.tag(end).equals("PRON")) {
                return null;
            }
            int start = end;
            while (start > 0 && NOUN_PHRASE_TAGS.contains(s.tag(start - 1)) && isPhraseGap(s.gap(start - 1), t.get(start - 1))
                    && !s.quoted()[start - 1]) {
                start--;
            }
            return phrase(s, start, end);
        }
        return null;
    }

    /** The subject the grammar reads, when it is two or more names in a row ("Mary Lin"), else null. */
    static String fullNameSubject(Sentence s) {
        if (!hasFirstNameAndSurname(s)) {
            return null; // the grammar is asked only about a sentence that names someone in full
        }
        String subject = grammarSubject(s);
        if (subject == null) {
            return null;
        }
        List<Token> words = dev.drift.engine.text.Tokenizer.tokenize(subject);
        return words.size() >= 2 && words.stream().allMatch(Token::isCapitalized)
                && words.stream().noneMatch(w -> Lexicon.TITLES.contains(w.lower())) ? subject : null;
    }

    private static boolean hasFirstNameAndSurname(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!s.quoted()[i] && t.get(i).isCapitalized() && t.get(i + 1).isCapitalized()
                    && FirstNames.of(t.get(i).text()) != FirstNames.Gender.UNKNOWN) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase between "with" and the participle at {@code v}: "with spokesman Peter Lang saying". */
    private static String withClauseSubject(Sentence s, int v) {
        List<Token> t = s.tokens();
        boolean with = false;
        for (int k = Math.max(0, v - MAX_WORDS); k < v && !with; k++) {
            with = t.get(k).lower().equals("with");
        }
        if (!with) {
            return null;
        }
        int start = v;
        while (start > 0 && v - start < MAX_WORDS && !s.quoted()[start - 1] && NOUN_PHRASE_TAGS.contains(s.tag(start - 1))
                && isPhraseGap(s.gap(start - 1), t.get(start - 1))) {
            start--;
        }
        return start < v && start > 0 && t.get(start - 1).lower().equals("with") && isNounAt(s, v - 1)
                ? phrase(s, start, v - 1) : null;
    }

    /** A finite verb: tagged VERB, written in lower case, not a participle in -ing. */
    private static boolean isPlainVerb(Sentence s, int i) {
        Token w = s.tokens().get(i);
        return "VERB".equals(s.tag(i)) && !w.isCapitalized() && !w.lower().endsWith("ing") && !s.quoted()[i];
    }

    /** Token {@code i} closes its clause: it ends the sentence, or a comma, colon or dash follows it. */
    private static boolean endsClauseAt(Sentence s, int i) {
        if (i == s.tokens().size() - 1) {
            return true;
        }
        String gap = s.gap(i);
        return gap.contains(",") || gap.contains(":") || gap.contains("—") || gap.contains(";");
    }

    /**
     * The attribution closing a sentence after a comma, which credits all of it: "A cashier who “steals” is held
     * accountable, Warren said." / "..., said Warren." / "..., she said, referencing ...". Only verbs of saying
     * proper: "..., a tactic critics described as stalling" describes, it does not attribute.
     */
    private static String trailingAttribution(Sentence s, int from) {
        List<Token> t = s.tokens();
        for (int v = from + 1; v < t.size(); v++) {
            if (s.quoted()[v] || !isVerbAt(s, v, SAY_VERBS) || t.get(v).lower().endsWith("ing")) {
                continue;
            }
            if (s.gapBefore(v).contains(",")) {
                // ", said Warren." / ", said Warren, adding ...": the subject follows and closes the clause.
                int end = phraseEnd(s, v + 1 < t.size() ? v + 1 : v);
                boolean subjectFollows = v + 1 < t.size() && (t.get(v + 1).isCapitalized()
                        || DETERMINERS.contains(t.get(v + 1).lower()));
                if (subjectFollows && (end == t.size() - 1 || s.gap(end).contains(","))) {
                    return forwardPhrase(s, v + 1);
                }
                continue;
            }
            int start = v - 1;
            while (start > from && isPhraseGap(s.gap(start - 1), t.get(start - 1))) {
                start--;
            }
            if (start > from && s.gap(start - 1).contains(",") && closesWithin(s, v)) {
                return backwardPhrase(s, v, start); // ", Warren said." / ", she said, referencing ..."
            }
        }
        return null;
    }

    /** The clause of the verb at {@code v} ends within a few words: "said on Tuesday." or "said, adding". */
    private static boolean closesWithin(Sentence s, int v) {
        for (int i = v; i < s.tokens().size() && i <= v + MAX_TRAILING_WORDS; i++) {
            if (i == s.tokens().size() - 1 || s.gap(i).contains(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code i} is one of {@code verbs} used as a verb. Capitalised words are names ("the United
     * States", "Talk" in a title); many of these verbs are also nouns, and a determiner or possessive before one,
     * or a singular verb after its base form, shows the noun: "Kim's mental state is", "the report".
     */
    static boolean isVerbAt(Sentence s, int i, Set<String> verbs) {
        List<Token> t = s.tokens();
        Token word = t.get(i);
        if (!verbs.contains(word.lower()) || word.isCapitalized()
                && (i == 0 || !titleCaseLine(s) || CREDIT_VERB_BASES.contains(word.lower()))) {
            // Capitalised words are names, except an inflected verb in a line written in title case ("Clinton
            // Said"), where the tagger reads every word as a name; a base form there is a noun ("Denver Post").
            return false;
        }
        if (i > 0 && !s.quoted()[i - 1] && s.gap(i - 1).isBlank()) {
            Token prev = t.get(i - 1);
            String p = prev.lower();
            boolean possessive = (p.endsWith("’s") || p.endsWith("'s")) && !PRONOUN_CONTRACTIONS.contains(pronounPart(prev));
            if (NOUN_DETERMINERS.contains(p) || possessive) {
                return false;
            }
        }
        // A base form before a singular copula is a noun ("the mental state is"), unless a plural subject or a
        // pronoun precedes it ("what they say is").
        boolean baseForm = CREDIT_VERB_BASES.contains(word.lower());
        boolean pluralBefore = i > 0 && (PERSONAL_PRONOUNS.contains(t.get(i - 1).lower())
                || t.get(i - 1).lower().endsWith("s") || t.get(i - 1).lower().equals("you"));
        return !(baseForm && !pluralBefore && i + 1 < t.size() && s.gap(i).isBlank()
                && NOUN_FOLLOWERS.contains(t.get(i + 1).lower()));
    }

    /** Verbs by which a document, not a person, credits words: "disclosures show", "the study found". */
    private static final Set<String> DOCUMENT_VERBS = Set.of("show", "shows", "showed", "shown", "find", "finds",
            "found");

    /**
     * A verb of {@link #DOCUMENT_VERBS} after a common noun that names no person: "Financial disclosures show the
     * firm “...”". A person who shows or finds something ("he showed the crowd") is not quoted by it.
     */
    private static boolean documentVerbAt(Sentence s, int v) {
        List<Token> t = s.tokens();
        if (v == 0 || !DOCUMENT_VERBS.contains(t.get(v).lower()) || t.get(v).isCapitalized() || s.quoted()[v - 1]
                || !s.gap(v - 1).isBlank() || !"VERB".equals(s.tag(v))) {
            return false;
        }
        Token subject = t.get(v - 1);
        return !subject.isCapitalized() && isNounAt(s, v - 1) && !WordNet.get().namesPerson(subject.lower());
    }

    /** Share of capitalised words, outside quotation marks, from which a line is written in title case. */
    private static final double TITLE_CASE_SHARE = 0.8;
    private static final int TITLE_CASE_MIN_WORDS = 3;

    /** A line in title case, a subheading or a lead-in ("Clinton Said “...” In Rally Speech"). */
    private static boolean titleCaseLine(Sentence s) {
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < s.tokens().size(); i++) {
            if (!s.quoted()[i] && s.tokens().get(i).kind() != Token.Kind.NUMBER) {
                words++;
                capitalised += s.tokens().get(i).isCapitalized() ? 1 : 0;
            }
        }
        return words >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * words;
    }

    private static boolean creditVerbBefore(Sentence s, int end) {
        for (int i = 0; i < end; i++) {
            if (!s.quoted()[i] && isVerbAt(s, i, CREDIT_VERBS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb ending in -s needs a singular subject that is not a preposition's object: in "the spate of shootings
     * and protests demands" the verb's subject is not "protests", and in "rated 32% of Republican claims as"
     * "claims" is a noun.
     */
    private static boolean agreesWithSubject(Sentence s, int v) {
        List<Token> t = s.tokens();
        String w = t.get(v).lower();
        if (v == 0 || !w.endsWith("s") || CREDIT_VERB_BASES.contains(w) || s.quoted()[v - 1] || !s.gap(v - 1).isBlank()) {
            return true;
        }
        Token head = t.get(v - 1);
        String h = head.lower();
        if (!head.isCapitalized() && h.endsWith("s") && !h.endsWith("ss") && !PERSONAL_PRONOUNS.contains(h)
                && !BREAKERS.contains(h)) {
            return false;
        }
        for (int i = v - 2; i >= 0 && i >= v - 1 - MAX_MODIFIERS_OF_OBJECT; i--) {
            if (s.quoted()[i] || !s.gap(i).isBlank()) {
                return true;
            }
            if (PREPOSITIONS.contains(t.get(i).lower()) || PLURAL_QUANTIFIERS.contains(t.get(i).lower())) {
                return false; // "of Republican claims", "so many Republican claims": a noun
            }
            if (!t.get(i).isCapitalized() && !t.get(i).lower().endsWith("al") && !t.get(i).lower().endsWith("an")) {
                return true;
            }
        }
        return true;
    }

    /** "Trump’s" or "Mr. Obama's": a capitalised possessive, not "he’s" ("he is"). */
    private static boolean isNamePossessive(Token t) {
        String w = t.lower();
        return t.isCapitalized() && (w.endsWith("’s") || w.endsWith("'s"))
                && !PRONOUN_CONTRACTIONS.contains(pronounPart(t));
    }

    /**
     * A prepositional phrase completing the subject before its verb: "“...?” a narrator in the Clinton ad asks."
     * names "a narrator".
     */
    private static boolean prepositionalTail(Sentence s, int from, int verb) {
        List<Token> t = s.tokens();
        if (from >= verb || verb - from > MAX_PREPOSITIONAL_TAIL || !PREPOSITIONS.contains(t.get(from).lower())) {
            return false;
        }
        for (int i = from; i < verb; i++) {
            if (s.quoted()[i] || s.gap(i).contains(",") || i > from && (isVerbLike(t.get(i).lower())
                    || isBreaker(t.get(i)) && !PREPOSITIONS.contains(t.get(i).lower()))) {
                return false;
            }
        }
        return true;
    }

    /** Punctuation between a quotation and what follows ends the quoted clause: "“...,” she said". */
    private static boolean closesClause(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            if (",.!?…;:—–―-".indexOf(gap.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean betweenSubjectAndVerb(Sentence s, int from, int verb) {
        for (int i = from; i < verb; i++) {
            if (!BETWEEN_SUBJECT_AND_VERB.contains(s.tokens().get(i).lower()) && !isAdverb(s.tokens().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String before(Sentence s, int last) {
        return before(s, last, CREDIT_VERBS);
    }

    /** The subject of the last crediting verb at or before {@code last}, or "according to X". */
    private static String before(Sentence s, int last, Set<String> verbs) {
        List<Token> t = s.tokens();
        for (int v = last; v >= 0; v--) {
            if (s.quoted()[v]) {
                continue;
            }
            String w = t.get(v).lower();
            if (w.equals("according") && v + 2 <= last + 1 && v + 1 < t.size() && t.get(v + 1).lower().equals("to")) {
                String np = forwardPhrase(s, v + 2);
                if (np != null && !creditVerbBefore(s, v)) {
                    return np; // "An official said ..., according to the report": the official speaks
                }
                continue;
            }
            if (verbs == CREDIT_VERBS && v > 0 && (CREDIT_VERBS.contains(w) || SPEECH_NOUNS.contains(w))
                    && !s.quoted()[v - 1] && s.gap(v - 1).isBlank() && isNamePossessive(t.get(v - 1))
                    && !creditVerbBefore(s, v - 1)) {
                // "Trump’s claim that there were “thousands of shootings”": the possessor said it, unless a verb
                // before credits the report ("Politifact ruled that Trump’s statement about “...”").
                String owner = backwardPhrase(s, v, 0);
                if (owner != null) {
                    return withoutPossessive(owner);
                }
            }
            boolean documentSays = verbs == CREDIT_VERBS && documentVerbAt(s, v);
            if (!documentSays && (!isVerbAt(s, v, verbs) || !agreesWithSubject(s, v))) {
                continue; // "the United States", "Talk" in a title: capitalised words are names, not verbs
            }
            if (v + 1 < t.size() && t.get(v + 1).lower().equals("by")) {
                // "described by X as": the agent follows.
                String np = forwardPhrase(s, v + 2);
                if (np != null) {
                    return np;
                }
                continue;
            }
            if (passiveBefore(t, v + 1)) {
                // "reports were described as": the subject was described, who described it is not said, and the
                // verbs before belong to other clauses.
                return null;
            }
            if (v > 0 && v + 1 <= last && s.gapBefore(v).contains(",") && t.get(v + 1).isCapitalized()
                    && !w.endsWith("ing")) {
                // "..., noted NBC’s Dante Chinni.": the subject follows its verb.
                String inverted = forwardPhrase(s, v + 1);
                int end = phraseEnd(s, v + 1);
                if (inverted != null && (end == t.size() - 1 || s.gap(end).contains(","))) {
                    return inverted;
                }
            }
            String withSubject = w.endsWith("ing") ? withClauseSubject(s, v) : null;
            if (withSubject != null) {
                return withSubject; // "with spokesman Peter Lang saying “...”"
            }
            if (w.endsWith("ing") && v > 0 && !BETWEEN_SUBJECT_AND_VERB.contains(t.get(v - 1).lower())) {
                // A participle ("..., saying", "issued a statement calling") has the clause's subject.
                String subject = clauseSubject(s);
                if (subject != null) {
                    return subject;
                }
                if (s.gapBefore(v).contains(",")) {
                    continue; // "Meanwhile, it attacked Trump, saying": no subject to name, so no guess
                }
            }
            String antecedent = relativeSubject(s, v);
            if (antecedent != null) {
                return antecedent;
            }
            String np = backwardPhrase(s, v, 0);
            if (np != null) {
                return np;
            }
            if (v > 0 && t.get(v - 1).lower().equals("and") && !s.quoted()[v - 1]) {
                // "Trump, her opponent, bemoaned the unrest and said ...": the sentence's subject says it.
                String subject = clauseSubject(s);
                if (subject != null) {
                    return subject;
                }
            }
            if (w.endsWith("ing") || w.endsWith("ed")) {
                String subject = forwardPhrase(s, 0);
                if (subject != null && !s.gap(phraseEnd(s, 0)).contains(",")) {
                    return subject; // "The official credited X, saying ...": the participle's subject
                }
            }
            if (v + 1 <= last) {
                String np2 = forwardPhrase(s, v + 1); // "said Trump: “...”"
                int end2 = phraseEnd(s, v + 1);
                // Only a phrase closing the clause is the inverted subject: in "said Kim's state is “...”" it is
                // the reported clause's subject.
                if (np2 != null && t.get(v + 1).isCapitalized() && (end2 >= last || endsClauseAt(s, end2))) {
                    return np2;
                }
            }
        }
        return null;
    }

    /**
     * "Ortiz, now the county treasurer, who in 2019 said": a relative "who" a few words before the verb stands
     * for the name before it, past one apposition; null when no "who" is the verb's subject.
     */
    private static String relativeSubject(Sentence s, int verb) {
        List<Token> t = s.tokens();
        if (verb < 1 || PREPOSITIONS.contains(t.get(verb - 1).lower())) {
            return null; // "who was met with cheers": a noun after a preposition is no verb
        }
        for (int k = verb - 1; k >= 1 && k >= verb - MAX_WORDS_BEFORE_RELATIVE_VERB; k--) {
            if (s.quoted()[k] || s.gap(k).contains(",") && k < verb - 1 || isVerbAt(s, k, CREDIT_VERBS)
                    || BE_FORMS.contains(t.get(k).lower())) {
                return null;
            }
            if (!t.get(k).lower().equals("who")) {
                continue;
            }
            String gap = s.gap(k - 1).strip();
            if (!gap.equals(",") && !gap.equals("—") && !gap.equals("–")) {
                return null;
            }
            int end = k - 1;
            for (int segment = 0; segment < 2 && end >= 0 && !s.quoted()[end]; segment++) {
                if (t.get(end).isCapitalized() && !isBreaker(t.get(end))) {
                    int start = end;
                    while (start > 0 && !s.quoted()[start - 1] && isPhraseGap(s.gap(start - 1), t.get(start - 1))
                            && t.get(start - 1).isCapitalized() && end - start + 1 < MAX_WORDS) {
                        start--;
                    }
                    return phrase(s, start, end);
                }
                int first = end;
                while (first > 0 && !s.gap(first - 1).contains(",") && end - first < MAX_WORDS) {
                    first--;
                }
                if (first == 0 || !s.gap(first - 1).contains(",")) {
                    return null;
                }
                end = first - 1;
            }
            return null;
        }
        return null;
    }

    /**
     * "With a week to go, Ana Ruiz, an adviser to the campaign, called": when the clause opens with another phrase,
     * the speaker is the name right before the apposition that ends at {@code end}; null if no name stands there.
     */
    private static String nameBeforeApposition(Sentence s, int start, int end) {
        List<Token> t = s.tokens();
        int apposition = end;
        while (apposition > start && !s.gap(apposition - 1).contains(",")) {
            apposition--;
        }
        int nameEnd = apposition - 1;
        if (nameEnd < start || s.quoted()[nameEnd] || !t.get(nameEnd).isCapitalized()
                || !APPOSITION_OPENERS.contains(t.get(apposition).lower())) {
            return null;
        }
        int nameStart = nameEnd;
        while (nameStart > start && !s.quoted()[nameStart - 1] && isPhraseGap(s.gap(nameStart - 1), t.get(nameStart - 1))
                && t.get(nameStart - 1).isCapitalized() && nameEnd - nameStart + 1 < MAX_WORDS) {
            nameStart--;
        }
        return phrase(s, nameStart, nameEnd);
    }

    /** The noun phrase ending just before the verb at {@code verb}, not reaching before {@code floor}. */
    private static String backwardPhrase(Sentence s, int verb, int floor) {
        List<Token> t = s.tokens();
        int end = verb - 1;
        while (end >= floor && !s.quoted()[end] && (BETWEEN_SUBJECT_AND_VERB.contains(t.get(end).lower())
                || isAdverb(t.get(end))) && !s.gap(end).contains(",")) {
            end--;
        }
        if (end < floor || s.quoted()[end]) {
            return null;
        }
        if (PERSONAL_PRONOUNS.contains(pronounPart(t.get(end)))) {
            return phrase(s, end, end);
        }
        String gapToVerb = s.gap(end);
        if (gapToVerb.contains(")")) {
            // "Rep. Gwen Moore (D-Wis.) said": skip the bracket.
            int open = end;
            while (open >= floor && !s.gapBefore(open).contains("(")) {
                open--;
            }
            if (open <= floor) {
                return null;
            }
            end = open - 1;
        } else if (gapToVerb.contains(",")) {
            // "Smith, a professor at X, said": the name opening the chain of commas is the speaker.
            int start = end;
            while (start > floor && !s.quoted()[start - 1] && !endsClause(s.gapBefore(start))) {
                start--;
            }
            String np = forwardPhrase(s, start);
            return np != null ? np : nameBeforeApposition(s, start, end);
        } else if (!gapToVerb.isBlank() && !gapToVerb.equals("’s ") ) {
            return null;
        }
        int start = end;
        while (start > floor && end - start + 1 < MAX_WORDS) {
            Token prev = t.get(start - 1);
            String gap = s.gap(start - 1);
            boolean roleComplement = isRoleComplement(t, start - 1);
            if (s.quoted()[start - 1] || !isPhraseGap(gap, prev) || isBreaker(prev)
                    && !isInnerOf(t, start - 1) && !isCoordination(t, start - 1) && !roleComplement
                    || CREDIT_VERBS.contains(prev.lower()) && !prev.isCapitalized() && !roleComplement
                    || isAdverb(prev) || PERSONAL_PRONOUNS.contains(prev.lower())
                    || isArticle(t.get(start), start) && !isInnerOf(t, start - 1)) {
                break;
            }
            start--;
        }
        if (start > floor && start < end && PREPOSITIONS.contains(t.get(start - 1).lower())
                && isArticle(t.get(start), start)) {
            // "a spokeswoman for the mayor called": the noun before the preposition heads the subject;
            // "marching through the streets chanted": a preposition's object is no subject.
            int head = start - 2;
            if (head < floor || s.quoted()[head] || !s.gap(head).isBlank() || isVerbLike(t.get(head).lower())
                    || isBreaker(t.get(head)) || !t.get(head).isCapitalized() && !isRoleWord(t.get(head).lower())
                    && !t.get(head).lower().endsWith("s")) {
                return null;
            }
            int first = head;
            while (first > floor && first > head - MAX_WORDS && !s.quoted()[first - 1]
                    && isPhraseGap(s.gap(first - 1), t.get(first - 1)) && !isBreaker(t.get(first - 1))
                    && !isVerbLike(t.get(first - 1).lower()) && !isArticle(t.get(first), first)) {
                first--;
            }
            return phrase(s, first, head);
        }
        if (start > floor && start < end && PREPOSITIONS.contains(t.get(start - 1).lower())
                && !t.get(end).isCapitalized()) {
            // "the kind of prison break officials say": after a preposition, the phrase is that preposition's
            // object and the relative clause's subject is only its last word.
            start = end;
        }
        return phrase(s, start, end);
    }

    private static boolean endsClause(String gap) {
        return gap.contains(".") || gap.contains(";") || gap.contains(":") || gap.contains("“") || gap.contains("”")
                || gap.contains("\"") || gap.contains("—") || gap.contains("―");
    }

    /** The noun phrase starting at {@code from}: up to a comma, a clause word or a verb. */
    private static String forwardPhrase(Sentence s, int from) {
        if (from >= s.tokens().size() || s.quoted()[from]) {
            return null;
        }
        return phrase(s, from, phraseEnd(s, from));
    }

    private static int phraseEnd(Sentence s, int from) {
        List<Token> t = s.tokens();
        int end = from;
        if (PERSONAL_PRONOUNS.contains(t.get(from).lower())) {
            return from;
        }
        while (end + 1 < t.size() && end - from + 1 < MAX_WORDS && !s.quoted()[end + 1]
                && isPhraseGap(s.gap(end), t.get(end))) {
            Token next = t.get(end + 1);
            String w = next.lower();
            boolean inner = isInnerOf(t, end + 1) || w.equals("the") && end >= 1 && isInnerOf(t, end);
            if (isArticle(next, end + 1) && !inner) {
                break; // "a scenario the official described": an article opens the next phrase
            }
            // "the report", "the filing": nouns, whatever their endings (tagged only for such a word)
            boolean verbLike = !next.isCapitalized() && (CREDIT_VERBS.contains(w) || isVerbLike(w))
                    && !isNounAt(s, end + 1);
            if ((isBreaker(next) && !inner) || CREDIT_VERBS.contains(w) && verbLike
                    || isAdverb(next) || BETWEEN_SUBJECT_AND_VERB.contains(w) || verbLike
                    && (end > from || t.get(end).isCapitalized() && !DETERMINERS.contains(t.get(end).lower()))) {
                break;
            }
            end++;
        }
        return end;
    }

    /** Words within one phrase are separated by spaces, or by an abbreviation's point ("Rep. Jim Clyburn"). */
    private static boolean isPhraseGap(String gap, Token before) {
        String g = gap.replace('\u00a0', ' ');
        if (g.isBlank()) {
            return true;
        }
        String stripped = g.strip();
        return (stripped.equals(".") && isAbbreviation(before)) || stripped.equals("-") || stripped.equals("’")
                || stripped.equals("'") || g.equals("/"); // "9/11 widow Terry Strada", "NBC/MSNBC"
    }

    private static boolean isAbbreviation(Token t) {
        return t.text().length() <= 4 && t.isCapitalized() || t.kind() == Token.Kind.ACRONYM;
    }

    private static boolean isAdverb(Token t) {
        String w = t.lower();
        return !t.isCapitalized() && w.length() > 4 && w.endsWith("ly") && !w.equals("family") && !w.equals("ally")
                && !w.endsWith("ply") && !w.equals("italy");
    }

    /** The grammar reads token {@code i} as a noun or a name. */
    private static boolean isNounAt(Sentence s, int i) {
        Token w = s.tokens().get(i);
        if (!w.isCapitalized() && w.kind() == Token.Kind.WORD
                && WordNet.get().baseForms(w.lower(), WordNet.Pos.NOUN).isEmpty()) {
            return false; // "said", "told": never a noun, so not worth tagging the sentence for
        }
        String tag = s.tag(i);
        return tag.equals("NOUN") || tag.equals("PROPN");
    }

    private static boolean isVerbLike(String w) {
        return w.endsWith("ed") || w.endsWith("ing") || CREDIT_VERBS.contains(w);
    }

    /** The phrase from token {@code from} to {@code to}, or null when it cannot name a source. */
    private static String phrase(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        if (from > to || from < 0) {
            return null;
        }
        // Leading words that start clauses are not part of the phrase: "During the debate Trump".
        while (from < to && (isBreaker(t.get(from)) || isAdverb(t.get(from)))) {
            from++;
        }
        // A pronoun subject is the whole phrase: "18 million he says" is "he", "He’s claiming" is "He".
        if (PERSONAL_PRONOUNS.contains(pronounPart(t.get(to)))) {
            return s.text().substring(t.get(to).start(), t.get(to).start() + pronounPart(t.get(to)).length());
        }
        for (int i = from; i < to; i++) {
            String w = t.get(i).lower();
            if (isRoleComplement(t, i)) {
                continue;
            }
            if (PERSONAL_PRONOUNS.contains(pronounPart(t.get(i))) || CREDIT_VERBS.contains(w) && !t.get(i).isCapitalized()
                    && !isNounAt(s, i) && !s.tag(i).equals("ADJ") // "state officials", "the report's authors"
                    || w.endsWith("n’t")
                    || w.endsWith("n't") || isBreaker(t.get(i)) && !w.equals("of") && !isCoordination(t, i)) {
                return null; // a clause, not a noun phrase
            }
        }
        Token head = t.get(to);
        String hw = head.lower();
        // A source is named by a noun or a pronoun: a lower-case head the grammar reads as a verb, an adjective, an
        // adverb or a number names nobody ("being", "still", "thousands" is a noun and may speak).
        // "Park Geun-hye": the part after a hyphen belongs to the name before it
        // "the general" (the tagger may read it as an adjective): a modified last word heads a nominal phrase
        // Tagged only when a lower-case head looks like a verb ("report", "filing", "accused"): tagging costs more
        // than the rest of the rules together.
        boolean nounHead = head.isCapitalized() || !isVerbLike(hw) || isNounAt(s, to) || s.tag(to).equals("PRON")
                || to > from && s.tag(to).equals("ADJ") || to > from && s.gap(to - 1).equals("-")
                && t.get(to - 1).isCapitalized();
        if (to == from && (hw.endsWith("ed") || hw.endsWith("ing")) && s.tag(to).equals("VERB")
                && (to + 1 >= t.size() || !s.tag(to + 1).equals("VERB") && !s.tag(to + 1).equals("AUX"))) {
            // "Asked by reporters, ...": a capital does not make a participle a name; a name the tagger reads as a
            // verb ("Husted said") is followed by its own verb
            return null;
        }
        // A participle opening the phrase is a clause ("being asked"), unless it modifies a title or name:
        // "retired Army colonel Dana Reyes".
        if (BREAKERS.contains(pronounPart(head)) || !t.get(from).isCapitalized() && isVerbLike(t.get(from).lower())
                && !isNounAt(s, from) && !s.tag(from).equals("ADJ") && !(from < to && t.get(from + 1).isCapitalized() && t.get(from).lower().endsWith("ed"))) {
            return null;
        }
        if (TIME_HEADS.contains(hw) || (!head.isCapitalized() || from == to) && MEASURE_HEADS.contains(hw) || NOT_ROLES.contains(hw) || !head.isCapitalized() && !nounHead || isBreaker(head) || DETERMINERS.contains(hw) || PLURAL_QUANTIFIERS.contains(hw) || hw.endsWith("n’t") || hw.endsWith("n't") || isAdverb(head) || hw.length() < 2 && !hw.equals("i")
                || head.kind() == Token.Kind.NUMBER) {
            return null;
        }
        if (to == from && !head.isCapitalized() && !PERSONAL_PRONOUNS.contains(hw) && !isRoleWord(hw)
                && !(hw.endsWith("s") && !hw.endsWith("ss") && !isVerbLike(hw))) {
            return null; // a lone lower-case word ("being", "still") is no source; "officials", "critics" are
        }
        if ((!head.isCapitalized() || from == to) && WordNet.get().onlyMeasures(hw)) {
            // "thousands", "Saturday", "the decade": an amount or a time says nothing ("Vann R. Newkirk II" does)
            return null;
        }
        if (hw.endsWith("ing") && !head.isCapitalized() && !nounHead) {
            return null; // "the filing", "the ruling" are nouns; "being", "saying" are not
        }
        // "the debate Trump": a name after a lower-case noun with no link word is its own phrase.
        for (int i = to; i > from; i--) {
            Token a = t.get(i - 1);
            if (t.get(i).isCapitalized() && !a.isCapitalized() && !DETERMINERS.contains(a.lower()) && !isInnerOf(t, i - 1)
                    && !isCoordination(t, i - 1)
                    && allCapitalized(t, i, to) && !isRoleWord(a.lower())) {
                from = i;
                break;
            }
        }
        String np = s.text().substring(t.get(from).start(), t.get(to).end());
        return np.replace('\u00a0', ' ');
    }

    /** "the", "a", "an" as articles, not the initial "A." of "Julie A. Diaz". */
    private static boolean isArticle(Token t, int index) {
        return ARTICLES.contains(t.lower()) && (index == 0 || !t.isCapitalized());
    }

    /** A word that ends a speaker phrase; "US" in capitals is the country, not "us". */
    private static boolean isBreaker(Token t) {
        return BREAKERS.contains(t.lower()) && !(t.text().length() > 1 && t.text().chars().allMatch(Character::isUpperCase));
    }

    /**
     * "and" joining two names or two roles into one source: "Obama and Clinton call them", "the former first lady
     * and U.S. senator said". Not after a lower-case word that is no role ("shootings and protests").
     */
    private static boolean isCoordination(List<Token> t, int i) {
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
    private static boolean isRoleComplement(List<Token> t, int i) {
        return i >= 1 && t.get(i).lower().equals("of") && isRoleWord(t.get(i - 1).lower())
                || i >= 2 && t.get(i - 1).lower().equals("of") && isRoleWord(t.get(i - 2).lower());
    }

    /** "of" inside a name or title: "Secretary of State John Kerry", "Mr. Morgan of the Sierra Club". */
    private static boolean isInnerOf(List<Token> t, int i) {
        if (i < 1 || !t.get(i).lower().equals("of") || !t.get(i - 1).isCapitalized()) {
            return false;
        }
        int next = i + 1 < t.size() && t.get(i + 1).lower().equals("the") ? i + 2 : i + 1;
        return next < t.size() && t.get(next).isCapitalized();
    }

    /** "he" of "he", "He’s" or "he'd". */
    private static String pronounPart(Token t) {
        String w = t.lower();
        int apostrophe = Math.max(w.indexOf('’'), w.indexOf('\''));
        return apostrophe > 0 ? w.substring(0, apostrophe) : w;
    }

    /** The phrase opening the sentence when a verb follows it: "Mr. Obama chalks up ...". */
    static String subject(Sentence s) {
        List<Token> t = s.tokens();
        if (t.isEmpty()) {
            return null;
        }
        String opener = t.get(0).lower();
        // "Following the meeting, the Council ..." opens with a participle; "Retired Gen. Norman Ham said" with a name.
        boolean participle = opener.endsWith("ing") || opener.endsWith("ed");
        boolean openingPhrase = BREAKERS.contains(opener) || opener.endsWith("ly") || participle;
        String first = openingPhrase ? null : subjectAt(s, 0);
        if (first != null || !openingPhrase) {
            return first;
        }
        // "After complaints over its cost, Trump revised his plan": the subject follows the opening phrase.
        // Commas inside the opening phrase ("On July 6, 2015, Sanders made") and its quotations ("Though she
        // called it “outrageous,” Clinton ...") are passed over.
        for (int i = 0; i + 1 < t.size() && i < MAX_OPENING_PHRASE_WORDS; i++) {
            if (s.gap(i).contains(",") && !s.quoted()[i + 1]) {
                String subject = subjectAt(s, i + 1);
                if (subject != null) {
                    return subject;
                }
            }
        }
        return participle ? subjectAt(s, 0) : null;
    }

    /**
     * "he" or "she" as the subject of the sentence's main clause, outside quotations: first, or right after a short
     * opening phrase ("On Friday, she ..."); null otherwise.
     */
    static String pronounSubject(Sentence s) {
        List<Token> t = s.tokens();
        if (isPronounSubjectAt(s, 0)) {
            return t.get(0).text();
        }
        if (t.isEmpty() || !(isBreaker(t.get(0)) || isAdverb(t.get(0)))) {
            return null; // "Lawyers for him said": the subject is not the pronoun
        }
        for (int i = 0; i + 1 < t.size() && i < MAX_OPENING_PHRASE_WORDS && !s.quoted()[i]; i++) {
            if (s.gap(i).contains(",")) {
                return isPronounSubjectAt(s, i + 1) ? t.get(i + 1).text() : null;
            }
        }
        return null;
    }

    /**
     * Whether the attribution says the pronoun's speaker goes on: "he added", "added she", "she continued". These
     * verbs presuppose words of the same speaker just before.
     */
    static boolean continuesSpeaker(Sentence s, String pronoun) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (s.quoted()[i] || !t.get(i).lower().equals(pronoun.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (i + 1 < t.size() && !s.quoted()[i + 1] && CONTINUATION_VERBS.contains(t.get(i + 1).lower())
                    || i > 0 && !s.quoted()[i - 1] && CONTINUATION_VERBS.contains(t.get(i - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last name of two words or more outside quotations before {@code offset} in the sentence ("Senator Ana
     * Ruiz"), or null.
     */
    static String lastFullNameBefore(Sentence s, int offset) {
        List<Token> t = s.tokens();
        String found = null;
        int i = 1; // the sentence's first word is capitalised whatever it is
        while (i < t.size() && t.get(i).end() <= offset) {
            if (s.quoted()[i] || !t.get(i).isCapitalized() || t.get(i - 1).isCapitalized()) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < t.size() && t.get(end + 1).end() <= offset && !s.quoted()[end + 1]
                    && isPhraseGap(s.gap(end), t.get(end)) && t.get(end + 1).isCapitalized()) {
                end++;
            }
            if (end > i && !PERSONAL_PRONOUNS.contains(t.get(end).lower())) {
                String name = phrase(s, i, end);
                found = name != null ? name : found;
            }
            i = end + 1;
        }
        return found;
    }

    private static boolean isPronounSubjectAt(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i >= t.size() || s.quoted()[i]) {
            return false;
        }
        String w = t.get(i).lower();
        return (w.equals("he") || w.equals("she")) && i + 1 < t.size() && !s.quoted()[i + 1]
                && !t.get(i + 1).isCapitalized();
    }

    /**
     * The subject opening the sentence, past an apposition in commas: "Sen. Claire McCaskill (D-Mo.) scolded",
     * "Donald Trump, her Republican opponent, bemoaned", "A friend commented".
     */
    /**
     * {@link #clauseSubject}, else the subject the parts of speech show ("Then Ana Cole chimed in:"): for a
     * quotation the clause hands over by a colon or "as", where a subject the word lists miss is worth tagging for.
     */
    private static String clauseSubjectOrGrammar(Sentence s) {
        String subject = clauseSubject(s);
        if (subject != null) {
            return subject;
        }
        String byGrammar = grammarSubject(s);
        return byGrammar != null && !PERSONAL_PRONOUNS.contains(byGrammar.toLowerCase(Locale.ROOT)) ? byGrammar : null;
    }

    static String clauseSubject(Sentence s) {
        String named = subject(s);
        if (named != null) {
            return named;
        }
        List<Token> t = s.tokens();
        if (t.isEmpty() || s.quoted()[0] || BREAKERS.contains(t.get(0).lower())) {
            return null;
        }
        int end = phraseEnd(s, 0);
        if (end > 0 && end + 1 < t.size() && isArticle(t.get(end + 1), end + 1) && !t.get(end).isCapitalized()) {
            end--; // "The woman disputes the idea": a word followed by an article is the verb
        }
        int next = end + 1;
        String gap = s.gap(end);
        if (gap.contains("(")) {
            while (next < t.size() && !s.gapBefore(next).contains(")")) {
                next++;
            }
        } else if (gap.contains(",") && t.get(0).isCapitalized() && end + 1 < t.size()
                && (APPOSITION_OPENERS.contains(t.get(end + 1).lower()) || isPartyLabel(s, end + 1))) {
            next = end + 1;
            while (next < t.size() && next - end <= MAX_WORDS && !s.gap(next).contains(",")) {
                next++;
            }
            next++;
        } else if (!gap.isBlank()) {
            return null;
        }
        // "Reyes, R-Tex., despite admitting ...": an adverbial participle shares the clause's subject.
        boolean participleClause = next + 1 < t.size() && PARTICIPLE_CLAUSE_OPENERS.contains(t.get(next).lower())
                && !s.quoted()[next + 1] && t.get(next + 1).lower().endsWith("ing");
        if (next >= t.size() || s.quoted()[next] || t.get(next).isCapitalized() || BREAKERS.contains(t.get(next).lower())
                && !BETWEEN_SUBJECT_AND_VERB.contains(t.get(next).lower()) && !participleClause) {
            return null;
        }
        String np = phrase(s, 0, end);
        return np != null && !PERSONAL_PRONOUNS.contains(np.toLowerCase(Locale.ROOT))
                && !isVerbLike(t.get(end).lower()) ? np : null;
    }

    /**
     * Names introduced with an apposition anywhere outside the quotations, in text order: "which concerns Henry
     * Crespo, president of the caucus" introduces Henry Crespo, who is likely the next "he". A name of two words
     * or more, then a comma and a bare title ("president of", "spokesman for"), the way sources are introduced;
     * "killing Terence Crutcher, a 40-year-old man" names a person spoken about, not a source.
     */
    static List<String> introducedNames(Sentence s) {
        List<Token> t = s.tokens();
        List<String> names = new ArrayList<>();
        int i = 0; // a sentence's first words are its subject, recorded as such unless a relative clause follows
        while (i < t.size()) {
            if (s.quoted()[i] || !t.get(i).isCapitalized() || i > 0 && t.get(i - 1).isCapitalized()) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < t.size() && !s.quoted()[end + 1] && isPhraseGap(s.gap(end), t.get(end))
                    && t.get(end + 1).isCapitalized()) {
                end++;
            }
            if (i > 0 && end > i && end + 1 < t.size() && s.gap(end).strip().equals(",") && !s.quoted()[end + 1]
                    && !t.get(end + 1).isCapitalized() && isRoleWord(t.get(end + 1).lower())
                    || relativeClauseFollows(s, end)
                    || end > i && end + 1 < t.size() && s.gap(end).strip().equals(",") && isPartyLabel(s, end + 1)) {
                String name = phrase(s, i, end);
                if (name != null) {
                    names.add(name);
                }
            }
            i = end + 1;
        }
        return names;
    }

    /** "R-Tex." or "D-N.Y." after a name: a party and a state, as US news identify a legislator. */
    private static boolean isPartyLabel(Sentence s, int i) {
        List<Token> t = s.tokens();
        return i + 1 < t.size() && !s.quoted()[i] && t.get(i).text().length() == 1
                && Character.isUpperCase(t.get(i).text().charAt(0)) && s.gap(i).equals("-") && t.get(i + 1).isCapitalized();
    }

    /**
     * A name followed by a comma or dash and "who": "Ed Reyes, who chaired the party, agreed", "with Ana Ruiz —
     * who has called for ... — attacking the plan". Sources are introduced this way, as they are with a title.
     */
    private static boolean relativeClauseFollows(Sentence s, int end) {
        List<Token> t = s.tokens();
        if (end + 1 >= t.size() || s.quoted()[end + 1]) {
            return false;
        }
        String gap = s.gap(end).strip();
        String next = pronounPart(t.get(end + 1));
        return (gap.equals(",") || gap.equals("—") || gap.equals("–")) && (next.equals("who") || next.equals("whose"));
    }

    /** A capitalised phrase at {@code from} followed by a lower-case word, as a subject by its verb. */
    private static String subjectAt(Sentence s, int from) {
        List<Token> t = s.tokens();
        boolean theName = from + 1 < t.size() && t.get(from).lower().equals("the") && t.get(from + 1).isCapitalized();
        if (from >= t.size() || s.quoted()[from] || !t.get(from).isCapitalized() && !theName) {
            return null; // "Mr. Obama chalks up", "the Security Council issued"
        }
        int end = phraseEnd(s, from);
        if (!t.get(end).isCapitalized() && !DETERMINERS.contains(t.get(from).lower())) {
            // A name of two words or more before a lower-case word, which is then its verb: "Rep. Lena Fox bristles".
            int run = from;
            while (run + 1 < t.size() && !s.quoted()[run + 1] && isPhraseGap(s.gap(run), t.get(run))
                    && t.get(run + 1).isCapitalized()) {
                run++;
            }
            if (run > from && run + 1 < t.size() && !isBreaker(t.get(run + 1))) {
                end = run;
            } else if (run == from && t.get(from).isCapitalized() && from + 1 < t.size() && !s.quoted()[from + 1]
                    && s.gap(from).isBlank() && isInflectedVerb(t.get(from + 1))
                    && WordNet.get().baseForms(t.get(from).lower(), WordNet.Pos.ADJECTIVE).isEmpty()) {
                // One name before a word read as a finite verb: "Ames bristles", "Ames made"; "Texas officials" has
                // no verb after its name, and "Small groups" opens with an adjective, not a name.
                end = from;
            }
        }
        if (end + 1 >= t.size() || t.get(end + 1).isCapitalized() || !s.gap(end).isBlank()) {
            return null;
        }
        String np = phrase(s, from, end);
        return np != null && t.get(end).isCapitalized() && !PERSONAL_PRONOUNS.contains(t.get(end).lower()) ? np : null;
    }

    /** A lower-case inflected verb form (past or third person), by WordNet's morphology: "bristles", "made". */
    private static boolean isInflectedVerb(Token t) {
        String w = t.lower();
        if (t.isCapitalized() || BREAKERS.contains(w) || w.endsWith("ing") || w.endsWith("ly")) {
            return false;
        }
        return WordNet.get().baseForms(w, WordNet.Pos.VERB).stream().anyMatch(base -> !base.equals(w));
    }

    private static boolean allCapitalized(List<Token> t, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!t.get(i).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words that introduce a name: "spokesman Jason Miller", "host Chris Matthews". */
    private static boolean isRoleWord(String w) {
        return !NOT_ROLES.contains(w) && (w.endsWith("man") || w.endsWith("woman") || w.endsWith("person") || w.endsWith("er") || w.endsWith("or")
                || w.endsWith("ist") || w.endsWith("ent") || w.endsWith("ant") || w.endsWith("chief") || w.equals("host")
                || w.equals("candidate") || w.equals("nominee") || w.equals("rival") || w.equals("aide")
                || w.equals("secretary") || w.equals("attorney") || w.equals("lady") || w.endsWith("ive") || w.equals("journalist"));
    }
}
