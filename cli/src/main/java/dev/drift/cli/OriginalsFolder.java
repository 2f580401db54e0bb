package dev.drift.cli;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.match.OriginalMatcher;
import dev.drift.engine.text.InputRejectedException;
import dev.drift.engine.text.TextDecoder;
import dev.drift.engine.text.TextFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of originals (its .txt files) registered with a matcher, for the commands that find a text's original by
 * content. Originals that cannot be read are reported, each on one line, and left out.
 */
final class OriginalsFolder {
    final Path dir;
    final OriginalMatcher matcher;
    /** Originals left out because they could not be read. */
    final int unreadable;

    private OriginalsFolder(Path dir, OriginalMatcher matcher, int unreadable) {
        this.dir = dir;
        this.matcher = matcher;
        this.unreadable = unreadable;
    }

    /** The folder's originals, or null (the reason said on {@code err}) when it is no folder or holds none. */
    static OriginalsFolder load(Path dir, DriftAnalyzer analyzer, TextDecoder decoder, PrintStream err, String command) {
        if (!Files.isDirectory(dir)) {
            err.println(command + ": " + TerminalText.name(dir) + " is not a folder of originals");
            return null;
        }
        List<Path> originalFiles;
        try (Stream<Path> listing = Files.list(dir)) {
            originalFiles = listing.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")
                    && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            err.println(command + ": cannot list " + TerminalText.name(dir) + ": " + e.getMessage());
            return null;
        }
        if (originalFiles.isEmpty()) {
            err.println(command + ": " + TerminalText.name(dir) + " holds no .txt originals");
            return null;
        }
        OriginalMatcher matcher = new OriginalMatcher(analyzer);
        int unreadable = 0;
        for (Path original : originalFiles) {
            try {
                matcher.register(original.getFileName().toString(), TextFiles.read(original, decoder));
            } catch (InputRejectedException e) {
                err.println(command + ": original " + TerminalText.name(original) + ": " + e.getMessage());
                unreadable++;
            }
        }
        return new OriginalsFolder(dir, matcher, unreadable);
    }

    /** The match for a file's text; a file of the folder itself is never its own original. */
    OriginalMatcher.Match match(Path file, String text) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        boolean inFolder = parent != null && parent.equals(dir.toAbsolutePath().normalize());
        return matcher.match(text, inFolder ? Set.of(file.getFileName().toString()) : Set.of());
    }
}
