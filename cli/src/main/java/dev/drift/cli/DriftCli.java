package dev.drift.cli;

import dev.drift.engine.model.Verdict;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.model.Shift;
import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.document.Article;
import dev.drift.engine.report.DriftReport;
import dev.drift.engine.report.HtmlReport;
import dev.drift.engine.report.ReportJson;
import dev.drift.engine.report.StoryPage;
import dev.drift.engine.text.InputRejectedException;
import dev.drift.engine.text.TextDecoder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code drift compare ORIGINAL REPRINT... [--json] [--out DIR] [--html DIR]}: exit 0 on success,
 * 2 on bad input with a one-line reason on standard error.
 */
public final class DriftCli {
    static final int OK = 0;
    static final int BAD_INPUT = 2;

    private final PrintStream out;
    private final PrintStream err;

    DriftCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new DriftCli(out, err).run(args));
    }

    int run(String[] args) {
        if (args.length > 0 && args[0].equals("same-meaning")) {
            return sameMeaning(args);
        }
        if (args.length == 0 || !args[0].equals("compare")) {
            return usage(args.length == 0 ? "no command given" : "unknown command: " + args[0]);
        }
        List<Path> files = new ArrayList<>();
        boolean json = false;
        Path outDir = null;
        Path htmlDir = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--html" -> {
                    if (i + 1 >= args.length) {
                        return usage("--html needs a directory");
                    }
                    htmlDir = Path.of(args[++i]);
                }
                case "--out" -> {
                    if (i + 1 >= args.length) {
                        return usage("--out needs a directory");
                    }
                    outDir = Path.of(args[++i]);
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        return usage("unknown option: " + args[i]);
                    }
                    files.add(Path.of(args[i]));
                }
            }
        }
        if (files.size() < 2) {
            return usage("need an original and at least one reprint");
        }
        if (json && files.size() != 2 && outDir == null) {
            return usage("--json prints one report: give one reprint, or use --out DIR");
        }
        TextDecoder decoder = new TextDecoder();
        DriftAnalyzer analyzer = new DriftAnalyzer(BgeSmallEncoder.load());
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            try {
                articles.add(analyzer.parse(f.getFileName().toString(), decoder.decode(Files.readAllBytes(f))));
            } catch (NoSuchFileException e) {
                err.println("drift: " + f + ": no such file");
                return BAD_INPUT;
            } catch (InputRejectedException e) {
                err.println("drift: " + f + ": " + e.getMessage());
                return BAD_INPUT;
            } catch (IOException e) {
                err.println("drift: " + f + ": cannot read (" + e.getClass().getSimpleName() + ")");
                return BAD_INPUT;
            }
        }
        Article original = articles.get(0);
        List<DriftReport> reports = new ArrayList<>();
        for (Article reprint : articles.subList(1, articles.size())) {
            reports.add(analyzer.compare(original, reprint));
        }
        try {
            if (outDir != null) {
                Files.createDirectories(outDir);
                for (DriftReport r : reports) {
                    Files.writeString(outDir.resolve(r.reprint().id() + ".json"), ReportJson.write(r), StandardCharsets.UTF_8);
                }
            }
            if (htmlDir != null) {
                writeHtml(htmlDir, original, articles.subList(1, articles.size()), reports);
            }
        } catch (IOException e) {
            err.println("drift: cannot write output: " + e.getMessage());
            return BAD_INPUT;
        }
        if (json && reports.size() == 1) {
            out.println(ReportJson.write(reports.get(0)));
        } else {
            for (DriftReport r : reports) {
                printSummary(r);
            }
        }
        return OK;
    }

    /** One side-by-side page per reprint and an index.html ranking them: {@code DIR/<reprint file name>.html}. */
    private static void writeHtml(Path dir, Article original, List<Article> reprints, List<DriftReport> reports) throws IOException {
        Files.createDirectories(dir);
        String story = original.id();
        List<StoryPage.Entry> entries = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            DriftReport r = reports.get(i);
            String file = r.reprint().id() + ".html";
            Files.writeString(dir.resolve(file), HtmlReport.render(r, story, original.text(), reprints.get(i).text()), StandardCharsets.UTF_8);
            entries.add(new StoryPage.Entry(r.reprint().id(), r.scores(), r.shifts().size(), StoryPage.Entry.relative(file)));
        }
        Files.writeString(dir.resolve("index.html"), StoryPage.render(story, original.id(), entries), StandardCharsets.UTF_8);
    }

    private void printSummary(DriftReport r) {
        DriftReport.Scores s = r.scores();
        out.printf("%s vs %s%n", r.reprint().id(), r.original().id());
        out.printf("  quote fidelity %.2f  semantic drift %.2f  coverage %.2f  overall drift %.2f%n",
                s.quoteFidelity(), s.semanticDrift(), s.coverage(), s.overall());
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        r.quotes().stream().filter(DriftReport.QuoteFinding::speech).forEach(q -> verdicts.merge(q.verdict(), 1, Integer::sum));
        out.printf("  quotes: %s; omitted from the original: %d%n", verdicts, r.omittedQuotes().size());
        Map<ShiftType, Integer> types = new EnumMap<>(ShiftType.class);
        r.shifts().forEach(x -> types.merge(x.type(), 1, Integer::sum));
        out.printf("  shifts: %s%n", types);
        r.shifts().stream()
                .sorted(Comparator.comparing((Shift x) -> x.severity()).reversed())
                .limit(5)
                .forEach(x -> out.printf("    [%s %s] %s%n", x.severity(), x.type(), x.explanation()));
        out.println();
    }

    /** {@code drift same-meaning [FILE]}: the command lives in {@link SameMeaningCommand}. */
    private int sameMeaning(String[] args) {
        if (args.length > 2 || args.length == 2 && args[1].startsWith("--")) {
            err.println("drift: usage: drift same-meaning [FILE]");
            return BAD_INPUT;
        }
        SameMeaningCommand command = new SameMeaningCommand(BgeSmallEncoder.load());
        return command.run(args.length == 2 ? Path.of(args[1]) : null, System.in, out, err);
    }

    private int usage(String problem) {
        err.println("drift: " + problem);
        err.println("usage: drift compare ORIGINAL REPRINT... [--json] [--out DIR] [--html DIR] | drift same-meaning [FILE]");
        return BAD_INPUT;
    }
}
