package dev.drift.engine.quote;

import dev.drift.engine.document.Quotation;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.lexicon.WordNet.Pos;
import dev.drift.engine.text.Chars;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quotations of an article, tells speech from quoted names, titles and scare quotes, and
 * attaches a speaker where the text names one: "X said" after or before the quote, "described by X as",
 * "what X described as", "according to X", a colon introduction, or a pronoun pointing back to the last
 * named speaker.
 */
public final class QuoteExtractor {
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
    /** Quotations of up to this many words may be scare quotes, names or titles. */
    private static final int SHORT_WORDS = 3;
    /** Determiners that may open a listed quotation ("a “liar” and a “bully”"); "that" opens a clause instead. */
    private static final Set<String> LIST_DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our",
            "my", "your");
    private static final String CLOSING_MARKS = "”\"’'»›“";
    /** Between listed quotations: a comma, a conjunction, one determiner or modifier ("and general"). */
    private static final Pattern LIST_GAP = Pattern.compile(
            "\\s*,?\\s*(?:(and|or|nor|but)\\s+)?(?:(\\p{Ll}+)\\s+)?", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "de", "al", "el", "la", "von", "van", "&");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "this", "that", "another");
    /** A paragraph opening with a name in capitals and a colon, after an optional mark: a transcript turn. */
    private static final Pattern TRANSCRIPT_TURN = Pattern.compile(
            "[\"“']?\\s*(\\p{Lu}[\\p{Lu}.'’ -]{1,30}\\p{Lu})\\s*:\\s*(\\S)");

    /** Longest title abbreviation with its points: "Gov", "Sen", "U.S". */
    private static final int MAX_ABBREVIATION_LETTERS = 4;
    /** Words that join a second clause to an attribution. */
    private static final Set<String> CLAUSE_LINKS = Set.of("and", "but", "or", "before", "after", "while", "then",
            "when", "as", "because");
    /** Longest attribution splitting a quotation: "the former secretary of state told reporters". */
    private static final int MAX_SPLITTING_ATTRIBUTION_WORDS = 10;
    /** The same in characters, marks and spaces included, checked before any word is read. */
    private static final int MAX_SPLITTING_ATTRIBUTION_CHARS = 120;
    /** Longest first line read as a headline whatever its capitals; headlines run to about a dozen words. */
    private static final int HEADLINE_MAX_WORDS = 16;
    /** Share of capitalised words that makes a line title case (short function words stay lower case). */
    private static final double TITLE_CASE_SHARE = 0.6;

    private QuoteExtractor() {
    }

    /**
     * @param paragraphs        the article's content lines in order; the first is the headline when more follow
     * @param sentences         all sentences of those paragraphs, in order
     * @param sentenceTokens    each sentence's tokens, as {@link Tokenizer#tokenize(String, int, int)} gives them
     * @param narrativeSpeakers each sentence's {@link #narrativeSpeaker}, or null
     */
    public static List<Quotation> extract(String text, List<Span> paragraphs, List<Span> sentences,
                                          List<List<Token>> sentenceTokens, List<String> narrativeSpeakers) {
        List<Quotation> quotes = new ArrayList<>();
        Set<String> namesSeenMidSentence = capitalisedMidSentence(sentenceTokens);
        Antecedents people = new Antecedents(namesSeenMidSentence);
        String lastSpeaker = null;
        int flushed = 0;
        int firstInParagraph = 0;
        boolean transcript = isTranscript(text, paragraphs);
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            while (firstInParagraph < sentences.size() && sentences.get(firstInParagraph).start() < paragraph.start()) {
                firstInParagraph++;
            }
            int endOfParagraph = firstInParagraph;
            while (endOfParagraph < sentences.size() && sentences.get(endOfParagraph).end() <= paragraph.end()) {
                endOfParagraph++;
            }
            List<Span> paraSentences = sentences.subList(firstInParagraph, endOfParagraph);
            boolean headline = p == 0 && paragraphs.size() > 1 && isHeadline(text, paragraph, paraSentences);
            Matcher turn = TRANSCRIPT_TURN.matcher(text).region(paragraph.start(), paragraph.end());
            if (!headline && turn.lookingAt() && transcript) {
                // "PENCE: Well, ...": an interview turn is a quotation of the name before the colon.
                Span inner = trim(text, Span.of(text, turn.start(2), paragraph.end()));
                if (inner != null) {
                    String speaker = turn.group(1);
                    quotes.add(new Quotation(inner, indexOf(sentences, inner.start()), true, speaker));
                    lastSpeaker = speaker;
                }
                continue;
            }
            List<Span> raws = QuoteMarks.find(text, paragraph, paraSentences);
            Map<Integer, Speakers.Sentence> views = new HashMap<>();
            flushed = Math.max(flushed, firstInParagraph);
            String paragraphSpeaker = null;
            Quotation previous = null;
            Span previousRaw = null;
            for (Span raw : raws) {
                Span inner = trim(text, raw);
                if (inner == null) {
                    continue;
                }
                int sentenceIndex = indexOf(sentences, inner.start());
                flushed = remember(text, sentences, sentenceTokens, narrativeSpeakers, raws, views, people, flushed, sentenceIndex, namesSeenMidSentence);
                Span sentence = sentenceIndex >= 0 ? sentences.get(sentenceIndex) : paragraph;
                Speakers.Sentence view = views.computeIfAbsent(sentenceIndex, i -> Speakers.Sentence.of(text, sentence,
                        i >= 0 ? sentenceTokens.get(i) : Tokenizer.tokenize(text, sentence.start(), sentence.end()), raws));
                // The attribution may follow in the sentence where the quotation ends, or make the next one.
                int endIndex = indexOf(sentences, Math.max(inner.start(), inner.end() - 1));
                Speakers.Sentence endView = viewOf(text, sentences, sentenceTokens, raws, views, endIndex, endOfParagraph);
                Speakers.Sentence nextView = viewOf(text, sentences, sentenceTokens, raws, views, endIndex + 1, endOfParagraph);
                String speaker = headline ? null : Speakers.forQuote(view, endView != null ? endView : view, nextView, raw);
                if (speaker == null && !headline) {
                    speaker = colonIntroduction(text, raw, paragraphs, p);
                }
                boolean speech = !headline && isSpeech(text, inner, raw, sentence, paragraph, view, speaker);
                if (!headline && previous != null && coordinated(text, previousRaw, raw)) {
                    // "called him a “liar” and a “bully”": a quotation listed with the one before shares its status.
                    speech = previous.speech();
                    speaker = speech && speaker == null ? previous.speaker() : speaker;
                }
                if (speech && speaker == null && coversSentence(inner, sentence)) {
                    // A quotation standing alone continues the speaker of the paragraph, or of the one before.
                    speaker = paragraphSpeaker != null ? paragraphSpeaker : lastSpeaker;
                    Speakers.Sentence sentenceBefore = paragraphSpeaker != null || sentenceIndex < 1
                            || narrativeSpeakers.get(sentenceIndex - 1) != null ? null
                            : sentenceIndex > firstInParagraph ? viewOf(text, sentences, sentenceTokens, raws, views, sentenceIndex - 1, endOfParagraph)
                            : p > 1 ? lastSentenceOf(text, paragraphs.get(p - 1), sentences.get(sentenceIndex - 1),
                                    sentenceTokens.get(sentenceIndex - 1)) : null;
                    String before = sentenceBefore != null && !sentenceBefore.hasQuotation()
                            ? Speakers.subject(sentenceBefore) : null;
                    if (before != null && !before.contains(" ") && !namesSeenMidSentence.contains(lastWord(before))) {
                        before = null; // "Preys on our worst fears.": a lone capitalised word opening a sentence
                    }
                    // "Scott bristles at the suggestion. “I've raised all I needed.”": the person just written about.
                    speaker = before != null ? before : speaker;
                }
                if (speech && speaker != null) {
                    String subject = isPronoun(speaker) ? Speakers.clauseSubject(view) : null;
                    if (subject != null) {
                        people.mention(subject, sentence.start()); // "Clinton says she ... what she calls “...”"
                    }
                    if (isPronoun(speaker)) {
                        people.continueWith(speaker, inner.start()); // whoever is quoted stays in focus
                    }
                    // A pronoun in the sentence of a quotation just credited continues its speaker: "The official
                    // added: “...,” indicating ..., a scenario he described as “...”".
                    boolean sameSentenceAsCredited = previous != null && previous.speech() && previous.speaker() != null
                            && previous.sentenceIndex() == sentenceIndex;
                    speaker = people.resolve(speaker, inner.start(), isPronoun(speaker) && (sameSentenceAsCredited
                            || Speakers.continuesSpeaker(endView != null ? endView : view, speaker)));
                    boolean thirdPersonSingular = speaker.equalsIgnoreCase("he") || speaker.equalsIgnoreCase("she");
                    // The name must come before the pronoun: in "he added that De Niro is “...”" De Niro is not "he".
                    String fullName = thirdPersonSingular
                            ? Speakers.lastFullNameBefore(view, Speakers.lastWordBefore(view, speaker, inner.start())) : null;
                    if (fullName != null) {
                        // "called Senator Ana Ruiz a “liar” after she ...": with no earlier source, the full name
                        // just before the pronoun in its own sentence.
                        people.mention(fullName, sentence.start());
                        speaker = fullName;
                    }
                    paragraphSpeaker = speaker;
                    if (!isPronoun(speaker)) {
                        lastSpeaker = speaker;
                    }
                }
                if (speech && previous != null && previous.speech() && splitByAttribution(text, previousRaw, raw)) {
                    // "“That,” he added, “promises ...”": one quotation, its attribution standing between its parts.
                    List<Span> parts = new ArrayList<>(previous.parts());
                    parts.add(inner);
                    previous = new Quotation(Span.of(text, previous.start(), inner.end()), previous.sentenceIndex(), true,
                            previous.speaker() != null ? previous.speaker() : speaker, parts);
                    quotes.set(quotes.size() - 1, previous);
                    previousRaw = raw;
                    continue;
                }
                previous = new Quotation(inner, sentenceIndex, speech, speech ? speaker : null);
                previousRaw = raw;
                quotes.add(previous);
            }
            flushed = remember(text, sentences, sentenceTokens, narrativeSpeakers, raws, views, people, flushed, endOfParagraph, namesSeenMidSentence);
            lastSpeaker = people.lastNamed() != null && flushedSpeaker(narrativeSpeakers, firstInParagraph, endOfParagraph)
                    ? people.lastNamed() : lastSpeaker;
        }
        return quotes;
    }

    private static Speakers.Sentence viewOf(String text, List<Span> sentences, List<List<Token>> sentenceTokens,
                                            List<Span> raws, Map<Integer, Speakers.Sentence> views, int index,
                                            int endOfParagraph) {
        if (index < 0 || index >= endOfParagraph) {
            return null;
        }
        return views.computeIfAbsent(index, i -> Speakers.Sentence.of(text, sentences.get(i), sentenceTokens.get(i), raws));
    }

    /** The view of the last sentence of the paragraph before, with that paragraph's own quotations. */
    private static Speakers.Sentence lastSentenceOf(String text, Span paragraph, Span sentence, List<Token> tokens) {
        if (sentence.start() < paragraph.start() || sentence.end() > paragraph.end()) {
            return null;
        }
        List<Span> marks = QuoteMarks.find(text, paragraph, List.of(sentence));
        return Speakers.Sentence.of(text, sentence, tokens, marks);
    }

    private static boolean flushedSpeaker(List<String> narrativeSpeakers, int from, int to) {
        for (int i = from; i < to; i++) {
            if (narrativeSpeakers.get(i) != null && !isPronoun(narrativeSpeakers.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sentences before {@code upTo} not yet seen give their named subject and narrative speaker to the antecedents
     * ("the official said" and "Mr. Obama chalks up" both move the pronoun antecedent forward). Returns the new mark.
     */
    private static int remember(String text, List<Span> sentences, List<List<Token>> sentenceTokens,
                                List<String> narrativeSpeakers, List<Span> raws,
                                Map<Integer, Speakers.Sentence> views, Antecedents people, int flushed, int upTo,
                                Set<String> namesSeenMidSentence) {
        for (int i = flushed; i < upTo; i++) {
            Span sentence = sentences.get(i);
            Speakers.Sentence view = views.computeIfAbsent(i, k -> Speakers.Sentence.of(text, sentence,
                    sentenceTokens.get(k), raws));
            String subject = Speakers.subject(view);
            if (subject != null && namesSeenMidSentence.contains(lastWord(subject))) {
                people.mention(subject, sentence.start());
            } else {
                // "Then Mary Lin arrived.": a person the grammar sees introduced as a subject, first name and all
                String introducedSubject = Speakers.fullNameSubject(view);
                if (introducedSubject != null) {
                    people.mention(introducedSubject, sentence.start());
                }
            }
            for (String introduced : Speakers.introducedNames(view)) {
                people.mention(introduced, sentence.start()); // "concerns Henry Crespo, president of ..."
            }
            String narrativeSpeaker = narrativeSpeakers.get(i);
            if (narrativeSpeaker != null && !isPronoun(narrativeSpeaker)) {
                people.mention(narrativeSpeaker, sentence.start());
            }
            people.learnGender(view);
            // After learning genders: the pronoun itself tells nothing new about whoever it is taken to be.
            String pronounSubject = Speakers.pronounSubject(view);
            if (pronounSubject != null) {
                people.continueWith(pronounSubject, sentence.start());
            }
        }
        return Math.max(flushed, upTo);
    }

    /**
     * Capitalised words seen inside a sentence, not at its start: names, as opposed to words capitalised only
     * because they open a sentence ("Chastened, Trump revised ...").
     */
    private static Set<String> capitalisedMidSentence(List<List<Token>> sentenceTokens) {
        Set<String> names = new HashSet<>();
        for (List<Token> tokens : sentenceTokens) {
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i).isCapitalized()) {
                    names.add(tokens.get(i).lower());
                }
            }
        }
        return names;
    }

    private static String lastWord(String phrase) {
        List<Token> words = Tokenizer.tokenize(phrase);
        return words.isEmpty() ? "" : words.get(words.size() - 1).lower();
    }

    /**
     * The first line is a headline when more follow and it is one short sentence or written in title case: its
     * quotations are the headline writer's, never speech.
     */
    private static boolean isHeadline(String text, Span line, List<Span> sentences) {
        List<Token> words = Tokenizer.tokenize(text, line.start(), line.end());
        int capitalised = 0;
        for (Token w : words) {
            capitalised += w.isCapitalized() || w.kind() == Token.Kind.NUMBER ? 1 : 0;
        }
        boolean titleCase = capitalised >= TITLE_CASE_SHARE * words.size();
        return sentences.size() <= 1 && (words.size() <= HEADLINE_MAX_WORDS || titleCase);
    }

    /** An interview transcript has several turns: one "EXCLUSIVE:" line is a label, not a speaker. */
    private static boolean isTranscript(String text, List<Span> paragraphs) {
        int turns = 0;
        for (int p = 1; p < paragraphs.size() && turns < 2; p++) {
            if (TRANSCRIPT_TURN.matcher(text).region(paragraphs.get(p).start(), paragraphs.get(p).end()).lookingAt()) {
                turns++;
            }
        }
        return turns >= 2;
    }

    static boolean isPronoun(String speaker) {
        String lower = speaker.toLowerCase(Locale.ROOT);
        return AttributionWords.PERSONAL_PRONOUNS.contains(lower) || lower.equals(AttributionWords.IT);
    }

    /** Who says the sentence's content when it holds no quotation marks: "the official said", "according to X". */
    public static String narrativeSpeaker(String text, Span sentence, List<Token> tokens) {
        return Speakers.forNarrative(Speakers.Sentence.of(text, sentence, tokens, List.of()));
    }

    /** A quotation opening a paragraph after one that ends with a colon is spoken by that paragraph's speaker. */
    private static String colonIntroduction(String text, Span raw, List<Span> paragraphs, int p) {
        if (raw.start() - 1 > paragraphs.get(p).start() || p == 0) {
            return null;
        }
        Span previous = paragraphs.get(p - 1);
        if (!text.substring(previous.start(), previous.end()).stripTrailing().endsWith(":")) {
            return null;
        }
        List<Token> tokens = Tokenizer.tokenize(text, previous.start(), previous.end());
        Speakers.Sentence view = Speakers.Sentence.of(text, previous, tokens, List.of());
        String speaker = Speakers.forNarrative(view);
        // "Sanders made the following comment:" introduces its subject's words whatever the verb.
        return speaker != null ? speaker : Speakers.clauseSubject(view);
    }

    /**
     * Whether two quotations are the parts of one split by its attribution: the first ends with a comma, and
     * between them stands only a short clause with a verb of saying, closed by a comma (“That,” he added, “...”).
     * A full stop, a conjunction or a longer clause between them makes two quotations.
     */
    static boolean splitByAttribution(String text, Span first, Span second) {
        if (first.end() > second.start() || second.start() - first.end() > MAX_SPLITTING_ATTRIBUTION_CHARS) {
            return false;
        }
        String gap = text.substring(first.end(), second.start());
        int from = 0;
        while (from < gap.length() && CLOSING_MARKS.indexOf(gap.charAt(from)) >= 0) {
            from++;
        }
        int to = gap.length();
        while (to > from && (Chars.isSpace(gap.charAt(to - 1)) || "“\"‘'«".indexOf(gap.charAt(to - 1)) >= 0)) {
            to--;
        }
        String clause = gap.substring(from, to).strip();
        int last = first.end() - 1;
        while (last > first.start() && Chars.isSpace(text.charAt(last))) {
            last--;
        }
        boolean commaEnded = text.charAt(last) == ',' || clause.startsWith(",");
        if (!commaEnded || !clause.endsWith(",") || clause.length() < 2) {
            return false;
        }
        clause = clause.substring(clause.startsWith(",") ? 1 : 0, clause.length() - 1);
        for (int i = 0; i < clause.length(); i++) {
            if (".!?;:,“”\"".indexOf(clause.charAt(i)) >= 0 && !(clause.charAt(i) == '.' && endsAbbreviation(clause, i))) {
                return false; // "Gov." is an abbreviation; any other stop or comma ends the attribution
            }
        }
        List<Token> words = Tokenizer.tokenize(clause);
        // One act of saying: "the singer tells him before asking, “...”" reports two.
        return !words.isEmpty() && words.size() <= MAX_SPLITTING_ATTRIBUTION_WORDS
                && words.stream().filter(w -> AttributionWords.CREDIT_VERBS.contains(w.lower())).count() == 1
                && words.stream().noneMatch(w -> CLAUSE_LINKS.contains(w.lower()));
    }

    /** A short capitalised word before the point at {@code dot}: "Gov.", "Sen.", "U.S.". */
    private static boolean endsAbbreviation(String s, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
            start--;
        }
        return dot > start && dot - start <= MAX_ABBREVIATION_LETTERS && Character.isUpperCase(s.charAt(start));
    }

    private static boolean coversSentence(Span quote, Span sentence) {
        return quote.length() >= 0.8 * sentence.length();
    }

    private static Span trim(String text, Span raw) {
        int s = raw.start();
        int e = raw.end();
        while (s < e && Chars.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Chars.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        // Marks around no word at all (a stray "“" at the end of a text) quote nothing.
        return e > s && Tokenizer.tokenize(text, s, e).size() > 0 ? Span.of(text, s, e) : null;
    }

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
        if (nameLike || NAMING_VERBS.contains(cue) || soCalled || cueBefore.equals("known") && cue.equals("as")
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
        if (isUtterance(text, inner, raw, paragraph) && (coversSentence(inner, sentence) || before.stripTrailing().endsWith(":"))) {
            // "“Neither do I.”", "a new message: “It's about me.”": a whole sentence in marks is someone's words.
            return true;
        }
        // Unattributed: a short phrase in marks is a scare quote, a longer run of words is speech.
        return words.size() >= 4;
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
                || last >= 1 && DETERMINERS.contains(tokens.get(last).lower()) && tokens.get(last - 1).lower().equals("as");
        WordNet wordNet = WordNet.get();
        for (int i = last; i >= 0 && last - i < CREDIT_WINDOW; i--) {
            Token t = tokens.get(i);
            if (view.gap(i).contains(";") || view.gap(i).contains(":") && i < last) {
                return false;
            }
            if (view.quoted()[i] || t.isCapitalized() && i > 0 || t.kind() != Token.Kind.WORD
                    || i > 0 && LIST_DETERMINERS.contains(tokens.get(i - 1).lower())) {
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

    /** A nickname inside a name: a capitalised word on either side, "Rep. Robert C. “Bobby” Scott". */
    private static boolean insideName(Speakers.Sentence view, Span raw) {
        List<Token> tokens = view.tokens();
        int last = lastBefore(tokens, raw);
        int next = last + 1;
        while (next < tokens.size() && tokens.get(next).start() < raw.end()) {
            next++;
        }
        return last >= 0 && next < tokens.size() && tokens.get(last).isCapitalized() && tokens.get(next).isCapitalized()
                && view.gap(last).strip().length() <= 1 && view.gapBefore(next).strip().length() <= 1;
    }

    /** The last token ending before the quotation, or -1; by search, so a sentence of many quotations stays linear. */
    private static int lastBefore(List<Token> tokens, Span raw) {
        return endingBy(tokens, Token::end, raw.start()) - 1;
    }

    /**
     * How many of {@code items}, in order of their ends, end at or before {@code position}: found by binary search,
     * so a text of many quotations stays linear.
     */
    static <T> int endingBy(List<T> items, ToIntFunction<T> end, int position) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end.applyAsInt(items.get(mid)) <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The quotation opens with a capital and ends, inside its closed marks, with a stop: a sentence of its own. */
    private static boolean isUtterance(String text, Span inner, Span raw, Span paragraph) {
        char first = text.charAt(inner.start());
        char last = text.charAt(inner.end() - 1);
        boolean closed = raw.end() < paragraph.end() && CLOSING_MARKS.indexOf(text.charAt(raw.end())) >= 0;
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

    /**
     * Two quotations listed together: only commas, a conjunction and one determiner or modifier between them
     * ("“disgusting” and “a con”", "a “nasty guy,” an “anchor baby,” “unstable” and “sick.”").
     */
    static boolean coordinated(String text, Span previousRaw, Span raw) {
        char previousLast = text.charAt(Math.max(previousRaw.start(), previousRaw.end() - 1));
        if (previousLast == '.' || previousLast == '?' || previousLast == '!') {
            return false;
        }
        int from = Math.min(previousRaw.end() + 1, raw.start());
        int to = Math.max(from, raw.start() - 1);
        Matcher m = LIST_GAP.matcher(text.substring(from, to));
        if (!m.matches()) {
            return false;
        }
        String word = m.group(2);
        return word == null || m.group(1) != null || LIST_DETERMINERS.contains(word);
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

    /** Speaker phrases that name the same source: "the senior intelligence official" and "the official". */
    public static boolean sameSpeaker(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        List<Token> ta = Tokenizer.tokenize(a);
        List<Token> tb = Tokenizer.tokenize(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        Token headA = ta.get(ta.size() - 1);
        Token headB = tb.get(tb.size() - 1);
        boolean pluralA = headA.lower().endsWith("s") && !headA.lower().endsWith("ss");
        boolean pluralB = headB.lower().endsWith("s") && !headB.lower().endsWith("ss");
        if (headA.key().equals(headB.key()) && pluralA == pluralB) {
            return true;
        }
        // Named people: the same surname is the same speaker ("Marco Rubio", "Rubio").
        return headA.isCapitalized() && headB.isCapitalized() && headA.lower().equals(headB.lower())
                || SpeakerWords.renders(a, b);
    }

    static boolean isDeterminer(String w) {
        return DETERMINERS.contains(w);
    }

    private static int indexOf(List<Span> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return Math.max(0, Math.min(lo, sentences.size() - 1));
    }
}
