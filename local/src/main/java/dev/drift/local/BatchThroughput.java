package dev.drift.local;

import dev.drift.functions.AnalysisRecord;
import dev.drift.functions.PipelineConfig;
import dev.drift.functions.StalePairs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the batch path: N generated original-reprint pairs put in the bucket without notifications, then one
 * scheduled batch, and the work queue drained through the worker, on the embedded emulators.
 * {@code java ... dev.drift.local.BatchThroughput [PAIRS] [SEEDS_DIR]}
 */
public final class BatchThroughput {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private BatchThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path seeds = Path.of(args.length > 1 ? args[1] : "seeds");
        List<byte[]> texts;
        try (Stream<Path> files = Files.list(seeds)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(BatchThroughput::read).toList();
        }
        Random random = new Random(42);
        int perStory = 10;
        try (LocalPipeline local = LocalPipeline.start(Template.locate(), PipelineConfig.DEFAULT_MAX_OBJECT_BYTES, false)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < pairs; i++) {
                String story = "gen-" + (i / perStory);
                if (i % perStory == 0) {
                    local.put("originals/" + story + "/original.txt", texts.get(random.nextInt(texts.size())), Map.of());
                }
                local.put("reprints/" + story + "/r" + i + ".txt", mutate(texts.get(random.nextInt(texts.size())), random), Map.of());
            }
            long uploaded = System.nanoTime();
            StalePairs.Selection selection = local.pipeline().queueStale();
            long queued = System.nanoTime();
            LocalPipeline.Drained drained = local.drainWorkQueue();
            long done = System.nanoTime();
            long ok = local.pipeline().results().withStatus(AnalysisRecord.Status.OK).size();
            System.out.printf(Locale.ROOT, "%d pairs: upload %.1f s; batch selected %d stale in %.2f s; worker processed %d messages "
                            + "(%d failed) in %.1f s = %.0f pairs/s; %d stored OK%n",
                    pairs, (uploaded - t0) / 1e9, selection.stale().size(), (queued - uploaded) / 1e9, drained.delivered(),
                    drained.failed(), (done - queued) / 1e9, drained.delivered() / ((done - queued) / 1e9), ok);
        }
    }

    /** A reprint-like variant: some numbers changed, so pairs differ and produce findings. */
    private static byte[] mutate(byte[] text, Random random) {
        Matcher m = NUMBER.matcher(new String(text, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, random.nextInt(4) == 0 ? Integer.toString(random.nextInt(10_000)) : m.group());
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
