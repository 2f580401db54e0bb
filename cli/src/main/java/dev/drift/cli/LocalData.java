package dev.drift.cli;

import java.nio.file.Path;

/** The default folder of the local pipeline's state: DRIFT_DATA if set, else .drift-data in the current folder. */
final class LocalData {
    static final Path DEFAULT = Path.of(System.getenv().getOrDefault("DRIFT_DATA", ".drift-data"));

    private LocalData() {
    }
}
