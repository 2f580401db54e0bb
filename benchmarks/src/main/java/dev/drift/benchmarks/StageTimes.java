package dev.drift.benchmarks;

import dev.drift.engine.ArticleParser;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.align.SentenceAligner;
import dev.drift.engine.compare.Comparison;
import dev.drift.engine.detect.Detectors;
import dev.drift.engine.detect.ShiftDetector;
import dev.drift.engine.document.Article;
import dev.drift.engine.model.Shift;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of the lexical engine's stages on one of {@link CompareBenchmark}'s pairs, warm: parsing both texts, the
 * comparison (sentence and word alignment), each detector, and a whole analysis. Thread CPU time, unlike JMH's wall
 * time, hardly moves when other processes share the core, so it compares two builds on a busy machine.
 * Usage: {@code java -Ddrift.root=. -cp benchmarks/target/benchmarks.jar dev.drift.benchmarks.StageTimes PAIR ROUNDS}
 * (the first half of the rounds warms up).
 */
public final class StageTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StageTimes() {
    }

    public static void main(String[] args) throws Exception {
        CompareBenchmark pair = new CompareBenchmark();
        pair.pair = args.length > 0 ? args[0] : "seed";
        pair.load();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        ArticleParser parser = new ArticleParser();
        SentenceAligner aligner = new SentenceAligner();
        DriftAnalyzer analyzer = new DriftAnalyzer();
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            Stopwatch w = new Stopwatch(nanos, round >= rounds / 2);
            // Fresh strings each round, as in the benchmark: no per-text cache carries over.
            Article original = parser.parse("o", new String(pair.original));
            Article reprint = parser.parse("r", new String(pair.reprint));
            w.lap("parse (both texts)");
            Comparison comparison = Comparison.of(original, reprint, aligner);
            w.lap("comparison");
            List<Shift> shifts = new ArrayList<>();
            for (ShiftDetector detector : Detectors.ALL) {
                detector.detect(comparison, List.of(), shifts);
                w.lap(detector.getClass().getSimpleName());
            }
            Article o = analyzer.parse("o", new String(pair.original));
            Article r = analyzer.parse("r", new String(pair.reprint));
            w.restart();
            analyzer.compare(o, r);
            w.lap("whole compare (after parsing)");
        }
        int counted = rounds - rounds / 2;
        nanos.forEach((stage, total) -> System.out.printf("%-32s %9.3f ms%n", stage, total / 1e6 / counted));
    }

    /** Adds the CPU time since the last lap to a stage's total, when the round counts. */
    private static final class Stopwatch {
        private final Map<String, Long> totals;
        private final boolean counts;
        private long last = THREADS.getCurrentThreadCpuTime();

        Stopwatch(Map<String, Long> totals, boolean counts) {
            this.totals = totals;
            this.counts = counts;
        }

        void restart() {
            last = THREADS.getCurrentThreadCpuTime();
        }

        void lap(String stage) {
            long now = THREADS.getCurrentThreadCpuTime();
            if (counts) {
                totals.merge(stage, now - last, Long::sum);
            }
            last = THREADS.getCurrentThreadCpuTime();
        }
    }
}
