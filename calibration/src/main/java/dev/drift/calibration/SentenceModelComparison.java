package dev.drift.calibration;

import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.calibration.CandidateEncoder.Candidate;
import dev.drift.calibration.SameMeaningTuning.Pair;
import dev.drift.engine.meaning.SentenceEncoder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * Compares sentence models for the same-meaning decision on the cosine alone: for each model, MRPC train and the
 * PAWS calibration set judged by one cosine threshold chosen by 5-fold cross-validation within each corpus (the
 * folds {@link SameMeaningTuning} uses) and on halves (threshold from one half, the other judged), the ranking's
 * area under the ROC curve; then each model's thread CPU time per sentence (one ONNX thread, warm, MRPC sentences of
 * 23 to 27 words, the models taking turns so that a busy machine weighs on all alike) and its jar and model sizes.
 * The full decision with a model's cosine comes from {@code SameMeaningTuning} with {@code -Dmodel=NAME}.
 * Run in embeddings/ after fetching the jars (see {@link CandidateEncoder}):
 * {@code java -cp ... dev.drift.embeddings.SentenceModelComparison ../../shared/eval [NAME...]}.
 */
public final class SentenceModelComparison {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int FOLDS = 5;
    /** The timing's sentences: about the length of a news sentence. */
    private static final int TIMED_SENTENCES = 100;
    private static final int MIN_WORDS = 23;
    private static final int MAX_WORDS = 27;
    private static final int TIMING_ROUNDS = Integer.getInteger("rounds", 9);

    private SentenceModelComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            candidates.add(Candidate.named(args[i]));
        }
        if (candidates.isEmpty()) {
            candidates.addAll(List.of(Candidate.values()));
        }
        List<Pair> pairs = pairs(eval);
        int[] fold = SameMeaningTuning.folds(pairs);
        Map<String, SentenceEncoder> models = new LinkedHashMap<>();
        List<AutoCloseable> open = new ArrayList<>();
        try (BgeSmallEncoder bge = BgeSmallEncoder.load()) {
            for (Candidate c : candidates) {
                if (c == Candidate.BGE_SMALL_EN_V15_Q) {
                    models.put(c.file, bge);
                    // The candidate runner must give the product's vectors for the product's model.
                    try (CandidateEncoder same = CandidateEncoder.load(c, bge)) {
                        double worst = 1;
                        for (Pair p : pairs.subList(0, 50)) {
                            worst = Math.min(worst, SentenceEncoder.cosine(same.encode(p.a()), bge.encode(p.a())));
                        }
                        System.out.printf(Locale.ROOT, "candidate runner against the product encoder on 50 sentences:"
                                + " least cosine %.6f%n", worst);
                    }
                } else {
                    CandidateEncoder model = CandidateEncoder.load(c, bge);
                    open.add(model);
                    models.put(c.file, model);
                }
            }
            for (Map.Entry<String, SentenceEncoder> m : models.entrySet()) {
                long start = System.nanoTime();
                StoredEncodings stored = new StoredEncodings(m.getValue(), StoredEncodings.fileFor(m.getKey()));
                double[] cosine = new double[pairs.size()];
                for (int i = 0; i < pairs.size(); i++) {
                    cosine[i] = SentenceEncoder.cosine(stored.encode(pairs.get(i).a()), stored.encode(pairs.get(i).b()));
                }
                stored.save();
                System.out.printf(Locale.ROOT, "%n%s: %d sentences encoded in %.0f s%n", m.getKey(),
                        stored.encodedCount(), (System.nanoTime() - start) / 1e9);
                for (String corpus : List.of("MRPC", "PAWS")) {
                    System.out.printf(Locale.ROOT, "  %s cosine alone: 5-fold CV %.1f%%, halves %.1f/%.1f%%, AUC %.3f,"
                            + " best threshold in sample %.1f%%%n", corpus,
                            100 * crossValidated(pairs, cosine, fold, corpus),
                            100 * halves(pairs, cosine, corpus, true), 100 * halves(pairs, cosine, corpus, false),
                            auc(pairs, cosine, corpus), 100 * inSample(pairs, cosine, corpus));
                }
            }
            timing(models, pairs);
        } finally {
            for (AutoCloseable c : open) {
                try {
                    c.close();
                } catch (Exception e) {
                    System.err.println("close: " + e.getMessage());
                }
            }
        }
        System.out.println();
        for (Candidate c : candidates) {
            try (ZipFile zip = new ZipFile(c.jar().toFile())) {
                System.out.printf(Locale.ROOT, "%s: jar %,d bytes, ONNX file %,d bytes%n", c.file,
                        Files.size(c.jar()), zip.getEntry(c.file + ".onnx").getSize());
            }
        }
    }

    static List<Pair> pairs(Path eval) throws IOException {
        return SameMeaningTuning.labelledPairs(eval);
    }

    /** Each fold of the corpus judged by the threshold best on the corpus's other folds. */
    private static double crossValidated(List<Pair> pairs, double[] cosine, int[] fold, String corpus) {
        int right = 0;
        int n = 0;
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (pairs.get(i).corpus().equals(corpus)) {
                    (fold[i] == f ? test : train).add(i);
                }
            }
            double t = bestThreshold(pairs, cosine, train);
            for (int i : test) {
                n++;
                right += (cosine[i] >= t) == pairs.get(i).same() ? 1 : 0;
            }
        }
        return (double) right / n;
    }

    /** The corpus's second half (file order) judged by the first's threshold, or the reverse. */
    private static double halves(List<Pair> pairs, double[] cosine, String corpus, boolean firstFits) {
        List<Integer> idx = indices(pairs, corpus);
        List<Integer> first = idx.subList(0, idx.size() / 2);
        List<Integer> second = idx.subList(idx.size() / 2, idx.size());
        double t = bestThreshold(pairs, cosine, firstFits ? first : second);
        int right = 0;
        for (int i : firstFits ? second : first) {
            right += (cosine[i] >= t) == pairs.get(i).same() ? 1 : 0;
        }
        return (double) right / (firstFits ? second : first).size();
    }

    private static double inSample(List<Pair> pairs, double[] cosine, String corpus) {
        List<Integer> idx = indices(pairs, corpus);
        double t = bestThreshold(pairs, cosine, idx);
        int right = 0;
        for (int i : idx) {
            right += (cosine[i] >= t) == pairs.get(i).same() ? 1 : 0;
        }
        return (double) right / idx.size();
    }

    private static List<Integer> indices(List<Pair> pairs, String corpus) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).corpus().equals(corpus)) {
                idx.add(i);
            }
        }
        return idx;
    }

    /** The threshold ("same" at or above) right for most of the given pairs: midway between two sorted cosines. */
    private static double bestThreshold(List<Pair> pairs, double[] cosine, List<Integer> rows) {
        List<Integer> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(i -> cosine[i]));
        int sameTotal = 0;
        for (int i : sorted) {
            sameTotal += pairs.get(i).same() ? 1 : 0;
        }
        // Threshold below everything: every pair called "same".
        int right = sameTotal;
        int best = right;
        double threshold = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < sorted.size(); k++) {
            right += pairs.get(sorted.get(k)).same() ? -1 : 1;
            boolean tieNext = k + 1 < sorted.size() && cosine[sorted.get(k + 1)] == cosine[sorted.get(k)];
            if (!tieNext && right > best) {
                best = right;
                threshold = k + 1 < sorted.size()
                        ? (cosine[sorted.get(k)] + cosine[sorted.get(k + 1)]) / 2 : Double.POSITIVE_INFINITY;
            }
        }
        return threshold;
    }

    /** The chance that a same-meaning pair has the higher cosine than a different one (ties count half). */
    private static double auc(List<Pair> pairs, double[] cosine, String corpus) {
        List<Integer> idx = indices(pairs, corpus);
        idx.sort(Comparator.comparingDouble(i -> cosine[i]));
        double rankSum = 0;
        long positives = 0;
        int k = 0;
        while (k < idx.size()) {
            int end = k;
            while (end + 1 < idx.size() && cosine[idx.get(end + 1)] == cosine[idx.get(k)]) {
                end++;
            }
            double rank = (k + end) / 2.0 + 1;
            for (int j = k; j <= end; j++) {
                if (pairs.get(idx.get(j)).same()) {
                    rankSum += rank;
                    positives++;
                }
            }
            k = end + 1;
        }
        long negatives = idx.size() - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Thread CPU time per sentence for each model, warm, the models taking turns each round; medians printed. */
    private static void timing(Map<String, SentenceEncoder> models, List<Pair> pairs) {
        Set<String> chosen = new LinkedHashSet<>();
        for (Pair p : pairs) {
            for (String s : List.of(p.a(), p.b())) {
                int words = s.strip().split("\\s+").length;
                if (chosen.size() < TIMED_SENTENCES && words >= MIN_WORDS && words <= MAX_WORDS) {
                    chosen.add(s);
                }
            }
        }
        List<String> sentences = new ArrayList<>(chosen);
        Map<String, double[]> perRound = new LinkedHashMap<>();
        for (String name : models.keySet()) {
            perRound.put(name, new double[TIMING_ROUNDS]);
        }
        for (int round = -2; round < TIMING_ROUNDS; round++) {
            for (Map.Entry<String, SentenceEncoder> m : models.entrySet()) {
                long start = THREADS.getCurrentThreadCpuTime();
                for (String s : sentences) {
                    m.getValue().encode(s);
                }
                double ms = (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / sentences.size();
                if (round >= 0) {
                    perRound.get(m.getKey())[round] = ms;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nthread CPU time per sentence (%d sentences of %d-%d words, %d rounds after"
                + " 2 warm-up rounds; median, least, most):%n", sentences.size(), MIN_WORDS, MAX_WORDS, TIMING_ROUNDS);
        for (Map.Entry<String, double[]> e : perRound.entrySet()) {
            double[] v = e.getValue().clone();
            Arrays.sort(v);
            System.out.printf(Locale.ROOT, "  %-22s %.2f ms (%.2f-%.2f)%n", e.getKey(), v[v.length / 2], v[0],
                    v[v.length - 1]);
        }
    }
}
