package dev.drift.calibration;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the labelled sets are: {@code -Ddrift.eval=DIR}, else {@code ../shared/eval} beside the project. */
public final class EvalData {
    private EvalData() {
    }

    /** The set folder as seen from the repository root, or from a module folder (tests run there). */
    public static Path dir() {
        String p = System.getProperty("drift.eval");
        if (p != null) {
            return Path.of(p);
        }
        Path fromRoot = Path.of("..", "shared", "eval");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("..", "..", "shared", "eval");
    }
}
