package dev.drift.engine.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {
    /** Two trees of depth 2: the first splits on feature 0 then feature 1, the second is one split on feature 1. */
    private static BoostedTrees sample() {
        return new BoostedTrees(0.5,
                List.of(new int[] {0, 1, -1}, new int[] {1, -1, -1}),
                List.of(new double[] {0.3, 2.0, 0}, new double[] {1.0, 0, 0}),
                List.of(new double[] {0, 0, 0.7, 1.0, -1.0, 0, 0}, new double[] {0, -0.25, 0.25, 0, 0, 0, 0}));
    }

    @Test
    void scoreIsBiasPlusOneLeafOfEachTree() {
        BoostedTrees trees = sample();
        // x0 <= 0.3 and x1 <= 2.0: leaf 3 (1.0); x1 <= 1.0: leaf 1 (-0.25)
        assertEquals(0.5 + 1.0 - 0.25, trees.score(new double[] {0.1, 0.5}), 1e-12);
        // x0 <= 0.3 and x1 > 2.0: leaf 4 (-1.0); x1 > 1.0: leaf 2 (0.25)
        assertEquals(0.5 - 1.0 + 0.25, trees.score(new double[] {0.3, 3.0}), 1e-12);
        // x0 > 0.3: node 2 is a leaf (0.7)
        assertEquals(0.5 + 0.7 + 0.25, trees.score(new double[] {0.9, 1.5}), 1e-12);
    }

    @Test
    void scoreRangeSpansEveryValueOfTheUnknownFeature() {
        BoostedTrees trees = sample();
        // x1 = 0.5 known, x0 free: the first tree gives leaf 3 (1.0) or 0.7, the second -0.25 either way.
        double[] range = trees.scoreRange(new double[] {Double.NaN, 0.5}, 0);
        assertEquals(0.5 + 0.7 - 0.25, range[0], 1e-12);
        assertEquals(0.5 + 1.0 - 0.25, range[1], 1e-12);
        // x0 = 0.1 known, x1 free: leaves 3 or 4 (1.0, -1.0) and 1 or 2 (-0.25, 0.25).
        range = trees.scoreRange(new double[] {0.1, Double.NaN}, 1);
        assertEquals(0.5 - 1.0 - 0.25, range[0], 1e-12);
        assertEquals(0.5 + 1.0 + 0.25, range[1], 1e-12);
        for (double x1 = -1; x1 <= 4; x1 += 0.25) {
            double score = trees.score(new double[] {0.1, x1});
            assertTrue(range[0] <= score && score <= range[1], "x1 = " + x1);
        }
    }

    @Test
    void textFormKeepsEveryScore() throws IOException {
        StringWriter out = new StringWriter();
        sample().write(out);
        BoostedTrees read = BoostedTrees.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, read.size());
        for (double[] x : new double[][] {{0.1, 0.5}, {0.3, 3.0}, {0.9, 1.5}, {-5, 1.0}}) {
            assertEquals(sample().score(x), read.score(x), 0);
        }
    }
}
