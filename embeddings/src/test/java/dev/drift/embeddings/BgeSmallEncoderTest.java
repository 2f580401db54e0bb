package dev.drift.embeddings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.meaning.SentenceEncoder;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.drift.engine.ArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BgeSmallEncoderTest {
    private static BgeSmallEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = BgeSmallEncoder.load();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static final List<String> SENTENCES = List.of(
            "U.S. forces prevented a prison break at the camp, officials said.",
            "Washington thwarted an escape attempt, according to Western officials.",
            "The company's shares rose 4.5% to $23.10 on Nasdaq — a record high.",
            "Café owners in Zürich weren't happy: \"It's unacceptable,\" one said.",
            "nearly 6,000 detainees");

    @Test
    void givesTheReferenceLibrarysEmbeddings() {
        BgeSmallEnV15QuantizedEmbeddingModel reference = new BgeSmallEnV15QuantizedEmbeddingModel();
        for (String s : SENTENCES) {
            float[] ours = encoder.encode(s);
            float[] theirs = reference.embed(s).content().vector();
            assertTrue(SentenceEncoder.cosine(ours, theirs) > 0.999, s);
        }
    }

    @Test
    void unitLengthAndDeterministic() {
        float[] a = encoder.encode(SENTENCES.get(0));
        assertEquals(1.0, SentenceEncoder.cosine(a, a), 1e-4);
        assertArrayEquals(a, encoder.encode(SENTENCES.get(0)));
    }

    @Test
    void sameClaimInOtherWordsIsCloserThanAnotherClaim() {
        float[] prevented = encoder.encode(SENTENCES.get(0));
        float[] thwarted = encoder.encode(SENTENCES.get(1));
        float[] shares = encoder.encode(SENTENCES.get(2));
        assertTrue(SentenceEncoder.cosine(prevented, thwarted) > SentenceEncoder.cosine(prevented, shares) + 0.1);
    }

    @Test
    void keptOptimizedModelGivesTheSameVectors(@TempDir Path dir) throws Exception {
        List<String> sentences = new ArrayList<>(SENTENCES);
        try (Stream<Path> seeds = Files.list(Path.of(System.getProperty("drift.seeds", "../seeds")))) {
            for (Path seed : seeds.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).toList()) {
                new ArticleParser().parse("seed", Files.readString(seed)).sentences().forEach(x -> sentences.add(x.text()));
            }
        }
        Path kept = dir.resolve("model.onnx");
        try (BgeSmallEncoder writing = BgeSmallEncoder.load(kept)) {
            assertTrue(Files.isRegularFile(kept), "the optimized model is kept");
            try (BgeSmallEncoder reading = BgeSmallEncoder.load(kept)) {
                for (String s : sentences) {
                    float[] expected = encoder.encode(s);
                    assertArrayEquals(expected, writing.encode(s), s);
                    assertArrayEquals(expected, reading.encode(s), s);
                }
            }
        }
        assertTrue(sentences.size() > 100, sentences.size() + " sentences");
    }

    @Test
    void longTextIsTruncatedNotRefused() {
        String longText = "word ".repeat(2000);
        assertEquals(512, encoder.tokenIds(longText).length);
        assertEquals(384, encoder.encode(longText).length);
        assertEquals(384, encoder.encode("").length);
    }
}
