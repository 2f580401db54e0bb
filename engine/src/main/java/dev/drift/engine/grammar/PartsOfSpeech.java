package dev.drift.engine.grammar;

import dev.drift.engine.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies parts of speech (NOUN, PROPN, PRON, VERB, AUX, ADP, NUM, ...) for the words of one
 * sentence, from Apache OpenNLP's English tagger trained on the UD English Web Treebank (its model comes in the
 * {@code opennlp-models-pos-en} jar). The tagger reads the sentence's punctuation too, as it was trained to, so the
 * marks between words are passed to it as tokens of their own. Thread-safe: the model is loaded once and shared,
 * each thread has its own tagger over it.
 */
public final class PartsOfSpeech {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private PartsOfSpeech() {
    }

    /**
     * The model's tags are read greedily, one word at a time, instead of by its beam of three: four times faster,
     * and on the 77,326 tokens of PolNeAR's development articles every tag is the same.
     */
    private static final int BEAM = 1;
    /** How many characters after a sentence's last word may hold its closing marks. */
    private static final int CLOSING_MARKS = 3;

    private static final class Model {
        static final POSModel INSTANCE = load();

        private static POSModel load() {
            try (InputStream in = PartsOfSpeech.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the part-of-speech model " + MODEL + " is not on the class path");
                }
                POSModel trained = new POSModel(in);
                MaxentModel weights = trained.getArtifact("pos.model");
                return new POSModel(trained.getLanguage(), weights, BEAM, Map.of(), trained.getFactory());
            } catch (IOException e) {
                throw new UncheckedIOException("the part-of-speech model cannot be read", e);
            }
        }
    }

    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Model.INSTANCE));

    /**
     * The tag of each token, in order; {@code text} is the text the tokens' offsets point into.
     */
    public static String[] tag(String text, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return new String[0];
        }
        List<String> words = new ArrayList<>(tokens.size() * 2);
        int[] wordAt = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            int from = i == 0 ? tokens.get(0).start() : tokens.get(i - 1).end();
            addMarks(text, from, tokens.get(i).start(), words);
            wordAt[i] = words.size();
            addWord(tokens.get(i).text(), words);
        }
        Token last = tokens.get(tokens.size() - 1);
        // The sentence's closing marks ('."' or '?”'), which tell the tagger the sentence has ended.
        addMarks(text, last.end(), Math.min(text.length(), last.end() + CLOSING_MARKS), words);
        String[] all = TAGGER.get().tag(words.toArray(new String[0]));
        String[] out = new String[tokens.size()];
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
