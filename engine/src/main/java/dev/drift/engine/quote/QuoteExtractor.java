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
    private static final Set<String> NAMING_CUES = Set.of(
            "dubbed", "named", "titled", "entitled", "known", "so-called", "network", "newspaper", "channel",
            "outlet", "magazine", "hashtag", "term", "word", "phrase", "operation", "group", "programme", "program",
            "show", "book", "film", "album", "song", "campaign", "slogan", "codenamed", "nicknamed");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "de", "al", "el", "la", "von", "van", "&");
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
     * @param narrativeSpeakers each sentence's {@link #narrativeSpeaker}, or null
     */
    public static List<Quotation> extract(String text, List<Span> paragraphs, List<Span> sentences,
                                          List<String> narrativeSpeakers) {
        List<Quotation> quotes = new ArrayList<>();
        Antecedents people = new Antecedents();
        Set<String> namesSeenMidSentence = capitalisedMidSentence(text, sentences);
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
            for (Span raw : raws) {
                Span inner = trim(text, raw);
                if (inner == null) {
                    continue;
                }
                int sentenceIndex = indexOf(sentences, inner.start());
                flushed = remember(text, sentences, narrativeSpeakers, raws, views, people, flushed, sentenceIndex, namesSeenMidSentence);
                Span sentence = sentenceIndex >= 0 ? sentences.get(sentenceIndex) : paragraph;
                Speakers.Sentence view = views.computeIfAbsent(sentenceIndex, i -> Speakers.Sentence.of(text, sentence,
                        Tokenizer.tokenize(text, sentence.start(), sentence.end()), raws));
                // The attribution may follow in the sentence where the quotation ends, or make the next one.
                int endIndex = indexOf(sentences, Math.max(inner.start(), inner.end() - 1));
                Speakers.Sentence endView = viewOf(text, sentences, raws, views, endIndex, endOfParagraph);
                Speakers.Sentence nextView = viewOf(text, sentences, raws, views, endIndex + 1, endOfParagraph);
                String speaker = headline ? null : Speakers.forQuote(view, endView != null ? endView : view, nextView, raw);
                if (speaker == null && !headline) {
                    speaker = colonIntroduction(text, raw, paragraphs, p);
                }
                boolean speech = !headline && isSpeech(text, inner, raw, sentence, speaker);
                if (speech && speaker == null && coversSentence(inner, sentence)) {
                    // A quotation standing alone continues the speaker of the paragraph, or of the one before.
                    speaker = paragraphSpeaker != null ? paragraphSpeaker : lastSpeaker;
                    Speakers.Sentence sentenceBefore = paragraphSpeaker != null || sentenceIndex < 1
                            || narrativeSpeakers.get(sentenceIndex - 1) != null ? null
                            : sentenceIndex > firstInParagraph ? viewOf(text, sentences, raws, views, sentenceIndex - 1, endOfParagraph)
                            : p > 1 ? lastSentenceOf(text, paragraphs.get(p - 1), sentences.get(sentenceIndex - 1)) : null;
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
                    speaker = people.resolve(speaker, inner.start());
                    paragraphSpeaker = speaker;
                    if (!isPronoun(speaker)) {
                        lastSpeaker = speaker;
                    }
                }
                quotes.add(new Quotation(inner, sentenceIndex, speech, speech ? speaker : null));
            }
            flushed = remember(text, sentences, narrativeSpeakers, raws, views, people, flushed, endOfParagraph, namesSeenMidSentence);
            lastSpeaker = people.lastNamed() != null && flushedSpeaker(narrativeSpeakers, firstInParagraph, endOfParagraph)
                    ? people.lastNamed() : lastSpeaker;
        }
        return quotes;
    }

    private static Speakers.Sentence viewOf(String text, List<Span> sentences, List<Span> raws,
                                            Map<Integer, Speakers.Sentence> views, int index, int endOfParagraph) {
        if (index < 0 || index >= endOfParagraph) {
            return null;
        }
        Span sentence = sentences.get(index);
        return views.computeIfAbsent(index, i -> Speakers.Sentence.of(text, sentence,
                Tokenizer.tokenize(text, sentence.start(), sentence.end()), raws));
    }

    /** The view of the last sentence of the paragraph before, with that paragraph's own quotations. */
    private static Speakers.Sentence lastSentenceOf(String text, Span paragraph, Span sentence) {
        if (sentence.start() < paragraph.start() || sentence.end() > paragraph.end()) {
            return null;
        }
        List<Span> marks = QuoteMarks.find(text, paragraph, List.of(sentence));
        return Speakers.Sentence.of(text, sentence, Tokenizer.tokenize(text, sentence.start(), sentence.end()), marks);
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
    private static int remember(String text, List<Span> sentences, List<String> narrativeSpeakers, List<Span> raws,
                                Map<Integer, Speakers.Sentence> views, Antecedents people, int flushed, int upTo,
                                Set<String> namesSeenMidSentence) {
        for (int i = flushed; i < upTo; i++) {
            Span sentence = sentences.get(i);
            Speakers.Sentence view = views.computeIfAbsent(i, k -> Speakers.Sentence.of(text, sentence,
                    Tokenizer.tokenize(text, sentence.start(), sentence.end()), raws));
            String subject = Speakers.subject(view);
            if (subject != null && namesSeenMidSentence.contains(lastWord(subject))) {
                people.mention(subject, sentence.start());
            }
            for (String introduced : Speakers.introducedNames(view)) {
                people.mention(introduced, sentence.start()); // "concerns Henry Crespo, president of ..."
            }
            String narrativeSpeaker = narrativeSpeakers.get(i);
            if (narrativeSpeaker != null && !isPronoun(narrativeSpeaker)) {
                people.mention(narrativeSpeaker, sentence.start());
            }
            people.learnGender(view);
        }
        return Math.max(flushed, upTo);
    }

    /**
     * Capitalised words seen inside a sentence, not at its start: names, as opposed to words capitalised only
     * because they open a sentence ("Chastened, Trump revised ...").
     */
    private static Set<String> capitalisedMidSentence(String text, List<Span> sentences) {
        Set<String> names = new HashSet<>();
        for (Span s : sentences) {
            List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
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
        return Speakers.PERSONAL_PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT));
    }

    /** Who says the sentence's content when it holds no quotation marks: "the official said", "according to X". */
    public static String narrativeSpeaker(String text, Span sentence) {
        List<Token> tokens = Tokenizer.tokenize(text, sentence.start(), sentence.end());
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
        return e > s ? Span.of(text, s, e) : null;
    }

    static boolean isSpeech(String text, Span inner, Span raw, Span sentence, String speaker) {
        List<Token> words = Tokenizer.tokenize(text, inner.start(), inner.end());
        if (words.isEmpty()) {
            return false;
        }
        String before = text.substring(Math.max(sentence.start(), raw.start() - 40), Math.max(sentence.start(), raw.start() - 1));
        List<Token> beforeTokens = Tokenizer.tokenize(before);
        String cue = beforeTokens.isEmpty() ? "" : beforeTokens.get(beforeTokens.size() - 1).lower();
        String cueBefore = beforeTokens.size() >= 2 ? beforeTokens.get(beforeTokens.size() - 2).lower() : "";
        boolean soCalled = cue.equals("called") && cueBefore.equals("so");
        if (isNameLike(text, inner, words) || NAMING_CUES.contains(cue) || soCalled
                || cueBefore.equals("known") && cue.equals("as")) {
            return false;
        }
        if (speaker != null || cue.equals("as") && before.toLowerCase(Locale.ROOT).matches(".*\\b(described|called|termed|characteri[sz]ed|labell?ed)\\b.*")) {
            return true;
        }
        // Unattributed: a short phrase in marks is a scare quote, a longer run of words is speech.
        return words.size() >= 4;
    }

    private static boolean isNameLike(String text, Span inner, List<Token> words) {
        if (words.size() > 6) {
            return false;
        }
        char last = text.charAt(inner.end() - 1);
        if (last == '.' || last == '?' || last == '!') {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (i > 0 && FUNCTION_WORDS.contains(t.lower())) {
                continue;
            }
            if (!t.isCapitalized() && t.kind() != Token.Kind.NUMBER) {
                return false;
            }
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
        return headA.isCapitalized() && headB.isCapitalized() && headA.lower().equals(headB.lower());
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
