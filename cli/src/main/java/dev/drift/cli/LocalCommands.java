package dev.drift.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The commands that need the pipeline's emulators or AWS clients. They live in the local module, which the launcher
 * puts on the class path for them; the command line finds them through {@link java.util.ServiceLoader}, so the
 * command tree, its help and its errors stay in one place.
 */
public interface LocalCommands {
    /**
     * Options of {@code drift pipeline}. {@code data} is null for the endpoint in AWS_ENDPOINT_URL; {@code inbox}, a
     * folder of texts of unknown story to upload under inbox/, or null.
     */
    record PipelineOptions(Path articles, Path original, String story, Path data, boolean verbose, Path inbox) {
        public PipelineOptions(Path articles, Path original, String story, Path data, boolean verbose) {
            this(articles, original, story, data, verbose, null);
        }
    }

    /** Options of {@code drift results}. {@code names}: a story, a reprint (key or file name), or none for all. */
    record ResultsOptions(Path data, String table, List<String> names, boolean json) {
    }

    int pipeline(PipelineOptions options, PrintStream out, PrintStream err);

    int results(ResultsOptions options, PrintStream out, PrintStream err);
}
