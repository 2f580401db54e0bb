package dev.drift.engine.quote;

import static dev.drift.engine.quote.AttributionWords.*;
import static dev.drift.engine.quote.PhraseWords.*;
import static dev.drift.engine.quote.SpeakerPhrases.*;
import static dev.drift.engine.quote.AttributionBefore.*;

import dev.drift.engine.quote.Speakers.Sentence;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Frames that credit a quotation from after it: "“...,” X said", "“...,” said X", "“...,” fumed X", "“...,”
 * according to X", a dash signature, a short sentence of attribution after a question, a list's "Name, Outlet:" lead-in.
 */
final class AttributionAfter {
    private AttributionAfter() {
    }

    /**
     * A lead-in of names and no verb before a colon, as in lists of reactions: "Tom Reyes, Denver Post: “...”" is
     * Tom Reyes's. The first phrase when every word up to the colon is a name or a noun and the first is a name.
     */
    static String listedName(Sentence s, int colon) {
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

    /**
     * The sentence right after a quotation that closed its own sentence is its attribution when it is short and
     * starts just after the closing mark: "“How many times ...?” Clinton said." A longer sentence says more than
     * who spoke.
     */
    static boolean attributionFollows(Sentence next, Span raw) {
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

    /** ", the official said" / ", said Smith" / ", Smith, the attorney general, said" after the closing mark. */
    static String after(Sentence s, int from) {
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
            // An inverted subject follows its verb at once: in "“...,” put on small skits" a preposition opens the
            // verb's complement, and the quotation belongs to the clause's own subject.
            boolean complement = verb + 1 < t.size() && (PREPOSITIONS.contains(t.get(verb + 1).lower())
                    || PARTICLES.contains(t.get(verb + 1).lower()));
            String partitive = complement || verb + 1 >= t.size() ? null : partitiveSubject(s, verb + 1);
            String inverted = complement ? null : partitive != null ? partitive : forwardPhrase(s, verb + 1);
            // "Jones, noting that “...,” added that ...": the quotation sits in a side clause of the sentence's
            // subject, whose own verb follows it.
            return inverted != null ? inverted : sideClauseSubject(s, from);
        }
        String first = forwardPhrase(s, from);
        if (first != null && !BREAKERS.contains(t.get(from).lower()) && !isVerbLike(t.get(from).lower())) {
            int end = phraseEnd(s, from);
            if (end == verb - 1 || betweenSubjectAndVerb(s, end + 1, verb) || prepositionalTail(s, end + 1, verb)) {
                return first;
            }
            if (end < verb && s.gap(end).contains(",")) {
                // An apposition ("Smith, the attorney general, said"), unless the phrase before the verb runs back
                // to the mark: a place in commas inside the subject ("the Austin, Texas, company said").
                String whole = backwardPhrase(s, verb, from);
                return whole != null && s.text().startsWith(whole, t.get(from).start()) ? whole : first;
            }
        }
        return backwardPhrase(s, verb, from);
    }

    /**
     * A verb the lists do not know, read from the grammar of the words after a quotation that closes its clause
     * ("“...,” fumed Rep. Ana Ruiz." / "“...,” Ruiz interjected."): a verb right after the mark with a noun phrase
     * closing the clause after it, or a noun phrase then a verb closing the clause. Only that shape: a verb with an
     * object or a clause of its own ("“...,” the plan failed to win support") is not an attribution. -1 if none.
     */
    static int speechVerbByGrammar(Sentence s, int from) {
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

    /** A finite verb: tagged VERB, written in lower case, not a participle in -ing. */
    static boolean isPlainVerb(Sentence s, int i) {
        Token w = s.tokens().get(i);
        return !w.isCapitalized() && !w.lower().endsWith("ing") && !s.quoted()[i] && "VERB".equals(s.tag(i));
    }

    /** Token {@code i} closes its clause: it ends the sentence, or a comma, colon or dash follows it. */
    static boolean endsClauseAt(Sentence s, int i) {
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
    static String trailingAttribution(Sentence s, int from) {
        List<Token> t = s.tokens();
        String asPutIt = asSourcePutIt(s, from);
        if (asPutIt != null) {
            return asPutIt;
        }
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
                // ", George Scalise, the group's president, said.": a subject and its apposition before the verb.
                int subject = subjectAfterRunOn(s, from, v);
                String apposed = subject > from && closesWithin(s, v) ? backwardPhrase(s, v, subject) : null;
                if (apposed != null) {
                    return apposed;
                }
                continue;
            }
            int start = v - 1;
            while (start > from && isPhraseGap(s.gap(start - 1), t.get(start - 1))) {
                start--;
            }
            if (start == from) {
                start = subjectAfterRunOn(s, from, v);
            }
            if (start > from && s.gap(start - 1).contains(",") && closesWithin(s, v)) {
                return backwardPhrase(s, v, start); // ", Warren said." / ", she said, referencing ..."
            }
        }
        return null;
    }

    /** "as" at most this many words after the quotation opens its source's clause. */
    private static final int AS_CLAUSE_REACH = 3;

    /**
     * "“...” as a Nasa astronaut once put it", "“...,” as the mayor said": a clause of "as" after the quotation names
     * its source, the subject of "put it" or of a verb of saying; else null.
     */
    static String asSourcePutIt(Sentence s, int from) {
        List<Token> t = s.tokens();
        for (int a = from; a < t.size() && a <= from + AS_CLAUSE_REACH && !s.quoted()[a]; a++) {
            if (!t.get(a).lower().equals("as")) {
                continue;
            }
            for (int v = a + 2; v < t.size() && v - a <= MAX_WORDS && !s.quoted()[v]; v++) {
                boolean putIt = t.get(v).lower().equals("put") && v + 1 < t.size() && t.get(v + 1).lower().equals("it");
                if (putIt || isVerbAt(s, v, SAY_VERBS) && !t.get(v).lower().endsWith("ing")) {
                    return backwardPhrase(s, v, a + 1);
                }
            }
            return null;
        }
        return null;
    }

    /**
     * Where the subject starts after lower-case words that run on from a quotation closed without a comma ("“... an
     * 8-10 percent” growth rate, George Scalise ... said"): those words end the quoted phrase, and the subject follows
     * their comma. {@code from} itself when the words after the mark are capitalized, or -1 when no comma comes
     * before the verb.
     */
    private static int subjectAfterRunOn(Sentence s, int from, int verb) {
        if (s.tokens().get(from).isCapitalized()) {
            return from;
        }
        for (int i = from; i + 1 < verb; i++) {
            if (s.gap(i).contains(",")) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The clause of the verb at {@code v} ends within a few words: "said on Tuesday." or "said, adding". */
    static boolean closesWithin(Sentence s, int v) {
        for (int i = v; i < s.tokens().size() && i <= v + MAX_TRAILING_WORDS; i++) {
            if (i == s.tokens().size() - 1 || s.gap(i).contains(",")) {
                return true;
            }
        }
        return false;
    }

    /** Punctuation between a quotation and what follows ends the quoted clause: "“...,” she said". */
    static boolean closesClause(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            if (",.!?…;:—–―-".indexOf(gap.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Words before a quotation in which a verb of saying governs it: "said the “...”", "told reporters “...”". */
    private static final int GOVERNING_REACH = 3;
    private static final Set<String> REPORTING_VERBS = Set.of("reported", "reports", "reporting");

    /** A reporting verb closes the attribution after the quotation: "“...,” WBAL reported." */
    static boolean reportedAfter(Sentence s, int from) {
        for (int i = from; i < s.tokens().size() && i - from <= MAX_WORDS && !s.quoted()[i]; i++) {
            if (REPORTING_VERBS.contains(s.tokens().get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb of saying stands just before the quotation: "Wyden said the “...,” WBAL reported" is Wyden's words,
     * which the outlet reports.
     */
    static boolean saidJustBefore(Sentence s, int lastBefore) {
        for (int i = lastBefore; i >= 0 && lastBefore - i < GOVERNING_REACH && !s.quoted()[i]; i--) {
            if (SAY_VERBS.contains(s.tokens().get(i).lower()) && !s.tokens().get(i).isCapitalized()) {
                return true;
            }
        }
        return false;
    }
}
