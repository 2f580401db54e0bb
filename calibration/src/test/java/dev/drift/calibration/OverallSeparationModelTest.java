package dev.drift.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.calibration.OverallSeparation;
import dev.drift.calibration.OverallSeparation.Row;
import dev.drift.calibration.OverallSeparation.Score;
import dev.drift.calibration.OverallSeparation.Table;
import dev.drift.engine.meaning.EncodingCache;
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
 * {@link OverallSeparation} with the sentence model: how well the report's {@code overall} ranks renderings with a
 * meaning-changing error above clean ones, against word overlap and against the model's own cosine. Sentence level
 * on a sample of DEMETR items (every pair of every fourth item: encoding all 10,431 pairs takes minutes); paragraph
 * level on all 83 paragraphs.
 */
class OverallSeparationModelTest {
    /** Every fourth DEMETR item (ids are 3, 6, 9, ...): about 2,600 pairs of 83 source sentences. */
    private static final int ITEM_STRIDE = 4;

    /** AUC points by which overall must beat a baseline to count as better "by a wide margin". */
    private static final double WIDE_MARGIN = 0.15;

    private static BgeSmallEncoder model;
    private static EncodingCache encoder;
    private static List<Row> rows;

    @BeforeAll
    static void load() throws Exception {
        Path file = EvalData.dir().resolve("demetr-calibration.tsv");
        Assumptions.assumeTrue(Files.exists(file), "DEMETR calibration set absent");
        rows = OverallSeparation.read(file);
        model = BgeSmallEncoder.load();
        encoder = new EncodingCache(model);
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    private static final String CONTROL = "errors vs control_reference";
    private static final String PARAGRAPHS = "errors vs clean (references)";
    private static final String MATCHED = "errors vs matched clean";

    private static List<Score> scores() {
        List<Score> s = new ArrayList<>(OverallSeparation.withProposals());
        s.add(new Score("1-cosine", (o, c) -> 1 - cosine(encoder.encode(o.original()), encoder.encode(o.reprint()))));
        return s;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void overallWithTheModelAgainstWordOverlap() {
        List<Score> scores = scores();
        // The analyzer's own cache, so the count printed is what the analysis asked the model for.
        EncodingCache analyzerEncoder = new EncodingCache(model);
        DriftAnalyzer analyzer = new DriftAnalyzer(analyzerEncoder);
        List<Row> sample = rows.stream().filter(r -> (r.id() / 3) % ITEM_STRIDE == 0).toList();
        long start = System.nanoTime();
        Table sentences = OverallSeparation.sentenceLevel(analyzer, sample, scores);
        System.out.printf(Locale.ROOT, "With the model, every %dth item (%d pairs):%n", ITEM_STRIDE, sample.size());
        System.out.print(sentences);
        long sentenceEncodings = analyzerEncoder.encodedCount();
        Table paragraphs = OverallSeparation.paragraphLevel(analyzer, rows, scores);
        System.out.print("With the model: ");
        System.out.print(paragraphs);
        double lexical = OverallSeparation.sentenceLevel(new DriftAnalyzer(), sample, OverallSeparation.scores())
                .get(CONTROL, "overall");
        System.out.printf(Locale.ROOT, "same sample, lexical engine: overall AUC errors vs control_reference %.3f "
                + "(with the model %.3f)%n", lexical, sentences.get(CONTROL, "overall"));
        System.out.printf(Locale.ROOT, "the analysis encoded %d sentences for the sentence pairs and %d more for the "
                + "paragraphs (the cosine baseline %d); %.0f s%n", sentenceEncodings,
                analyzerEncoder.encodedCount() - sentenceEncodings, encoder.encodedCount(), (System.nanoTime() - start) / 1e9);
        for (String baseline : List.of("1-Jaccard", "1-Dice", "1-cosine")) {
            for (String set : List.of(CONTROL, PARAGRAPHS, MATCHED)) {
                Table t = set.equals(CONTROL) ? sentences : paragraphs;
                assertTrue(t.get(set, "overall") > t.get(set, baseline) + WIDE_MARGIN,
                        set + ": overall " + t.get(set, "overall") + " against " + baseline + " " + t.get(set, baseline));
            }
        }
    }
}
