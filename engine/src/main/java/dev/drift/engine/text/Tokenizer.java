package dev.drift.engine.text;

import dev.drift.engine.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words, numbers and acronyms with their offsets. Stateless and thread-safe. */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<acr>(?:\\p{Lu}\\.){2,})"
                    + "|(?<num>\\d+(?:[,.]\\d+)*)"
                    + "|(?<word>[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*)");
    private static final int STEM_LENGTH = 6;

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /**
     * The tokens lying wholly inside [from, to). A long text (an article) is tokenized once per thread and sliced,
     * because the engine asks for many overlapping ranges of the same two texts; short texts are scanned directly.
     * Either way the answer depends only on the arguments.
     */
    public static List<Token> tokenize(String text, int from, int to) {
        if (text.length() < WHOLE_TEXT_MIN) {
            return scan(text, from, to);
        }
        List<Token> all = wholeText(text);
        int lo = firstStartingAtOrAfter(all, from);
        int hi = firstStartingAtOrAfter(all, to);
        while (hi > lo && all.get(hi - 1).end() > to) {
            hi--;
        }
        return new ArrayList<>(all.subList(lo, hi));
    }

    private static final int WHOLE_TEXT_MIN = 2048;
    /** The last two long texts this thread tokenized (an original and a reprint), compared by identity. */
    private static final ThreadLocal<Object[]> RECENT = ThreadLocal.withInitial(() -> new Object[4]);

    @SuppressWarnings("unchecked")
    private static List<Token> wholeText(String text) {
        Object[] recent = RECENT.get();
        if (recent[0] == text) {
            return (List<Token>) recent[1];
        }
        if (recent[2] == text) {
            return (List<Token>) recent[3];
        }
        List<Token> tokens = List.copyOf(scan(text, 0, text.length()));
        recent[2] = recent[0];
        recent[3] = recent[1];
        recent[0] = text;
        recent[1] = tokens;
        return tokens;
    }

    private static int firstStartingAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<Token> scan(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String raw = m.group();
            Token.Kind kind;
            String key;
            if (m.group("acr") != null) {
                kind = Token.Kind.ACRONYM;
                key = Lexicon.lower(raw.replace(".", "")) + "#";
            } else if (m.group("num") != null) {
                kind = Token.Kind.NUMBER;
                key = normalizeNumber(raw);
            } else if (raw.length() >= 2 && isAllUpper(stripPossessive(raw))) {
                kind = Token.Kind.ACRONYM;
                key = Lexicon.lower(stripPossessive(raw)) + "#";
            } else {
                kind = Token.Kind.WORD;
                key = stem(Lexicon.lower(raw));
            }
            tokens.add(new Token(m.start(), m.end(), raw, Lexicon.lower(raw), key, kind));
        }
        return tokens;
    }

    public static String normalizeNumber(String raw) {
        String s = raw;
        // "6,000" and "6000" are one number; "2.5" keeps its decimal point.
        if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            s = s.replace(",", "");
        }
        return s;
    }

    /** A light suffix stripper: enough to join "emptied" and "emptying", "moved" and "moving". */
    public static String stem(String lower) {
        String w = stripPossessive(lower);
        if (w.length() > 4 && (w.endsWith("ies") || w.endsWith("ied"))) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 5 && w.endsWith("ly")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && (w.endsWith("e") || w.endsWith("y"))) {
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w;
    }

    private static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'S") || w.endsWith("’S")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("'") || w.endsWith("’")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean isAllUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    public static boolean isContent(Token t) {
        return t.kind() != Token.Kind.WORD || !Lexicon.STOPWORDS.contains(t.lower());
    }
}
