package dev.drift.engine.quote;

import static dev.drift.engine.quote.AttributionWords.*;
import static dev.drift.engine.quote.PhraseWords.*;
import static dev.drift.engine.quote.SpeakerPhrases.*;
import static dev.drift.engine.quote.AttributionAfter.*;
import static dev.drift.engine.quote.AttributionBefore.*;

import dev.drift.engine.lexicon.FirstNames;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds who is credited with a quotation or a sentence: the subject of a verb of saying or judging ("X said",
 * "said X", "X called it", "what X described as", "according to X"), read as a noun phrase (a name, or a role
 * with its head) and never an adverb, verb or clause fragment. Works on the tokens outside quotation marks.
 * The entry points and the sentence's subjects live here; the frames after a quotation in {@link AttributionAfter},
 * those before it in {@link AttributionBefore}, the candidate phrases in {@link SpeakerPhrases}, their words in
 * {@link AttributionWords}, pronouns are resolved by {@link Antecedents}, and the parts of speech come from
 * {@link SentenceTags}. Past 400 lines because the sentence's subjects (named, full-name, clause, grammar) are read
 * by the entry points and by the frames alike; they are one job and stay together.
 */
final class Speakers {
    private Speakers() {
    }

    /**
     * The view of one sentence: its tokens, which of them stand inside quotation marks, and their parts of speech
     * (tagged when first asked for: most sentences are never read for a speaker).
     */
    record Sentence(String text, Span span, List<Token> tokens, boolean[] quoted, SentenceTags tags) {
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
            return new Sentence(text, span, tokens, quoted, new SentenceTags(text, tokens, quoted));
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
            return tags.at(i);
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
        String before = after == null || reportedAfter(end, firstAfter) && saidJustBefore(start, lastBefore)
                ? before(start, lastBefore) : null;
        if (after != null && before == null) {
            return withoutPossessive(after);
        }
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

    /** Who says the sentence's content when it holds no quotation: "the official said", "according to X". */
    static String forNarrative(Sentence s) {
        return before(s, s.tokens().size() - 1, SAY_VERBS);
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

    static boolean hasFirstNameAndSurname(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!s.quoted()[i] && t.get(i).isCapitalized() && t.get(i + 1).isCapitalized()
                    && FirstNames.of(t.get(i).text()) != FirstNames.Gender.UNKNOWN) {
                return true;
            }
        }
        return false;
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

    /** Where the last unquoted {@code word} (any case) before {@code offset} starts in the sentence; else {@code offset}. */
    static int lastWordBefore(Sentence s, String word, int offset) {
        List<Token> t = s.tokens();
        int found = offset;
        for (int i = 0; i < t.size() && t.get(i).end() <= offset; i++) {
            if (!s.quoted()[i] && t.get(i).text().equalsIgnoreCase(word)) {
                found = t.get(i).start();
            }
        }
        return found;
    }

    static boolean isPronounSubjectAt(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i >= t.size() || s.quoted()[i]) {
            return false;
        }
        String w = t.get(i).lower();
        return (w.equals("he") || w.equals("she")) && i + 1 < t.size() && !s.quoted()[i + 1]
                && !t.get(i + 1).isCapitalized();
    }

    /**
     * {@link #clauseSubject}, else the subject the parts of speech show ("Then Ana Cole chimed in:"): for a
     * quotation the clause hands over by a colon or "as", where a subject the word lists miss is worth tagging for.
     */
    static String clauseSubjectOrGrammar(Sentence s) {
        String subject = clauseSubject(s);
        if (subject != null) {
            return subject;
        }
        String byGrammar = grammarSubject(s);
        if (byGrammar == null || !PERSONAL_PRONOUNS.contains(byGrammar.toLowerCase(Locale.ROOT))) {
            return byGrammar;
        }
        // "But he confessed: “...”": a pronoun is the subject handing over the quotation only in a clause of its
        // own; after commas ("She grew upset, so that I had to answer:") another clause may hand it over.
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size() && !t.get(i).text().equalsIgnoreCase(byGrammar)) {
            i++;
        }
        for (; i + 1 < t.size() && !s.quoted()[i + 1]; i++) {
            if (s.gap(i).contains(",")) {
                return null;
            }
        }
        return byGrammar;
    }

    /**
     * The subject opening the sentence, past an apposition in commas: "Sen. Claire McCaskill (D-Mo.) scolded",
     * "Donald Trump, her Republican opponent, bemoaned", "A friend commented".
     */
    static String clauseSubject(Sentence s) {
        String named = subject(s);
        if (named != null) {
            return named;
        }
        List<Token> t = s.tokens();
        if (t.isEmpty() || s.quoted()[0]) {
            return null;
        }
        // "Meanwhile, Hynix voiced criticism ..., calling": the subject follows an opening phrase.
        int first = afterOpener(s, 0, Math.min(t.size() - 1, MAX_WORDS));
        if (s.quoted()[first] || BREAKERS.contains(t.get(first).lower())) {
            return null;
        }
        int end = phraseEnd(s, first);
        if (end > first && end + 1 < t.size() && isArticle(t.get(end + 1), end + 1) && !t.get(end).isCapitalized()) {
            end--; // "The woman disputes the idea": a word followed by an article is the verb
        }
        int next = end + 1;
        String gap = s.gap(end);
        boolean apposedToName = gap.contains(",") && end + 1 < t.size() && namedWithApposition(s, first, end);
        if (gap.contains("(")) {
            while (next < t.size() && !s.gapBefore(next).contains(")")) {
                next++;
            }
        } else if (apposedToName || gap.contains(",") && end + 1 < t.size() && WordNet.get().namesPerson(t.get(end).lower())) {
            // "McCall, co-chairman of the committee, resigned", "A grieving woman, disconsolate, smeared": the
            // apposition describes the subject. After a described person, not a name, the next word is the verb.
            next = end + 1;
            while (next < t.size() && next - end <= MAX_WORDS && !s.gap(next).contains(",")) {
                next++;
            }
            next++;
            if (!apposedToName && (next >= t.size() || !isPlainVerb(s, next))) {
                return null;
            }
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
        String np = phrase(s, first, end);
        return np != null && !PERSONAL_PRONOUNS.contains(np.toLowerCase(Locale.ROOT))
                && !isVerbLike(t.get(end).lower()) ? np : null;
    }

    /** A capitalised subject and, after its comma, an apposition opened by an article, a party label or a role. */
    private static boolean namedWithApposition(Sentence s, int first, int end) {
        String opener = s.tokens().get(end + 1).lower();
        int compound = end + 1;
        while (compound + 1 < s.tokens().size() && s.gap(compound).equals("-")) {
            compound++; // "co-chairman": the role is the compound's last part
        }
        return s.tokens().get(first).isCapitalized() && (APPOSITION_OPENERS.contains(opener)
                || isPartyLabel(s, end + 1) || isRoleWord(s.tokens().get(compound).lower()));
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
    static boolean isPartyLabel(Sentence s, int i) {
        List<Token> t = s.tokens();
        return i + 1 < t.size() && !s.quoted()[i] && t.get(i).text().length() == 1
                && Character.isUpperCase(t.get(i).text().charAt(0)) && s.gap(i).equals("-") && t.get(i + 1).isCapitalized();
    }

    /**
     * A name followed by a comma or dash and "who": "Ed Reyes, who chaired the party, agreed", "with Ana Ruiz —
     * who has called for ... — attacking the plan". Sources are introduced this way, as they are with a title.
     */
    static boolean relativeClauseFollows(Sentence s, int end) {
        List<Token> t = s.tokens();
        if (end + 1 >= t.size() || s.quoted()[end + 1]) {
            return false;
        }
        String gap = s.gap(end).strip();
        String next = pronounPart(t.get(end + 1));
        return (gap.equals(",") || gap.equals("—") || gap.equals("–")) && (next.equals("who") || next.equals("whose"));
    }

    /** A capitalised phrase at {@code from} followed by a lower-case word, as a subject by its verb. */
    static String subjectAt(Sentence s, int from) {
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
        if (end + 1 >= t.size() || t.get(end + 1).isCapitalized() || !s.gap(end).isBlank()
                || !t.get(end).isCapitalized() || PERSONAL_PRONOUNS.contains(t.get(end).lower())) {
            return null; // only a name ends the subject here; asked before the phrase, which may tag the sentence
        }
        return phrase(s, from, end);
    }

    /** A lower-case inflected verb form (past or third person), by WordNet's morphology: "bristles", "made". */
    static boolean isInflectedVerb(Token t) {
        String w = t.lower();
        if (t.isCapitalized() || BREAKERS.contains(w) || w.endsWith("ing") || w.endsWith("ly")) {
            return false;
        }
        return WordNet.get().baseForms(w, WordNet.Pos.VERB).stream().anyMatch(base -> !base.equals(w));
    }
}
