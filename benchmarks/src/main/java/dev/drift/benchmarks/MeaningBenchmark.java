package dev.drift.benchmarks;

import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.meaning.EncodingCache;
import dev.drift.engine.meaning.SentenceEncoder;
import dev.drift.engine.report.DriftReport;
import dev.drift.engine.text.TextDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 001 against 004 with the sentence model. {@code compareWithModel}: the whole analysis with an empty encoding
 * cache each time, so every sentence the analysis needs is encoded anew (the first reprint of an original; later
 * reprints reuse the original's encodings). {@code modelAlone}: the model encoding just those sentences, the floor
 * the analysis is measured against.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class MeaningBenchmark {
    private BgeSmallEncoder model;
    private String original;
    private String reprint;
    private List<String> encodedSentences;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path root = Path.of(System.getProperty("drift.root", "."));
        TextDecoder decoder = new TextDecoder();
        original = decoder.decode(Files.readAllBytes(seed(root, "001")));
        reprint = decoder.decode(Files.readAllBytes(seed(root, "004")));
        model = BgeSmallEncoder.load();
        Set<String> asked = new LinkedHashSet<>();
        SentenceEncoder recording = sentence -> {
            asked.add(sentence);
            return model.encode(sentence);
        };
        new DriftAnalyzer(recording).compare("001", original, "004", reprint);
        encodedSentences = new ArrayList<>(asked);
        System.out.printf("%nthe analysis encodes %d distinct sentences%n", encodedSentences.size());
    }

    @TearDown(Level.Trial)
    public void close() {
        model.close();
    }

    private static Path seed(Path root, String prefix) throws Exception {
        try (Stream<Path> s = Files.list(root.resolve("seeds"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        }
    }

    @Benchmark
    public DriftReport compareWithModel() {
        return new DriftAnalyzer(new EncodingCache(model)).compare("001", original, "004", reprint);
    }

    @Benchmark
    public float[] modelAlone() {
        float[] last = null;
        for (String s : encodedSentences) {
            last = model.encode(s);
        }
        return last;
    }
}
