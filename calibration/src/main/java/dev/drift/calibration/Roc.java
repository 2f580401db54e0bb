package dev.drift.calibration;

import java.util.Arrays;

/** Rank-based ROC AUC (Mann-Whitney): the chance a positive scores above a negative, ties counted half. */
public final class Roc {
    private Roc() {
    }

    public static double auc(double[] positives, double[] negatives) {
        int n = positives.length + negatives.length;
        double[][] all = new double[n][];
        for (int i = 0; i < positives.length; i++) {
            all[i] = new double[] {positives[i], 1};
        }
        for (int i = 0; i < negatives.length; i++) {
            all[positives.length + i] = new double[] {negatives[i], 0};
        }
        Arrays.sort(all, (a, b) -> Double.compare(a[0], b[0]));
        double rankSum = 0;
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && all[j][0] == all[i][0]) {
                j++;
            }
            double meanRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (all[k][1] == 1) {
                    rankSum += meanRank;
                }
            }
            i = j;
        }
        double p = positives.length;
        return (rankSum - p * (p + 1) / 2) / (p * negatives.length);
    }
}
