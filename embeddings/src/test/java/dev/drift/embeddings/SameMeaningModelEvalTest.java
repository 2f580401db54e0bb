package dev.drift.embeddings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.SameMeaning;
import dev.drift.engine.meaning.EncodingCache;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same-meaning decision with the sentence model against the lexical-only one, on a sample of each corpus (the
 * full cross-validated figures come from the calibration module's SameMeaningTuning; encoding all 10,000 sentences takes minutes).
 */
class SameMeaningModelEvalTest {
    /** Every fifth MRPC pair and every second PAWS pair: about 1,800 sentences to encode. */
    private static final int MRPC_STRIDE = 5;
    private static final int PAWS_STRIDE = 2;

    private static BgeSmallEncoder model;
    private static EncodingCache encoder;

    @BeforeAll
    static void load() {
        model = BgeSmallEncoder.load();
        encoder = new EncodingCache(model);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static Path eval(String name) {
        Path file = Path.of(System.getProperty("drift.eval", "../../shared/eval")).resolve(name);
        Assumptions.assumeTrue(Files.exists(file), "calibration data absent");
        return file;
    }

    private record Accuracy(double model, double lexical) {
    }

    private static Accuracy measure(String corpus, List<String[]> pairs) {
        int model = 0;
        int lexical = 0;
        for (String[] p : pairs) {
            boolean same = p[2].equals("1");
            model += SameMeaning.decide(p[0], p[1], encoder).same() == same ? 1 : 0;
            lexical += SameMeaning.decide(p[0], p[1], null).same() == same ? 1 : 0;
        }
        Accuracy a = new Accuracy((double) model / pairs.size(), (double) lexical / pairs.size());
        System.out.printf(Locale.ROOT, "%s sample of %d pairs: with the model %.3f, lexical only %.3f%n", corpus,
                pairs.size(), a.model, a.lexical);
        return a;
    }

    @Test
    void modelBeatsWordsOnMrpc() throws Exception {
        List<String> lines = Files.readAllLines(eval("mrpc-train.tsv"), StandardCharsets.UTF_8);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += MRPC_STRIDE) {
            String[] f = lines.get(i).split("\t");
            if (f.length >= 5) {
                pairs.add(new String[] {f[3], f[4], f[0]});
            }
        }
        Accuracy a = measure("MRPC", pairs);
        assertTrue(a.model > a.lexical + 0.02, "the model must add to word overlap");
    }

    @Test
    void modelSeesWordOrderOnPaws() throws Exception {
        List<String> lines = Files.readAllLines(eval("paws-en-calibration.tsv"), StandardCharsets.UTF_8);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += PAWS_STRIDE) {
            String[] f = lines.get(i).split("\t");
            if (f.length >= 3) {
                pairs.add(new String[] {f[0], f[1], f[2].strip()});
            }
        }
        Accuracy a = measure("PAWS", pairs);
        // The majority class ("different") is about 56% of PAWS: word overlap alone does not beat it.
        assertTrue(a.model > 0.6 && a.model > a.lexical + 0.1, "same words in another order must not pass as same meaning");
    }
}
