package dev.drift.engine.grammar;

import dev.drift.engine.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;

/**
 * Universal Dependencies parts of speech (NOUN, PROPN, PRON, VERB, AUX, ADP, NUM, ...) for the words of one
 * sentence, from Apache OpenNLP's English tagger trained on the UD English Web Treebank (its model comes in the
 * {@code opennlp-models-pos-en} jar). The tagger reads the sentence's punctuation too, as it was trained to, so the
 * marks between words are passed to it as tokens of their own. Thread-safe: the model is loaded and its
 * weights indexed once, then shared.
 */
public final class PartsOfSpeech {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private PartsOfSpeech() {
    }

    /** How many characters after a sentence's last word may hold its closing marks. */
    private static final int CLOSING_MARKS = 3;

    /** The trained weights and the features they are read with, loaded once and shared by all threads. */
    private static final class Model {
        static final Model INSTANCE = load();

        /** The maximum-entropy model's parameters, indexed by the kind of feature. */
        final TaggerWeights weights;

        @SuppressWarnings("unchecked")
        private Model(AbstractModel trained) {
            Object[] parts = trained.getDataStructures();
            this.weights = new TaggerWeights((Map<String, Context>) parts[1], (String[]) parts[2]);
        }

        private static Model load() {
            try (InputStream in = PartsOfSpeech.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the part-of-speech model " + MODEL + " is not on the class path");
                }
                POSModel trained = new POSModel(in);
                return new Model((AbstractModel) trained.getArtifact("pos.model"));
            } catch (IOException e) {
                throw new UncheckedIOException("the part-of-speech model cannot be read", e);
            }
        }
    }

    /** Per-thread sums of the weights, one slot per outcome. */
    private static final ThreadLocal<double[]> SCORES =
            ThreadLocal.withInitial(() -> new double[Model.INSTANCE.weights.outcomeCount()]);

    /**
     * Tags {@code words} (punctuation included) from left to right, each word's best tag given the two before it.
     * The best tag is the one whose weights sum highest over the word's features: the model's probabilities are
     * those sums exponentiated and normalised (under a uniform prior), which keeps their order, and computing them
     * was a quarter of the tagger's time. The tags are read greedily, one word at a time, instead of by the model's
     * beam of three: on the 77,326 tokens of PolNeAR's development articles every tag is the same.
     */
    static String[] tagWords(String[] words) {
        TaggerWeights weights = Model.INSTANCE.weights;
        double[] scores = SCORES.get();
        String[] lower = TaggerWeights.lowerCased(words);
        String[] shapes = TaggerWeights.shapes(words);
        int[] tagged = new int[words.length];
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            Arrays.fill(scores, 0);
            weights.score(words, lower, shapes, tagged, i, scores);
            int best = 0;
            for (int k = 1; k < scores.length; k++) {
                if (scores[k] > scores[best]) {
                    best = k;
                }
            }
            tagged[i] = best;
            tags[i] = weights.outcome(best);
        }
        return tags;
    }

    /**
     * The tag of each token, in order; {@code text} is the text the tokens' offsets point into.
     */
    public static String[] tag(String text, List<Token> tokens) {
        return tag(text, tokens, 0, tokens.size());
    }

    /**
     * The tags of tokens {@code from} (inclusive) to {@code to} (exclusive), tagged as a sentence of their own:
     * index 0 of the result is token {@code from}'s. A caller that needs only part of a long sentence tags that part
     * with a few words of context on each side (the model reads two words and two tags either way).
     */
    public static String[] tag(String text, List<Token> tokens, int from, int to) {
        if (from >= to) {
            return new String[0];
        }
        List<String> words = new ArrayList<>((to - from) * 2);
        int[] wordAt = new int[to - from];
        for (int i = from; i < to; i++) {
            if (i > from) {
                addMarks(text, tokens.get(i - 1).end(), tokens.get(i).start(), words);
            }
            wordAt[i - from] = words.size();
            addWord(tokens.get(i).text(), words);
        }
        Token last = tokens.get(to - 1);
        // The closing marks ('."' or '?”'), which tell the tagger the sentence has ended, or the marks before the
        // next word when only a part is tagged.
        int marksEnd = to < tokens.size() ? tokens.get(to).start() : Math.min(text.length(), last.end() + CLOSING_MARKS);
        addMarks(text, last.end(), marksEnd, words);
        String[] all = tagWords(words.toArray(new String[0]));
        String[] out = new String[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = all[wordAt[i]];
        }
        return out;
    }

    /**
     * A word as the treebank writes it: a possessive "'s" and a negation "n't" are tokens of their own ("Kim" "'s"),
     * which the tagger needs to read "Kim" as a name. The word's tag is its first part's.
     */
    private static void addWord(String word, List<String> words) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        int cut = lower.endsWith("n't") && lower.length() > 3 ? word.length() - 3
                : lower.endsWith("'s") && lower.length() > 2 ? word.length() - 2 : -1;
        if (cut > 0) {
            words.add(word.substring(0, cut));
            words.add(word.substring(cut));
        } else {
            words.add(word);
        }
    }

    /** Each non-space character between two words is a punctuation token ("," "“" "—"). */
    private static void addMarks(String text, int from, int to, List<String> words) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && !Character.isLetterOrDigit(c)) {
                words.add(String.valueOf(c));
            }
        }
    }
}
