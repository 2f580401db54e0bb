package dev.drift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.embeddings.BgeSmallEncoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SameMeaningCommandTest {
    private static BgeSmallEncoder model;

    @BeforeAll
    static void load() {
        model = BgeSmallEncoder.load();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String[] outLines() {
        return outBytes.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void oneLinePerPairWithVerdictAndScore() {
        String in = "U.S. forces prevented a prison break.\tWashington thwarted an escape attempt.\n"
                + "The talks collapsed on Monday.\tThe talks collapsed on Monday.\n"
                + "\n"
                + "The dog bit the man in Paris.\tStock markets fell sharply in Tokyo on Friday.\t0\n";
        int code = new SameMeaningCommand(model).run(new StringReader(in), out, err);
        assertEquals(SameMeaningCommand.OK, code, errBytes.toString(StandardCharsets.UTF_8));
        String[] lines = outLines();
        assertEquals(3, lines.length);
        for (String line : lines) {
            assertTrue(line.matches("(same|different)\t[01]\\.\\d{4}"), line);
        }
        assertTrue(lines[1].startsWith("same\t"), "a sentence has its own meaning");
        assertTrue(lines[2].startsWith("different\t"), "unrelated sentences");
    }

    @Test
    void aLineThatIsNotAPairIsReportedAndTheRestStillJudged() {
        String in = "no tab here\nThe talks collapsed.\tThe talks collapsed.\nbin\0ary\tx\n";
        int code = new SameMeaningCommand(model).run(new StringReader(in), out, err);
        assertEquals(SameMeaningCommand.BAD_INPUT, code);
        assertEquals(1, outLines().length);
        String errors = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("line 1: not a pair"), errors);
        assertTrue(errors.contains("line 3: binary"), errors);
        assertEquals(2, errors.strip().split("\n").length, "one line per problem, no stack trace");
    }

    @Test
    void readsAFileOrStandardInputAndRefusesUndecodableBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pairs.tsv");
        Files.writeString(file, "A.\tA.\n");
        assertEquals(SameMeaningCommand.OK, new SameMeaningCommand(null).run(file, System.in, out, err));
        assertEquals(SameMeaningCommand.BAD_INPUT, new SameMeaningCommand(null).run(dir.resolve("missing"), System.in, out, err));
        assertEquals(SameMeaningCommand.BAD_INPUT, new SameMeaningCommand(null).run(dir, System.in, out, err));
        byte[] latin1 = "caf\u00e9\tcaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(SameMeaningCommand.BAD_INPUT,
                new SameMeaningCommand(null).run(null, new ByteArrayInputStream(latin1), out, err));
        String errors = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("no such file") && errors.contains("not a regular file") && errors.contains("not UTF-8"), errors);
    }

    @Test
    void oneUndecodableLineIsReportedByItsNumberAndTheOthersAreJudged(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 1; i <= 50; i++) {
            file.write(("The council met on day " + i + ".\tThe council met on day " + i + ".\n").getBytes(StandardCharsets.UTF_8));
        }
        file.write("Le caf\u00e9 est ferm\u00e9.\tThe caf\u00e9 is closed.\r\n".getBytes(StandardCharsets.ISO_8859_1));
        file.write("The vote was delayed.\tThe vote was postponed.\n".getBytes(StandardCharsets.UTF_8));
        Path pairs = dir.resolve("pairs.tsv");
        Files.write(pairs, file.toByteArray());
        int code = new SameMeaningCommand(null).run(pairs, null, out, err);
        assertEquals(DriftCli.BAD_INPUT, code);
        assertEquals(51, outLines().length, outBytes.toString(StandardCharsets.UTF_8));
        String problems = errBytes.toString(StandardCharsets.UTF_8);
        assertEquals("drift: line 51: not UTF-8 text (skipped)\n", problems);
    }
}
