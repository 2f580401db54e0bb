package dev.drift.engine.document;

import dev.drift.engine.text.Chars;
import dev.drift.engine.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences. A sentence ends at . ! ? or an ellipsis, after any closing
 * quotation marks and brackets, when a capital, digit or opening quotation follows. Abbreviations
 * (Gen., Jan., U.S.), initials and numbers with points do not end a sentence.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm",
            "maj", "pres", "sec", "st", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "etc", "e.g", "i.e", "no",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx",
            "dept", "est", "fig", "vol", "rev", "hon", "gov't", "al");
    /** After a dotted acronym (U.S.) only these words show that a new sentence has begun. */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "but", "and",
            "in", "on", "at", "as", "however", "there", "his", "her", "their", "its", "our", "after", "when", "while");
    private static final String CLOSERS = "”’\"')]»›";
    private static final String OPENERS = "“‘\"'([«‹„";

    private SentenceSplitter() {
    }

    public static List<Span> split(String text, Span paragraph) {
        List<Span> sentences = new ArrayList<>();
        int start = paragraph.start();
        int end = paragraph.end();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < end && (text.charAt(j) == '.' || text.charAt(j) == '…' || text.charAt(j) == '!'
                        || text.charAt(j) == '?')) {
                    j++;
                }
                while (j < end && CLOSERS.indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j < end && !Chars.isSpace(text.charAt(j))) {
                    i = j;
                    continue;
                }
                int k = j;
                while (k < end && Chars.isSpace(text.charAt(k))) {
                    k++;
                }
                if (k >= end || (startsSentence(text, k, end) && !isAbbreviation(text, start, i, c, k, end))) {
                    addTrimmed(text, sentences, start, j);
                    start = k;
                }
                i = Math.max(j, i + 1);
                continue;
            }
            i++;
        }
        if (start < end) {
            addTrimmed(text, sentences, start, end);
        }
        return sentences;
    }

    private static boolean startsSentence(String text, int k, int end) {
        char n = text.charAt(k);
        if (OPENERS.indexOf(n) >= 0 && k + 1 < end) {
            n = text.charAt(k + 1);
        }
        return Character.isUpperCase(n) || Character.isDigit(n);
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot, char mark, int next, int end) {
        if (mark != '.') {
            return false;
        }
        int w = dot;
        while (w > sentenceStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.'
                || text.charAt(w - 1) == '\'' || text.charAt(w - 1) == '’')) {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        if (lower.equals("no") && !Character.isDigit(text.charAt(next))) {
            return false;
        }
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        if (word.contains(".")) {
            // Dotted acronym: "U.S. officials" continues, "the U.S. The next day" starts anew.
            int e = next;
            while (e < end && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return !SENTENCE_STARTERS.contains(text.substring(next, e).toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static void addTrimmed(String text, List<Span> out, int s, int e) {
        while (s < e && Chars.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Chars.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(Span.of(text, s, e));
        }
    }
}
