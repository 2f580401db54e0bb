package dev.drift.engine.quote;

import static dev.drift.engine.quote.AttributionWords.*;
import static dev.drift.engine.quote.PhraseWords.*;
import static dev.drift.engine.quote.SpeakerPhrases.*;
import static dev.drift.engine.quote.AttributionAfter.*;
import static dev.drift.engine.quote.Speakers.*;

import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.quote.Speakers.Sentence;
import dev.drift.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Frames that credit a quotation from before it: the subject of a verb of saying ("X said “...”"), "according to X",
 * a possessor ("X's allegations of “...”"), "described by X as", relative and participle clauses ("who said", "with X
 * saying", "X, noting that “...,” added"), and documents that show or find. Past 400 lines because the frames are
 * tried in one scan back from the quotation, in an order that matters (a possessor or "according to" before the
 * subject of a verb), and each needs the others' refusals.
 */
final class AttributionBefore {
    private AttributionBefore() {
    }

    /**
     * Verbs of taking a role, after which "as" names the role, not what someone was called: "would act as a
     * “pharmacy benefit manager”", "served as “ambassador”".
     */
    private static final Set<String> ROLE_VERBS = Set.of("act", "serve", "function", "work", "operate", "double",
            "pose", "emerge", "qualify", "rank", "remain", "stay", "stand", "continue", "return", "join");

    /** "as “...”" or "as a “...”" right before the quotation, naming what someone was called. */
    static boolean introducedByAs(Sentence s, int lastBefore) {
        List<Token> t = s.tokens();
        int i = lastBefore;
        if (i >= 0 && isArticle(t.get(i), i) && !t.get(i).isCapitalized()) {
            i--;
        }
        return i >= 1 && t.get(i).lower().equals("as") && !s.quoted()[i] && !passiveBefore(t, i)
                && !ROLE_VERBS.contains(WordNet.get().lemma(t.get(i - 1).lower()));
    }

    /**
     * The word before {@code next} is a participle after a form of "be" ("reports were described as “...”"): in the
     * passive the clause's subject is what was described, not who described it, and the sentence does not say who.
     */
    static boolean passiveBefore(List<Token> t, int next) {
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
     * The subject of a sentence whose quotation sits in a participle clause set off by commas after it: "Jones,
     * noting that “...,” added". Null when the words before the quotation are not a name, a comma and a participle.
     */
    static String sideClauseSubject(Sentence s, int verb) {
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

    /** The noun phrase between "with" and the participle at {@code v}: "with spokesman Peter Lang saying". */
    static String withClauseSubject(Sentence s, int v) {
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

    /**
     * A base form of a verb of saying that the tagger reads as a noun and that a colon, comma or dash closes: the
     * head of a noun phrase ("the pressing question:"), not a verb with its object to come.
     */
    private static boolean nounClosingItsPhrase(Sentence s, int i) {
        Token w = s.tokens().get(i);
        if (!CREDIT_VERB_BASES.contains(w.lower()) || w.isCapitalized() || i + 1 < s.tokens().size()
                && !s.gap(i).contains(":") && !s.gap(i).contains(",") && !s.gap(i).contains("—")) {
            return false;
        }
        return "NOUN".equals(s.tag(i));
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
            if (NOUN_DETERMINERS.contains(prev.lower()) || isPossessive(prev)) {
                return false;
            }
        }
        if (nounClosingItsPhrase(s, i)) {
            return false; // "described as the pressing question: “...”": the grammar reads a noun
        }
        if (word.lower().endsWith("s") && possessiveHeads(s, i) && "NOUN".equals(s.tag(i))) {
            return false; // "dismissed Novell's Unix ownership claims as": the possessive's noun, not a verb
        }
        if (aspectual(s, i)) {
            return false; // "Pinellas began baiting when ...": a verb of phase before another verb says nothing
        }
        if (modifiedNoun(s, i)) {
            return false; // "an apparent reference to ...": a modifier makes it a noun
        }
        // A base form before a singular copula is a noun ("the mental state is"), unless a plural subject or a
        // pronoun precedes it ("what they say is").
        boolean baseForm = CREDIT_VERB_BASES.contains(word.lower());
        boolean pluralBefore = i > 0 && (PERSONAL_PRONOUNS.contains(t.get(i - 1).lower())
                || t.get(i - 1).lower().endsWith("s") || t.get(i - 1).lower().equals("you"));
        return !(baseForm && !pluralBefore && i + 1 < t.size() && s.gap(i).isBlank()
                && NOUN_FOLLOWERS.contains(t.get(i + 1).lower()));
    }

    /** A person's pronoun outside quotation marks before token {@code v}: the tagger is asked only then. */
    private static boolean pronounBefore(Sentence s, int v) {
        for (int k = 0; k < v; k++) {
            if (!s.quoted()[k] && PERSONAL_PRONOUNS.contains(s.tokens().get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name's possessive right before word {@code v}, or one lower-case modifier before it ("Trump’s past
     * references"): its index, or -1.
     */
    private static int possessorOf(Sentence s, int v) {
        List<Token> t = s.tokens();
        if (v < 1 || s.quoted()[v - 1] || !s.gap(v - 1).isBlank()) {
            return -1;
        }
        if (isNamePossessive(t.get(v - 1))) {
            return v - 1;
        }
        // The tagger is asked only when a possessive stands two words before.
        boolean modified = v >= 2 && !s.quoted()[v - 2] && s.gap(v - 2).isBlank() && isNamePossessive(t.get(v - 2))
                && !t.get(v - 1).isCapitalized() && adjectiveAt(s, v - 1);
        return modified ? v - 2 : -1;
    }

    /** An adjective; "earlier" in "Ortiz’s earlier claims", which the tagger may read as an adverb. */
    private static boolean adjectiveAt(Sentence s, int i) {
        String tag = s.tag(i);
        return "ADJ".equals(tag) || "ADV".equals(tag)
                && !WordNet.get().baseForms(s.tokens().get(i).lower(), WordNet.Pos.ADJECTIVE).isEmpty();
    }

    /**
     * A word of both readings ("reference", "report", "call") that the grammar reads as a noun after an adjective:
     * "an apparent reference", "a formal complaint" (after a determiner, {@link #isVerbAt} knows it by the word).
     * Past forms are verbs whatever precedes them, and the tagger is asked only when WordNet allows both readings.
     */
    private static boolean modifiedNoun(Sentence s, int i) {
        List<Token> t = s.tokens();
        String w = t.get(i).lower();
        if (i == 0 || s.quoted()[i - 1] || !s.gap(i - 1).isBlank() || t.get(i - 1).isCapitalized()
                || w.endsWith("ed") || IRREGULAR_FORMS.contains(w) || PERSONAL_PRONOUNS.contains(t.get(i - 1).lower())
                || WordNet.get().baseForms(t.get(i - 1).lower(), WordNet.Pos.ADJECTIVE).isEmpty()) {
            return false; // "officials say": no adjective before it
        }
        return isNounAt(s, i) && s.tag(i - 1).equals("ADJ");
    }

    /**
     * A verb of {@link #DOCUMENT_VERBS} after a common noun that names no person: "Financial disclosures show the
     * firm “...”". A person who shows or finds something ("he showed the crowd") is not quoted by it.
     */
    static boolean documentVerbAt(Sentence s, int v) {
        List<Token> t = s.tokens();
        if (v == 0 || !DOCUMENT_VERBS.contains(t.get(v).lower()) || t.get(v).isCapitalized() || s.quoted()[v - 1]
                || !s.gap(v - 1).isBlank() || !"VERB".equals(s.tag(v))) {
            return false;
        }
        Token subject = t.get(v - 1);
        return !subject.isCapitalized() && isNounAt(s, v - 1) && !WordNet.get().namesPerson(subject.lower());
    }

    /** A possessive opens the run of words right before token {@code i}: "Novell's Unix ownership claims". */
    private static boolean possessiveHeads(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && i - k <= MAX_WORDS && !s.quoted()[k] && s.gap(k).isBlank(); k--) {
            if (isPossessive(s.tokens().get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A line in title case, a subheading or a lead-in ("Clinton Said “...” In Rally Speech"). */
    static boolean titleCaseLine(Sentence s) {
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

    static boolean creditVerbBefore(Sentence s, int end) {
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
    static boolean agreesWithSubject(Sentence s, int v) {
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

    /**
     * A prepositional phrase completing the subject before its verb: "“...?” a narrator in the Clinton ad asks."
     * names "a narrator"; so does one opened by a participle: "the statement released after the meeting said".
     */
    static boolean prepositionalTail(Sentence s, int from, int verb) {
        List<Token> t = s.tokens();
        boolean participle = from + 1 < verb && !s.quoted()[from] && s.gap(from).isBlank() && isPastParticiple(t.get(from))
                && (PREPOSITIONS.contains(t.get(from + 1).lower()) || TIME_PREPOSITIONS.contains(t.get(from + 1).lower()));
        if (participle) {
            from++;
        }
        if (from >= verb || verb - from > MAX_PREPOSITIONAL_TAIL || !PREPOSITIONS.contains(t.get(from).lower())
                && !participle) {
            return false;
        }
        for (int i = from; i < verb; i++) {
            if (s.quoted()[i] || s.gap(i).contains(",") || i > from && (!t.get(i).isCapitalized() && isVerbLike(t.get(i).lower()) && !isNounAt(s, i)
                    || isBreaker(t.get(i)) && !PREPOSITIONS.contains(t.get(i).lower()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A verb of phase ("began", "continued", "finished") followed at once by the verb it governs, a gerund or "to":
     * "began baiting", "continued to rise". Alone or before a colon it introduces words ("She began: “...”").
     */
    private static boolean aspectual(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i + 1 >= t.size() || s.quoted()[i + 1] || !s.gap(i).isBlank()
                || !PHASE_VERBS.contains(WordNet.get().lemma(t.get(i).lower()))) {
            return false;
        }
        String next = t.get(i + 1).lower();
        return next.equals("to") || next.endsWith("ing") && !t.get(i + 1).isCapitalized();
    }

    /** A lower-case past participle: an inflected verb form ending as one does ("released", "written"). */
    private static boolean isPastParticiple(Token t) {
        String w = t.lower();
        return (w.endsWith("ed") || w.endsWith("en")) && isInflectedVerb(t);
    }

    static boolean betweenSubjectAndVerb(Sentence s, int from, int verb) {
        for (int i = from; i < verb; i++) {
            if (!BETWEEN_SUBJECT_AND_VERB.contains(s.tokens().get(i).lower()) && !isAdverb(s.tokens().get(i))) {
                return false;
            }
        }
        return true;
    }

    static String before(Sentence s, int last) {
        return before(s, last, CREDIT_VERBS);
    }

    /** The subject of the last crediting verb at or before {@code last}, or "according to X". */
    static String before(Sentence s, int last, Set<String> verbs) {
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
            int possessor = verbs == CREDIT_VERBS && (CREDIT_VERBS.contains(w) || SPEECH_NOUNS.contains(w))
                    ? possessorOf(s, v) : -1;
            if (possessor >= 0 && !creditVerbBefore(s, possessor)) {
                // "Trump’s claim that there were “thousands of shootings”", "Trump’s past references to her as
                // “...”": the possessor said it, unless a verb before credits the report ("Politifact ruled that
                // Trump’s statement about “...”").
                String owner = backwardPhrase(s, possessor + 1, 0);
                if (owner != null) {
                    return withoutPossessive(owner);
                }
            }
            // "X said the arrests show that “...”", "X said the crime scenes indicated that": a document or a piece
            // of evidence inside a reported clause speaks for no one
            boolean document = verbs == CREDIT_VERBS && documentVerbAt(s, v);
            boolean documentSays = document && !creditVerbBefore(s, v - 1);
            if (document && !documentSays || !documentSays && (!isVerbAt(s, v, verbs) || !agreesWithSubject(s, v))) {
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
                boolean sideClause = s.gapBefore(v).contains(",")
                        || v > 1 && isAdverb(t.get(v - 1)) && s.gapBefore(v - 1).contains(",");
                if (sideClause) {
                    // "Moments later, he hugged his lawyers, softly saying": a person's pronoun opening the clause
                    // is its subject. "Meanwhile, it attacked Trump, saying": no subject to name, so no guess.
                    String byGrammar = pronounBefore(s, v) ? grammarSubject(s) : null;
                    if (byGrammar != null && PERSONAL_PRONOUNS.contains(byGrammar.toLowerCase(java.util.Locale.ROOT))) {
                        return byGrammar;
                    }
                    continue;
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
            int conjunction = v - 1;
            while (conjunction > 0 && !s.quoted()[conjunction]
                    && (isAdverb(t.get(conjunction)) || BETWEEN_SUBJECT_AND_VERB.contains(t.get(conjunction).lower()))) {
                conjunction--; // "and then said"
            }
            if (conjunction >= 0 && t.get(conjunction).lower().equals("and") && !s.quoted()[conjunction]) {
                // "Trump, her opponent, bemoaned the unrest and said ...": the sentence's subject says it, whether
                // named or a pronoun ("He hugged his lawyers and then said").
                String subject = clauseSubject(s);
                subject = subject != null ? subject : pronounSubject(s);
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
    static String relativeSubject(Sentence s, int verb) {
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
}
