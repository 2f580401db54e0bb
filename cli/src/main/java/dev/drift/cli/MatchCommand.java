package dev.drift.cli;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.match.OriginalMatcher;
import dev.drift.engine.text.InputRejectedException;
import dev.drift.engine.text.TextDecoder;
import dev.drift.engine.text.TextFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Finds the original each FILE copies among the originals in a folder, by content.",
                "Prints one line per FILE: the file, the matched original's file name or '-', and the score (the share "
                        + "of the file's sentences that render a sentence of the best candidate), TAB-separated. A FILE "
                        + "matches when the score is at least " + OriginalMatcher.THRESHOLD + ".",
                "Exit 0, or 2 when a file cannot be read (reported on standard error; the others are still matched)."},
        footer = {"", "Example:", "  drift match --originals seeds seeds/004_b5c3a1f5d5066f51.txt"})
final class MatchCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;
    private final TextDecoder decoder = new TextDecoder();

    @Option(names = "--originals", paramLabel = "DIR", required = true,
            description = "the folder of originals (its .txt files)")
    Path originals;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the texts to match")
    List<Path> files = new ArrayList<>();

    MatchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        OriginalsFolder folder = OriginalsFolder.load(originals, new DriftAnalyzer(), decoder, err, "drift");
        if (folder == null) {
            return DriftCli.BAD_INPUT;
        }
        int failed = folder.unreadable;
        for (Path file : files) {
            String text;
            try {
                text = TextFiles.read(file, decoder);
            } catch (InputRejectedException e) {
                err.println("drift: " + TerminalText.name(file) + ": " + e.getMessage());
                failed++;
                continue;
            }
            OriginalMatcher.Match m = folder.match(file, text);
            out.printf(Locale.ROOT, "%s\t%s\t%.3f%n", TerminalText.name(file), m.matched() ? TerminalText.name(m.best()) : "-",
                    m.score());
        }
        return failed == 0 ? DriftCli.OK : DriftCli.BAD_INPUT;
    }
}
