package dev.drift.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.cli.LocalCommands;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a careless run of {@code drift pipeline} gets: one line and exit 2, or the pipeline doing what S3 would. */
class CarelessRunsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    private final LocalCommands commands = new LocalCommandLine();

    private static Path seed(String prefix) throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("drift.seeds", "../seeds")))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        }
    }

    /** The one line the run said on standard error, checked to be one line holding {@code words}. */
    private void saidInOneLine(String words) {
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(words), message);
    }

    /** A folder holding one reprint, seed 004. */
    private static Path oneReprint(Path dir) throws Exception {
        Path reprints = Files.createDirectory(dir.resolve("reprints"));
        Files.copy(seed("004"), reprints.resolve("004.txt"));
        return reprints;
    }

    private int pipeline(Path folder, Path data, String story) throws Exception {
        out.reset();
        err.reset();
        return commands.pipeline(new LocalCommands.PipelineOptions(folder, seed("001"), story, data, false), outStream, errStream);
    }

    @Test
    void aFolderWithoutReprintsIsNamedAsSuch(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.md"), "not a reprint");
        assertEquals(2, pipeline(dir, dir.resolve("data"), "s"));
        saidInOneLine("holds no reprints");
    }

    @Test
    void aDataFolderThatIsAFileIsNamedAsSuch(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("data"), "a file, not a folder");
        assertEquals(2, pipeline(oneReprint(dir), data, "s"));
        saidInOneLine("drift pipeline: --data ");
    }

    @Test
    void aSecondRunOnTheSameDataIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path reprints = oneReprint(dir);
        Path data = Files.createDirectory(dir.resolve("data"));
        try (FileChannel ch = FileChannel.open(data.resolve(".drift-pipeline.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = ch.lock()) {
            assertEquals(2, pipeline(reprints, data, "s"));
        }
        saidInOneLine("another run is using");
    }

    @Test
    void aReprintRemovedFromTheFolderIsRemovedFromTheStory(@TempDir Path dir) throws Exception {
        Path reprints = Files.createDirectory(dir.resolve("reprints"));
        Files.copy(seed("002"), reprints.resolve("002.txt"));
        Files.copy(seed("004"), reprints.resolve("004.txt"));
        Path data = Path.of("target", "careless-" + UUID.randomUUID().toString().substring(0, 8));
        String story = "careless-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(0, pipeline(reprints, data, story), err.toString(StandardCharsets.UTF_8));
        Files.delete(reprints.resolve("002.txt"));
        assertEquals(0, pipeline(reprints, data, story), out.toString(StandardCharsets.UTF_8) + err);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("remove reprints/" + story + "/002.txt"), out.toString());

        out.reset();
        assertEquals(0, commands.results(new LocalCommands.ResultsOptions(data, null, List.of(story), false), outStream, errStream));
        List<String> ranked = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.matches("\\s+\\d+\\s+\\S+\\.txt\\s.*")).toList();
        assertEquals(1, ranked.size(), "only the reprint still in the folder is current: " + out);
        assertTrue(ranked.get(0).contains("004.txt"), ranked.toString());
    }
}
