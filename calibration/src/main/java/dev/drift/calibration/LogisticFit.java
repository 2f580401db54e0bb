package dev.drift.calibration;

import dev.drift.engine.score.Logistic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted L2-regularised logistic regression by Newton's method: deterministic, so a fit from the same data gives the
 * same file. The intercept is not penalised.
 */
public final class LogisticFit {
    private static final int ITERATIONS = 50;

    private LogisticFit() {
    }

    /** One example: its evidence, its label and its weight. */
    public record Example(Map<String, Double> x, boolean positive, double weight) {
    }

    /**
     * A fit whose weights have the signs asked for: features in {@code decreasing} at most 0, the others at least 0.
     * A feature whose weight comes out with the wrong sign is left out and the rest refitted, until none does.
     */
    public static Logistic fitSigned(List<Example> examples, List<String> features, java.util.Set<String> decreasing,
                                     double lambda, double cut) {
        List<String> kept = new java.util.ArrayList<>(features);
        while (true) {
            Logistic model = fit(examples, kept, lambda, cut);
            List<String> wrong = kept.stream().filter(f -> decreasing.contains(f) ? model.weight(f) > 0 : model.weight(f) < 0)
                    .toList();
            if (wrong.isEmpty()) {
                return model;
            }
            // The most wrong one first: leaving it out can set the others right.
            String worst = wrong.stream().max(java.util.Comparator.comparingDouble(f -> Math.abs(model.weight(f)))).orElseThrow();
            kept.remove(worst);
            if (Boolean.getBoolean("verbose")) {
                System.out.printf(java.util.Locale.ROOT, "  left out %s (weight %.3f)%n", worst, model.weight(worst));
            }
        }
    }

    public static Logistic fit(List<Example> examples, List<String> features, double lambda, double cut) {
        int d = features.size() + 1;
        double[][] rows = new double[examples.size()][d];
        for (int i = 0; i < examples.size(); i++) {
            rows[i][0] = 1;
            for (int j = 0; j < features.size(); j++) {
                rows[i][j + 1] = examples.get(i).x().getOrDefault(features.get(j), 0.0);
            }
        }
        double[] beta = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int i = 0; i < rows.length; i++) {
                double[] x = rows[i];
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += beta[j] * x[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double w = examples.get(i).weight();
                double r = (examples.get(i).positive() ? 1 : 0) - p;
                double v = w * p * (1 - p);
                for (int j = 0; j < d; j++) {
                    if (x[j] == 0) {
                        continue;
                    }
                    grad[j] += w * r * x[j];
                    for (int k = 0; k < d; k++) {
                        hess[j][k] += v * x[j] * x[k];
                    }
                }
            }
            for (int j = 1; j < d; j++) {
                grad[j] -= lambda * beta[j];
                hess[j][j] += lambda;
            }
            hess[0][0] += 1e-9;
            double[] step = solve(hess, grad);
            double change = 0;
            for (int j = 0; j < d; j++) {
                beta[j] += step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        Map<String, Double> weights = new HashMap<>();
        for (int j = 0; j < features.size(); j++) {
            weights.put(features.get(j), beta[j + 1]);
        }
        return new Logistic(beta[0], weights, cut);
    }

    /** Gaussian elimination with partial pivoting; the matrix is positive definite thanks to the penalty. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
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
            if (Math.abs(m[c][c]) < 1e-12) {
                continue;
            }
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int k = i + 1; k < n; k++) {
                s -= m[i][k] * x[k];
            }
            x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : s / m[i][i];
        }
        return x;
    }
}
