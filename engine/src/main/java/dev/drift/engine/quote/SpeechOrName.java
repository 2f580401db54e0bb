package dev.drift.engine.quote;

import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.lexicon.WordNet.Pos;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.List;
import java.util.Set;

/**
 * Whether a quotation is someone's words or a quoted name, title or scare quote: from the words just before it
 * ("dubbed", "the hashtag", "called him"), its shape (title case, a whole sentence in marks, its length) and whether
 * a speaker or a crediting verb stands near it.
 */
final class SpeechOrName {
    /** Words right before a quotation that make it a name or title: "dubbed “X”", "the so-called “X”". */
    private static final Set<String> NAMING_VERBS = Set.of(
            "dubbed", "named", "titled", "entitled", "known", "so-called", "codenamed", "nicknamed");
    /**
     * Nouns right before a quotation that make it a name when it is short or capitalised ("the hashtag “X”"); a
     * clause after them stays speech ("expects the campaign “to continue calling out ...”").
     */
    private static final Set<String> NAMING_NOUNS = Set.of(
            "network", "newspaper", "channel", "outlet", "magazine", "hashtag", "term", "word", "phrase", "operation",
            "group", "programme", "program", "show", "book", "film", "album", "song", "campaign", "slogan", "nickname");
    /** Verbs (base forms) that credit the words after them to their subject: saying, calling, judging. */
    private static final Set<String> CREDITING_VERBS = Set.of(
            "say", "tell", "add", "state", "explain", "note", "warn", "argue", "claim", "assert", "insist", "recall",
            "write", "acknowledge", "admit", "confirm", "declare", "announce", "report", "tweet", "testify", "concede",
            "respond", "reply", "predict", "contend", "allege", "conclude", "call", "describe", "term", "label",
            "brand", "characterize", "characterise", "hail", "deride", "denounce", "condemn", "decry", "slam", "blast",
            "criticize", "criticise", "praise", "mock", "dismiss", "refer", "liken", "compare", "vow", "promise",
            "pledge", "urge", "demand", "accuse", "chant", "shout", "rule", "deem", "proclaim", "complain", "boast");
    /** Verbs (base forms) that credit a description introduced by "as": "admires Putin as a “strong leader”". */
    private static final Set<String> REGARDING_VERBS = Set.of(
            "regard", "view", "see", "admire", "recognize", "recognise", "portray", "depict", "paint", "cast",
            "pound", "attack", "tout", "cite", "present", "frame", "go", "treat", "reject");
    /** Verbs (base forms) of calling someone a name: "called her “Miss Piggy”", "hailed him as “...”". */
    private static final Set<String> CALLING_VERBS = Set.of("call", "hail", "brand", "label", "term", "deride",
            "mock", "reference", "refer", "describe", "christen");
    /** The noun of calling ("references to her as “...”"); "calls" as a noun are telephone calls as often. */
    private static final String CALLING_NOUN = "reference";
    /** Prepositions that end the object of a verb of calling, unless the verb takes them ("referred to her as"). */
    private static final Set<String> OBJECT_BREAKERS = Set.of("from", "to", "with", "for", "in", "on", "at", "by",
            "of", "about", "into", "over", "during", "after", "before");
    /** Words scanned back from a quoted name for a verb of calling: the verb, an object and "as a". */
    private static final int CALLED_WINDOW = 7;
    /** Sentence words scanned back from a quotation for a crediting verb; a reported clause runs about this long. */
    private static final int CREDIT_WINDOW = 15;
    /** Words that give a name after "as": "known as “X”", "identified himself as “X”". */
    private static final Set<String> IDENTIFYING = Set.of("known", "identified", "identifies", "identify", "identifying");
    /** Words between one of those and "as": "identified himself only as". */
    private static final int IDENTIFIED_REACH = 3;
    /** Quotations of up to this many words may be scare quotes, names or titles. */
    private static final int SHORT_WORDS = 3;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "de", "al", "el", "la", "von", "van", "&");

    private SpeechOrName() {
    }

    /** Whether the quotation {@code inner} (in its marks {@code raw}) is speech: someone's words, not a name or title. */
    static boolean isSpeech(String text, Span inner, Span raw, Span sentence, Span paragraph,
                            Speakers.Sentence view, String speaker) {
        List<Token> words = Tokenizer.tokenize(text, inner.start(), inner.end());
        if (words.isEmpty()) {
            return false;
        }
        String before = text.substring(Math.max(sentence.start(), raw.start() - 40), Math.max(sentence.start(), raw.start() - 1));
        List<Token> beforeTokens = Tokenizer.tokenize(before);
        String cue = beforeTokens.isEmpty() ? "" : beforeTokens.get(beforeTokens.size() - 1).lower();
        String cueBefore = beforeTokens.size() >= 2 ? beforeTokens.get(beforeTokens.size() - 2).lower() : "";
        boolean soCalled = cue.equals("called") && cueBefore.equals("so");
        boolean nameLike = isNameLike(text, inner, words);
        boolean short_ = words.size() <= SHORT_WORDS;
        boolean titleCase = isTitleCase(words);
        if (speaker != null && AttributionWords.SAY_VERBS.contains(cue)) {
            return true; // "Clinton Said “We Will Fight Back”": what a speaker is said to say, whatever its capitals
        }
        if (namingParticiple(view, raw)) {
            return false; // "a procedure called “cardio-version”", "The book, called “...”,": a name, no one's words
        }
        if (nameLike && calledBefore(view, raw)) {
            // "Trump called the pageant winner “Miss Piggy”", "hailed Trump as “The Comeback Kid”": the caller's words.
            return true;
        }
        if (nameLike || NAMING_VERBS.contains(cue) || soCalled || cue.equals("as") && identifiedBefore(beforeTokens)
                || NAMING_NOUNS.contains(cue) && (short_ || words.get(0).isCapitalized())) {
            return false;
        }
        if (titleCase && (isPossessive(cue) || standsAlone(text, raw, paragraph) || insideName(view, raw))) {
            // "CNN's “State of the Union.”", a subheading line 'All Bets Are Off.': a title, whatever its stop.
            return false;
        }
        if (speaker != null || creditedBefore(view, raw)) {
            return true;
        }
        if (isPossessive(cue) && short_ && !titleCase) {
            // "Clinton's “public option”": the possessor's own words.
            return true;
        }
        if (isUtterance(text, inner, raw, paragraph) && (QuoteExtractor.coversSentence(inner, sentence) || before.stripTrailing().endsWith(":"))) {
            // "“Neither do I.”", "a new message: “It's about me.”": a whole sentence in marks is someone's words.
            return true;
        }
        // Unattributed: a short phrase in marks is a scare quote, a longer run of words is speech.
        return words.size() >= 4;
    }

    /** "known as", "identified himself only as": a few words before the final "as", a name follows. */
    private static boolean identifiedBefore(List<Token> before) {
        for (int k = before.size() - 2; k >= 0 && k >= before.size() - 1 - IDENTIFIED_REACH; k--) {
            if (IDENTIFYING.contains(before.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb of saying, calling or judging stands shortly before the quotation in its sentence, outside marks: "calls
     * people “losers”", "which reported “2,521 shooting incidents”", "said the goal was to make Obama a “one-term
     * president”", or a verb of regarding right before "as": "admires Putin as a “strong leader”".
     */
    private static boolean creditedBefore(Speakers.Sentence view, Span raw) {
        List<Token> tokens = view.tokens();
        int last = lastBefore(tokens, raw);
        boolean afterAs = last >= 0 && tokens.get(last).lower().equals("as")
                || last >= 1 && QuoteExtractor.isDeterminer(tokens.get(last).lower()) && tokens.get(last - 1).lower().equals("as");
        WordNet wordNet = WordNet.get();
        for (int i = last; i >= 0 && last - i < CREDIT_WINDOW; i--) {
            Token t = tokens.get(i);
            if (view.gap(i).contains(";") || view.gap(i).contains(":") && i < last) {
                return false;
            }
            if (view.quoted()[i] || t.isCapitalized() && i > 0 || t.kind() != Token.Kind.WORD
                    || i > 0 && QuoteExtractor.LIST_DETERMINERS.contains(tokens.get(i - 1).lower())) {
                // After a determiner the word is a noun: "a call for", "the report".
                continue;
            }
            for (String base : wordNet.baseForms(t.lower(), Pos.VERB)) {
                if (CREDITING_VERBS.contains(base) || afterAs && REGARDING_VERBS.contains(base)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A verb of calling stands a few words before a quoted name, outside marks, with only its object between:
     * "called the 1996 pageant winner “Miss Piggy”", "references to Machado as “Miss Piggy”".
     */
    private static boolean calledBefore(Speakers.Sentence view, Span raw) {
        List<Token> tokens = view.tokens();
        int last = lastBefore(tokens, raw);
        WordNet wordNet = WordNet.get();
        for (int i = last; i >= 0 && last - i < CALLED_WINDOW; i--) {
            Token t = tokens.get(i);
            if (view.quoted()[i] || view.gap(i).matches(".*[,;:.!?()].*")) {
                return false;
            }
            if (OBJECT_BREAKERS.contains(t.lower()) && (i == 0 || !isCalling(wordNet, tokens.get(i - 1)))) {
                // "taking calls from listeners to his “Show”": a preposition ends the object of a call.
                return false;
            }
            if (isCalling(wordNet, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "called" right before the quotation as a participle naming a thing: opening the sentence ("Called “...,” it
     * was"), or after a lower-case noun that names no person ("a procedure called", "the book, called"). After a
     * person or a pronoun it is a verb with its subject ("whom he called “the witness”"), which credits the words.
     */
    private static boolean namingParticiple(Speakers.Sentence view, Span raw) {
        List<Token> tokens = view.tokens();
        int last = lastBefore(tokens, raw);
        if (last < 0 || !tokens.get(last).lower().equals("called") || view.quoted()[last]) {
            return false;
        }
        if (last == 0) {
            return true;
        }
        Token noun = tokens.get(last - 1);
        return !view.quoted()[last - 1] && !noun.isCapitalized() && noun.kind() == Token.Kind.WORD
                && !WordNet.get().namesPerson(noun.lower()) && SpeakerPhrases.isNounAt(view, last - 1);
    }

    private static boolean isCalling(WordNet wordNet, Token t) {
        for (String base : wordNet.baseForms(t.lower(), Pos.VERB)) {
            if (CALLING_VERBS.contains(base)) {
                return true;
            }
        }
        return wordNet.baseForms(t.lower(), Pos.NOUN).contains(CALLING_NOUN);
    }

    /**
     * A nickname inside a name, a capitalised word on either side ("Rep. Robert C. “Bobby” Scott"), or a quoted word
     * or two opening a name ("reuniting with “L” Pod").
     */
    private static boolean insideName(Speakers.Sentence view, Span raw) {
        List<Token> tokens = view.tokens();
        int last = lastBefore(tokens, raw);
        int next = last + 1;
        while (next < tokens.size() && tokens.get(next).start() < raw.end()) {
            next++;
        }
        if (next >= tokens.size() || !tokens.get(next).isCapitalized() || view.gapBefore(next).strip().length() > 1) {
            return false;
        }
        boolean nameBefore = last >= 0 && tokens.get(last).isCapitalized() && view.gap(last).strip().length() <= 1;
        return nameBefore || next - (last + 1) <= 2;
    }

    /** The last token ending before the quotation, or -1; by search, so a sentence of many quotations stays linear. */
    private static int lastBefore(List<Token> tokens, Span raw) {
        return QuoteExtractor.endingBy(tokens, Token::end, raw.start()) - 1;
    }


    /** The quotation opens with a capital and ends, inside its closed marks, with a stop: a sentence of its own. */
    private static boolean isUtterance(String text, Span inner, Span raw, Span paragraph) {
        char first = text.charAt(inner.start());
        char last = text.charAt(inner.end() - 1);
        boolean closed = raw.end() < paragraph.end() && QuoteExtractor.CLOSING_MARKS.indexOf(text.charAt(raw.end())) >= 0;
        return closed && Character.isUpperCase(first) && (last == '.' || last == '?' || last == '!');
    }

    /** The quotation is the whole paragraph: a subheading or a line of its own. */
    private static boolean standsAlone(String text, Span raw, Span paragraph) {
        return text.substring(paragraph.start(), raw.start()).strip().length() <= 1
                && text.substring(raw.end(), paragraph.end()).strip().length() <= 1;
    }

    private static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") || word.endsWith("s'") || word.endsWith("s’");
    }


    private static boolean isTitleCase(List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            boolean glued = i > 0 && words.get(i - 1).end() == t.start();
            if (i > 0 && FUNCTION_WORDS.contains(t.lower()) || glued) {
                // Function words stay lower case in a title; a suffix glued to a number ("13th") is no word.
                continue;
            }
            if (!t.isCapitalized() && t.kind() != Token.Kind.NUMBER && !Character.isDigit(t.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameLike(String text, Span inner, List<Token> words) {
        if (words.size() > 6) {
            return false;
        }
        char last = text.charAt(inner.end() - 1);
        if (last == '.' || last == '?' || last == '!' || !isTitleCase(words)) {
            return false;
        }
        // A lone capitalised word may be a one-word quote ("Fragile") only when it is not a known word form.
        return words.size() > 1 || words.get(0).kind() == Token.Kind.ACRONYM;
    }
}
