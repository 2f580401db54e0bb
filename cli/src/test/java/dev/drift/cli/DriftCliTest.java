package dev.drift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.report.DriftReport;
import dev.drift.engine.report.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.RandomAccessFile;
import java.time.Duration;
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

    /** A folder of originals: seed 001 and an article on another story. */
    private static Path originalsFolder(Path dir) throws Exception {
        Path originals = Files.createDirectory(dir.resolve("originals"));
        Files.copy(seed("001"), originals.resolve(seed("001").getFileName()));
        Files.writeString(originals.resolve("other.txt"), "The city council met on Tuesday. It approved a new budget "
                + "for parks and schools after a long debate. The mayor said the vote was a victory for families.");
        return originals;
    }

    /** A text that copies none of them. */
    private static Path unrelatedText(Path dir) throws Exception {
        return Files.writeString(dir.resolve("unrelated.txt"), "Rain fell across the valley all weekend. "
                + "Farmers said the harvest would be late. Roads near the river were closed on Sunday.");
    }

    @Test
    void matchPrintsEachFilesOriginalOrADash(@TempDir Path dir) throws Exception {
        Path originals = originalsFolder(dir);
        Path unrelated = unrelatedText(dir);
        int code = cli.run(new String[] {"match", "--originals", originals.toString(), seed("004").toString(),
            unrelated.toString()});
        assertEquals(0, code, err.toString());
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length);
        assertEquals(seed("001").getFileName().toString(), lines[0].split("\t")[1]);
        assertEquals("-", lines[1].split("\t")[1]);
        assertEquals(2, cli.run(new String[] {"match", "--originals", dir.resolve("missing").toString(),
            seed("004").toString()}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not a folder of originals"));
    }

    @Test
    void compareWithOriginalsFindsEachReprintsOriginal(@TempDir Path dir) throws Exception {
        Path originals = originalsFolder(dir);
        Path unrelated = unrelatedText(dir);
        Path html = dir.resolve("html");
        int code = cli.run(new String[] {"compare", "--originals", originals.toString(), seed("004").toString(),
            unrelated.toString(), "--html", html.toString()});
        assertEquals(0, code, err.toString());
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(seed("001").getFileName().toString(), lines[0].split("\t")[0]);
        assertTrue(lines[0].split("\t")[2].startsWith("overall drift "), lines[0]);
        assertEquals("-", lines[1].split("\t")[0]);
        assertTrue(lines[1].contains("no original renders it"), lines[1]);
        assertTrue(Files.exists(html.resolve(seed("004").getFileName() + ".html")));
        assertEquals(2, cli.run(new String[] {"compare", "--originals", originals.toString(), "--pairs", "x.tsv"}));
    }

    @Test
    void outDirectoryGetsOneReportPerReprint(@TempDir Path dir) throws Exception {
        int code = cli.run(new String[] {"compare", seed("001").toString(), seed("000").toString(), seed("003").toString(),
                "--out", dir.toString()});
        assertEquals(0, code, err.toString());
        assertTrue(Files.exists(dir.resolve(seed("000").getFileName() + ".json")));
        assertTrue(Files.exists(dir.resolve(seed("003").getFileName() + ".json")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Quotations in the original that the reprint dropped"));
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

    @Test
    void helpVersionAndPerCommandUsage() {
        assertEquals(0, cli.run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String command : new String[] {"compare", "pipeline", "results", "help"}) {
            assertTrue(help.contains(command), "top-level help lists " + command);
        }
        assertEquals(0, cli.run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(DriftAnalyzer.VERSION));
        out.reset();
        assertEquals(0, cli.run("help", "compare"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--pairs"));
        out.reset();
        assertEquals(0, cli.run("pipeline", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--data"));
    }

    @Test
    void usageErrorsAreOneLineWithExitTwo() {
        for (String[] args : new String[][] {{"bogus"}, {"compare", "--bogus"}, {"pipeline", "--original"}, {"compare"},
                {"results", "--data"}, {"compare", "a", "b", "--html"}}) {
            err.reset();
            assertEquals(2, cli.run(args), String.join(" ", args));
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, message.lines().count(), "one line: " + message);
            assertFalse(message.contains("Exception") || message.contains("\tat "), message);
        }
    }

    @Test
    void anotherPairsReportInTheFolderIsNeverReplaced(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path sameName = Files.copy(seed("002"), elsewhere.resolve(seed("004").getFileName()));
        assertEquals(0, cli.run("compare", seed("001").toString(), seed("004").toString(), "--out", reports.toString()));
        Path first = reports.resolve(seed("004").getFileName() + ".json");
        String firstReport = Files.readString(first);

        err.reset();
        assertEquals(0, cli.run("compare", seed("000").toString(), sameName.toString(), "--out", reports.toString()));
        assertEquals(firstReport, Files.readString(first), "the first pair's report is kept");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("holds another pair's report"), err.toString());
        try (Stream<Path> s = Files.list(reports)) {
            assertEquals(2, s.filter(p -> p.toString().endsWith(".json")).count(), "both reports, under two names");
        }

        err.reset();
        assertEquals(0, cli.run("compare", seed("001").toString(), seed("004").toString(), "--out", reports.toString()));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "a pair's own report is replaced without a word");
        try (Stream<Path> s = Files.list(reports)) {
            assertEquals(2, s.filter(p -> p.toString().endsWith(".json")).count(), "re-running a pair makes no new file");
        }
    }

    @Test
    void aReportThatCannotBeWrittenIsSaidAndTheOtherReprintsAreCompared(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        // A folder where the first reprint's report file would go: it cannot be written.
        Files.createDirectory(reports.resolve(seed("002").getFileName() + ".json"));
        Files.writeString(reports.resolve(ReportFolder.MANIFEST), seed("002").getFileName() + "\t"
                + ReportFolder.pair(seed("001"), seed("002")) + "\n");
        err.reset();
        int code = cli.run("compare", seed("001").toString(), seed("002").toString(), seed("004").toString(),
                "--out", reports.toString());
        assertTrue(code != 0, "the exit status says a report is missing");
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("cannot write its report"), message);
        assertTrue(Files.isRegularFile(reports.resolve(seed("004").getFileName() + ".json")), "the next reprint is compared and written");
    }

    @Test
    void oneUndecodableLineOfAPairListIsSkippedByItsNumber(@TempDir Path dir) throws Exception {
        Files.copy(seed("001"), dir.resolve("o.txt"));
        Files.copy(seed("004"), dir.resolve("r.txt"));
        Path list = dir.resolve("pairs.tsv");
        byte[] good = "o.txt\tr.txt\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "o.txt\tr\u00e9.txt\n".getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write(good);
        bytes.write(latin1);
        bytes.write(good);
        Files.write(list, bytes.toByteArray());
        err.reset();
        assertEquals(2, cli.run("compare", "--pairs", list.toString()));
        assertEquals(2, out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("overall drift")).count());
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("line 2: not UTF-8 text (skipped)"), message);
    }

    @Test
    void aStoryThatCannotBeOnePartOfAnS3KeyIsAUsageError() throws Exception {
        String original = seed("001").toString();
        for (String story : new String[] {"", " ", "a/b", ".", "..", "x\u001B]0;t\u0007y", "a\\b", "s".repeat(201)}) {
            err.reset();
            assertEquals(2, cli.run("pipeline", "--original", original, "--story", story), story);
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, message.lines().count(), "one line: " + message);
            assertTrue(message.startsWith("drift pipeline: --story "), message);
        }
    }

    @Test
    void specialFilesAreRefusedWithoutReading(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        for (Path bad : new Path[] {Path.of("/dev/zero"), fifo, dir}) {
            err.reset();
            // A named pipe with no writer blocks whoever opens it: the check must come before any open.
            int code = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cli.run("compare", seed("001").toString(), bad.toString()));
            assertEquals(2, code, bad.toString());
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains("not a regular file") || message.contains("directory"), message);
            assertEquals(1, message.lines().count(), message);
        }
    }

    @Test
    void oversizedFileIsRefusedBeforeReadingIt(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(64L * 1024 * 1024); // sparse: costs no disk, and reading it all would be the bug
        }
        assertEquals(2, cli.run("compare", seed("001").toString(), big.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("oversized input"));
    }

    @Test
    void pairsRunInOneProcessSkippingBadOnesAndNamesNeverCollide(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.copy(seed("004"), a.resolve("reprint.txt"));
        Files.copy(seed("002"), b.resolve("reprint.txt"));
        Files.copy(seed("003"), dir.resolve("index"));
        Path list = Files.writeString(dir.resolve("pairs.tsv"), String.join("\n",
                "# original<TAB>reprint",
                seed("001") + "\ta/reprint.txt",
                seed("001") + "\tb/reprint.txt",
                seed("001") + "\tmissing.txt",
                "not a pair",
                seed("001") + "\tindex",
                ""));
        Path html = dir.resolve("html");
        Path json = dir.resolve("json");
        int code = cli.run("compare", "--pairs", list.toString(), "--html", html.toString(), "--out", json.toString());
        assertEquals(2, code, "a bad pair makes the exit code 2 at the end");
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(3, stdout.lines().filter(l -> l.contains("overall drift")).count(), stdout);
        assertEquals(2, err.toString(StandardCharsets.UTF_8).lines().count(), err.toString(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(html)) {
            assertEquals(4, files.filter(f -> f.toString().endsWith(".html")).count(), "three reports and the index");
        }
        try (Stream<Path> files = Files.list(json)) {
            assertEquals(3, files.filter(f -> f.toString().endsWith(".json")).count(), "three JSON reports, none overwritten");
        }
        String index = Files.readString(html.resolve("index.html"));
        assertTrue(index.contains("<table"), "index.html is still the story page");
        assertTrue(stdout.contains(html.resolve("index.html").toString()), "the paths written are printed");
    }
}
