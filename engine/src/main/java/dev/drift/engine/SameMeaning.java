package dev.drift.engine;

import dev.drift.engine.align.BagOfTerms;
import dev.drift.engine.align.TermWeights;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.detect.Detectors;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.meaning.BoostedTrees;
import dev.drift.engine.meaning.SentenceEncoder;
import dev.drift.engine.meaning.SharedChunks;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAligner;
import dev.drift.engine.words.WordAlignment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The engine's same-meaning decision for two sentences. With a sentence encoder: boosted decision trees over the
 * embeddings' cosine and lexical evidence (shared weighted words, word order, the word alignment's added, dropped
 * and substituted words and their general rarity, numbers and names without a counterpart, typed changes such as a
 * number's value or a negation), fitted on human-labelled paraphrase pairs (MRPC and PAWS, see the README).
 * Without one (lexical only): enough shared weighted words and no high-severity change. Past 400 lines because the
 * features are computed where the fitted trees read them, by name, so their order and meaning stay in one place.
 */
public final class SameMeaning {
    /** Lexical only: least weighted Dice overlap for "same" (tuned on MRPC). */
    public static final double THRESHOLD = 0.45;

    /** Names of {@link #features}, in order (for the tuning tool's report). */
    public static final List<String> FEATURES = List.of("cosine", "dice", "unigrams", "bigrams", "order", "high",
            "changes", "lengthRatio", "displaced", "closeness", "orderKept", "substitutions", "addedShare",
            "droppedShare", "unmatchedShare", "differingPlaces", "numbersOff", "namesOff", "logLengthRatio",
            "rareKeptMin", "rareKeptMax", "rareKept", "rarestMissing", "rareMissing", "longestRunMax", "longestRunMin",
            "rareAdded", "rareDropped", "rareAddedOrDropped", "reportingOneSide", "quoteOneSide", "numbersDiffer",
            "numbersOneSide", "shorterLength", "chunks", "chunkFragmentation", "chunkInversionShare", "chunkInversions",
            "chunkEdgesAtBreaks", "chunkCoverageMin", "chunkCoverageMax", "longestChunk");
    /** The model's feature, the first of {@link #FEATURES}: the only one that needs the sentences encoded. */
    private static final int COSINE = 0;
    /** Caps on counted features: beyond them more of the same says nothing new, and rare extremes do not steer the trees. */
    private static final int MAX_CHANGES = 3;
    private static final int MAX_SUBSTITUTIONS = 4;
    private static final int MAX_PLACES = 6;
    private static final int MAX_NUMBERS_OFF = 3;
    private static final int MAX_NAMES_OFF = 4;
    private static final double MAX_RARE_MISSING = 30;
    private static final int MAX_RUN = 8;
    private static final int MAX_SHORTER_LENGTH = 40;
    private static final int MAX_CHUNKS = 12;
    private static final int MAX_CHUNK_INVERSIONS = 10;
    private static final int MAX_CHUNK_LENGTH = 20;
    /**
     * Words that attribute a statement: one sentence naming its source ("..., the company said") where the other does
     * not is a common difference between paraphrases that annotators still call the same, or not, by its weight.
     */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "according", "added", "stated");

    /**
     * The decision with a model: boosted decision trees over {@link #FEATURES}, fitted by the tuning tool in the
     * embeddings module's tests on MRPC train plus the PAWS calibration set, MRPC weighing 65% of the fit (their
     * cross-validated accuracy is in the README). Trees rather than one logistic: pairs of nearly the same words (where
     * meaning turns on order) and loosely worded paraphrases need different weighings of the same evidence.
     */
    public static final String TREES_RESOURCE = "/dev/drift/engine/same-meaning-trees.txt";

    /** Loaded on the first decision with a model (the lexical path and the tuning tool's feature pass never need it). */
    private static final class Fitted {
        static final BoostedTrees TREES = loadTrees();
    }

    private static BoostedTrees loadTrees() {
        try (InputStream in = SameMeaning.class.getResourceAsStream(TREES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("same-meaning trees missing from the classpath: " + TREES_RESOURCE);
            }
            return BoostedTrees.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SameMeaning() {
    }

    /** A decision and the score it was made on: the lexical similarity, or the model's probability of "same". */
    public record Decision(boolean same, double score) {
    }

    public static double similarity(String a, String b) {
        return similarity(a, b, Tokenizer.tokenize(a), Tokenizer.tokenize(b));
    }

    private static double similarity(String a, String b, List<Token> tokensA, List<Token> tokensB) {
        ArticleParser parser = new ArticleParser();
        List<List<Token>> sentences = new ArrayList<>(parser.sentenceTokens(a));
        sentences.addAll(parser.sentenceTokens(b));
        TermWeights w = TermWeights.ofSentences(sentences);
        return new BagOfTerms(tokensA, w).dice(new BagOfTerms(tokensB, w));
    }

    /** Lexical only. */
    public static boolean sameMeaning(String a, String b) {
        return decide(a, b, null).same();
    }

    /** With an encoder when there is one (null: lexical only). */
    public static Decision decide(String a, String b, SentenceEncoder encoder) {
        if (encoder == null) {
            double similarity = similarity(a, b);
            boolean same = similarity >= THRESHOLD && changes(a, b).stream().noneMatch(s -> s.severity() == Severity.HIGH);
            return new Decision(same, similarity);
        }
        double p = probability(Fitted.TREES.score(features(a, b, encoder)));
        return new Decision(p >= 0.5, p);
    }

    /**
     * Whether the model's probability of the same meaning falls below {@code threshold} (as {@link #decide}'s score
     * would). The words alone often settle it whatever the cosine, and then neither sentence is encoded: a model run
     * costs far more than the rest of the features.
     */
    public static boolean probabilityBelow(String a, String b, SentenceEncoder encoder, double threshold) {
        double[] x = wordFeatures(a, b);
        double[] range = Fitted.TREES.scoreRange(x, COSINE);
        if (probability(range[1]) < threshold) {
            return true;
        }
        if (probability(range[0]) >= threshold) {
            return false;
        }
        x[COSINE] = SentenceEncoder.cosine(encoder.encode(a), encoder.encode(b));
        return probability(Fitted.TREES.score(x)) < threshold;
    }

    private static double probability(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }

    /** A logistic over features (first the intercept): the tuning tool's linear baseline. */
    public static double probability(double[] weights, double[] features) {
        double z = weights[0];
        for (int i = 0; i < features.length && i + 1 < weights.length; i++) {
            z += weights[i + 1] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static List<Shift> changes(String a, String b) {
        return Detectors.typedChanges(SentencePair.cuesOnly(b, Span.of(b, 0, b.length()), a, Span.of(a, 0, a.length())));
    }

    /** The evidence the decision weighs, in the order of {@link #FEATURES}. */
    public static double[] features(String a, String b, SentenceEncoder encoder) {
        double[] x = wordFeatures(a, b);
        x[COSINE] = SentenceEncoder.cosine(encoder.encode(a), encoder.encode(b));
        return x;
    }

    /** The features but the cosine (left NaN). */
    private static double[] wordFeatures(String a, String b) {
        List<Token> ta = Tokenizer.tokenize(a);
        List<Token> tb = Tokenizer.tokenize(b);
        List<String> wa = lowered(ta);
        List<String> wb = lowered(tb);
        List<Shift> changes = changes(a, b);
        long high = changes.stream().filter(s -> s.severity() == Severity.HIGH).count();
        long medium = changes.stream().filter(s -> s.severity() == Severity.MEDIUM).count();
        double unigrams = dice(grams(wa, 1), grams(wb, 1));
        double bigrams = dice(grams(wa, 2), grams(wb, 2));
        double order = orderAgreement(contentKeys(ta), contentKeys(tb));
        double displaced = displaced(contentKeys(ta), contentKeys(tb));
        List<Word> wordsA = Word.of(ta);
        List<Word> wordsB = Word.of(tb);
        WordAlignment alignment = WordAligner.align(wordsB, wordsA);
        int added = alignment.added().stream().mapToInt(List::size).sum();
        int dropped = alignment.dropped().stream().mapToInt(List::size).sum();
        long contentA = wordsA.stream().filter(Word::content).count();
        long contentB = wordsB.stream().filter(Word::content).count();
        int substitutions = alignment.substitutions().size();
        Predicate<Word> name = w -> w.capitalized() && w.content();
        Rarity keptA = Rarity.of(wordsA, wordsB);
        Rarity keptB = Rarity.of(wordsB, wordsA);
        double rareAdded = rarityOf(wordsB, alignment.added()) / Math.max(keptB.all, Double.MIN_VALUE);
        double rareDropped = rarityOf(wordsA, alignment.dropped()) / Math.max(keptA.all, Double.MIN_VALUE);
        int longestAdded = alignment.added().stream().mapToInt(List::size).max().orElse(0);
        int longestDropped = alignment.dropped().stream().mapToInt(List::size).max().orElse(0);
        Set<String> numbersA = numbers(wordsA);
        Set<String> numbersB = numbers(wordsB);
        SharedChunks chunks = SharedChunks.of(a, ta, tb);
        return new double[] {
                Double.NaN,
                similarity(a, b, ta, tb),
                unigrams,
                bigrams,
                order,
                high > 0 ? 1 : 0,
                Math.min(MAX_CHANGES, high + medium),
                wa.isEmpty() || wb.isEmpty() ? 0 : (double) Math.min(wa.size(), wb.size()) / Math.max(wa.size(), wb.size()),
                displaced,
                alignment.closeness(),
                alignment.orderKept(),
                Math.min(MAX_SUBSTITUTIONS, substitutions),
                contentB == 0 ? 0 : (double) added / contentB,
                contentA == 0 ? 0 : (double) dropped / contentA,
                contentA + contentB == 0 ? 0 : (double) (added + dropped + 2 * substitutions) / (contentA + contentB),
                Math.min(MAX_PLACES, alignment.differingPlaces()),
                Math.min(MAX_NUMBERS_OFF, unmatched(wordsA, wordsB, Word::isNumberLike) + unmatched(wordsB, wordsA, Word::isNumberLike)),
                Math.min(MAX_NAMES_OFF, unmatched(wordsA, wordsB, name) + unmatched(wordsB, wordsA, name)),
                Math.abs(Math.log((ta.size() + 1.0) / (tb.size() + 1.0))),
                Math.min(keptA.share(), keptB.share()),
                Math.max(keptA.share(), keptB.share()),
                keptA.all + keptB.all == 0 ? 1 : (keptA.kept + keptB.kept) / (keptA.all + keptB.all),
                Math.max(keptA.rarestMissing, keptB.rarestMissing),
                Math.min(MAX_RARE_MISSING, keptA.all - keptA.kept + keptB.all - keptB.kept),
                Math.min(MAX_RUN, Math.max(longestAdded, longestDropped)),
                Math.min(MAX_RUN, Math.min(longestAdded, longestDropped)),
                rareAdded,
                rareDropped,
                Math.max(rareAdded, rareDropped),
                reporting(ta) != reporting(tb) ? 1 : 0,
                quoted(a) != quoted(b) ? 1 : 0,
                !numbersA.isEmpty() && !numbersB.isEmpty() && !numbersA.equals(numbersB) ? 1 : 0,
                numbersA.isEmpty() != numbersB.isEmpty() ? 1 : 0,
                Math.min(MAX_SHORTER_LENGTH, Math.min(ta.size(), tb.size())),
                Math.min(MAX_CHUNKS, chunks.count()),
                chunks.fragmentation(),
                chunks.inversionShare(),
                Math.min(MAX_CHUNK_INVERSIONS, chunks.inversions()),
                chunks.edgesAtBreaks(),
                chunks.coverageMin(),
                chunks.coverageMax(),
                Math.min(MAX_CHUNK_LENGTH, chunks.longest())
        };
    }

    /**
     * Content words of one sentence weighed by their general rarity ({@link WordNet#rarity}): all of them, those the
     * other sentence holds in some form, and the rarest it lacks. A shared rare name says more than a shared "said".
     */
    private record Rarity(double all, double kept, double rarestMissing) {
        static Rarity of(List<Word> words, List<Word> other) {
            Set<String> inOther = Word.forms(other);
            WordNet wordNet = WordNet.get();
            double all = 0;
            double kept = 0;
            double rarestMissing = 0;
            Set<String> seen = new HashSet<>();
            for (Word w : words) {
                if (!w.content() || !seen.add(w.lower())) {
                    continue;
                }
                double rarity = wordNet.rarity(w.lower(), w.lemma());
                all += rarity;
                if (inOther.contains(w.lower()) || inOther.contains(w.lemma())) {
                    kept += rarity;
                } else {
                    rarestMissing = Math.max(rarestMissing, rarity);
                }
            }
            return new Rarity(all, kept, rarestMissing);
        }

        double share() {
            return all == 0 ? 1 : kept / all;
        }
    }

    /** Summed rarity of the words in the alignment's runs (added or dropped words). */
    private static double rarityOf(List<Word> words, List<List<Integer>> runs) {
        WordNet wordNet = WordNet.get();
        double sum = 0;
        for (List<Integer> run : runs) {
            for (int i : run) {
                sum += wordNet.rarity(words.get(i).lower(), words.get(i).lemma());
            }
        }
        return sum;
    }

    private static boolean reporting(List<Token> tokens) {
        for (Token t : tokens) {
            if (REPORTING.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoted(String s) {
        return s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.contains("``");
    }

    /** The sentence's numbers, thousands separators dropped ("6,000" and "6000" are one number). */
    private static Set<String> numbers(List<Word> words) {
        Set<String> out = new HashSet<>();
        for (Word w : words) {
            if (w.isNumberLike()) {
                out.add(w.lower().replace(",", ""));
            }
        }
        return out;
    }

    /**
     * Distinct words of {@code a} of the kind asked (numbers, names) that {@code b} holds in no form. Public for the
     * exploration tool, which tries features built on it.
     */
    public static int unmatched(List<Word> a, List<Word> b, Predicate<Word> kind) {
        Set<String> inB = Word.forms(b);
        Set<String> off = new HashSet<>();
        for (Word w : a) {
            if (kind.test(w) && !inB.contains(w.lower()) && !inB.contains(w.lemma())) {
                off.add(w.lower());
            }
        }
        return off.size();
    }

    private static List<String> lowered(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.lower());
        }
        return out;
    }

    private static List<String> contentKeys(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.content()) {
                out.add(t.key());
            }
        }
        return out;
    }

    private static Set<String> grams(List<String> words, int n) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + n)));
        }
        return out;
    }

    private static double dice(Set<String> x, Set<String> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String s : x) {
            if (y.contains(s)) {
                shared++;
            }
        }
        return 2.0 * shared / (x.size() + y.size());
    }

    /**
     * Share of the words both sentences hold whose neighbours (the content words before and after) both differ
     * between the sentences: a word moved alone, as when two names trade places, rather than inside a moved clause.
     */
    static double displaced(List<String> a, List<String> b) {
        Map<String, Integer> inB = new HashMap<>();
        for (int i = 0; i < b.size(); i++) {
            inB.putIfAbsent(b.get(i), i);
        }
        int shared = 0;
        int moved = 0;
        for (int i = 0; i < a.size(); i++) {
            Integer j = inB.get(a.get(i));
            if (j == null) {
                continue;
            }
            shared++;
            boolean leftKept = i > 0 && j > 0 && a.get(i - 1).equals(b.get(j - 1)) || i == 0 && j == 0;
            boolean rightKept = i + 1 < a.size() && j + 1 < b.size() && a.get(i + 1).equals(b.get(j + 1))
                    || i + 1 == a.size() && j + 1 == b.size();
            if (!leftKept && !rightKept) {
                moved++;
            }
        }
        return shared == 0 ? 0 : (double) moved / shared;
    }

    /**
     * Share of pairs of words both sentences hold (each once) that come in the same order in both: swapped roles
     * ("A beat B" / "B beat A") keep every word and lose the order. 1 when fewer than two words are shared.
     */
    static double orderAgreement(List<String> a, List<String> b) {
        Map<String, Integer> firstInB = new HashMap<>();
        for (int i = 0; i < b.size(); i++) {
            firstInB.putIfAbsent(b.get(i), i);
        }
        List<Integer> positions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String w : a) {
            Integer p = firstInB.get(w);
            if (p != null && seen.add(w)) {
                positions.add(p);
            }
        }
        int n = positions.size();
        if (n < 2) {
            return 1;
        }
        long concordant = 0;
        long pairs = 0;
        // Quadratic in shared words, bounded by a sentence's length; long texts are compared by alignment instead.
        int limit = Math.min(n, 64);
        for (int i = 0; i < limit; i++) {
            for (int j = i + 1; j < limit; j++) {
                pairs++;
                if (positions.get(i) < positions.get(j)) {
                    concordant++;
                }
            }
        }
        return (double) concordant / pairs;
    }
}
