package dev.drift.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "results", mixinStandardHelpOptions = true,
        description = {"Shows stored results: every story with its reprints ranked by drift; one story's ranking; or one "
                + "reprint with its findings.",
                "Reads the data folder of 'drift pipeline', or, with AWS_ENDPOINT_URL or --table, that DynamoDB table (LocalStack or AWS)."})
final class ResultsCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;
    private final LocalCommands local;

    @Parameters(arity = "0..*", paramLabel = "STORY|REPRINT",
            description = "a story name, or a reprint (its key reprints/STORY/FILE or its file name)")
    List<String> names = List.of();

    @Option(names = "--data", paramLabel = "DIR", description = "the folder 'drift pipeline' kept its state in (default: ${DEFAULT-VALUE})")
    Path data = LocalData.DEFAULT;

    @Option(names = "--table", paramLabel = "NAME", description = "a results table in AWS (or at AWS_ENDPOINT_URL), e.g. STACK-results")
    String table;

    @Option(names = "--json", description = "JSON instead of text")
    boolean json;

    ResultsCommand(PrintStream out, PrintStream err, LocalCommands local) {
        this.out = out;
        this.err = err;
        this.local = local;
    }

    @Override
    public Integer call() {
        if (local == null) {
            err.println("drift results: the pipeline's clients are not on the class path; run it through the drift launcher");
            return DriftCli.BAD_INPUT;
        }
        return local.results(new LocalCommands.ResultsOptions(data, table, names, json), out, err);
    }
}
