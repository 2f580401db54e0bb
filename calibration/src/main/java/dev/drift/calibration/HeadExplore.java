package dev.drift.calibration;

import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.engine.SameMeaning;
import dev.drift.engine.meaning.BoostedTrees;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures a learned head over the two sentences' [CLS] vectors (SentEval/SBERT-style interaction features fed to an
 * L2-regularised logistic) for the same-meaning decision: alone, and as one more feature of the boosted trees. All
 * honest: the head's L2 strength is chosen by an inner cross-validation inside each outer training part, the trees'
 * training rows get the head's out-of-fold log-odds from that inner cross-validation, the judged rows the log-odds of
 * the head fitted on the whole outer training part. Figures: 5-fold cross-validation (the tuning tool's folds) and the
 * halves (first half of each corpus fits, second judged, and the reverse).
 *
 * <p>Run in embeddings/: {@code java -cp ... dev.drift.embeddings.HeadExplore ../../shared/eval} with
 * {@code -Dvariants=uvad:mrpc,uvad:both,...} (map: uvad = [u*v, |u-v|]; uv = u*v alone, a diagonal bilinear form;
 * low16 = u*v plus the symmetric products of the vectors projected on their 16 leading principal directions, a
 * diagonal plus low-rank bilinear form; projN = [u*v, |u-v|] of the vectors projected on N principal directions;
 * corpora the head learns from: mrpc or both, PAWS weighing the trees' share), {@code -Dseed=} for another shuffle
 * of the folds, {@code -Dlambdas=} for the L2 grid (per unit of weight, on standardised inputs).
 *
 * <p>Measured (trees alone at the tool's folds: MRPC 78.0%, PAWS 79.5%; halves MRPC 78.5/77.6, PAWS 79.6/77.6): with
 * the head's log-odds the trees reach MRPC 77.8-78.9%; the best, low16 on both corpora, gains +0.9, +0.4 and +0.9
 * points over three fold shuffles and nothing on the MRPC halves (78.0/77.8), short of the +0.8 asked for shipping.
 * Alone the head stays below the cosine's best threshold (MRPC 70.6-76.8%) and is blind to word order (PAWS 44-55%).
 * Past 400 lines because the inner and outer cross-validation must share one set of folds; an exploration tool.
 */
public final class HeadExplore {
    static final int FOLDS = 5;
    static final int INNER_FOLDS = 5;
    static final double[] LAMBDAS = parseLambdas(System.getProperty("lambdas", "1,0.3,0.1,0.03,0.01"));
    static final int MAX_NEWTON = 25;

    record Row(String corpus, boolean same, double[] x, float[] u, float[] v) {
    }

    public static void main(String[] args) throws Exception {
        Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        List<Row> rows = load(eval);
        System.out.printf(Locale.ROOT, "%d pairs%n", rows.size());
        if (System.getProperty("seed") != null) {
            SameMeaningTuning.shuffleSeed = Long.getLong("seed");
        }
        List<SameMeaningTuning.Pair> base = new ArrayList<>();
        for (Row r : rows) {
            base.add(new SameMeaningTuning.Pair(r.corpus, "", "", r.same, r.x));
        }
        int[] fold = SameMeaningTuning.folds(base);
        List<Split> splits = splits(rows, fold);
        if (!Boolean.getBoolean("skipBaseline")) {
            StringBuilder sb = new StringBuilder("baseline trees (the engine's features):");
            for (Split s : splits) {
                boolean[] pred = new boolean[rows.size()];
                BoostedTrees trees = SameMeaningTuning.trees(pairs(rows, s.train, null));
                for (int i : s.test) {
                    pred[i] = trees.score(rows.get(i).x) >= 0;
                }
                s.collect(pred);
            }
            System.out.println(sb.append(summary(rows, splits)));
        }
        for (String variant : System.getProperty("variants", "uvad:both").split(",")) {
            String[] vc = variant.split(":");
            String map = vc[0];
            boolean both = vc.length < 2 || vc[1].equals("both");
            long t0 = System.nanoTime();
            List<Split> headAlone = splits(rows, fold);
            List<Split> withTrees = splits(rows, fold);
            StringBuilder chosen = new StringBuilder();
            for (int k = 0; k < headAlone.size(); k++) {
                Split s = headAlone.get(k);
                double[][] z = featureMap(map, rows, s.train);
                Nested nested = nested(rows, z, s.train, s.test, both, new Random(7 + k));
                chosen.append(' ').append(nested.lambda);
                boolean[] pred = new boolean[rows.size()];
                for (int i : s.test) {
                    pred[i] = nested.testScore[i] >= 0;
                }
                s.collect(pred);
                BoostedTrees trees = SameMeaningTuning.trees(pairs(rows, s.train, nested.trainScore));
                boolean[] tpred = new boolean[rows.size()];
                for (int i : s.test) {
                    tpred[i] = trees.score(with(rows.get(i).x, nested.testScore[i])) >= 0;
                }
                withTrees.get(k).collect(tpred);
            }
            System.out.printf(Locale.ROOT, "%s head alone:%s%n", variant, summary(rows, headAlone));
            System.out.printf(Locale.ROOT, "%s trees + head:%s%n", variant, summary(rows, withTrees));
            System.out.printf(Locale.ROOT, "%s lambdas chosen (5 folds, 2 halves):%s; %.0f s%n", variant, chosen,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** One outer split: rows fitted on and rows judged, a fold of the cross-validation or a half. */
    static final class Split {
        final boolean half;
        final int[] train;
        final int[] test;
        boolean[] predicted;

        Split(boolean half, int[] train, int[] test) {
            this.half = half;
            this.train = train;
            this.test = test;
        }

        void collect(boolean[] p) {
            predicted = p;
        }
    }

    static List<Split> splits(List<Row> rows, int[] fold) {
        List<Split> out = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> tr = new ArrayList<>();
            List<Integer> te = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                (fold[i] == f ? te : tr).add(i);
            }
            out.add(new Split(false, ints(tr), ints(te)));
        }
        List<String> corpora = rows.stream().map(r -> r.corpus).toList();
        for (int half = 0; half < 2; half++) {
            boolean[] judged = SameMeaningTuning.judgedHalfOf(corpora, half);
            List<Integer> tr = new ArrayList<>();
            List<Integer> te = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                (judged[i] ? te : tr).add(i);
            }
            out.add(new Split(true, ints(tr), ints(te)));
        }
        return out;
    }

    /** "CV MRPC x% PAWS y% | halves MRPC a/b PAWS c/d". */
    static String summary(List<Row> rows, List<Split> splits) {
        int[] right = new int[2];
        int[] n = new int[2];
        double[][] halves = new double[2][2];
        int h = 0;
        for (Split s : splits) {
            int[] r = new int[2];
            int[] m = new int[2];
            for (int i : s.test) {
                int c = rows.get(i).corpus.equals("MRPC") ? 0 : 1;
                m[c]++;
                r[c] += s.predicted[i] == rows.get(i).same ? 1 : 0;
            }
            if (s.half) {
                halves[h][0] = 100.0 * r[0] / m[0];
                halves[h][1] = 100.0 * r[1] / m[1];
                h++;
            } else {
                for (int c = 0; c < 2; c++) {
                    right[c] += r[c];
                    n[c] += m[c];
                }
            }
        }
        return String.format(Locale.ROOT, " CV MRPC %.1f%% PAWS %.1f%% | halves MRPC %.1f/%.1f PAWS %.1f/%.1f",
                100.0 * right[0] / n[0], 100.0 * right[1] / n[1], halves[0][0], halves[1][0], halves[0][1], halves[1][1]);
    }

    record Nested(double[] trainScore, double[] testScore, double lambda) {
    }

    /**
     * The head's log-odds for an outer split: training rows out-of-fold from an inner cross-validation (which also
     * chooses the L2 strength by the weighted log-loss on the inner held-out rows), judged rows from the head fitted on
     * the whole training part at that strength.
     */
    static Nested nested(List<Row> rows, double[][] z, int[] train, int[] test, boolean both, Random random) {
        int[] inner = new int[train.length];
        for (String corpus : List.of("MRPC", "PAWS")) {
            List<Integer> pos = new ArrayList<>();
            for (int k = 0; k < train.length; k++) {
                if (rows.get(train[k]).corpus.equals(corpus)) {
                    pos.add(k);
                }
            }
            Collections.shuffle(pos, random);
            for (int k = 0; k < pos.size(); k++) {
                inner[pos.get(k)] = k % INNER_FOLDS;
            }
        }
        double[][] oof = new double[LAMBDAS.length][rows.size()];
        double[] loss = new double[LAMBDAS.length];
        for (int f = 0; f < INNER_FOLDS; f++) {
            List<Integer> tr = new ArrayList<>();
            List<Integer> te = new ArrayList<>();
            for (int k = 0; k < train.length; k++) {
                (inner[k] == f ? te : tr).add(train[k]);
            }
            double[][] path = path(rows, z, ints(tr), both);
            for (int l = 0; l < LAMBDAS.length; l++) {
                for (int i : te) {
                    double s = score(path[l], z[i]);
                    oof[l][i] = s;
                    double w = weight(rows.get(i).corpus, both);
                    double p = 1 / (1 + Math.exp(-s));
                    loss[l] -= w * Math.log(Math.max(1e-12, rows.get(i).same ? p : 1 - p));
                }
            }
        }
        int best = 0;
        for (int l = 1; l < LAMBDAS.length; l++) {
            if (loss[l] < loss[best]) {
                best = l;
            }
        }
        double[][] full = path(rows, z, train, both, best);
        double[] testScore = new double[rows.size()];
        for (int i : test) {
            testScore[i] = score(full[best], z[i]);
        }
        return new Nested(oof[best], testScore, LAMBDAS[best]);
    }

    static double weight(String corpus, boolean both) {
        if (corpus.equals("MRPC")) {
            return both ? 1 - SameMeaningTuning.PAWS_SHARE : 1;
        }
        return both ? SameMeaningTuning.PAWS_SHARE : 0;
    }

    static double[][] path(List<Row> rows, double[][] z, int[] train, boolean both) {
        return path(rows, z, train, both, LAMBDAS.length - 1);
    }

    /** Weights (intercept first, raw units) at each L2 strength from the strongest down to {@code last}, warm-started. */
    static double[][] path(List<Row> rows, double[][] z, int[] train, boolean both, int last) {
        List<Integer> used = new ArrayList<>();
        for (int i : train) {
            if (weight(rows.get(i).corpus, both) > 0) {
                used.add(i);
            }
        }
        int n = used.size();
        int d = z[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        double[] w = new double[n];
        double[] y = new double[n];
        int mrpc = 0;
        for (int i : used) {
            mrpc += rows.get(i).corpus.equals("MRPC") ? 1 : 0;
        }
        double totalShare = (mrpc > 0 ? weight("MRPC", both) : 0) + (n - mrpc > 0 ? weight("PAWS", both) : 0);
        for (int k = 0; k < n; k++) {
            Row r = rows.get(used.get(k));
            boolean isMrpc = r.corpus.equals("MRPC");
            w[k] = n * weight(r.corpus, both) / (totalShare * (isMrpc ? mrpc : n - mrpc));
            y[k] = r.same ? 1 : 0;
        }
        double wsum = 0;
        for (int k = 0; k < n; k++) {
            wsum += w[k];
        }
        for (int k = 0; k < n; k++) {
            double[] x = z[used.get(k)];
            for (int j = 0; j < d; j++) {
                mean[j] += w[k] * x[j] / wsum;
            }
        }
        for (int k = 0; k < n; k++) {
            double[] x = z[used.get(k)];
            for (int j = 0; j < d; j++) {
                sd[j] += w[k] * (x[j] - mean[j]) * (x[j] - mean[j]) / wsum;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.max(1e-9, Math.sqrt(sd[j]));
        }
        double[][] zs = new double[n][d + 1];
        for (int k = 0; k < n; k++) {
            double[] x = z[used.get(k)];
            zs[k][0] = 1;
            for (int j = 0; j < d; j++) {
                zs[k][j + 1] = (x[j] - mean[j]) / sd[j];
            }
        }
        double[] beta = new double[d + 1];
        double[][] out = new double[LAMBDAS.length][];
        for (int l = 0; l <= last; l++) {
            beta = newton(zs, y, w, LAMBDAS[l] * wsum, beta);
            double[] raw = new double[d + 1];
            raw[0] = beta[0];
            for (int j = 0; j < d; j++) {
                raw[j + 1] = beta[j + 1] / sd[j];
                raw[0] -= beta[j + 1] * mean[j] / sd[j];
            }
            out[l] = raw;
        }
        return out;
    }

    /** Newton's method for the L2-penalised weighted logistic loss (intercept unpenalised), from {@code start}. */
    static double[] newton(double[][] z, double[] y, double[] w, double penalty, double[] start) {
        int n = z.length;
        int d = z[0].length;
        double[] beta = start.clone();
        double[][] h = new double[d][d];
        for (int it = 0; it < MAX_NEWTON; it++) {
            double[] grad = new double[d];
            for (double[] row : h) {
                Arrays.fill(row, 0);
            }
            for (int i = 0; i < n; i++) {
                double[] zi = z[i];
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += beta[j] * zi[j];
                }
                double p = 1 / (1 + Math.exp(-s));
                double err = w[i] * (p - y[i]);
                double v = w[i] * p * (1 - p);
                for (int j = 0; j < d; j++) {
                    grad[j] += err * zi[j];
                    double vz = v * zi[j];
                    double[] hj = h[j];
                    for (int k = j; k < d; k++) {
                        hj[k] += vz * zi[k];
                    }
                }
            }
            for (int j = 1; j < d; j++) {
                grad[j] += penalty * beta[j];
                h[j][j] += penalty;
            }
            double[] step = cholesky(h, grad);
            double max = 0;
            for (int j = 0; j < d; j++) {
                beta[j] -= step[j];
                max = Math.max(max, Math.abs(step[j]));
            }
            if (max < 1e-5) {
                break;
            }
        }
        return beta;
    }

    /** Solves H x = b for a symmetric positive definite H given by its upper triangle (overwritten). */
    static double[] cholesky(double[][] h, double[] b) {
        int d = b.length;
        double[][] l = new double[d][];
        for (int i = 0; i < d; i++) {
            l[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) {
                double s = h[j][i];
                double[] li = l[i];
                double[] lj = l[j];
                for (int k = 0; k < j; k++) {
                    s -= li[k] * lj[k];
                }
                li[j] = i == j ? Math.sqrt(Math.max(s, 1e-12)) : s / lj[j];
            }
        }
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * x[k];
            }
            x[i] = s / l[i][i];
        }
        for (int i = d - 1; i >= 0; i--) {
            double s = x[i];
            for (int k = i + 1; k < d; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    static double score(double[] w, double[] z) {
        double s = w[0];
        for (int j = 0; j < z.length; j++) {
            s += w[j + 1] * z[j];
        }
        return s;
    }

    /** The head's input for every row; projections are fitted on the training rows' sentences only. */
    static double[][] featureMap(String map, List<Row> rows, int[] train) {
        double[][] out = new double[rows.size()][];
        double[][] q = null;
        if (map.startsWith("low") || map.startsWith("proj")) {
            int r = Integer.parseInt(map.replaceAll("\\D", ""));
            q = principal(rows, train, r);
        }
        for (int i = 0; i < rows.size(); i++) {
            float[] u = rows.get(i).u;
            float[] v = rows.get(i).v;
            int m = u.length;
            if (map.equals("uvad")) {
                double[] x = new double[2 * m];
                for (int j = 0; j < m; j++) {
                    x[j] = u[j] * v[j];
                    x[m + j] = Math.abs(u[j] - v[j]);
                }
                out[i] = x;
            } else if (map.equals("uv")) {
                double[] x = new double[m];
                for (int j = 0; j < m; j++) {
                    x[j] = u[j] * v[j];
                }
                out[i] = x;
            } else if (map.startsWith("low")) {
                double[] pu = project(q, u);
                double[] pv = project(q, v);
                int r = q.length;
                double[] x = new double[m + r * (r - 1) / 2];
                for (int j = 0; j < m; j++) {
                    x[j] = u[j] * v[j];
                }
                int k = m;
                for (int a = 0; a < r; a++) {
                    for (int b = a + 1; b < r; b++) {
                        x[k++] = pu[a] * pv[b] + pu[b] * pv[a];
                    }
                }
                out[i] = x;
            } else if (map.startsWith("proj")) {
                double[] pu = project(q, u);
                double[] pv = project(q, v);
                int r = q.length;
                double[] x = new double[2 * r];
                for (int j = 0; j < r; j++) {
                    x[j] = pu[j] * pv[j];
                    x[r + j] = Math.abs(pu[j] - pv[j]);
                }
                out[i] = x;
            } else {
                throw new IllegalArgumentException("unknown map " + map);
            }
        }
        return out;
    }

    static double[] project(double[][] q, float[] u) {
        double[] p = new double[q.length];
        for (int a = 0; a < q.length; a++) {
            double s = 0;
            for (int j = 0; j < u.length; j++) {
                s += q[a][j] * u[j];
            }
            p[a] = s;
        }
        return p;
    }

    /** The r leading principal directions of the training sentences' vectors (subspace iteration on the covariance). */
    static double[][] principal(List<Row> rows, int[] train, int r) {
        int m = rows.get(0).u.length;
        double[] mean = new double[m];
        double[][] c = new double[m][m];
        int count = 2 * train.length;
        for (int i : train) {
            for (float[] x : new float[][] {rows.get(i).u, rows.get(i).v}) {
                for (int j = 0; j < m; j++) {
                    mean[j] += x[j] / count;
                }
            }
        }
        for (int i : train) {
            for (float[] x : new float[][] {rows.get(i).u, rows.get(i).v}) {
                for (int j = 0; j < m; j++) {
                    double dj = x[j] - mean[j];
                    for (int k = 0; k < m; k++) {
                        c[j][k] += dj * (x[k] - mean[k]) / count;
                    }
                }
            }
        }
        Random random = new Random(11);
        double[][] q = new double[r][m];
        for (double[] row : q) {
            for (int j = 0; j < m; j++) {
                row[j] = random.nextGaussian();
            }
        }
        for (int it = 0; it < 200; it++) {
            double[][] next = new double[r][m];
            for (int a = 0; a < r; a++) {
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int k = 0; k < m; k++) {
                        s += c[j][k] * q[a][k];
                    }
                    next[a][j] = s;
                }
            }
            // Gram-Schmidt keeps the directions orthonormal and in order of variance
            for (int a = 0; a < r; a++) {
                for (int b = 0; b < a; b++) {
                    double dot = 0;
                    for (int j = 0; j < m; j++) {
                        dot += next[a][j] * next[b][j];
                    }
                    for (int j = 0; j < m; j++) {
                        next[a][j] -= dot * next[b][j];
                    }
                }
                double norm = 0;
                for (int j = 0; j < m; j++) {
                    norm += next[a][j] * next[a][j];
                }
                norm = Math.sqrt(norm);
                for (int j = 0; j < m; j++) {
                    next[a][j] /= norm;
                }
            }
            q = next;
        }
        return q;
    }

    static double[] with(double[] x, double head) {
        double[] out = Arrays.copyOf(x, x.length + 1);
        out[x.length] = head;
        return out;
    }

    static List<SameMeaningTuning.Pair> pairs(List<Row> rows, int[] idx, double[] head) {
        List<SameMeaningTuning.Pair> out = new ArrayList<>();
        for (int i : idx) {
            Row r = rows.get(i);
            out.add(new SameMeaningTuning.Pair(r.corpus, "", "", r.same, head == null ? r.x : with(r.x, head[i])));
        }
        return out;
    }

    static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    static double[] parseLambdas(String s) {
        return Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    /** The pairs with the engine's features and both [CLS] vectors; features kept in target/ for re-runs. */
    static List<Row> load(Path eval) throws IOException {
        List<String[]> raw = new ArrayList<>();
        for (SameMeaningTuning.Pair p : SameMeaningTuning.labelledPairs(eval)) {
            raw.add(new String[] {p.corpus(), p.a(), p.b(), p.same() ? "1" : "0"});
        }
        Path cache = Path.of("target/head-explore-features.bin");
        double[][] features = null;
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
                int n = in.readInt();
                int d = in.readInt();
                if (n == raw.size() && d == SameMeaning.FEATURES.size()) {
                    features = new double[n][d];
                    for (double[] x : features) {
                        for (int j = 0; j < d; j++) {
                            x[j] = in.readDouble();
                        }
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        try (BgeSmallEncoder model = BgeSmallEncoder.load()) {
            StoredEncodings encoder = new StoredEncodings(model, Path.of("target/same-meaning-encodings.bin"));
            boolean fresh = features == null;
            if (fresh) {
                features = new double[raw.size()][];
            }
            for (int i = 0; i < raw.size(); i++) {
                String[] r = raw.get(i);
                if (fresh) {
                    features[i] = SameMeaning.features(r[1], r[2], encoder);
                }
                rows.add(new Row(r[0], r[3].equals("1"), features[i], encoder.encode(r[1]), encoder.encode(r[2])));
            }
            if (encoder.encodedCount() > 0) {
                encoder.save();
            }
            if (fresh) {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
                    out.writeInt(features.length);
                    out.writeInt(features[0].length);
                    for (double[] x : features) {
                        for (double v : x) {
                            out.writeDouble(v);
                        }
                    }
                }
            }
        }
        return rows;
    }

    private HeadExplore() {
    }
}
