package dev.drift.engine.meaning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fitted sum of small decision trees (gradient boosting with logistic loss): the score is a log-odds, the bias
 * plus one leaf value from each tree. Each tree is complete to a fixed depth, stored breadth-first: node k's
 * children are 2k+1 (feature value at most the cut) and 2k+2; a node with feature -1 is a leaf. Immutable.
 *
 * <p>Text form, one tree a line after the first line ({@code bias depth}): the nodes' "feature:cut" pairs, a
 * bar, then the value of every node position (only leaves' count).
 */
public final class BoostedTrees {
    private final double bias;
    private final int[][] feature;
    private final double[][] cut;
    private final double[][] value;

    public BoostedTrees(double bias, List<int[]> feature, List<double[]> cut, List<double[]> value) {
        this.bias = bias;
        this.feature = feature.toArray(int[][]::new);
        this.cut = cut.toArray(double[][]::new);
        this.value = value.toArray(double[][]::new);
    }

    /** The log-odds of the positive class for one feature vector. */
    public double score(double[] x) {
        double f = bias;
        for (int t = 0; t < feature.length; t++) {
            int[] feat = feature[t];
            int k = 0;
            while (k < feat.length && feat[k] >= 0) {
                k = 2 * k + (x[feat[k]] <= cut[t][k] ? 1 : 2);
            }
            f += value[t][k];
        }
        return f;
    }

    /**
     * The least and the greatest score over every value of one feature, the others as given ({@code x}'s value for
     * that feature is ignored). Each tree adds its least (greatest) leaf among those the feature's value can reach,
     * in the order {@link #score} adds them, so {@code range[0] <= score(x) <= range[1]} holds in floating point too:
     * when both ends fall on the same side of a decision, the feature (a costly one) need not be computed.
     */
    public double[] scoreRange(double[] x, int unknown) {
        double low = bias;
        double high = bias;
        for (int t = 0; t < feature.length; t++) {
            double[] leaves = leafRange(t, 0, x, unknown);
            low += leaves[0];
            high += leaves[1];
        }
        return new double[] {low, high};
    }

    /** The least and greatest leaf value below node k of tree t that the unknown feature's values can reach. */
    private double[] leafRange(int t, int k, double[] x, int unknown) {
        int[] feat = feature[t];
        while (k < feat.length && feat[k] >= 0 && feat[k] != unknown) {
            k = 2 * k + (x[feat[k]] <= cut[t][k] ? 1 : 2);
        }
        if (k >= feat.length || feat[k] < 0) {
            return new double[] {value[t][k], value[t][k]};
        }
        double[] left = leafRange(t, 2 * k + 1, x, unknown);
        double[] right = leafRange(t, 2 * k + 2, x, unknown);
        return new double[] {Math.min(left[0], right[0]), Math.max(left[1], right[1])};
    }

    public int size() {
        return feature.length;
    }

    public void write(Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "%s %d%n", Double.toString(bias), feature.length));
        for (int t = 0; t < feature.length; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < feature[t].length; k++) {
                sb.append(k == 0 ? "" : " ").append(feature[t][k]).append(':').append(Double.toString(cut[t][k]));
            }
            sb.append(" |");
            for (double v : value[t]) {
                sb.append(' ').append(Double.toString(v));
            }
            out.write(sb.append('\n').toString());
        }
    }

    public static BoostedTrees read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] head = r.readLine().trim().split(" ");
            double bias = Double.parseDouble(head[0]);
            int trees = Integer.parseInt(head[1]);
            List<int[]> feature = new ArrayList<>(trees);
            List<double[]> cut = new ArrayList<>(trees);
            List<double[]> value = new ArrayList<>(trees);
            for (int t = 0; t < trees; t++) {
                String[] halves = r.readLine().split("\\|");
                String[] nodes = halves[0].trim().split(" ");
                int[] f = new int[nodes.length];
                double[] c = new double[nodes.length];
                for (int k = 0; k < nodes.length; k++) {
                    int colon = nodes[k].indexOf(':');
                    f[k] = Integer.parseInt(nodes[k].substring(0, colon));
                    c[k] = Double.parseDouble(nodes[k].substring(colon + 1));
                }
                String[] values = halves[1].trim().split(" ");
                double[] v = new double[values.length];
                for (int k = 0; k < values.length; k++) {
                    v[k] = Double.parseDouble(values[k]);
                }
                feature.add(f);
                cut.add(c);
                value.add(v);
            }
            return new BoostedTrees(bias, feature, cut, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
