package dev.drift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.meaning.SentenceEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link SameMeaning#probabilityBelow} answers as the full decision does, and skips the model where the words settle
 * the answer. The encoder is a stand-in whose cosines spread over the range where the trees' cosine cuts lie.
 */
class SameMeaningBoundTest {
    private static final int DIMENSIONS = 16;

    /** A unit vector near a shared direction, fixed by the sentence's text: cosines mostly between 0.5 and 1. */
    private static float[] vector(String sentence) {
        Random random = new Random(sentence.hashCode());
        float[] v = new float[DIMENSIONS];
        double norm = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = (float) ((i == 0 ? 2.0 : 0) + 0.6 * random.nextGaussian());
            norm += v[i] * v[i];
        }
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static List<String[]> pairs() throws Exception {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"U.S. forces prevented a prison break in Syria.", "Washington thwarted an escape attempt in Syria."});
        out.add(new String[] {"The company sold 5,000 cars in March.", "The company sold 7,000 cars in May."});
        out.add(new String[] {"We saw this severe crisis situation", "We saw a sharp crisis situation"});
        out.add(new String[] {"This is a rare good news story coming out of Syria", "This is a rare story with good news out of Syria"});
        out.add(new String[] {"The minister did not resign.", "The minister resigned."});
        Path paws = Seeds.evalDir().resolve("paws-en-calibration.tsv");
        if (Files.exists(paws)) {
            for (String line : Files.readAllLines(paws, StandardCharsets.UTF_8).subList(0, 400)) {
                String[] f = line.split("\t");
                if (f.length >= 2) {
                    out.add(new String[] {f[0], f[1]});
                }
            }
        }
        return out;
    }

    @Test
    void answersAsTheDecisionAndEncodesOnlyWhenTheWordsLeaveItOpen() throws Exception {
        AtomicInteger encoded = new AtomicInteger();
        SentenceEncoder counting = sentence -> {
            encoded.incrementAndGet();
            return vector(sentence);
        };
        int asked = 0;
        for (String[] pair : pairs()) {
            for (double threshold : new double[] {0.05, 0.2, 0.5, 0.8}) {
                double score = SameMeaning.decide(pair[0], pair[1], SameMeaningBoundTest::vector).score();
                assertEquals(score < threshold, SameMeaning.probabilityBelow(pair[0], pair[1], counting, threshold),
                        pair[0] + " / " + pair[1] + " at " + threshold);
                asked++;
            }
        }
        // Two encodings per question would mean the bound never settles anything.
        assertTrue(encoded.get() < 2 * asked, encoded + " encodings for " + asked + " questions");
    }
}
