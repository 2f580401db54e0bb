package dev.drift.engine.text;

import dev.drift.engine.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Splits text into words, numbers and acronyms with their offsets. Stateless and thread-safe. */
public final class Tokenizer {
    private static final int STEM_LENGTH = 6;

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /**
     * The tokens lying wholly inside [from, to). A long text (an article) is tokenized once per thread and sliced,
     * because the engine asks for many overlapping ranges of the same two texts; short texts are scanned directly.
     * Either way the answer depends only on the arguments. The list may be an unmodifiable view.
     */
    public static List<Token> tokenize(String text, int from, int to) {
        if (text.length() < WHOLE_TEXT_MIN) {
            return scan(text, from, to, false);
        }
        Scanned all = wholeText(text);
        int lo = firstStartingAtOrAfter(all.starts, from);
        int hi = firstStartingAtOrAfter(all.starts, to);
        while (hi > lo && all.tokens.get(hi - 1).end() > to) {
            hi--;
        }
        return all.tokens.subList(lo, hi);
    }

    private static final int WHOLE_TEXT_MIN = 2048;
    /** The last two long texts this thread tokenized (an original and a reprint), compared by identity. */
    private static final ThreadLocal<Object[]> RECENT = ThreadLocal.withInitial(() -> new Object[4]);

    /**
     * A whole text's tokens with their start offsets in one array: the engine slices the same text thousands of
     * times, and a search over packed offsets does not visit a token object per step.
     */
    private record Scanned(List<Token> tokens, int[] starts) {
    }

    private static Scanned wholeText(String text) {
        Object[] recent = RECENT.get();
        if (recent[0] == text) {
            return (Scanned) recent[1];
        }
        if (recent[2] == text) {
            return (Scanned) recent[3];
        }
        List<Token> tokens = List.copyOf(scan(text, 0, text.length(), true));
        int[] starts = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = tokens.get(i).start();
        }
        Scanned scanned = new Scanned(tokens, starts);
        recent[2] = recent[0];
        recent[3] = recent[1];
        recent[0] = text;
        recent[1] = scanned;
        return scanned;
    }

    private static int firstStartingAtOrAfter(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * One pass over the characters, equivalent to the alternation acronym | number | word, tried in that order at
     * each position: an acronym is two or more capital-letter-and-point pairs ("U.S."); a number is ASCII digits
     * joined by single commas or points ("6,000", "2.5"); a word is letters and digits joined by apostrophes.
     */
    private static List<Token> scan(String text, int from, int to, boolean shareForms) {
        List<Token> tokens = new ArrayList<>();
        // In a whole text, kept for the analysis, a word written again shares the first occurrence's strings: a long
        // text repeats a few thousand forms, and three strings per token would otherwise dominate its memory. Short
        // texts, scanned often and dropped, skip the table.
        Map<String, Token> seen = shareForms ? new HashMap<>() : null;
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            int acronymEnd = acronymEnd(text, i, to);
            int end = acronymEnd > i ? acronymEnd
                    : isAsciiDigit(cp) ? numberEnd(text, i, to)
                    : isWordChar(cp) ? wordEnd(text, i, to)
                    : -1;
            if (end < 0) {
                i += Character.charCount(cp);
                continue;
            }
            String raw = text.substring(i, end);
            Token first = seen == null ? null : seen.get(raw);
            if (first != null) {
                tokens.add(new Token(i, end, first.text(), first.lower(), first.key(), first.kind(), first.content()));
            } else {
                Token token = acronymEnd > i
                        ? new Token(i, end, raw, Lexicon.lower(raw), Lexicon.lower(raw.replace(".", "")) + "#",
                                Token.Kind.ACRONYM, true)
                        : isAsciiDigit(cp) ? new Token(i, end, raw, raw, normalizeNumber(raw), Token.Kind.NUMBER, true)
                        : word(raw, i, end);
                if (seen != null) {
                    seen.put(raw, token);
                }
                tokens.add(token);
            }
            i = end;
        }
        return tokens;
    }

    private static Token word(String raw, int start, int end) {
        String lower = Lexicon.lower(raw);
        String bare = stripPossessive(raw);
        if (raw.length() >= 2 && isAllUpper(bare)) {
            return new Token(start, end, raw, lower, Lexicon.lower(bare) + "#", Token.Kind.ACRONYM, true);
        }
        return new Token(start, end, raw, lower, stem(lower), Token.Kind.WORD, !Lexicon.STOPWORDS.contains(lower));
    }

    private static int acronymEnd(String text, int i, int to) {
        int pairs = 0;
        while (i < to) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.getType(cp) != Character.UPPERCASE_LETTER || next >= to || text.charAt(next) != '.') {
                break;
            }
            i = next + 1;
            pairs++;
        }
        return pairs >= 2 ? i : -1;
    }

    private static int numberEnd(String text, int i, int to) {
        while (i < to && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        while (i + 1 < to && (text.charAt(i) == ',' || text.charAt(i) == '.') && isAsciiDigit(text.charAt(i + 1))) {
            i++;
            while (i < to && isAsciiDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static int wordEnd(String text, int i, int to) {
        i = wordRunEnd(text, i, to);
        while (i + 1 < to && (text.charAt(i) == '\'' || text.charAt(i) == '’') && isWordChar(text.codePointAt(i + 1))) {
            i = wordRunEnd(text, i + 1, to);
        }
        return i;
    }

    private static int wordRunEnd(String text, int i, int to) {
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp) || i + Character.charCount(cp) > to) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Letters and numbers of any script, as the regular-expression classes \p{L} and \p{N} define them. */
    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Digits grouped in thousands: compiled once, as every number token with a comma asks. */
    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    public static String normalizeNumber(String raw) {
        String s = raw;
        // "6,000" and "6000" are one number; "2.5" keeps its decimal point.
        if (s.indexOf(',') >= 0 && GROUPED_NUMBER.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        return s;
    }

    /**
     * A light suffix stripper: enough to join "emptied" and "emptying", "moved" and "moving". Works on index
     * arithmetic over the word (every token asks), so a word that keeps its letters is returned without a copy.
     */
    public static String stem(String lower) {
        String w = stripPossessive(lower);
        int n = w.length();
        // After "ies"/"ied" the stem is w[0, n) with its last letter read as 'y'; any later cut removes that letter.
        boolean lastIsY = false;
        if (n > 4 && (w.endsWith("ies") || w.endsWith("ied"))) {
            n -= 2;
            lastIsY = true;
        } else if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            n--;
        }
        if (n > 5 && endsWith(w, n, lastIsY, "ing")) {
            n -= 3;
            lastIsY = false;
        } else if (n > 4 && endsWith(w, n, lastIsY, "ed")) {
            n -= 2;
            lastIsY = false;
        } else if (n > 5 && endsWith(w, n, lastIsY, "ly")) {
            n -= 2;
            lastIsY = false;
        }
        if (n > 3 && (lastIsY || w.charAt(n - 1) == 'e' || w.charAt(n - 1) == 'y')) {
            n--;
            lastIsY = false;
        }
        if (n > STEM_LENGTH) {
            return w.substring(0, STEM_LENGTH); // a 'y' read at the end lies beyond the cut
        }
        if (lastIsY) {
            return w.substring(0, n - 1) + "y";
        }
        return n == w.length() ? w : w.substring(0, n);
    }

    /** Whether w[0, n), its last letter read as 'y' when {@code lastIsY}, ends with the suffix. */
    private static boolean endsWith(String w, int n, boolean lastIsY, String suffix) {
        int k = suffix.length();
        if (k > n) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            int at = n - k + i;
            char c = lastIsY && at == n - 1 ? 'y' : w.charAt(at);
            if (c != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The word without a possessive ending ("NATO's", "officials'"). */
    public static String stripPossessive(String w) {
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
        return t.content();
    }
}
