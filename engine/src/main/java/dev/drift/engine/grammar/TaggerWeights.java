package dev.drift.engine.grammar;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The tagger's weights indexed by the kind of feature they belong to, so a word's score is summed without building
 * its feature strings. The model was trained with OpenNLP's default tagger features (its {@code generator.featuregen}):
 * the outcome prior, suffixes and prefixes of up to four characters, the lower-cased word and its two neighbours on
 * each side, the sentence's beginning within two words, the word's shape class alone and with the word, and the
 * previous one and two tags. OpenNLP's generator builds about twenty strings a word, each word's lower case five
 * times over; here each word is lower-cased and classed once per sentence. The weights are added in the generator's
 * order, so the sums, and the tags, are the same to the last bit ({@code PartsOfSpeechTest} compares them).
 * Immutable once built; shared by all threads.
 */
final class TaggerWeights {
    private static final int AFFIX_LENGTH = 4;

    private final String[] outcomes;
    private final Context prior;
    private final Map<String, Context> suffix = new HashMap<>();
    private final Map<String, Context> prefix = new HashMap<>();
    /** The lower-cased word at offsets -2, -1, 0, +1, +2 from the word tagged (index 2 is the word itself). */
    @SuppressWarnings("unchecked")
    private final Map<String, Context>[] wordAt = new Map[] {new HashMap<>(), new HashMap<>(), new HashMap<>(),
            new HashMap<>(), new HashMap<>()};
    /** "S=begin" on the first word, and as the previous or second previous word's feature. */
    private final Context[] beginAt = new Context[3];
    private final Map<String, Context> shape = new HashMap<>();
    private final Map<String, Context> wordAndShape = new HashMap<>();
    private final Context[] previousTag;
    private final Context[][] previousTwoTags;

    TaggerWeights(Map<String, Context> weights, String[] outcomes) {
        this.outcomes = outcomes.clone();
        Map<String, Integer> outcomeIndex = new HashMap<>();
        for (int k = 0; k < outcomes.length; k++) {
            outcomeIndex.put(outcomes[k], k);
        }
        this.prior = weights.get("def");
        this.previousTag = new Context[outcomes.length];
        this.previousTwoTags = new Context[outcomes.length][outcomes.length];
        for (Map.Entry<String, Context> e : weights.entrySet()) {
            String feature = e.getKey();
            int eq = feature.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String kind = feature.substring(0, eq);
            String value = feature.substring(eq + 1);
            Context c = e.getValue();
            switch (kind) {
                case "suf" -> suffix.put(value, c);
                case "pre" -> prefix.put(value, c);
                case "p2w" -> wordAt[0].put(value, c);
                case "p1w" -> wordAt[1].put(value, c);
                case "w" -> wordAt[2].put(value, c);
                case "n1w" -> wordAt[3].put(value, c);
                case "n2w" -> wordAt[4].put(value, c);
                case "S" -> beginAt[0] = c;
                case "p1S" -> beginAt[1] = c;
                case "p2S" -> beginAt[2] = c;
                case "wc" -> shape.put(value, c);
                case "w&c" -> wordAndShape.put(value, c);
                case "t" -> {
                    Integer k = outcomeIndex.get(value);
                    if (k != null) {
                        previousTag[k] = c;
                    }
                }
                case "t2" -> {
                    int comma = value.indexOf(',');
                    Integer first = outcomeIndex.get(value.substring(0, comma));
                    Integer second = outcomeIndex.get(value.substring(comma + 1));
                    if (first != null && second != null) {
                        previousTwoTags[first][second] = c;
                    }
                }
                default -> throw new IllegalStateException("the tagger model has a feature of an unknown kind: " + kind);
            }
        }
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int k) {
        return outcomes[k];
    }

    /** Each word's lower case, as the model's features write it. */
    static String[] lowerCased(String[] words) {
        String[] lower = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lower[i] = StringUtil.toLowerCase(words[i]);
        }
        return lower;
    }

    /** Each word's shape class ("lc", "ic", "4d", ...), as the model's features write it. */
    static String[] shapes(String[] words) {
        String[] shapes = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            shapes[i] = FeatureGeneratorUtil.tokenFeature(words[i]);
        }
        return shapes;
    }

    /**
     * Adds to {@code scores} the weights of word {@code i}'s features, given the outcome indices of the words
     * before it in {@code tagged}; in the order OpenNLP's generator lists them.
     */
    void score(String[] words, String[] lower, String[] shapes, int[] tagged, int i, double[] scores) {
        add(prior, scores);
        String word = words[i];
        int affixes = Math.min(AFFIX_LENGTH, word.length());
        for (int n = 1; n <= affixes; n++) {
            add(suffix.get(word.substring(word.length() - n)), scores);
        }
        for (int n = 1; n <= affixes; n++) {
            add(prefix.get(word.substring(0, n)), scores);
        }
        // OpenNLP's window lists the word, then the previous words nearest first, then the next ones.
        add(wordAt[2].get(lower[i]), scores);
        for (int d = 1; d <= 2 && i - d >= 0; d++) {
            add(wordAt[2 - d].get(lower[i - d]), scores);
        }
        for (int d = 1; d <= 2 && i + d < words.length; d++) {
            add(wordAt[2 + d].get(lower[i + d]), scores);
        }
        if (i <= 2) {
            add(beginAt[i], scores);
        }
        add(shape.get(shapes[i]), scores);
        add(wordAndShape.get(lower[i] + "," + shapes[i]), scores);
        if (i >= 1) {
            add(previousTag[tagged[i - 1]], scores);
            if (i >= 2) {
                add(previousTwoTags[tagged[i - 2]][tagged[i - 1]], scores);
            }
        }
    }

    private static void add(Context c, double[] scores) {
        if (c != null) {
            int[] outcomeIndices = c.getOutcomes();
            double[] parameters = c.getParameters();
            for (int k = 0; k < outcomeIndices.length; k++) {
                scores[outcomeIndices[k]] += parameters[k];
            }
        }
    }
}
