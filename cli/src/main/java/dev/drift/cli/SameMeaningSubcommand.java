package dev.drift.cli;

import dev.drift.embeddings.BgeSmallEncoder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "same-meaning", mixinStandardHelpOptions = true,
        description = {"Says for each pair of sentences whether they mean the same.",
                "Reads TAB-separated pairs, one per line, from FILE or standard input; prints 'same' or 'different', a TAB, "
                        + "and the score (the model's probability of the same meaning; with --words-only, the weighted word overlap).",
                "Exit 0, or 2 when a line is not a pair (reported with its number; the other lines are still judged)."},
        footer = {"", "Example:", "  printf 'U.S. forces prevented a prison break.\\tWashington thwarted an escape.\\n' | drift same-meaning"})
final class SameMeaningSubcommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "the pairs (default: standard input)")
    Path file;

    @Option(names = "--words-only", description = "judge by shared words and typed changes, without the sentence model")
    boolean wordsOnly;

    SameMeaningSubcommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        return new SameMeaningCommand(wordsOnly ? null : BgeSmallEncoder.load()).run(file, System.in, out, err);
    }
}
