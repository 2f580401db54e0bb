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

    private static final int HEDGE = 1;
    private static final int POSSIBILITY = 2;
    private static final int FACTIVE_OUTCOME = 4;
    private static final int NEGATION = 8;
    private static final int LOADED = 16;
    private static final int DEGREE = 32;
    /** For each lexicon word, the lexicons that list it: one lookup per token instead of one per lexicon. */
    private static final Map<String, Integer> WORD_CUES = new HashMap<>();
    private static final String[] DEGREE_PHRASES = Lexicon.DEGREE_WORDS.stream().filter(w -> w.contains(" "))
            .sorted().toArray(String[]::new);

    static {
        addCue(Lexicon.HEDGE_WORDS, HEDGE);
        addCue(Lexicon.POSSIBILITY_WORDS, POSSIBILITY);
        addCue(Lexicon.FACTIVE_OUTCOME_WORDS, FACTIVE_OUTCOME);
        addCue(Lexicon.NEGATIONS, NEGATION);
        addCue(Lexicon.LOADED_WORDS, LOADED);
        addCue(Lexicon.DEGREE_WORDS, DEGREE);
    }

    private static void addCue(Set<String> words, int cue) {
        for (String w : words) {
            WORD_CUES.merge(w, cue, (a, b) -> a | b);
        }
    }

    /**
     * The cues of one stretch of text (one or more ranges), each list in text order range by range, single
     * words before phrases within a range; and the stretch's tokens.
     */
    public record Found(List<Token> tokens, List<Span> hedges, List<Span> possibility, List<Span> factiveOutcomes,
                        List<Span> negations, List<Span> loaded, List<Span> degree) {
        /** Immutable copies: the cues of every sentence are kept for the whole analysis, and most lists are empty. */
        public Found {
            tokens = List.copyOf(tokens);
            hedges = List.copyOf(hedges);
            possibility = List.copyOf(possibility);
            factiveOutcomes = List.copyOf(factiveOutcomes);
            negations = List.copyOf(negations);
            loaded = List.copyOf(loaded);
            degree = List.copyOf(degree);
        }
    }

    public static Found find(String text, List<Span> ranges) {
        List<Token> tokens = new ArrayList<>();
        List<Span> hedges = new ArrayList<>();
        List<Span> possibility = new ArrayList<>();
        List<Span> factive = new ArrayList<>();
        List<Span> negations = new ArrayList<>();
        List<Span> loaded = new ArrayList<>();
        List<Span> degree = new ArrayList<>();
        for (Span range : ranges) {
            int from = range.start();
            int to = range.end();
            List<Token> rangeTokens = Tokenizer.tokenize(text, from, to);
            tokens.addAll(rangeTokens);
            for (int k = 0; k < rangeTokens.size(); k++) {
                Token t = rangeTokens.get(k);
                Integer cues = WORD_CUES.get(t.lower());
                if (cues == null) {
                    continue;
                }
                Span span = Span.of(text, t.start(), t.end());
                boolean approximator = (cues & (HEDGE | DEGREE)) != 0 && isNumberApproximator(text, t, to);
                if ((cues & HEDGE) != 0 && !approximator && !appearsInPlace(rangeTokens, k)) {
                    hedges.add(span);
                }
                if ((cues & POSSIBILITY) != 0) {
                    possibility.add(span);
                }
                if ((cues & FACTIVE_OUTCOME) != 0) {
                    factive.add(span);
                }
                if ((cues & NEGATION) != 0) {
                    negations.add(span);
                }
                if ((cues & LOADED) != 0) {
                    loaded.add(span);
                }
                if ((cues & DEGREE) != 0 && !approximator) {
                    degree.add(span);
                }
            }
            String lower = Lexicon.lowerKeepingOffsets(text.substring(from, to));
            int i = lower.indexOf("n't");
            while (i >= 0) {
                negations.add(Span.of(text, from + i, from + i + 3));
                i = lower.indexOf("n't", i + 1);
            }
            String lowerApostrophes = lower.replace('’', '\'');
            hedges.addAll(phrases(text, from, lowerApostrophes, Lexicon.HEDGE_PHRASES));
            degree.addAll(phrases(text, from, lowerApostrophes, DEGREE_PHRASES));
        }
        return new Found(tokens, hedges, possibility, factive, negations, loaded, degree);
    }

    /** "roughly 6,000" is a quantity's bound, judged as a number shift, not a hedge. */
    private static boolean isNumberApproximator(String text, Token t, int to) {
        int i = t.end();
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < to && Character.isDigit(text.charAt(i));
    }

    /** Each event stem with the first class that lists it. */
    private static final Map<String, Integer> EVENT_STEMS = new HashMap<>();
    private static final int LONGEST_EVENT_STEM;
    private static final int SHORTEST_EVENT_STEM;
    /** The first two letters of each stem, [a-z] by [a-z]: most words fail this before any lookup. */
    private static final boolean[] EVENT_STEM_STARTS = new boolean[26 * 26];

    static {
        int longest = 0;
        int shortest = Integer.MAX_VALUE;
        for (int c = 0; c < Lexicon.EVENT_CLASSES.length; c++) {
            for (String stem : Lexicon.EVENT_CLASSES[c]) {
                EVENT_STEMS.putIfAbsent(stem, c);
                longest = Math.max(longest, stem.length());
                shortest = Math.min(shortest, stem.length());
                EVENT_STEM_STARTS[letterPair(stem)] = true;
            }
        }
        LONGEST_EVENT_STEM = longest;
        SHORTEST_EVENT_STEM = shortest;
        if (shortest < 2) {
            throw new IllegalStateException("event stems need two letters");
        }
    }

    /** Index of the word's first two letters if both are a to z, else -1. */
    private static int letterPair(String w) {
        char a = w.charAt(0);
        char b = w.charAt(1);
        return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' ? (a - 'a') * 26 + (b - 'a') : -1;
    }

    /**
     * Index of the event class of a word ("born" and "grew up" differ), or -1: the first class with a stem that
     * begins the word and leaves at most four letters of ending. Looks up the word's few possible stems.
     */
    public static int eventClass(Token t) {
        String w = t.lower();
        if (w.length() < SHORTEST_EVENT_STEM) {
            return -1;
        }
        int pair = letterPair(w);
        if (pair < 0 || !EVENT_STEM_STARTS[pair]) {
            return -1;
        }
        int best = -1;
        for (int length = Math.max(1, w.length() - 4); length <= Math.min(w.length(), LONGEST_EVENT_STEM); length++) {
            Integer c = EVENT_STEMS.get(w.substring(0, length));
            if (c != null && (best < 0 || c < best)) {
                best = c;
            }
        }
        return best;
    }

    /** "appear" hedges only what follows it ("appears to be", "it appears that"), not a thing that appeared. */
    private static final Set<String> APPEAR = Set.of("appear", "appears", "appeared", "appearing");
    private static final Set<String> AFTER_HEDGING_APPEAR = Set.of("to", "that", "as", "likely", "unlikely");

    private static boolean appearsInPlace(List<Token> tokens, int k) {
        if (!APPEAR.contains(tokens.get(k).lower())) {
            return false;
        }
        boolean hedging = k + 1 < tokens.size() && AFTER_HEDGING_APPEAR.contains(tokens.get(k + 1).lower())
                || k > 0 && tokens.get(k - 1).lower().equals("it");
        return !hedging;
    }

    public static List<Span> editorialMarkers(String text, int from, int to) {
        return phrases(text, from, Lexicon.lowerKeepingOffsets(text.substring(from, to)).replace('’', '\''),
                Lexicon.EDITORIAL_MARKERS);
    }

    public static Set<String> lowerWords(List<Span> spans) {
        Set<String> out = new java.util.HashSet<>();
        for (Span s : spans) {
            out.add(s.text().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** @param lower the range starting at {@code from}, lower-cased, with curly apostrophes made straight */
    private static List<Span> phrases(String text, int from, String lower, String[] phrases) {
        List<Span> out = new ArrayList<>();
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
