package dev.drift.benchmarks;

import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.meaning.EncodingCache;
import dev.drift.engine.meaning.SentenceEncoder;
import dev.drift.engine.text.TextDecoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Thread CPU time of 001 against 004 with the sentence model, warm, each analysis with an empty encoding cache (as
 * {@link MeaningBenchmark#compareWithModel}): the whole analysis, the model's calls inside it, and their ratio (the
 * target compares the analysis with the model's own time for the sentences it encodes). CPU time, unlike JMH's wall
 * time, hardly moves when other processes share the core. Usage:
 * {@code java -Ddrift.root=. -cp benchmarks/target/benchmarks.jar dev.drift.benchmarks.ModelTimes ROUNDS}
 * (the first half of the rounds warms up; {@code -Dlist=true} prints the sentences encoded).
 */
public final class ModelTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ModelTimes() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path root = Path.of(System.getProperty("drift.root", "."));
        TextDecoder decoder = new TextDecoder();
        String original = decoder.decode(Files.readAllBytes(seed(root, "001")));
        String reprint = decoder.decode(Files.readAllBytes(seed(root, "004")));
        long loadStart = System.nanoTime();
        BgeSmallEncoder model = BgeSmallEncoder.load();
        System.out.printf(Locale.ROOT, "model load %.0f ms wall%n", (System.nanoTime() - loadStart) / 1e6);
        long[] modelNanos = new long[1];
        int[] calls = new int[1];
        List<String> sentences = new ArrayList<>();
        SentenceEncoder timed = sentence -> {
            long start = THREADS.getCurrentThreadCpuTime();
            float[] v = model.encode(sentence);
            modelNanos[0] += THREADS.getCurrentThreadCpuTime() - start;
            calls[0]++;
            sentences.add(sentence);
            return v;
        };
        int counted = rounds - rounds / 2;
        double[] analysis = new double[counted];
        double[] inModel = new double[counted];
        double[] wall = new double[counted];
        for (int round = 0; round < rounds; round++) {
            modelNanos[0] = 0;
            calls[0] = 0;
            sentences.clear();
            long wallStart = System.nanoTime();
            long start = THREADS.getCurrentThreadCpuTime();
            new DriftAnalyzer(new EncodingCache(timed)).compare("001", original, "004", reprint);
            long cpu = THREADS.getCurrentThreadCpuTime() - start;
            if (round >= rounds / 2) {
                int i = round - rounds / 2;
                analysis[i] = cpu / 1e6;
                inModel[i] = modelNanos[0] / 1e6;
                wall[i] = (System.nanoTime() - wallStart) / 1e6;
            }
        }
        if (Boolean.getBoolean("list")) {
            sentences.forEach(s -> System.out.println("  encoded: " + s));
        }
        // The model alone on the same sentences, one after another, as the benchmark's modelAlone.
        double[] alone = new double[counted];
        for (int round = 0; round < rounds; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (String s : sentences) {
                model.encode(s);
            }
            if (round >= rounds / 2) {
                alone[round - rounds / 2] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
            }
        }
        double[] ratio = new double[counted];
        for (int i = 0; i < counted; i++) {
            ratio[i] = analysis[i] / inModel[i];
        }
        System.out.printf(Locale.ROOT, "sentences encoded per analysis: %d%n", calls[0]);
        System.out.printf(Locale.ROOT, "analysis CPU ms    %s%n", quartiles(analysis));
        System.out.printf(Locale.ROOT, "analysis wall ms   %s%n", quartiles(wall));
        System.out.printf(Locale.ROOT, "model calls CPU ms %s%n", quartiles(inModel));
        System.out.printf(Locale.ROOT, "per model call ms  %s%n", quartiles(Arrays.stream(inModel).map(x -> x / calls[0]).toArray()));
        System.out.printf(Locale.ROOT, "analysis / model   %s%n", quartiles(ratio, 2));
        System.out.printf(Locale.ROOT, "model alone CPU ms %s%n", quartiles(alone));
        System.out.printf(Locale.ROOT, "analysis / model alone (medians) %.2f%n", median(analysis) / median(alone));
        model.close();
    }

    private static String quartiles(double[] values) {
        return quartiles(values, 1);
    }

    private static String quartiles(double[] values, int decimals) {
        double[] v = values.clone();
        Arrays.sort(v);
        String n = "%." + decimals + "f";
        return String.format(Locale.ROOT, "min " + n + "  q1 " + n + "  median " + n + "  q3 " + n,
                v[0], v[v.length / 4], v[v.length / 2], v[3 * v.length / 4]);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static Path seed(Path root, String prefix) throws Exception {
        try (Stream<Path> s = Files.list(root.resolve("seeds"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        }
    }
}
