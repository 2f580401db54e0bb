package dev.drift.cli;

import dev.drift.engine.DriftAnalyzer;
import java.io.PrintStream;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code drift}: the command tree. Exit 0 on success, 2 on a usage error or bad input (one line on standard error,
 * never a stack trace), 1 when something failed inside.
 */
@Command(name = "drift", mixinStandardHelpOptions = true, versionProvider = DriftCli.Version.class,
        description = "Finds how reprints of a news story drift from the original: quotations changed, meaning shifted, passages dropped.",
        subcommands = {CommandLine.HelpCommand.class, CompareCommand.class, MatchCommand.class, SameMeaningSubcommand.class,
                PipelineCommand.class, ResultsCommand.class},
        footer = {"", "Run 'drift help COMMAND' for a command's options."})
public final class DriftCli implements Runnable {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private final PrintStream out;
    private final PrintStream err;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    DriftCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static final String OUT_OF_MEMORY = "drift: out of memory; give java a larger heap, e.g. DRIFT_JAVA_OPTS=-Xmx2g ./drift ...";

    static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    public static void main(String[] args) {
        // Article text never reaches the terminal raw, whichever part of the program prints it.
        PrintStream out = TerminalText.stream(System.out);
        PrintStream err = TerminalText.stream(System.err);
        System.setOut(out);
        System.setErr(err);
        // A background loader (WordNet, the sentence model) that runs out of memory would otherwise print its trace,
        // and the command then fail on the class it could not initialise: say it in the one line the README promises.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (causedByOutOfMemory(e)) {
                err.println(OUT_OF_MEMORY);
                err.flush();
                Runtime.getRuntime().halt(FAILED);
            }
            err.println("drift: failed: " + oneLine(String.valueOf(e)));
        });
        int code;
        try {
            code = new DriftCli(out, err).run(args);
        } catch (OutOfMemoryError e) {
            // The comparison's objects are unreachable once it has unwound, so there is room to say so in one line.
            err.println(OUT_OF_MEMORY);
            code = FAILED;
        } catch (StackOverflowError e) {
            err.println("drift: failed: stack overflow; give java a larger stack, e.g. DRIFT_JAVA_OPTS=-Xss8m ./drift ...");
            code = FAILED;
        }
        System.exit(code);
    }

    /** The command line as built for these streams; other modules add their subcommands to it. */
    CommandLine commandLine() {
        CommandLine cl = new CommandLine(this, new Factory(out, err));
        cl.setOut(TerminalText.writer(out));
        cl.setErr(TerminalText.writer(err));
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? BAD_INPUT : FAILED);
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine where = e.getCommandLine();
            String problem = oneLine(e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException u && !where.getSubcommands().isEmpty()
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
                problem = "unknown command '" + u.getUnmatched().get(0) + "'";
            }
            err.println(where.getCommandSpec().qualifiedName() + ": " + problem + " (see '" + helpFor(where) + "')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(commandLine.getCommandSpec().qualifiedName() + ": failed: " + oneLine(String.valueOf(e.getMessage()))
                    + " (" + e.getClass().getSimpleName() + ")");
            return FAILED;
        });
        return cl;
    }

    int run(String... args) {
        return commandLine().execute(args);
    }

    /** With no command: the usage, and exit 2 as for any other usage error. */
    @Override
    public void run() {
        spec.commandLine().usage(err);
        throw new CommandLine.ParameterException(spec.commandLine(), "no command given");
    }

    private static String helpFor(CommandLine commandLine) {
        return commandLine.getParent() == null ? "drift --help" : "drift help " + commandLine.getCommandName();
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Hands the streams to the commands, so tests see their output. */
    private record Factory(PrintStream out, PrintStream err) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == CompareCommand.class) {
                return cls.cast(new CompareCommand(out, err));
            }
            if (cls == MatchCommand.class) {
                return cls.cast(new MatchCommand(out, err));
            }
            if (cls == SameMeaningSubcommand.class) {
                return cls.cast(new SameMeaningSubcommand(out, err));
            }
            if (cls == PipelineCommand.class) {
                return cls.cast(new PipelineCommand(out, err, localCommands()));
            }
            if (cls == ResultsCommand.class) {
                return cls.cast(new ResultsCommand(out, err, localCommands()));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** The local pipeline's commands, when the launcher put the local module on the class path. */
    static LocalCommands localCommands() {
        return ServiceLoader.load(LocalCommands.class).findFirst().orElse(null);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {DriftAnalyzer.NAME + " " + DriftAnalyzer.VERSION};
        }
    }
}
