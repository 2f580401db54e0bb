package dev.drift.local;

import dev.drift.functions.AnalysisRecord;
import dev.drift.functions.ArticleKey;
import dev.drift.functions.Finding;
import dev.drift.functions.Inbox;
import dev.drift.functions.PipelineConfig;
import dev.drift.functions.ResultStore;
import dev.drift.engine.text.InputRejectedException;
import dev.drift.engine.text.TextFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code drift pipeline}: runs the serverless pipeline on this machine. Starts the emulators, creates the
 * template's resources, uploads an original and its reprints as a user would, lets each notification reach the
 * analysis function, drains the work queue through the worker, fires the schedule once, then reads the stored
 * results back from DynamoDB and prints them.
 */
public final class LocalRun {
    private LocalRun() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path original = null;
        Path seeds = Path.of("seeds");
        String story = null;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--original" -> original = Path.of(value(args, ++i, "--original"));
                case "--story" -> story = value(args, ++i, "--story");
                case "--verbose" -> verbose = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        err.println("drift pipeline: unknown option " + args[i]);
                        return 2;
                    }
                    seeds = Path.of(args[i]);
                }
            }
        }
        if (original == null) {
            err.println("usage: drift pipeline [DIR] --original FILE [--story NAME] [--verbose]");
            return 2;
        }
        return run(seeds, original, story, verbose, null, null, out, err);
    }

    /**
     * Runs the pipeline on the original and the .txt files of {@code seeds}; {@code data} is the folder the emulators
     * keep their state in (null: in memory).
     */
    static int run(Path seeds, Path original, String story, boolean verbose, Path data, Path inbox, PrintStream out,
                   PrintStream err) {
        List<Path> inboxFiles = List.of();
        if (inbox != null) {
            if (!Files.isDirectory(inbox)) {
                err.println("drift pipeline: --inbox " + inbox + ": not a folder");
                return 2;
            }
            try (Stream<Path> files = Files.list(inbox)) {
                inboxFiles = files.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
            } catch (IOException e) {
                err.println("drift pipeline: cannot list " + inbox + ": " + e.getMessage());
                return 2;
            }
        }
        List<Path> reprints;
        try (Stream<Path> files = Files.list(seeds)) {
            Path orig = original;
            reprints = files.filter(p -> p.toString().endsWith(".txt") && !sameFile(p, orig)).sorted().toList();
        } catch (IOException e) {
            err.println("drift pipeline: cannot list " + seeds + ": " + e.getMessage());
            return 2;
        }
        if (!Files.isRegularFile(original)) {
            err.println("drift pipeline: " + original + (Files.exists(original) ? ": not a regular file" : ": no such file"));
            return 2;
        }
        if (story == null) {
            story = "story-" + original.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        }
        if (reprints.isEmpty()) {
            err.println("drift pipeline: " + seeds + " holds no reprints (.txt files other than the original)");
            return 2;
        }
        boolean embedded = System.getenv("AWS_ENDPOINT_URL") == null;
        if (data != null && embedded) {
            String problem = unwritable(data);
            if (problem != null) {
                err.println("drift pipeline: --data " + data + ": " + problem);
                return 2;
            }
        }
        // One run at a time on a data folder: DynamoDB Local's SQLite file takes one writer, and a second run would
        // fail on every write with a trace. The lock is the operating system's, so a run that dies releases it.
        try (FileChannel lockFile = data == null || !embedded ? null
                : FileChannel.open(data.resolve(".drift-pipeline.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile == null ? null : lockFile.tryLock()) {
            if (lockFile != null && lock == null) {
                throw new OverlappingFileLockException();
            }
            return runLocked(reprints, inboxFiles, original, story, verbose, embedded ? data : null, data, out, err);
        } catch (IOException e) {
            err.println("drift pipeline: --data " + data + ": cannot lock (" + e.getClass().getSimpleName() + ")");
            return 2;
        } catch (OverlappingFileLockException e) {
            // Held by another process (tryLock gave none) or by this one.
            err.println("drift pipeline: another run is using " + data + "; wait for it to finish, or use another --data");
            return 2;
        }
    }

    /** Why the data folder cannot hold the emulators' state, or null when it can (it is created if missing). */
    private static String unwritable(Path data) {
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            return "cannot create the folder (" + e.getClass().getSimpleName() + ")";
        }
        if (!Files.isDirectory(data)) {
            return "not a folder";
        }
        if (!Files.isWritable(data)) {
            return "the folder is not writable";
        }
        return null;
    }

    private static int runLocked(List<Path> reprints, List<Path> inboxFiles, Path original, String story, boolean verbose,
                                 Path state, Path data, PrintStream out, PrintStream err) {
        long t0 = System.nanoTime();
        try (LocalPipeline local = LocalPipeline.start(Template.locate(), PipelineConfig.DEFAULT_MAX_OBJECT_BYTES, verbose,
                state)) {
            long started = System.nanoTime();
            out.printf(Locale.ROOT, "%s started in %.1f s; created bucket %s, table %s, queue %s%n",
                    local.embedded() ? "DynamoDB Local, S3Proxy and ElasticMQ" : "Endpoint " + System.getenv("AWS_ENDPOINT_URL"),
                    (started - t0) / 1e9, local.template().articlesBucket(), local.template().table(), local.template().workQueue());

            String originalKey = ArticleKey.originalsPrefix(story) + original.getFileName();
            out.println("upload " + originalKey + "  ->  " + local.upload(originalKey, upload(original), Map.of()));
            List<String> reprintKeys = new ArrayList<>();
            long firstResult = 0;
            for (Path r : reprints) {
                String key = ArticleKey.reprintsPrefix(story) + r.getFileName();
                reprintKeys.add(key);
                byte[] body;
                try {
                    body = upload(r);
                } catch (IOException e) {
                    out.println("skip " + r + ": " + e.getMessage());
                    continue;
                }
                out.println("upload " + key + "  ->  " + local.upload(key, body, Map.of()));
                if (firstResult == 0) {
                    firstResult = System.currentTimeMillis();
                }
            }
            // A reprint no longer in the folder is removed as S3's ObjectRemoved would remove it: its result is kept as
            // REMOVED, no longer current.
            for (String key : storedReprints(local, ArticleKey.reprintsPrefix(story))) {
                // Placed there by an inbox match, not from DIR: the inbox upload's removal takes it away.
                if (!reprintKeys.contains(key) && !key.startsWith(ArticleKey.reprintsPrefix(story) + "inbox-")) {
                    out.println("remove " + key + " (no longer in " + reprints.get(0).getParent() + ")  ->  " + local.delete(key));
                }
            }
            for (Path f : inboxFiles) {
                String key = Inbox.PREFIX + f.getFileName();
                byte[] body;
                try {
                    body = upload(f);
                } catch (IOException e) {
                    out.println("skip " + f + ": " + e.getMessage());
                    continue;
                }
                local.upload(key, body, Map.of());
                out.println("inbox " + local.pipeline().inboxMatch(key).map(Inbox.Match::line).orElse(key + ": no match stored"));
            }
            LocalPipeline.Drained drained = local.drainWorkQueue();
            out.println("work queue: " + drained.delivered() + " message(s) to the worker, " + drained.failed() + " failed");
            out.println("schedule: " + local.runBatch());
            drained = local.drainWorkQueue();
            out.println("work queue: " + drained.delivered() + " message(s) to the worker, " + drained.failed() + " failed");
            long done = System.nanoTime();
            // Alerts this run sent: an analysis alerts once, so a run over the same data prints none.
            for (RecordingAlertPublisher.Sent sent : local.alertsSent()) {
                out.println("alert " + sent.alert().line() + " (message " + sent.messageId() + ")");
            }

            ResultStore results = local.pipeline().results();
            out.println();
            out.println("Stored results for story \"" + story + "\", read back from DynamoDB (index ByStory, most drifted first):");
            List<AnalysisRecord> ranked = results.rankedByDrift(story);
            for (AnalysisRecord r : ranked) {
                printRecord(out, r, results.findings(r.reprintKey()));
            }
            int notOk = 0;
            for (String key : reprintKeys) {
                AnalysisRecord r = results.latest(key).orElse(null);
                if (r == null) {
                    out.println("\n" + key + ": no result stored");
                } else if (r.status() != AnalysisRecord.Status.OK) {
                    printRecord(out, r, List.of());
                    notOk++;
                }
            }
            out.printf(Locale.ROOT, "%npipeline ran in %.2f s (emulators %.2f s, uploads to stored results %.2f s)%n",
                    (done - t0) / 1e9, (started - t0) / 1e9, (done - started) / 1e9);
            if (firstResult > 0) {
                // Cold-start proxy: a fresh JVM, handler classes and SDK clients loaded on first use, one analysis stored.
                long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                out.printf(Locale.ROOT, "first stored result %.2f s after the JVM started, %.2f s of it starting the emulators%n",
                        (firstResult - jvmStart) / 1e3, (started - t0) / 1e9);
            }
            if (data != null && local.embedded()) {
                out.println("results kept in " + data + ": see them with 'drift results --data " + data + "'");
            }
            return ranked.size() + notOk == reprintKeys.size() ? 0 : 1;
        } catch (IOException e) {
            err.println("drift pipeline: " + e.getMessage());
            return 2;
        }
    }

    /** The reprint keys stored under a story's prefix in the articles bucket. */
    private static List<String> storedReprints(LocalPipeline local, String prefix) {
        List<String> keys = new ArrayList<>();
        local.clients().s3().listObjectsV2Paginator(b -> b.bucket(local.template().articlesBucket()).prefix(prefix))
                .contents().forEach(o -> keys.add(o.key()));
        return keys;
    }

    /**
     * An upload as a user's client would send it: regular files only (a named pipe would block), and none larger
     * than this, which is far above the functions' limit so that an oversized article still reaches them and is
     * stored as ERROR with its reason.
     */
    private static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

    private static byte[] upload(Path file) throws IOException {
        try {
            return TextFiles.readBytes(file, MAX_UPLOAD_BYTES);
        } catch (InputRejectedException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
    }

    private static void printRecord(PrintStream out, AnalysisRecord r, List<Finding> findings) {
        out.println();
        out.println(r.reprintKey() + "  [" + r.status() + "]" + (r.reason() == null ? "" : "  " + r.reason()));
        if (r.scores() != null) {
            out.printf(Locale.ROOT, "  overall drift %.3f | quote fidelity %.3f | semantic drift %.3f | coverage %.3f | %d findings%n",
                    r.scores().overall(), r.scores().quoteFidelity(), r.scores().semanticDrift(), r.scores().coverage(), r.findings());
            out.println("  (overall and semantic drift: higher is worse; quote fidelity and coverage: lower is worse)");
            out.println("  report: " + r.reportKey());
        }
        for (Finding f : findings.subList(0, Math.min(3, findings.size()))) {
            out.println("  - " + f.described() + ": " + abbreviate(f.explanation(), 150));
        }
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
