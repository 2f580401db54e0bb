package dev.drift.benchmarks;

import dev.drift.engine.ArticleParser;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.align.SentenceAligner;
import dev.drift.engine.compare.Comparison;
import dev.drift.engine.detect.Detectors;
import dev.drift.engine.detect.ShiftDetector;
import dev.drift.engine.document.Article;
import dev.drift.engine.model.Shift;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the lexical engine's stages on one of {@link CompareBenchmark}'s pairs, warm: parsing both texts, the
 * comparison (sentence and word alignment), each detector, and a whole analysis. Thread CPU time, unlike JMH's wall
 * time, hardly moves when other processes share the core, so it compares two builds on a busy machine.
 * Usage: {@code java -Ddrift.root=. -cp benchmarks/target/benchmarks.jar dev.drift.benchmarks.StageTimes PAIR ROUNDS}
 * (the first half of the rounds warms up; the last line says whether that was enough: x10 needs about 400 rounds).
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
        long compilerTicks = 0;
        for (int round = 0; round < rounds; round++) {
            if (round == rounds / 2) {
                compilerTicks = compilerThreadTicks();
            }
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
        if (compilerTicks >= 0) {
            System.out.printf("%-32s %9.3f ms%n", "JIT compiler threads (a round)",
                    (compilerThreadTicks() - compilerTicks) * MS_PER_TICK / counted);
        }
    }

    /** Linux's CPU time unit in /proc (USER_HZ), 100 a second on every usual kernel. */
    private static final double MS_PER_TICK = 10;

    /**
     * CPU ticks so far of the JVM's JIT compiler threads, or -1 where /proc is missing. The engine is a lot of code:
     * on one core, until the compiler is done, it takes about as much CPU as the analysis, so the figures above
     * are warm only when this is near zero.
     */
    private static long compilerThreadTicks() {
        long sum = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                int nameEnd = stat.lastIndexOf(')');
                if (!stat.substring(stat.indexOf('(') + 1, nameEnd).contains("Compiler")) {
                    continue;
                }
                String[] fields = stat.substring(nameEnd + 2).split(" ");
                sum += Long.parseLong(fields[USER_TIME_FIELD]) + Long.parseLong(fields[USER_TIME_FIELD + 1]);
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return sum;
    }

    /** utime's place in /proc/PID/task/TID/stat counted after the name: state is 0, utime 11, stime 12. */
    private static final int USER_TIME_FIELD = 11;

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
