package dev.drift.engine.quote;

import static dev.drift.engine.quote.AttributionWords.*;
import static dev.drift.engine.quote.PhraseWords.*;
import static dev.drift.engine.quote.AttributionBefore.*;

import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.quote.Speakers.Sentence;
import dev.drift.engine.text.Token;
import java.util.List;

/**
 * Candidates for a speaker: the noun phrase that starts or ends at a given word of a sentence, read as a name or a
 * role with its head ("Rep. Gwen Moore", "a spokeswoman for the mayor", "the report") and never as an adverb, a
 * verb, a clause or an amount; word shapes first, the parts of speech where a word may be a noun or a verb. Past 400
 * lines because the backward and forward phrase share their stopping rules (breakers, appositions, places, roles).
 */
final class SpeakerPhrases {
    private SpeakerPhrases() {
    }

    /**
     * "With a week to go, Ana Ruiz, an adviser to the campaign, called": when the clause opens with another phrase,
     * the speaker is the name right before the apposition that ends at {@code end}; null if no name stands there.
     */
    static String nameBeforeApposition(Sentence s, int start, int end) {
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
    static String backwardPhrase(Sentence s, int verb, int floor) {
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
        if (UNNAMED_PERSONS.contains(t.get(end).lower())) {
            return t.get(end).text(); // "heard someone shout “...”": a person, unnamed; not whoever heard it
        }
        if (t.get(end).lower().equals(IT)) {
            return t.get(end).text(); // "“...,” it said", "It also added": the company or the report just named
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
            return apposedName(s, floor, end);
        } else if (!gapToVerb.isBlank() && !gapToVerb.equals("’s ") ) {
            return null;
        }
        int start = end;
        // "heard someone shout": a verb in its base form may have the object of a verb of perceiving as its subject
        String verbWord = verb < t.size() ? t.get(verb).lower() : "";
        boolean bareVerb = WordNet.get().baseForms(verbWord, WordNet.Pos.VERB).contains(verbWord);
        while (start > floor && end - start + 1 < MAX_WORDS) {
            Token prev = t.get(start - 1);
            String gap = s.gap(start - 1);
            boolean roleComplement = isRoleComplement(t, start - 1);
            boolean authored = authorOfDocument(s, start - 1);
            if (s.quoted()[start - 1] || !isPhraseGap(gap, prev) || isBreaker(prev)
                    && !isInnerOf(t, start - 1) && !isCoordination(t, start - 1) && !roleComplement && !authored
                    || CREDIT_VERBS.contains(prev.lower()) && !prev.isCapitalized() && !roleComplement
                    && !isNounAt(s, start - 1) // "the state health department": a noun, not the verb "state"
                    || isAdverb(prev) || PERSONAL_PRONOUNS.contains(prev.lower())
                    || isArticle(t.get(start), start) && !isInnerOf(t, start - 1) && !authored
                    || bareVerb && takesObjectAt(s, start - 1, start)) {
                break;
            }
            start--;
        }
        String employer = roleComplementOfApposition(s, start, floor);
        if (employer != null) {
            return employer;
        }
        start = withPlace(s, start, floor);
        int preposition = PREPOSITIONS.contains(t.get(start).lower()) ? start
                : start > floor && PREPOSITIONS.contains(t.get(start - 1).lower()) && isArticle(t.get(start), start)
                ? start - 1 : -1;
        if (preposition > floor && preposition < end && s.gapBefore(preposition).contains(",")
                && !s.quoted()[preposition - 1] && (s.tag(preposition - 1).equals("PROPN")
                || WordNet.get().namesPerson(t.get(preposition - 1).lower()))) {
            // "Hayes, of the CDC said": a phrase opened by a preposition after a comma describes the person before
            // it ("Furthermore, with the rate at 1 percent" has none).
            return apposedName(s, floor, preposition - 1);
        }
        if (start > floor && start < end && PREPOSITIONS.contains(t.get(start - 1).lower())
                && isArticle(t.get(start), start)) {
            // "a spokeswoman for the mayor called": the noun before the preposition heads the subject;
            // "marching through the streets chanted": a preposition's object is no subject.
            int head = start - 2;
            String partitive = head >= floor ? partitiveSubject(s, head) : null;
            if (partitive != null) {
                return partitive; // "One of the protesters said"
            }
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

    /**
     * A partitive subject starting at {@code from}: "one of the men, Thierry Falise, a photographer" is the person its
     * apposition names, "one of the men" without one is that member of the group. Null when no partitive starts there.
     */
    static String partitiveSubject(Sentence s, int from) {
        List<Token> t = s.tokens();
        if (from + 2 >= t.size() || !PARTITIVES.contains(t.get(from).lower()) || !t.get(from + 1).lower().equals("of")
                || !s.gap(from).isBlank() || !s.gap(from + 1).isBlank() || s.quoted()[from + 2]) {
            return null;
        }
        int groupEnd = phraseEnd(s, from + 2);
        if (phrase(s, from + 2, groupEnd) == null) {
            return null;
        }
        int name = groupEnd + 1;
        if (name < t.size() && s.gap(groupEnd).contains(",") && t.get(name).isCapitalized() && !s.quoted()[name]) {
            int nameEnd = phraseEnd(s, name);
            String apposed = phrase(s, name, nameEnd);
            if (apposed != null && (nameEnd == t.size() - 1 || s.gap(nameEnd).contains(","))) {
                return apposed;
            }
        }
        return s.text().substring(t.get(from).start(), t.get(groupEnd).end());
    }

    /**
     * "the Redmond, Wash., company said": a city and its state set off by commas between an article and a lower-case
     * noun (news style) belong to the noun's phrase. The article's index, or {@code start} when no such place precedes.
     */
    private static int withPlace(Sentence s, int start, int floor) {
        List<Token> t = s.tokens();
        int stateEnd = start - 1;
        if (stateEnd <= floor || t.get(start).isCapitalized() || !placeComma(s, stateEnd)) {
            return start;
        }
        int state = capitalizedRunStart(s, stateEnd, floor);
        int cityEnd = state - 1;
        if (state < 0 || cityEnd <= floor || !placeComma(s, cityEnd)) {
            return start;
        }
        int city = capitalizedRunStart(s, cityEnd, floor);
        int article = city - 1;
        return city >= 0 && article >= floor && isArticle(t.get(article), article) && s.gap(article).isBlank()
                && !s.quoted()[article] ? article : start;
    }

    /** Token {@code i} is capitalized and a comma alone (after an abbreviation's point) follows it. */
    private static boolean placeComma(Sentence s, int i) {
        String gap = s.gap(i).strip();
        return !s.quoted()[i] && s.tokens().get(i).isCapitalized() && (gap.equals(",") || gap.equals(".,"));
    }

    /** The first of the capitalized words that run, one phrase, to {@code end}; -1 past a few words. */
    private static int capitalizedRunStart(Sentence s, int end, int floor) {
        int i = end;
        while (i > floor && isPhraseGap(s.gap(i - 1), s.tokens().get(i - 1)) && s.tokens().get(i - 1).isCapitalized()
                && !s.quoted()[i - 1] && !isArticle(s.tokens().get(i - 1), i - 1)) {
            i--;
        }
        return end - i < PLACE_WORDS ? i : -1;
    }

    /** A city's or a state's name is this short ("Redmond", "Wash.", "New York", "Salt Lake City"). */
    private static final int PLACE_WORDS = 3;

    /** An opening adverb phrase is this short ("Meanwhile", "Moments later"); only these are tagged to tell. */
    private static final int OPENER_WORDS = 3;

    /** The name opening the chain of commas that ends at {@code end}: "Smith, a professor at X," is Smith. */
    private static String apposedName(Sentence s, int floor, int end) {
        int start = end;
        // The point of a party label ("Sen. Pat Roberts, R-Kan., chairman of ...") ends no clause.
        while (start > floor && !s.quoted()[start - 1]
                && (!endsClause(s.gapBefore(start)) || start >= 2 && Speakers.isPartyLabel(s, start - 2))) {
            start--;
        }
        start = afterOpener(s, start, end);
        String np = partitiveSubject(s, start);
        np = np != null ? np : forwardPhrase(s, start);
        return np != null ? np : nameBeforeApposition(s, start, end);
    }

    /**
     * The first token after an opening phrase set off by a comma, which is no part of the subject after it
     * ("Meanwhile, the horse's trainer, Barclay Tagg, called", "In a statement, the company said"): an adverb, or a
     * preposition's phrase. {@code start} itself when there is none before {@code end}.
     */
    static int afterOpener(Sentence s, int start, int end) {
        int segmentEnd = start;
        while (segmentEnd < end && !s.gap(segmentEnd).contains(",")) {
            segmentEnd++;
        }
        boolean opener = segmentEnd < end && (PREPOSITIONS.contains(s.tokens().get(start).lower())
                || segmentEnd - start < OPENER_WORDS && "ADV".equals(s.tag(segmentEnd)));
        return opener ? segmentEnd + 1 : start;
    }

    /** The noun phrase starting at {@code from}: up to a comma, a clause word or a verb. */
    static String forwardPhrase(Sentence s, int from) {
        if (from >= s.tokens().size() || s.quoted()[from]) {
            return null;
        }
        return phrase(s, from, phraseEnd(s, from));
    }

    static int phraseEnd(Sentence s, int from) {
        List<Token> t = s.tokens();
        int end = from;
        if (PERSONAL_PRONOUNS.contains(t.get(from).lower())) {
            return from;
        }
        while (end + 1 < t.size() && end - from + 1 < MAX_WORDS && !s.quoted()[end + 1]
                && isPhraseGap(s.gap(end), t.get(end))) {
            Token next = t.get(end + 1);
            String w = next.lower();
            boolean inner = isInnerOf(t, end + 1) || w.equals("the") && end >= 1 && isInnerOf(t, end)
                    || jointTitles(t, end + 1) || authorOfDocument(s, end + 1)
                    || w.equals("the") && authorOfDocument(s, end);
            if (isArticle(next, end + 1) && !inner) {
                break; // "a scenario the official described": an article opens the next phrase
            }
            // "the report", "the filing": nouns, whatever their endings (tagged only for such a word); "the
            // Oscar-winning director": a hyphen joins a compound's parts into one word
            boolean verbLike = !next.isCapitalized() && !s.gap(end).equals("-")
                    && (CREDIT_VERBS.contains(w) || isVerbLike(w)) && !isNounAt(s, end + 1);
            // A past participle after the noun opens a clause about it: "according to extracts leaked yesterday".
            if ((isBreaker(next) && !inner) || CREDIT_VERBS.contains(w) && verbLike
                    || isAdverb(next) || BETWEEN_SUBJECT_AND_VERB.contains(w) || verbLike
                    && (end > from || !DETERMINERS.contains(t.get(end).lower())
                    && (t.get(end).isCapitalized() || w.endsWith("ed") && isNounAt(s, end)))) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * "a report by Liberty Times", "a statement from the Foreign Ministry": the author of a document, named after
     * "by" or "from", belongs to the source phrase, so that a reprint crediting "a Liberty Times op-ed" names the same
     * source. True when token {@code i} is that "by" or "from", after a common noun that names no person and before a
     * capitalised name ("a spokesman from the Pentagon" is the spokesman; "a report from the hearing" has no author).
     */
    static boolean authorOfDocument(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i < 1 || i + 1 >= t.size() || !(t.get(i).lower().equals("by") || t.get(i).lower().equals("from"))
                || !s.gap(i - 1).isBlank() || !s.gap(i).isBlank()) {
            return false;
        }
        int name = t.get(i + 1).lower().equals("the") && i + 2 < t.size() && s.gap(i + 1).isBlank() ? i + 2 : i + 1;
        Token noun = t.get(i - 1);
        return t.get(name).isCapitalized() && !s.quoted()[name] && !noun.isCapitalized()
                && noun.kind() == Token.Kind.WORD && !WordNet.get().namesPerson(noun.lower()) && isNounAt(s, i - 1);
    }

    /**
     * "and" joining two titles of one person before the name: "PeopleSoft President and CEO Craig Conway",
     * "Chairman and Chief Executive Jane Doe".
     */
    private static boolean jointTitles(List<Token> t, int i) {
        if (i < 1 || i + 2 >= t.size() || !t.get(i).lower().equals("and")) {
            return false;
        }
        Token left = t.get(i - 1);
        Token right = t.get(i + 1);
        return left.isCapitalized() && isRoleWord(left.lower())
                && (right.kind() == Token.Kind.ACRONYM || right.isCapitalized() && isRoleWord(right.lower()));
    }

    /** The grammar reads token {@code i} as a noun or a name. */
    static boolean isNounAt(Sentence s, int i) {
        Token w = s.tokens().get(i);
        if (!w.isCapitalized() && w.kind() == Token.Kind.WORD
                && WordNet.get().baseForms(w.lower(), WordNet.Pos.NOUN).isEmpty()) {
            return false; // "said", "told": never a noun, so not worth tagging the sentence for
        }
        String tag = s.tag(i);
        return tag.equals("NOUN") || tag.equals("PROPN");
    }

    /** A participle before a role word that a capitalized name ends: "acting chairman Scott Hubbard". */
    private static boolean modifiesTitledName(List<Token> t, int participle, int head) {
        if (!t.get(head).isCapitalized()) {
            return false;
        }
        for (int i = participle + 1; i < head; i++) {
            if (isRoleWord(t.get(i).lower()) && t.get(i + 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lower-case verb whose object opens at {@code object}: "Nelson heard someone shout", "watched the crowd
     * chant". Asked only before a verb in its base form: the object is that verb's subject, not the whole run back
     * past the first verb ("was consulting EU member states" has a finite verb with a subject of its own). A
     * participle modifying a noun ("the newly elected official") is followed by a modifier or the noun, not by a
     * pronoun, determiner or name.
     */
    private static boolean takesObjectAt(Sentence s, int verb, int object) {
        if (s.tokens().get(verb).isCapitalized()
                || WordNet.get().baseForms(s.tokens().get(verb).lower(), WordNet.Pos.VERB).isEmpty()) {
            return false; // checked before tagging, which costs more than the rest
        }
        String opens = s.tag(object);
        return s.tag(verb).equals("VERB") && (opens.equals("PRON") || opens.equals("DET") || opens.equals("PROPN"));
    }

    /**
     * The phrase from {@code start} completes a role in an apposition whose closing comma is missing: "Jordan
     * Barowitz, a spokesman for Mayor Michael Bloomberg said". The apposed name speaks, not the role's complement.
     */
    private static String roleComplementOfApposition(Sentence s, int start, int floor) {
        List<Token> t = s.tokens();
        int role = start - 2;
        if (role <= floor || !PREPOSITIONS.contains(t.get(start - 1).lower()) || !isRoleWord(t.get(role).lower())
                || s.quoted()[role] || !s.gap(role).isBlank()) {
            return null;
        }
        int k = role;
        while (k > floor && role - k < MAX_WORDS && s.gapBefore(k).isBlank() && !t.get(k - 1).isCapitalized()
                && !s.quoted()[k - 1]) {
            k--; // "a senior spokesman"
        }
        return k - 1 >= floor && s.gapBefore(k).strip().equals(",") && t.get(k - 1).isCapitalized()
                && isArticle(t.get(k), k) ? apposedName(s, floor, k - 1) : null;
    }

    /** The phrase from token {@code from} to {@code to}, or null when it cannot name a source. */
    static String phrase(Sentence s, int from, int to) {
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
                    || w.endsWith("n't")
                    || isBreaker(t.get(i)) && !w.equals("of") && !isCoordination(t, i) && !authorOfDocument(s, i)) {
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
                || to > from && !hw.endsWith("ing") && s.tag(to).equals("ADJ") || to > from && s.gap(to - 1).equals("-")
                && t.get(to - 1).isCapitalized();
        if (to == from && (hw.endsWith("ed") || hw.endsWith("ing")) && s.tag(to).equals("VERB")
                && (to + 1 >= t.size() || !s.tag(to + 1).equals("VERB") && !s.tag(to + 1).equals("AUX"))) {
            // "Asked by reporters, ...": a capital does not make a participle a name; a name the tagger reads as a
            // verb ("Husted said") is followed by its own verb
            return null;
        }
        // A participle opening the phrase is a clause ("being asked"), unless it modifies a title or name:
        // "retired Army colonel Dana Reyes", "acting chairman Scott Hubbard", "investigating board member Scott Hubbard".
        if (BREAKERS.contains(pronounPart(head)) || !t.get(from).isCapitalized() && isVerbLike(t.get(from).lower())
                && !isNounAt(s, from) && !s.tag(from).equals("ADJ") && !(from < to && t.get(from + 1).isCapitalized() && t.get(from).lower().endsWith("ed"))
                && !modifiesTitledName(t, from, to)) {
            return null;
        }
        if (TIME_HEADS.contains(hw) || (!head.isCapitalized() || from == to) && MEASURE_HEADS.contains(hw) || NOT_ROLES.contains(hw) || !head.isCapitalized() && !nounHead || isBreaker(head) || DETERMINERS.contains(hw) || PLURAL_QUANTIFIERS.contains(hw) || hw.endsWith("n’t") || hw.endsWith("n't") || isAdverb(head) || hw.length() < 2 && !hw.equals("i")
                || head.kind() == Token.Kind.NUMBER) {
            return null;
        }
        if (to == from && !head.isCapitalized() && !PERSONAL_PRONOUNS.contains(hw) && !isRoleWord(hw)
                && !(hw.endsWith("s") && !hw.endsWith("ss") && !isVerbLike(hw)) && !WordNet.get().namesGroup(hw)) {
            // a lone lower-case word ("being", "still") is no source; "officials", "critics" and a group ("staff",
            // "police") are
            return null;
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
                    && !isCoordination(t, i - 1) && !authorOfDocument(s, i - 1)
                    && allCapitalized(t, i, to) && !isRoleWord(a.lower())) {
                from = i;
                break;
            }
        }
        String np = s.text().substring(t.get(from).start(), t.get(to).end());
        return np.replace('\u00a0', ' ');
    }
}
