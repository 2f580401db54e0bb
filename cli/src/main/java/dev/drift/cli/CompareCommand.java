package dev.drift.cli;

import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.embeddings.LoadingEncoder;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.match.OriginalMatcher;
import dev.drift.engine.document.Article;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.report.DriftReport;
import dev.drift.engine.report.Findings;
import dev.drift.engine.report.HtmlReport;
import dev.drift.engine.report.Positions;
import dev.drift.engine.report.ReportJson;
import dev.drift.engine.report.StoryPage;
import dev.drift.engine.report.Wording;
import dev.drift.engine.text.InputRejectedException;
import dev.drift.engine.text.TextDecoder;
import dev.drift.engine.text.TextFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares reprints with their original, on local files, and prints a summary of each.",
                "Files must be UTF-8 (or UTF-16 with a byte-order mark), at most 5 MB, and regular files.",
                "Exit 0 when every comparison succeeded, 2 when an input was bad (each reported on one line, the rest still compared)."},
        footer = {"", "Examples:", "  drift compare original.txt reprint1.txt reprint2.txt --html report/",
                "  drift compare --pairs pairs.tsv --out json/ --html html/",
                "  drift compare --originals originals/ inbox/*.txt --html html/"})
final class CompareCommand implements Callable<Integer> {
    /** The summary lists this many of the most serious findings; the reports list them all. */
    private static final int TOP_FINDINGS = 5;

    private final PrintStream out;
    private final PrintStream err;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "ORIGINAL then one or more REPRINTs")
    List<Path> files = new ArrayList<>();

    @Option(names = "--pairs", paramLabel = "LIST",
            description = "a file with one pair per line: ORIGINAL<TAB>REPRINT (relative paths are relative to LIST's folder; "
                    + "blank lines and lines starting with # are skipped). Prints one line per pair.")
    Path pairs;

    @Option(names = "--originals", paramLabel = "DIR",
            description = "every FILE is a reprint: each is compared with the original among DIR's .txt files that it "
                    + "copies, found by content as 'drift match' finds it. Prints one line per reprint, as --pairs does; "
                    + "'-' where no original renders it.")
    Path originalsDir;

    @Option(names = "--json", description = "print the JSON report (one reprint only)")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "write each JSON report to DIR/<reprint>.json; a report of "
            + "another pair already in DIR is never replaced: this one then gets a distinct name, said on standard error "
            + "(DIR/" + ReportFolder.MANIFEST + " records which pair each report belongs to)")
    Path outDir;

    @Option(names = "--html", paramLabel = "DIR", description = "write each side-by-side report to DIR/<reprint>.html and "
            + "DIR/index.html ranking them; reports of other pairs are kept as for --out, an index of another original is "
            + "replaced with a word on standard error")
    Path htmlDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final TextDecoder decoder = new TextDecoder();
    /** Built when the command runs, so that asking for its help does not load the sentence model. */
    private DriftAnalyzer analyzer;
    private final ReportNames names = new ReportNames();
    /** What the output folders already hold, so that no other pair's report is replaced. */
    private ReportFolder outFolder;
    private ReportFolder htmlFolder;
    private final java.util.Set<String> namesThisRun = new java.util.HashSet<>();
    private final List<StoryPage.Entry> entries = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();
    private String storyTitle;

    CompareCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A read input, or the one-line reason it was refused. */
    private record Input(Path path, Article article, String problem) {
    }

    @Override
    public Integer call() throws IOException {
        if (pairs != null && !files.isEmpty()) {
            throw usage("give either FILEs or --pairs LIST, not both");
        }
        if (originalsDir != null && pairs != null) {
            throw usage("give either --originals DIR or --pairs LIST, not both");
        }
        if (originalsDir != null && files.isEmpty()) {
            throw usage("need at least one reprint to match with its original");
        }
        if (originalsDir == null && pairs == null && files.size() < 2) {
            throw usage(files.isEmpty() ? "need an original and at least one reprint" : "need at least one reprint after the original");
        }
        if (json && (pairs != null || files.size() != (originalsDir != null ? 1 : 2))) {
            throw usage("--json prints one report: give one reprint, or use --out DIR");
        }
        if (!prepare(outDir) || !prepare(htmlDir)) {
            return DriftCli.BAD_INPUT;
        }
        outFolder = outDir == null ? null : ReportFolder.of(outDir);
        // One folder for both kinds shares one manifest.
        htmlFolder = htmlDir == null ? null : outDir != null && sameFolder(outDir, htmlDir) ? outFolder : ReportFolder.of(htmlDir);
        // The comparison needs WordNet and the sentence model: both load on threads of their own while the texts are
        // read, parsed and compared word by word; the model is waited for when the first sentence needs it.
        Thread wordNet = new Thread(WordNet::get, "wordnet-load");
        wordNet.setDaemon(true);
        wordNet.start();
        boolean allGood;
        try (LoadingEncoder model = BgeSmallEncoder.loadInBackground()) {
            analyzer = new DriftAnalyzer(model);
            allGood = pairs != null ? comparePairs() : originalsDir != null ? compareMatched() : compareFiles();
        }
        if (htmlDir != null && !entries.isEmpty()) {
            String title = pairs != null ? "Pairs of " + pairs.getFileName()
                    : originalsDir != null ? "Reprints matched in " + originalsDir.getFileName() : storyTitle;
            String original = pairs != null || originalsDir != null ? "each pair's own" : files.get(0).getFileName().toString();
            String page = pairs != null ? "pairs list\t" + pairs.toAbsolutePath().normalize()
                    : originalsDir != null ? "originals folder\t" + originalsDir.toAbsolutePath().normalize()
                    : "story page\t" + files.get(0).toAbsolutePath().normalize();
            if (htmlFolder.heldByAnother("index", page, List.of(".html"))) {
                err.println("drift compare: replacing " + TerminalText.name(htmlDir.resolve("index.html"))
                        + ", which ranked the reprints of another original (their own reports are kept)");
            }
            write(htmlDir.resolve("index.html"), StoryPage.render(title, original, entries));
            htmlFolder.record("index", page);
        }
        if (!written.isEmpty()) {
            // After JSON on standard output the list goes to standard error, so the output stays one JSON document.
            PrintStream where = json ? err : out;
            where.println("Written (" + written.size() + " file" + (written.size() == 1 ? "" : "s") + "):");
            written.forEach(p -> where.println("  " + p));
        }
        return allGood ? DriftCli.OK : DriftCli.BAD_INPUT;
    }

    private boolean compareFiles() throws IOException {
        Input original = read(files.get(0));
        if (original.problem() != null) {
            err.println("drift compare: " + TerminalText.name(files.get(0)) + ": " + original.problem());
            return false;
        }
        storyTitle = Wording.headline(original.article());
        boolean allGood = true;
        for (Path path : files.subList(1, files.size())) {
            Input reprint = read(path);
            if (reprint.problem() != null) {
                err.println("drift compare: " + TerminalText.name(path) + ": " + reprint.problem() + " (skipped)");
                allGood = false;
                continue;
            }
            DriftReport report = analyzer.compare(original.article(), reprint.article());
            if (json) {
                out.println(ReportJson.write(report));
            } else {
                Wording.summary(report, new Positions(reprint.article()), new Positions(original.article()), TOP_FINDINGS).forEach(out::println);
                out.println();
            }
            if (!reportsWritten(files.get(0), path, report, original.article(), reprint.article())) {
                allGood = false;
            }
        }
        return allGood;
    }

    /** Every pair of the list in this process; the last original read is kept, as lists usually group by original. */
    private boolean comparePairs() throws IOException {
        PairList listed = PairList.read(pairs, decoder);
        if (listed.problem() != null) {
            err.println("drift compare: " + TerminalText.name(pairs) + ": " + listed.problem());
            return false;
        }
        Path base = pairs.toAbsolutePath().getParent();
        boolean allGood = true;
        Input original = null;
        int lineNumber = 0;
        int compared = 0;
        for (String line : listed.lines()) {
            lineNumber++;
            if (line == null) {
                err.println("drift compare: " + TerminalText.name(pairs) + " line " + lineNumber + ": not UTF-8 text (skipped)");
                allGood = false;
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                err.println("drift compare: " + pairs + " line " + lineNumber + ": expected ORIGINAL<TAB>REPRINT (skipped)");
                allGood = false;
                continue;
            }
            Path originalPath = base.resolve(fields[0].strip());
            Path reprintPath = base.resolve(fields[1].strip());
            if (original == null || !original.path().equals(originalPath)) {
                original = read(originalPath);
            }
            if (original.problem() != null) {
                err.println("drift compare: " + TerminalText.name(pairs) + " line " + lineNumber + ": original " + TerminalText.name(fields[0]) + ": " + original.problem() + " (skipped)");
                allGood = false;
                continue;
            }
            Input reprint = read(reprintPath);
            if (reprint.problem() != null) {
                err.println("drift compare: " + TerminalText.name(pairs) + " line " + lineNumber + ": reprint " + TerminalText.name(fields[1]) + ": " + reprint.problem() + " (skipped)");
                allGood = false;
                continue;
            }
            allGood &= comparePair(originalPath, fields[0].strip(), original, reprintPath, fields[1].strip(), reprint);
            compared++;
        }
        if (compared == 0 && allGood) {
            err.println("drift compare: " + pairs + ": no pairs in the list");
            return false;
        }
        return allGood;
    }

    /** One pair's line (and reports): false when its reports could not be written. */
    private boolean comparePair(Path originalPath, String originalLabel, Input original, Path reprintPath,
                                String reprintLabel, Input reprint) {
        DriftReport report = analyzer.compare(original.article(), reprint.article());
        if (json) {
            out.println(ReportJson.write(report));
            return true;
        }
        Findings.Tally t = Findings.tally(report);
        String name = null;
        boolean written = true;
        try {
            name = writeReports(originalPath, reprintPath, report, original.article(), reprint.article());
        } catch (IOException e) {
            reportNotWritten(reprintPath, e);
            written = false;
        }
        out.printf(Locale.ROOT, "%s\t%s\toverall drift %.3f\tquote fidelity %.3f\tsemantic drift %.3f\tcoverage %.3f\t%d findings%s%n",
                TerminalText.name(originalLabel), TerminalText.name(reprintLabel), report.scores().overall(),
                report.scores().quoteFidelity(), report.scores().semanticDrift(), report.scores().coverage(), t.findings(),
                name == null ? "" : "\t" + name);
        return written;
    }

    /** Each reprint with the original among {@link #originalsDir}'s that renders the most of it. */
    private boolean compareMatched() {
        OriginalsFolder folder = OriginalsFolder.load(originalsDir, analyzer, decoder, err, "drift compare");
        if (folder == null) {
            return false;
        }
        boolean allGood = folder.unreadable == 0;
        for (Path path : files) {
            Input reprint = read(path);
            if (reprint.problem() != null) {
                err.println("drift compare: " + TerminalText.name(path) + ": " + reprint.problem() + " (skipped)");
                allGood = false;
                continue;
            }
            OriginalMatcher.Match m = folder.match(path, reprint.article().text());
            if (!m.matched()) {
                (json ? err : out).printf(Locale.ROOT, "-\t%s\tno original renders it (best: %s, %.3f)%n", TerminalText.name(path),
                        m.best() == null ? "none" : TerminalText.name(m.best()), m.score());
                continue;
            }
            Path originalPath = originalsDir.resolve(m.best());
            Input original = read(originalPath);
            if (original.problem() != null) {
                err.println("drift compare: original " + TerminalText.name(originalPath) + ": " + original.problem() + " (skipped)");
                allGood = false;
                continue;
            }
            allGood &= comparePair(originalPath, m.best(), original, path, path.toString(), reprint);
        }
        return allGood;
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** Writes a reprint's reports; one that cannot be written is reported and the run goes on. */
    private boolean reportsWritten(Path originalPath, Path reprintPath, DriftReport report, Article original, Article reprint) {
        try {
            writeReports(originalPath, reprintPath, report, original, reprint);
            return true;
        } catch (IOException e) {
            reportNotWritten(reprintPath, e);
            return false;
        }
    }

    private void reportNotWritten(Path reprintPath, IOException e) {
        err.println("drift compare: " + TerminalText.name(reprintPath) + ": cannot write its report ("
                + DriftCli.oneLine(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))
                + "); the other reprints are still compared");
    }

    private Input read(Path path) {
        try {
            return new Input(path, analyzer.parse(TerminalText.name(path.getFileName()), TextFiles.read(path, decoder)), null);
        } catch (InputRejectedException e) {
            return new Input(path, null, e.getMessage());
        }
    }

    /** Writes the reprint's reports under a name no other input of this run has; returns that name, or null if none written. */
    /** No story name on the command line: each report names the original by its file and headline instead. */
    private String writeReports(Path originalPath, Path reprintPath, DriftReport report, Article original, Article reprint)
            throws IOException {
        if (outDir == null && htmlDir == null) {
            return null;
        }
        String pair = ReportFolder.pair(originalPath, reprintPath);
        String name = names.next(reprintPath, n -> outFolder != null && outFolder.heldByAnother(n, pair, List.of(".json"))
                || htmlFolder != null && htmlFolder.heldByAnother(n, pair, List.of(".html")));
        String plain = reprintPath.getFileName().toString();
        // Within one run names are told apart as the help says; a report an earlier run left is worth a word.
        if (!name.equals(plain) && !namesThisRun.contains(plain.toLowerCase(Locale.ROOT)) && (outFolder != null && outFolder.heldByAnother(plain, pair, List.of(".json"))
                || htmlFolder != null && htmlFolder.heldByAnother(plain, pair, List.of(".html")))) {
            err.println("drift compare: the report folder holds another pair's report named " + TerminalText.name(plain)
                    + "; this one is written as " + TerminalText.name(name));
        }
        namesThisRun.add(name.toLowerCase(Locale.ROOT));
        if (outDir != null) {
            write(outDir.resolve(name + ".json"), ReportJson.write(report));
            outFolder.record(name, pair);
        }
        if (htmlDir != null) {
            Path file = htmlDir.resolve(name + ".html");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                HtmlReport.write(w, report, null, original.text(), reprint.text());
            }
            written.add(file);
            htmlFolder.record(name, pair);
            entries.add(new StoryPage.Entry(name, report.scores(), Findings.count(report), StoryPage.Entry.relative(name + ".html")));
        }
        return name;
    }

    private void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        written.add(file);
    }

    private boolean prepare(Path dir) {
        if (dir == null) {
            return true;
        }
        try {
            Files.createDirectories(dir);
            return true;
        } catch (IOException e) {
            err.println("drift compare: cannot create " + TerminalText.name(dir) + ": " + DriftCli.oneLine(String.valueOf(e.getMessage())));
            return false;
        }
    }

    private CommandLine.ParameterException usage(String problem) {
        return new CommandLine.ParameterException(spec.commandLine(), problem);
    }
}
