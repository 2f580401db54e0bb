package dev.drift.benchmarks;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.report.DriftReport;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Pairs of hostile shapes at a given size, each analysed once in a fresh state, with its wall time and the heap it
 * left in use: the issue asks each shape of 5 MB a side within the analysis budget (180 s) and the function's memory.
 * Shapes: short sentences without content words ("No. Again. Yes."), one giant sentence, one giant paragraph of
 * ordinary sentences, one quotation per sentence repeating the same words, and thousands of distinct quotations. The
 * reprint is the original with every 40th word changed, so that detectors have work to do.
 *
 * <p>{@code java -Xmx3g -cp benchmarks/target/benchmarks.jar dev.drift.benchmarks.HostileShapes [MB [SHAPE...]]}
 * (lexical engine: the model's share is bounded by the sentences it is asked about).
 */
public final class HostileShapes {
    private static final String[] WORDS = {"minister", "said", "people", "injured", "blast", "rescue", "teams",
        "searched", "site", "government", "inquiry", "promised", "officials", "reported", "city", "council", "vote",
        "delayed", "police", "arrested"};

    private HostileShapes() {
    }

    record Shape(String name, IntFunction<String> unit) {
    }

    static final List<Shape> SHAPES = List.of(
            new Shape("contentless", i -> new String[] {"No. ", "Again. ", "Yes. "}[i % 3] + (i % 20 == 19 ? "\n" : "")),
            new Shape("giant-sentence", i -> WORDS[(i * 7 + i / 3) % WORDS.length] + " "),
            new Shape("giant-paragraph", i -> "The " + WORDS[i % WORDS.length] + " " + WORDS[(i * 3) % WORDS.length] + " "
                    + WORDS[(i * 7) % WORDS.length] + " on day " + i + ". "),
            new Shape("same-quotation", i -> "The official said \"we will act now\" on day " + i + ". "),
            new Shape("quotations", i -> "The official said \"we will act on day " + i + "\" and left.\n"));

    public static void main(String[] args) {
        double megabytes = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        List<String> chosen = args.length > 1 ? List.of(args).subList(1, args.length) : null;
        DriftAnalyzer analyzer = new DriftAnalyzer();
        analyzer.compare("o", "Warm up. The minister said so.", "r", "Warm up. The minister said it.");
        for (Shape shape : SHAPES) {
            if (chosen != null && !chosen.contains(shape.name())) {
                continue;
            }
            String original = build(shape, (long) (megabytes * 1024 * 1024));
            String reprint = changeEvery40thWord(original);
            System.gc();
            long start = System.nanoTime();
            DriftReport report = analyzer.compare("original", original, "reprint", reprint);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "%-16s %.1f MB a side: %.1f s, %d findings, heap peak (sum of pools) %d MB%n",
                    shape.name(), original.length() / 1048576.0, seconds, report.shifts().size(), peak >> 20);
            ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        }
    }

    private static String build(Shape shape, long chars) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < chars; i++) {
            b.append(shape.unit().apply(i));
        }
        return b.append('.').toString();
    }

    private static String changeEvery40thWord(String text) {
        Random random = new Random(7);
        StringBuilder b = new StringBuilder(text.length());
        int words = 0;
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                words++;
                b.append(words % 40 == 0 ? WORDS[random.nextInt(WORDS.length)] : text.substring(i, j));
                i = j;
            } else {
                b.append(text.charAt(i++));
            }
        }
        return b.toString();
    }
}
