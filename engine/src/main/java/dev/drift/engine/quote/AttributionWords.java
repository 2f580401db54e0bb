package dev.drift.engine.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and limits by which news text credits words to someone: verbs of saying and their forms, words that
 * break or join a noun phrase, heads that name no one, and how far an attribution may stand from its quotation.
 */
final class AttributionWords {
    private AttributionWords() {
    }

    /** Verbs that credit words to their subject, in their base form; inflections are derived below. */
    static final List<String> CREDIT_VERB_BASES = List.of(
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
            "attack", "scold", "bemoan", "chide", "rebuke", "lambaste", "laud", "applaud",
            // more of the verbs of saying (VerbNet's say and manner-of-speaking classes) that news uses to credit words
            "remind", "reiterate", "exclaim", "interject", "fume", "mutter", "murmur", "confide", "confess",
            "express");

    /** Past forms of verbs whose other forms are mostly nouns ("a controversial comment"). */
    static final Set<String> PAST_ONLY_FORMS = Set.of("commented", "remarked");

    static final Set<String> IRREGULAR_FORMS = Set.of("said", "told", "wrote", "written", "sang", "sung",
            "began", "begun", "found", "read", "put", "thought", "spoke", "spoken", "says", "tells");

    static final Set<String> CREDIT_VERBS = union(forms(CREDIT_VERB_BASES), PAST_ONLY_FORMS);

    /** Verbs of saying proper: a sentence with one of these and no marks still has a speaker. */
    static final Set<String> SAY_VERBS = forms(List.of("say", "tell", "add", "state", "explain", "note", "warn",
            "argue", "claim", "assert", "insist", "recall", "write", "acknowledge", "admit", "confirm", "declare",
            "announce", "report", "tweet", "testify", "concede", "respond", "reply", "predict", "contend", "allege"));

    /** Pronouns for one person not named, a speaker of their own right before the verb ("heard someone shout"). */
    static final Set<String> UNNAMED_PERSONS = Set.of("someone", "somebody");

    /** Words between a subject and its verb: "Trump has also said", "he then added". */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("has", "have", "had", "will", "would", "could",
            "did", "does", "do", "also", "later", "then", "again", "once", "previously", "earlier", "reportedly",
            "often", "repeatedly", "frequently", "never", "still", "just", "even", "may", "might", "must", "should",
            "can", "is", "was", "were", "are", "been", "being", "not", "first", "since", "recently", "openly", "further",
            "here"); // "officials here insist"

    /** Words that cannot be part of a speaker phrase; they end the scan for one. */
    static final Set<String> BREAKERS = Set.of("that", "and", "but", "or", "nor", "which", "who", "whom",
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

    static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "for", "with", "from", "by",
            "about", "into", "over", "under", "through", "against", "among", "without", "like", "to");

    /** Verbs of phase among the crediting verbs: before a gerund or "to" they govern a verb, not words. */
    static final Set<String> PHASE_VERBS = Set.of("begin", "continue", "finish");

    /** Prepositions of time, which open a participle's complement: "the statement released after the meeting". */
    static final Set<String> TIME_PREPOSITIONS = Set.of("after", "before", "during", "since", "until");

    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "i", "we");
    /** "it said": an organisation or a document credited by a pronoun, right before its verb of saying. */
    static final String IT = "it";

    /** Heads that name a time, not a source: "tweets early Friday". */
    static final Set<String> TIME_HEADS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year",
            "day", "time", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december");

    /** Heads that measure, not speak: "50 days" ("63 percent said" is a poll's respondents, a source). */
    static final Set<String> MEASURE_HEADS = Set.of("days", "weeks", "months", "years", "hours",
            "minutes", "points", "dollars", "times", "miles");

    /** Words ending like role nouns that are not nouns: "further", "however". */
    static final Set<String> NOT_ROLES = Set.of("further", "other", "rather", "never", "however", "together",
            "whether", "either", "neither", "after", "later", "earlier", "sooner", "ever", "over", "under", "per",
            "for", "or", "nor", "major", "minor", "prior", "recent", "current", "different", "important", "urgent",
            "silent", "apparent", "relevant", "significant", "consistent", "evident", "present", "expensive",
            "massive", "aggressive", "positive", "negative", "effective", "extensive", "excessive", "exclusive");

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "another", "some", "many",
            "several", "two", "three", "four", "few", "most", "his", "her", "their", "any");

    /** Words before a noun, never before a finite verb: "the report", "his statement". */
    static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "these", "those", "this", "whose", "every", "each", "no");

    /** Nouns naming what someone said, credited to their possessor: "Trump’s remarks". */
    static final Set<String> SPEECH_NOUNS = Set.of("statement", "statements", "remarks", "comment", "comments",
            "words", "assertion", "description", "warning", "accusation", "allegation", "prediction", "pledge",
            "promise", "message", "speech", "tweet", "tweets", "post", "letter", "remark", "assertions",
            "descriptions", "warnings", "accusations", "allegations", "predictions", "pledges", "promises",
            "messages", "speeches", "posts", "letters", "reference", "references");

    /** Singular verbs after a noun, never after the base form of a verb of saying: "the state is". */
    static final Set<String> NOUN_FOLLOWERS = Set.of("is", "was", "has");

    /** Words whose "’s" is "is" or "has", not a possessive: "he’s claiming". */
    static final Set<String> PRONOUN_CONTRACTIONS = Set.of("he", "she", "it", "that", "there", "what", "who",
            "here", "where", "let");

    /** What may stand between a quotation ending its sentence and its attribution: ".” ―", "?” ", ",” ". */
    static final Pattern CLOSING_GAP = Pattern.compile("[.,!?…]*[”\"’'»]\\s*[,—–―-]?\\s*");

    /** Longest speaker phrase in words, titles and middle names included. */
    static final int MAX_WORDS = 9;

    /** How far past a quotation an attribution verb may stand: "“...,” Scott Pruitt, the attorney general, said". */
    static final int MAX_WORDS_TO_VERB = 24;

    /**
     * Longest sentence read as the attribution of the quotation before it: a name with a title, a verb and a
     * time or place ("Rep. Gwen Moore (D-Wis.) said Friday in a statement.").
     */
    static final int MAX_ATTRIBUTION_SENTENCE_WORDS = 14;

    /** Words a closing attribution may carry after its verb: "..., Warren said on Tuesday." */
    static final int MAX_TRAILING_WORDS = 3;

    /** Longest opening phrase before a sentence's subject: "In an interview with CNN on Sunday night, Kerry". */
    static final int MAX_OPENING_PHRASE_WORDS = 20;

    /** Articles open a noun phrase: one inside a phrase starts the next. */
    static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Words opening an apposition after a name: "Trump, her Republican opponent,", "Smith, a professor,". */
    static final Set<String> APPOSITION_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its",
            "who", "whose", "one", "another");

    /** Words before a plural noun, never before the subject of a verb ending in -s. */
    static final Set<String> PLURAL_QUANTIFIERS = Set.of("many", "several", "few", "both", "most", "all",
            "numerous", "various");

    /** Verbs of saying that presuppose the same speaker's words just before. */
    static final Set<String> CONTINUATION_VERBS = Set.of("added", "adds", "continued", "continues");

    /** Words opening an adverbial participle clause: "despite admitting", "after saying". */
    static final Set<String> PARTICIPLE_CLAUSE_OPENERS = Set.of("despite", "after", "before", "while", "when",
            "since", "without");

    /** Words between a relative "who" and its verb: "who in 2010 said", "who has since said". */
    static final int MAX_WORDS_BEFORE_RELATIVE_VERB = 4;

    /** Longest prepositional phrase between a subject and its verb: "a narrator in the Clinton ad asks". */
    static final int MAX_PREPOSITIONAL_TAIL = 5;

    /** Modifiers between a preposition and a noun that looks like a verb: "of many Republican claims". */
    static final int MAX_MODIFIERS_OF_OBJECT = 3;

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    static Set<String> forms(List<String> bases) {
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

    static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being");

    /** Parts of speech a subject's words take: "the new county treasurer", "Rep. Ana Ruiz", "she". */
    static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM");

    /** Particles that open a verb's complement, never its inverted subject: "put up tents", "set out plans". */
    static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "away", "back", "together", "forward",
            "aside");

    /** Words closing a verb of saying that the lists do not know: "chimed in", "shot back", "went on". */
    static final Set<String> PARTICLE_TAGS = Set.of("ADP", "ADV", "PART");

    /** Words that pick members out of a group: "one of the men", "another of his aides". */
    static final Set<String> PARTITIVES = Set.of("one", "another", "each", "some", "several", "many", "most", "two",
            "three");

    /**
     * Verbs by which a document or a piece of evidence, not a person, credits words: "disclosures show", "the study
     * found", "the crime scenes indicated".
     */
    static final Set<String> DOCUMENT_VERBS = Set.of("show", "shows", "showed", "shown", "find", "finds",
            "found", "indicate", "indicates", "indicated", "suggest", "suggests", "suggested", "reveal", "reveals",
            "revealed");

    /** Share of capitalised words, outside quotation marks, from which a line is written in title case. */
    static final double TITLE_CASE_SHARE = 0.8;

    static final int TITLE_CASE_MIN_WORDS = 3;
}
