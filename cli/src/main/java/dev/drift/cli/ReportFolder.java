package dev.drift.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a report folder holds: for each report name (file name without ".json" or ".html"), the pair of articles it
 * was made from, kept in {@value #MANIFEST} beside the reports. A later run into the same folder then knows a file of
 * another pair from its own earlier one: its own it replaces, another pair's it never does (the report gets a
 * distinct name), and a file the manifest does not know is treated as another's.
 */
final class ReportFolder {
    static final String MANIFEST = ".drift-reports.tsv";

    private final Path dir;
    private final Map<String, String> pairOf = new LinkedHashMap<>();

    private ReportFolder(Path dir) {
        this.dir = dir;
    }

    /** The folder's manifest as it is on disk (an unreadable or missing one is empty). */
    static ReportFolder of(Path dir) {
        ReportFolder f = new ReportFolder(dir);
        try {
            for (String line : Files.readAllLines(dir.resolve(MANIFEST), StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    f.pairOf.put(line.substring(0, tab).toLowerCase(Locale.ROOT), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            // no manifest yet: every report file already there belongs to someone else
        }
        return f;
    }

    /** The identity of a pair: both articles' absolute paths. */
    static String pair(Path original, Path reprint) {
        return original.toAbsolutePath().normalize() + "\t" + reprint.toAbsolutePath().normalize();
    }

    /** Whether writing {@code name} with these extensions would replace a file that another pair's report made. */
    boolean heldByAnother(String name, String pair, List<String> extensions) {
        String owner = pairOf.get(name.toLowerCase(Locale.ROOT));
        if (owner != null) {
            return !owner.equals(pair);
        }
        return extensions.stream().anyMatch(ext -> Files.exists(dir.resolve(name + ext)));
    }

    /** Records that {@code name} now holds this pair's report, on disk at once so that an interrupted run keeps it. */
    void record(String name, String pair) throws IOException {
        pairOf.put(name.toLowerCase(Locale.ROOT), pair);
        StringBuilder b = new StringBuilder();
        pairOf.forEach((n, p) -> b.append(n).append('\t').append(p).append('\n'));
        Files.writeString(dir.resolve(MANIFEST), b, StandardCharsets.UTF_8);
    }
}
