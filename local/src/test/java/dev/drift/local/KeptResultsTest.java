package dev.drift.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.cli.LocalCommands;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code drift pipeline --data DIR} keeps its results, a second run adds to them, and {@code drift results} reads them. */
class KeptResultsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    private final LocalCommands commands = new LocalCommandLine();

    private static Path seeds() {
        return Path.of(System.getProperty("drift.seeds", "../seeds"));
    }

    private static Path seed(String prefix) throws Exception {
        try (Stream<Path> s = Files.list(seeds())) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        }
    }

    @Test
    void secondRunAddsToTheFolderAndResultsRankAndShowFindings() throws Exception {
        // Relative, as a user types it: the S3 emulator's file store once listed nothing under a relative folder.
        Path data = Path.of("target", "kept-results-" + UUID.randomUUID().toString().substring(0, 8));
        String first = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(0, commands.pipeline(new LocalCommands.PipelineOptions(seeds(), seed("001"), first, data, false), outStream, errStream),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(0, commands.pipeline(new LocalCommands.PipelineOptions(seeds(), seed("000"), second, data, false), outStream, errStream),
                err.toString(StandardCharsets.UTF_8));

        out.reset();
        assertEquals(0, commands.results(new LocalCommands.ResultsOptions(data, null, List.of(), false), outStream, errStream),
                err.toString(StandardCharsets.UTF_8));
        String all = out.toString(StandardCharsets.UTF_8);
        assertTrue(all.contains("Story " + first) && all.contains("Story " + second), "both runs' stories are kept: " + all);

        out.reset();
        assertEquals(0, commands.results(new LocalCommands.ResultsOptions(data, null, List.of(first), false), outStream, errStream));
        List<String> ranked = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.matches("\\s+\\d+\\s+\\S+\\.txt\\s.*")).toList();
        assertEquals(4, ranked.size(), "the four reprints of the first story: " + out);
        double previous = Double.MAX_VALUE;
        for (String line : ranked) {
            double overall = Double.parseDouble(line.trim().split("\\s+")[2]);
            assertTrue(overall <= previous, "most drifted first");
            previous = overall;
        }

        out.reset();
        String reprint = "reprints/" + first + "/" + seed("004").getFileName();
        assertEquals(0, commands.results(new LocalCommands.ResultsOptions(data, null, List.of(reprint), false), outStream, errStream));
        String one = out.toString(StandardCharsets.UTF_8);
        assertTrue(one.contains("findings:") && one.contains("reprint: \""), one);

        out.reset();
        assertEquals(0, commands.results(new LocalCommands.ResultsOptions(data, null, List.of(reprint), true), outStream, errStream));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"findings\" : ["), "JSON");

        err.reset();
        assertEquals(2, commands.results(new LocalCommands.ResultsOptions(data, null, List.of("no-such-story"), false), outStream, errStream));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
    }
}
