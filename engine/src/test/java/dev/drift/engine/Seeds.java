package dev.drift.engine;

import dev.drift.engine.text.TextDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test access to the project's seed articles and the shared evaluation data. */
public final class Seeds {
    private Seeds() {
    }

    public static Path seedsDir() {
        String p = System.getProperty("drift.seeds");
        return p != null ? Path.of(p) : Path.of("..", "seeds");
    }

    public static Path evalDir() {
        String p = System.getProperty("drift.eval");
        return p != null ? Path.of(p) : Path.of("..", "..", "shared", "eval");
    }

    public static Path seed(String prefix) {
        try (Stream<Path> files = Files.list(seedsDir())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String prefix) {
        try {
            return new TextDecoder().decode(Files.readAllBytes(seed(prefix)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
