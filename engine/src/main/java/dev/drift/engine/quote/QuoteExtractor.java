package dev.drift.engine.quote;

import dev.drift.engine.document.Quotation;
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
 * Finds the quotations of an article, tells speech from quoted names, titles and scare quotes
 * ({@link SpeechOrName}), joins the parts of a split quotation ({@link QuotationJoins}), and attaches a speaker where
 * the text names one ({@link Speakers}): "X said" after or before the quote, "according to X", a colon introduction,
 * a transcript turn, or a pronoun pointing back to the person in focus ({@link Antecedents}).
 */
public final class QuoteExtractor {
    /** Determiners that may open a listed quotation ("a “liar” and a “bully”"); "that" opens a clause instead. */
    static final Set<String> LIST_DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our",
            "my", "your");
    static final String CLOSING_MARKS = "”\"’'»›“";
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "this", "that", "another");
    /** A paragraph opening with a name in capitals and a colon, after an optional mark: a transcript turn. */
    private static final Pattern TRANSCRIPT_TURN = Pattern.compile(
            "[\"“']?\\s*(\\p{Lu}[\\p{Lu}.'’ -]{1,30}\\p{Lu})\\s*:\\s*(\\S)");

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
                boolean speech = !headline && SpeechOrName.isSpeech(text, inner, raw, sentence, paragraph, view, speaker);
                if (!headline && previous != null && QuotationJoins.listed(text, previousRaw, raw)) {
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
                if (speech && previous != null && previous.speech() && QuotationJoins.splitByAttribution(text, previousRaw, raw)) {
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

    static boolean coversSentence(Span quote, Span sentence) {
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
                || SpeakerWords.sameSource(a, b);
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
