package dev.drift.calibration;

import dev.drift.engine.meaning.BoostedTrees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gradient-boosted depth-limited trees (logistic loss) on binned features, fitted for the same-meaning decision. */
final class Boosting {
    static final int BINS = 32;
    final int rounds;
    final int depth;
    final double rate;
    final double minLeaf;
    double[][] cuts;
    final List<int[]> nodeFeature = new ArrayList<>();
    final List<double[]> nodeCut = new ArrayList<>();
    final List<double[]> leafValue = new ArrayList<>();
    double bias;

    Boosting(int rounds, int depth, double rate, double minLeaf) {
        this.rounds = rounds;
        this.depth = depth;
        this.rate = rate;
        this.minLeaf = minLeaf;
    }

    BoostedTrees fit(List<SameMeaningTuning.Pair> train) {
        int n = train.size();
        int d = train.get(0).x().length;
        Map<String, Integer> per = new HashMap<>();
        for (SameMeaningTuning.Pair p : train) {
            per.merge(p.corpus(), 1, Integer::sum);
        }
        double[] w = new double[n];
        double[] y = new double[n];
        double shares = 0;
        for (String c : per.keySet()) {
            shares += share(c);
        }
        for (int i = 0; i < n; i++) {
            String c = train.get(i).corpus();
            w[i] = n * share(c) / (shares * per.get(c));
            y[i] = train.get(i).same() ? 1 : 0;
        }
        cuts = new double[d][];
        int[][] bin = new int[n][d];
        for (int j = 0; j < d; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = train.get(i).x()[j];
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            double[] c = new double[BINS - 1];
            int m = 0;
            for (int b = 1; b < BINS; b++) {
                double q = sorted[Math.min(n - 1, b * n / BINS)];
                if (m == 0 || q > c[m - 1]) {
                    c[m++] = q;
                }
            }
            cuts[j] = Arrays.copyOf(c, m);
            for (int i = 0; i < n; i++) {
                bin[i][j] = binOf(cuts[j], v[i]);
            }
        }
        double sw = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            sw += w[i];
            sy += w[i] * y[i];
        }
        bias = Math.log(sy / (sw - sy));
        double[] f = new double[n];
        Arrays.fill(f, bias);
        int nodes = (1 << depth) - 1;
        for (int r = 0; r < rounds; r++) {
            double[] g = new double[n];
            double[] h = new double[n];
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-f[i]));
                g[i] = w[i] * (p - y[i]);
                h[i] = w[i] * p * (1 - p);
            }
            int[] node = new int[n];
            int[] feat = new int[nodes];
            double[] cut = new double[nodes];
            Arrays.fill(feat, -1);
            for (int level = 0; level < depth; level++) {
                int first = (1 << level) - 1;
                int count = 1 << level;
                double[][][] gs = new double[count][d][BINS];
                double[][][] hs = new double[count][d][BINS];
                for (int i = 0; i < n; i++) {
                    int k = node[i] - first;
                    if (k < 0) {
                        continue;
                    }
                    for (int j = 0; j < d; j++) {
                        gs[k][j][bin[i][j]] += g[i];
                        hs[k][j][bin[i][j]] += h[i];
                    }
                }
                for (int k = 0; k < count; k++) {
                    double bestGain = 0;
                    int bestF = -1;
                    int bestB = -1;
                    for (int j = 0; j < d; j++) {
                        double gt = 0;
                        double ht = 0;
                        for (int b = 0; b < BINS; b++) {
                            gt += gs[k][j][b];
                            ht += hs[k][j][b];
                        }
                        double gl = 0;
                        double hl = 0;
                        for (int b = 0; b < cuts[j].length; b++) {
                            gl += gs[k][j][b];
                            hl += hs[k][j][b];
                            double hr = ht - hl;
                            if (hl < minLeaf || hr < minLeaf) {
                                continue;
                            }
                            double gr = gt - gl;
                            double gain = gl * gl / (hl + 1) + gr * gr / (hr + 1) - gt * gt / (ht + 1);
                            if (gain > bestGain) {
                                bestGain = gain;
                                bestF = j;
                                bestB = b;
                            }
                        }
                    }
                    feat[first + k] = bestF;
                    cut[first + k] = bestF < 0 ? 0 : bestB;
                }
                for (int i = 0; i < n; i++) {
                    int k = node[i];
                    if (k < 0 || k < first) {
                        continue;
                    }
                    if (feat[k] < 0) {
                        node[i] = -1 - k; // stays a leaf at this node
                    } else {
                        node[i] = 2 * k + (bin[i][feat[k]] <= cut[k] ? 1 : 2);
                    }
                }
            }
            // leaves: full-depth nodes, or stopped nodes (encoded negative)
            Map<Integer, double[]> sums = new HashMap<>();
            for (int i = 0; i < n; i++) {
                double[] s = sums.computeIfAbsent(node[i], k -> new double[2]);
                s[0] += g[i];
                s[1] += h[i];
            }
            int leaves = 2 * nodes + 1;
            double[] value = new double[leaves];
            for (Map.Entry<Integer, double[]> e : sums.entrySet()) {
                int key = e.getKey() < 0 ? -1 - e.getKey() : e.getKey();
                value[key] = -rate * e.getValue()[0] / (e.getValue()[1] + 1);
            }
            double[] realCut = new double[nodes];
            for (int k = 0; k < nodes; k++) {
                realCut[k] = feat[k] < 0 ? 0 : cuts[feat[k]][(int) cut[k]];
            }
            nodeFeature.add(feat);
            nodeCut.add(realCut);
            leafValue.add(value);
            for (int i = 0; i < n; i++) {
                f[i] += value[leafOf(feat, realCut, train.get(i).x())];
            }
        }
        return new BoostedTrees(bias, nodeFeature, nodeCut, leafValue);
    }

    /** The corpus's share of the fit's total weight (before normalising over the corpora present). */
    static double share(String corpus) {
        return corpus.equals("PAWS") ? PAWS_SHARE : 1 - PAWS_SHARE;
    }

    static double PAWS_SHARE = Double.parseDouble(System.getProperty("pawsShare", String.valueOf(SameMeaningTuning.PAWS_SHARE)));

    static int binOf(double[] cuts, double v) {
        int b = 0;
        while (b < cuts.length && v > cuts[b]) {
            b++;
        }
        return b;
    }

    int leafOf(int[] feat, double[] cut, double[] x) {
        int k = 0;
        int nodes = feat.length;
        while (k < nodes && feat[k] >= 0) {
            k = 2 * k + (x[feat[k]] <= cut[k] ? 1 : 2);
        }
        return k;
    }

    double score(double[] x) {
        double f = bias;
        for (int t = 0; t < nodeFeature.size(); t++) {
            f += leafValue.get(t)[leafOf(nodeFeature.get(t), nodeCut.get(t), x)];
        }
        return f;
    }
}
