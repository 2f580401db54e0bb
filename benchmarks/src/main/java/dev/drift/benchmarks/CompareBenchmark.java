package dev.drift.benchmarks;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.document.Article;
import dev.drift.engine.report.DriftReport;
import dev.drift.engine.text.TextDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to compare an original with a reprint, parsing included. {@code seed}: 001 against 004.
 * {@code xN}: a pair N times longer, built from MRPC sentence pairs (sentence 1 as the original,
 * its labelled counterpart as the reprint), so every sentence is distinct and vocabulary realistic.
 * {@code quotesN}: a quote-dense pair of N quotation lines ({@link QuoteDensePair}); quotes500 and quotes4000
 * differ by eight times, so their times show whether the cost stays linear in quotations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class CompareBenchmark {
    @Param({"seed", "x10", "x75", "quotes500", "quotes4000"})
    public String pair;

    String original;
    String reprint;
    private final DriftAnalyzer analyzer = new DriftAnalyzer();

    @Setup
    public void load() throws Exception {
        Path root = Path.of(System.getProperty("drift.root", "."));
        TextDecoder decoder = new TextDecoder();
        String o = decoder.decode(Files.readAllBytes(seed(root, "001")));
        String r = decoder.decode(Files.readAllBytes(seed(root, "004")));
        if (pair.equals("seed")) {
            original = o;
            reprint = r;
            return;
        }
        if (pair.startsWith("quotes")) {
            QuoteDensePair dense = QuoteDensePair.build(root, Integer.parseInt(pair.substring("quotes".length())));
            original = dense.original;
            reprint = dense.reprint;
            return;
        }
        int factor = Integer.parseInt(pair.substring(1));
        int targetWords = o.split("\\s+").length * factor;
        List<String> lines = Files.readAllLines(root.resolve("../shared/eval/mrpc-train.tsv"));
        StringBuilder ob = new StringBuilder();
        StringBuilder rb = new StringBuilder();
        int words = 0;
        int i = 0;
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 5) {
                continue;
            }
            ob.append(f[3]).append(i % 4 == 3 ? "\n\n" : " ");
            rb.append(f[4]).append(i % 4 == 3 ? "\n\n" : " ");
            words += f[3].split("\\s+").length;
            i++;
            if (words >= targetWords) {
                break;
            }
        }
        original = ob.toString();
        reprint = rb.toString();
        System.out.printf("%n%s: original %d words, reprint %d words%n", pair, words, reprint.split("\\s+").length);
    }

    private static Path seed(Path root, String prefix) throws Exception {
        try (Stream<Path> s = Files.list(root.resolve("seeds"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        }
    }

    @Benchmark
    public DriftReport compare() {
        // Fresh string objects per call, as each real comparison has: no per-text cache may carry over.
        Article o = analyzer.parse("o", new String(original));
        Article r = analyzer.parse("r", new String(reprint));
        return analyzer.compare(o, r);
    }

}
