package dev.drift.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Accuracy of the same-meaning decision on MRPC and PAWS (figures reported in the README). */
class SameMeaningEvalTest {
    @Test
    void mrpcAccuracyBeatsAlwaysSame() throws Exception {
        Path file = Seeds.evalDir().resolve("mrpc-train.tsv");
        Assumptions.assumeTrue(Files.exists(file));
        int right = 0;
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 5) {
                continue;
            }
            n++;
            if (SameMeaning.sameMeaning(f[3], f[4]) == f[0].equals("1")) {
                right++;
            }
        }
        double accuracy = (double) right / n;
        System.out.printf("MRPC: %d pairs, accuracy %.3f%n", n, accuracy);
        assertTrue(accuracy > 0.675, "must beat always answering same meaning");
    }

    @Test
    void pawsAccuracy() throws Exception {
        Path file = Seeds.evalDir().resolve("paws-en-calibration.tsv");
        Assumptions.assumeTrue(Files.exists(file));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int right = 0;
        int n = 0;
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                continue;
            }
            n++;
            if (SameMeaning.sameMeaning(f[0], f[1]) == f[2].strip().equals("1")) {
                right++;
            }
        }
        double accuracy = (double) right / n;
        System.out.printf("PAWS: %d pairs, accuracy %.3f%n", n, accuracy);
        assertTrue(accuracy > 0.4);
    }
}
