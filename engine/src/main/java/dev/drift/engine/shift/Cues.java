package dev.drift.engine.shift;

import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Finds lexicon cues (hedges, modality, negation, degree, event verbs, loaded words) in a span of text. */
public final class Cues {
    private Cues() {
    }

    public static List<Span> hedges(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text, from, to)) {
            if (Lexicon.HEDGE_WORDS.contains(t.lower()) && !isNumberApproximator(text, t, to)) {
                out.add(Span.of(text, t.start(), t.end()));
            }
        }
        out.addAll(phrases(text, from, to, Lexicon.HEDGE_PHRASES));
        return out;
    }

    /** "roughly 6,000" is a quantity's bound, judged as a number shift, not a hedge. */
    private static boolean isNumberApproximator(String text, Token t, int to) {
        int i = t.end();
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < to && Character.isDigit(text.charAt(i));
    }

    public static List<Span> possibility(String text, int from, int to) {
        return words(text, from, to, Lexicon.POSSIBILITY_WORDS);
    }

    public static List<Span> factiveOutcomes(String text, int from, int to) {
        return words(text, from, to, Lexicon.FACTIVE_OUTCOME_WORDS);
    }

    public static List<Span> negations(String text, int from, int to) {
        List<Span> out = words(text, from, to, Lexicon.NEGATIONS);
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        int i = lower.indexOf("n't");
        while (i >= 0) {
            out.add(Span.of(text, from + i, from + i + 3));
            i = lower.indexOf("n't", i + 1);
        }
        return out;
    }

    public static List<Span> loaded(String text, int from, int to) {
        return words(text, from, to, Lexicon.LOADED_WORDS);
    }

    public static List<Span> degree(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text, from, to)) {
            if (Lexicon.DEGREE_WORDS.contains(t.lower()) && !isNumberApproximator(text, t, to)) {
                out.add(Span.of(text, t.start(), t.end()));
            }
        }
        out.addAll(phrases(text, from, to, Lexicon.DEGREE_WORDS.stream().filter(w -> w.contains(" ")).toArray(String[]::new)));
        return out;
    }

    /** Each event stem with the first class that lists it. */
    private static final Map<String, Integer> EVENT_STEMS = new HashMap<>();
    private static final int LONGEST_EVENT_STEM;

    static {
        int longest = 0;
        for (int c = 0; c < Lexicon.EVENT_CLASSES.length; c++) {
            for (String stem : Lexicon.EVENT_CLASSES[c]) {
                EVENT_STEMS.putIfAbsent(stem, c);
                longest = Math.max(longest, stem.length());
            }
        }
        LONGEST_EVENT_STEM = longest;
    }

    /**
     * Index of the event class of a word ("born" and "grew up" differ), or -1: the first class with a stem that
     * begins the word and leaves at most four letters of ending. Looks up the word's few possible stems.
     */
    public static int eventClass(Token t) {
        String w = t.lower();
        int best = -1;
        for (int length = Math.max(1, w.length() - 4); length <= Math.min(w.length(), LONGEST_EVENT_STEM); length++) {
            Integer c = EVENT_STEMS.get(w.substring(0, length));
            if (c != null && (best < 0 || c < best)) {
                best = c;
            }
        }
        return best;
    }

    public static List<Span> editorialMarkers(String text, int from, int to) {
        return phrases(text, from, to, Lexicon.EDITORIAL_MARKERS);
    }

    public static Set<String> lowerWords(List<Span> spans) {
        Set<String> out = new java.util.HashSet<>();
        for (Span s : spans) {
            out.add(s.text().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<Span> words(String text, int from, int to, Set<String> lexicon) {
        List<Span> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text, from, to)) {
            if (lexicon.contains(t.lower())) {
                out.add(Span.of(text, t.start(), t.end()));
            }
        }
        return out;
    }

    private static List<Span> phrases(String text, int from, int to, String[] phrases) {
        List<Span> out = new ArrayList<>();
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String p : phrases) {
            String needle = p.replace('’', '\'');
            int i = lower.indexOf(needle);
            while (i >= 0) {
                boolean startOk = i == 0 || !Character.isLetter(lower.charAt(i - 1));
                int e = i + needle.length();
                boolean endOk = e >= lower.length() || !Character.isLetter(lower.charAt(e)) || !Character.isLetter(needle.charAt(needle.length() - 1));
                if (startOk && endOk) {
                    out.add(Span.of(text, from + i, from + e));
                }
                i = lower.indexOf(needle, i + 1);
            }
        }
        return out;
    }
}
