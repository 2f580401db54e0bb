package dev.drift.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Runs the serverless pipeline on this machine: starts DynamoDB Local, S3Proxy and ElasticMQ, uploads the "
                + "original and every .txt file of DIR as its reprints, lets the functions analyse them, and prints the stored results.",
                "The emulators keep their state in the data folder, so a later run, or 'drift results', finds these results again.",
                "With AWS_ENDPOINT_URL set, uses that endpoint (LocalStack, or AWS) instead of starting emulators."})
final class PipelineCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;
    private final LocalCommands local;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "folder of the reprints (default: seeds)")
    Path articles = Path.of("seeds");

    @Option(names = "--original", required = true, paramLabel = "FILE", description = "the original article")
    Path original;

    @Option(names = "--story", paramLabel = "NAME", description = "story name, one part of an S3 key: not empty, no '/', "
            + "not '.' or '..', no control characters, at most " + STORY_MAX + " characters (default: story-<original file name>)")
    String story;

    static final int STORY_MAX = 200;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "where the emulators keep their state (default: ${DEFAULT-VALUE})")
    Path data = LocalData.DEFAULT;

    @Option(names = "--inbox", paramLabel = "DIR", description = "also upload DIR's .txt files under inbox/: each is "
            + "matched by content to a registered original and, when matched, analysed as a reprint of its story")
    Path inbox;

    @Option(names = "--verbose", description = "the emulators' and functions' logs too")
    boolean verbose;

    /**
     * Why a story name cannot be one part of the S3 keys it files reprints under ({@code reprints/<story>/...}), or
     * null when it can: a '/' would file them under another story, '.' and '..' name no folder, and control characters
     * would reach logs and terminals.
     */
    static String storyProblem(String story) {
        if (story == null) {
            return null;
        }
        if (story.isBlank()) {
            return "is empty";
        }
        if (story.indexOf('/') >= 0 || story.indexOf('\\') >= 0) {
            return "must not contain '/' or '\\': it is one part of an S3 key";
        }
        if (story.equals(".") || story.equals("..")) {
            return "must not be '.' or '..'";
        }
        if (story.chars().anyMatch(c -> c < 0x20 || c >= 0x7F && c <= 0x9F)) {
            return "must not contain control characters";
        }
        if (story.length() > STORY_MAX) {
            return "is longer than " + STORY_MAX + " characters";
        }
        return null;
    }

    PipelineCommand(PrintStream out, PrintStream err, LocalCommands local) {
        this.out = out;
        this.err = err;
        this.local = local;
    }

    @Override
    public Integer call() {
        String problem = storyProblem(story);
        if (problem != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--story " + problem);
        }
        if (local == null) {
            err.println("drift pipeline: the local pipeline is not on the class path; run it through the drift launcher");
            return DriftCli.BAD_INPUT;
        }
        return local.pipeline(new LocalCommands.PipelineOptions(articles, original, story, data, verbose, inbox), out, err);
    }
}
