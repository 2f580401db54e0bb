package dev.drift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.report.DriftReport;
import dev.drift.engine.report.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final DriftCli cli = new DriftCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private static Path seed(String prefix) throws Exception {
        Path dir = Path.of(System.getProperty("drift.seeds", "../seeds"));
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        }
    }

    @Test
    void jsonReportOnStandardOutput() throws Exception {
        int code = cli.run(new String[] {"compare", seed("001").toString(), seed("004").toString(), "--json"});
        assertEquals(0, code, err.toString());
        DriftReport report = ReportJson.read(out.toString(StandardCharsets.UTF_8));
        assertEquals(seed("004").getFileName().toString(), report.reprint().id());
        String text = Files.readString(seed("004"));
        for (DriftReport.QuoteFinding q : report.quotes()) {
            assertEquals(q.text(), text.substring(q.start(), q.end()), "offsets index the decoded text");
        }
    }

    @Test
    void outDirectoryGetsOneReportPerReprint(@TempDir Path dir) throws Exception {
        int code = cli.run(new String[] {"compare", seed("001").toString(), seed("000").toString(), seed("003").toString(),
                "--out", dir.toString()});
        assertEquals(0, code, err.toString());
        assertTrue(Files.exists(dir.resolve(seed("000").getFileName() + ".json")));
        assertTrue(Files.exists(dir.resolve(seed("003").getFileName() + ".json")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("quote fidelity"));
    }

    @Test
    void badInputExitsTwoWithOneLineReason(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertEquals(2, cli.run(new String[] {"compare", seed("001").toString(), empty.toString()}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty input"));
        assertEquals(2, cli.run(new String[] {"compare", seed("001").toString(), binary.toString()}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("binary input"));
        assertEquals(2, cli.run(new String[] {"compare", seed("001").toString(), dir.resolve("missing.txt").toString()}));
        assertEquals(2, cli.run(new String[] {"compare", seed("001").toString()}));
        assertTrue(!err.toString(StandardCharsets.UTF_8).contains("Exception"), "no stack traces for users");
    }
}
