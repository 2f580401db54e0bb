package dev.drift.engine.quote;

import dev.drift.engine.document.Quotation;
import dev.drift.engine.text.Chars;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern DESCRIBED_BY = Pattern.compile(
            "(?i)\\b(?:described|characterized|characterised|called|labelled|labeled|termed)\\s+by\\s+([^,;:“”\"]{2,80}?)\\s+as\\s*$");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to\\s+([^,;:“”\"]{2,60}?)(?:,|$)");
    private static final int MAX_SPEAKER_WORDS = 7;
    private static final Set<String> AUXILIARIES = Set.of(
            "have", "has", "had", "will", "would", "also", "later", "reportedly", "previously", "earlier", "again");

    private QuoteExtractor() {
    }

    /**
     * @param paragraphs        the article's content lines in order
     * @param sentences         all sentences of those paragraphs, in order
     * @param narrativeSpeakers each sentence's {@link #narrativeSpeaker}, or null
     */
    public static List<Quotation> extract(String text, List<Span> paragraphs, List<Span> sentences,
                                          List<String> narrativeSpeakers) {
        List<Quotation> quotes = new ArrayList<>();
        String lastSpeaker = null;
        int firstInParagraph = 0;
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
            String paragraphSpeaker = null;
            for (Span raw : QuoteMarks.find(text, paragraph, paraSentences)) {
                Span inner = trim(text, raw);
                if (inner == null) {
                    continue;
                }
                int sentenceIndex = indexOf(sentences, inner.start());
                Span sentence = sentenceIndex >= 0 ? sentences.get(sentenceIndex) : paragraph;
                String speaker = findSpeaker(text, sentence, raw, paragraphs, p);
                boolean pronoun = speaker != null && Lexicon.PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT));
                if (pronoun) {
                    speaker = lastSpeaker != null ? lastSpeaker : speaker;
                }
                boolean speech = isSpeech(text, inner, raw, sentence, speaker);
                if (speech && speaker == null && coversSentence(inner, sentence)) {
                    // A quotation standing alone continues the speaker of the paragraph, or of the one before.
                    speaker = paragraphSpeaker != null ? paragraphSpeaker : lastSpeaker;
                }
                if (speech && speaker != null) {
                    paragraphSpeaker = speaker;
                    if (!Lexicon.PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT))) {
                        lastSpeaker = speaker;
                    }
                }
                quotes.add(new Quotation(inner, sentenceIndex, speech, speech ? speaker : null));
            }
            // Narrative attribution ("the official said") also moves the pronoun antecedent forward.
            for (int i = firstInParagraph; i < endOfParagraph; i++) {
                String narrativeSpeaker = narrativeSpeakers.get(i);
                if (narrativeSpeaker != null && !Lexicon.PRONOUNS.contains(narrativeSpeaker.toLowerCase(Locale.ROOT))) {
                    lastSpeaker = narrativeSpeaker;
                }
            }
        }
        return quotes;
    }

    /** Who says the sentence's content when it holds no quotation marks: "the official said", "according to X". */
    public static String narrativeSpeaker(String text, Span sentence) {
        return speakerBeforeVerb(text, sentence, sentence.end());
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

    private static String findSpeaker(String text, Span sentence, Span raw, List<Span> paragraphs, int p) {
        int closeMark = Math.min(raw.end() + 1, sentence.end());
        String after = speakerAfter(text, closeMark, sentence.end());
        if (after != null) {
            return after;
        }
        int openMark = Math.max(sentence.start(), raw.start() - 1);
        String prefix = text.substring(sentence.start(), openMark);
        Matcher described = DESCRIBED_BY.matcher(prefix);
        if (described.find()) {
            return clean(described.group(1));
        }
        String before = speakerBeforeVerb(text, sentence, openMark);
        if (before != null) {
            return before;
        }
        if (raw.start() - 1 <= paragraphs.get(p).start() && p > 0) {
            Span previous = paragraphs.get(p - 1);
            if (text.substring(previous.start(), previous.end()).stripTrailing().endsWith(":")) {
                return speakerBeforeVerb(text, previous, previous.end());
            }
        }
        return null;
    }

    /** ", the official said" / ", said John Smith" right after the closing mark. */
    private static String speakerAfter(String text, int from, int to) {
        List<Token> tokens = Tokenizer.tokenize(text, from, to);
        if (tokens.isEmpty()) {
            return null;
        }
        // Only when the attribution directly follows: no other clause in between.
        String gap = text.substring(from, tokens.get(0).start());
        if (gap.contains(".") || gap.contains("“") || gap.contains(";")) {
            return null;
        }
        if (Lexicon.ATTRIBUTION_VERBS.contains(tokens.get(0).lower()) && !tokens.get(0).lower().endsWith("ing")) {
            StringBuilder np = new StringBuilder();
            for (int i = 1; i < tokens.size() && i <= MAX_SPEAKER_WORDS; i++) {
                Token t = tokens.get(i);
                if (i > 1 && text.substring(tokens.get(i - 1).end(), t.start()).contains(",")) {
                    break;
                }
                if (Lexicon.SPEAKER_BREAKERS.contains(t.lower()) && !t.lower().equals("of")) {
                    break;
                }
                np.append(np.length() == 0 ? "" : " ").append(t.text());
            }
            return np.length() == 0 ? null : np.toString();
        }
        for (int v = 1; v < tokens.size() && v <= MAX_SPEAKER_WORDS; v++) {
            if (Lexicon.ATTRIBUTION_VERBS.contains(tokens.get(v).lower())) {
                String np = text.substring(tokens.get(0).start(), tokens.get(v - 1).end());
                if (np.contains(",")) {
                    return null;
                }
                for (int i = 0; i < v; i++) {
                    if (Lexicon.SPEAKER_BREAKERS.contains(tokens.get(i).lower())) {
                        return null;
                    }
                }
                return clean(np);
            }
        }
        return null;
    }

    /** The subject of the last attribution verb before {@code limit}, or of "according to". */
    private static String speakerBeforeVerb(String text, Span sentence, int limit) {
        if (limit <= sentence.start()) {
            return null;
        }
        List<Token> tokens = Tokenizer.tokenize(text, sentence.start(), limit);
        for (int v = tokens.size() - 1; v >= 0; v--) {
            Token verb = tokens.get(v);
            if (!Lexicon.ATTRIBUTION_VERBS.contains(verb.lower())) {
                continue;
            }
            if (verb.lower().equals("described") && v + 1 < tokens.size() && tokens.get(v + 1).lower().equals("by")) {
                continue; // handled by the "described by X as" pattern
            }
            int subjectEnd = v;
            while (subjectEnd > 0 && AUXILIARIES.contains(tokens.get(subjectEnd - 1).lower())) {
                subjectEnd--;
            }
            int i = subjectEnd - 1;
            while (i >= 0 && subjectEnd - i <= MAX_SPEAKER_WORDS) {
                Token t = tokens.get(i);
                String gap = text.substring(t.end(), tokens.get(i + 1).start());
                if (gap.contains(",") || gap.contains("“") || gap.contains("\"") || gap.contains(":") || gap.contains("”")) {
                    break;
                }
                if (Lexicon.SPEAKER_BREAKERS.contains(t.lower()) || Lexicon.ATTRIBUTION_VERBS.contains(t.lower())) {
                    break;
                }
                i--;
            }
            if (i + 1 < subjectEnd) {
                String np = clean(text.substring(tokens.get(i + 1).start(), tokens.get(subjectEnd - 1).end()));
                if (np != null) {
                    return np;
                }
            }
            if (verb.lower().endsWith("ing")) {
                return sentenceSubject(text, tokens);
            }
        }
        if (!containsIgnoreCase(text, sentence.start(), limit, "according to")) {
            return null; // spares most sentences the expression below
        }
        Matcher according = ACCORDING_TO.matcher(text.substring(sentence.start(), limit));
        if (according.find()) {
            return clean(according.group(1));
        }
        return null;
    }

    private static boolean containsIgnoreCase(String text, int from, int to, String needle) {
        char first = Character.toLowerCase(needle.charAt(0));
        char firstUpper = Character.toUpperCase(first);
        for (int i = from; i + needle.length() <= to; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    /** "The official credited X, saying that ...": the speaker of a participle is the sentence's subject. */
    private static String sentenceSubject(String text, List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && i < MAX_SPEAKER_WORDS) {
            String w = tokens.get(i).lower();
            if (i > 0 && (Lexicon.ATTRIBUTION_VERBS.contains(w) || w.endsWith("ed") || Set.of("is", "was", "were", "are",
                    "has", "had", "will", "would", "could").contains(w))) {
                break;
            }
            i++;
        }
        if (i == 0 || i >= tokens.size()) {
            return null;
        }
        return clean(text.substring(tokens.get(0).start(), tokens.get(i - 1).end()));
    }

    private static String clean(String np) {
        String s = np.strip();
        if (s.isEmpty()) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("it") || lower.equals("this") || lower.equals("that") || lower.equals("which")) {
            return null;
        }
        if (!Character.isLetter(s.charAt(0))) {
            return null;
        }
        // "a scenario the official": a second determiner starts the real speaker phrase; "a scenario he" is "he".
        List<Token> words = Tokenizer.tokenize(s);
        if (words.size() > 1 && Lexicon.PRONOUNS.contains(words.get(words.size() - 1).lower())) {
            return words.get(words.size() - 1).text();
        }
        for (int i = words.size() - 1; i > 0; i--) {
            if (isDeterminer(words.get(i).lower()) && !words.get(i - 1).lower().equals("of")) {
                return s.substring(words.get(i).start());
            }
        }
        return s;
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
