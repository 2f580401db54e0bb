package dev.drift.embeddings;

import dev.drift.engine.SameMeaning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;

/**
 * Fits the same-meaning decision's logistic weights on MRPC train plus the PAWS calibration set and measures them
 * honestly: 5-fold cross-validation (each pair judged by weights fitted without it), and each corpus's second half
 * judged by weights fitted on the first halves (and the reverse). Prints the weights fitted on all pairs, which
 * {@link SameMeaning} holds. Run: {@code java -cp ... dev.drift.embeddings.SameMeaningTuning ../shared/eval}.
 */
public final class SameMeaningTuning {
    record Pair(String corpus, String a, String b, boolean same, double[] x) {
    }

    private static final int FOLDS = 5;
    private static final long SHUFFLE_SEED = 20261121L;
    private static final int NEWTON_STEPS = 25;
    /** Whether each corpus weighs the same in the fit (-Dbalanced=false: each pair weighs the same). */
    private static final boolean BALANCED = !"false".equals(System.getProperty("balanced"));
    private static final double L2 = 1e-3;

    public static void main(String[] args) throws IOException {
        Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        List<Pair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(eval.resolve("mrpc-train.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 5) {
                pairs.add(new Pair("MRPC", f[3], f[4], f[0].equals("1"), null));
            }
        }
        for (String line : Files.readAllLines(eval.resolve("paws-en-calibration.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 3) {
                pairs.add(new Pair("PAWS", f[0], f[1], f[2].strip().equals("1"), null));
            }
        }
        long start = System.nanoTime();
        try (BgeSmallEncoder model = BgeSmallEncoder.load()) {
            StoredEncodings encoder = new StoredEncodings(model, Path.of("target/same-meaning-encodings.bin"));
            List<Pair> withFeatures = new ArrayList<>();
            for (Pair p : pairs) {
                withFeatures.add(new Pair(p.corpus, p.a, p.b, p.same, SameMeaning.features(p.a, p.b, encoder)));
            }
            pairs = withFeatures;
            System.out.printf(Locale.ROOT, "features of %d pairs (%d sentences encoded) in %.1f s%n", pairs.size(),
                    encoder.encodedCount(), (System.nanoTime() - start) / 1e9);
            encoder.save();
        }
        for (int j = 0; j < SameMeaning.FEATURES.size(); j++) {
            StringBuilder sb = new StringBuilder("best single threshold on " + SameMeaning.FEATURES.get(j) + ":");
            for (String corpus : List.of("MRPC", "PAWS")) {
                double best = 0;
                for (double t = -0.5; t <= 3.0; t += 0.01) {
                    int right = 0;
                    int n = 0;
                    for (Pair p : pairs) {
                        if (p.corpus.equals(corpus)) {
                            n++;
                            right += (p.x[j] >= t) == p.same ? 1 : 0;
                        }
                    }
                    best = Math.max(best, Math.max(right, n - right) / (double) n);
                }
                sb.append(String.format(Locale.ROOT, " %s %.1f%%", corpus, 100 * best));
            }
            System.out.println(sb);
        }
        // Cross-validation folds within each corpus, so both are in every training set in proportion.
        int[] fold = new int[pairs.size()];
        Random random = new Random(SHUFFLE_SEED);
        for (String corpus : List.of("MRPC", "PAWS")) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (pairs.get(i).corpus.equals(corpus)) {
                    idx.add(i);
                }
            }
            java.util.Collections.shuffle(idx, random);
            for (int k = 0; k < idx.size(); k++) {
                fold[idx.get(k)] = k % FOLDS;
            }
        }
        boolean[] predicted = new boolean[pairs.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Pair> train = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (fold[i] != f) {
                    train.add(pairs.get(i));
                }
            }
            double[] w = fit(train);
            for (int i = 0; i < pairs.size(); i++) {
                if (fold[i] == f) {
                    predicted[i] = SameMeaning.probability(w, pairs.get(i).x) >= 0.5;
                }
            }
        }
        report("5-fold cross-validation", pairs, predicted, null);

        // Halves: first half of each corpus (file order) fits, second half is judged, and the reverse.
        for (int half = 0; half < 2; half++) {
            List<Pair> train = new ArrayList<>();
            boolean[] test = new boolean[pairs.size()];
            for (String corpus : List.of("MRPC", "PAWS")) {
                List<Integer> idx = new ArrayList<>();
                for (int i = 0; i < pairs.size(); i++) {
                    if (pairs.get(i).corpus.equals(corpus)) {
                        idx.add(i);
                    }
                }
                for (int k = 0; k < idx.size(); k++) {
                    boolean firstHalf = k < idx.size() / 2;
                    if (firstHalf == (half == 0)) {
                        train.add(pairs.get(idx.get(k)));
                    } else {
                        test[idx.get(k)] = true;
                    }
                }
            }
            double[] w = fit(train);
            for (int i = 0; i < pairs.size(); i++) {
                predicted[i] = SameMeaning.probability(w, pairs.get(i).x) >= 0.5;
            }
            report(half == 0 ? "fitted on first halves, second halves judged" : "fitted on second halves, first halves judged",
                    pairs, predicted, test);
        }
        double[] all = fit(pairs);
        for (int i = 0; i < pairs.size(); i++) {
            predicted[i] = SameMeaning.probability(all, pairs.get(i).x) >= 0.5;
        }
        report("fitted on all (training accuracy)", pairs, predicted, null);
        StringBuilder sb = new StringBuilder("weights (intercept, " + String.join(", ", SameMeaning.FEATURES) + "):\n{");
        for (int i = 0; i < all.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", all[i]));
        }
        System.out.println(sb.append('}'));
    }

    private static void report(String what, List<Pair> pairs, boolean[] predicted, boolean[] only) {
        StringBuilder sb = new StringBuilder(what).append(':');
        for (String corpus : List.of("MRPC", "PAWS")) {
            int right = 0;
            int n = 0;
            for (int i = 0; i < pairs.size(); i++) {
                if (pairs.get(i).corpus.equals(corpus) && (only == null || only[i])) {
                    n++;
                    if (predicted[i] == pairs.get(i).same) {
                        right++;
                    }
                }
            }
            sb.append(String.format(Locale.ROOT, " %s %.1f%% (%d/%d)", corpus, 100.0 * right / n, right, n));
        }
        System.out.println(sb);
    }

    /** Logistic regression by gradient descent on standardised features; weights returned in raw feature units. */
    static double[] fit(List<Pair> train) {
        int d = train.get(0).x.length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (Pair p : train) {
            for (int j = 0; j < d; j++) {
                mean[j] += p.x[j] / train.size();
            }
        }
        for (Pair p : train) {
            for (int j = 0; j < d; j++) {
                sd[j] += (p.x[j] - mean[j]) * (p.x[j] - mean[j]) / train.size();
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.max(1e-9, Math.sqrt(sd[j]));
        }
        // Newton's method (iteratively reweighted least squares): converges in a few steps on a handful of features.
        // Each corpus weighs the same in the fit, so the smaller PAWS (word order) is not outvoted by MRPC.
        Map<String, Integer> perCorpus = new HashMap<>();
        for (Pair p : train) {
            perCorpus.merge(p.corpus, 1, Integer::sum);
        }
        double[] w = new double[d + 1];
        double[] z = new double[d + 1];
        for (int it = 0; it < NEWTON_STEPS; it++) {
            double[] grad = new double[d + 1];
            double[][] hessian = new double[d + 1][d + 1];
            for (Pair p : train) {
                z[0] = 1;
                for (int j = 0; j < d; j++) {
                    z[j + 1] = (p.x[j] - mean[j]) / sd[j];
                }
                double s = 0;
                for (int j = 0; j <= d; j++) {
                    s += w[j] * z[j];
                }
                double prob = 1 / (1 + Math.exp(-s));
                double weight = BALANCED ? train.size() / (double) (perCorpus.size() * perCorpus.get(p.corpus)) : 1;
                double err = weight * (prob - (p.same ? 1 : 0));
                double v = weight * prob * (1 - prob);
                for (int j = 0; j <= d; j++) {
                    grad[j] += err * z[j];
                    for (int k = 0; k <= d; k++) {
                        hessian[j][k] += v * z[j] * z[k];
                    }
                }
            }
            for (int j = 1; j <= d; j++) {
                grad[j] += L2 * train.size() * w[j];
                hessian[j][j] += L2 * train.size();
            }
            double[] step = solve(hessian, grad);
            for (int j = 0; j <= d; j++) {
                w[j] -= step[j];
            }
        }
        double[] raw = new double[d + 1];
        raw[0] = w[0];
        for (int j = 0; j < d; j++) {
            raw[j + 1] = w[j + 1] / sd[j];
            raw[0] -= w[j + 1] * mean[j] / sd[j];
        }
        return raw;
    }

    /** Gaussian elimination with partial pivoting; the matrix is small and positive definite. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }

    private SameMeaningTuning() {
    }

}
