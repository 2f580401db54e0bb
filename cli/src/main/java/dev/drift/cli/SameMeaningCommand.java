package dev.drift.cli;

import dev.drift.engine.SameMeaning;
import dev.drift.engine.meaning.EncodingCache;
import dev.drift.engine.meaning.SentenceEncoder;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code drift same-meaning [FILE]}: TAB-separated sentence pairs in (a file, or standard input when none is
 * named), one line out per pair: {@code same} or {@code different}, a TAB, and the score. Further columns (a
 * label, say) are ignored. A line that is not a pair is reported on standard error with its number and the others
 * are still judged; the exit code is then 2.
 */
public final class SameMeaningCommand {
    static final int OK = 0;
    static final int BAD_INPUT = 2;

    private final SentenceEncoder encoder;

    /** {@code encoder}: the sentence model, or null to judge by words only. */
    public SameMeaningCommand(SentenceEncoder encoder) {
        this.encoder = EncodingCache.of(encoder);
    }

    /** Judges the pairs of a file, or of standard input when {@code file} is null. */
    public int run(Path file, InputStream stdin, PrintStream out, PrintStream err) {
        String name = file == null ? "standard input" : file.toString();
        if (file != null && (Files.isDirectory(file) || Files.exists(file) && !Files.isRegularFile(file))) {
            err.println("drift: " + name + ": not a regular file");
            return BAD_INPUT;
        }
        try (InputStream in = file == null ? stdin : Files.newInputStream(file)) {
            return run(new BufferedInputStream(in), out, err);
        } catch (NoSuchFileException e) {
            err.println("drift: " + name + ": no such file");
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("drift: " + name + ": cannot read (" + e.getClass().getSimpleName() + ")");
            return BAD_INPUT;
        }
    }

    /** Judges each pair line of the reader in order. */
    public int run(Reader in, PrintStream out, PrintStream err) {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        Judging judging = new Judging(out, err);
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                judging.line(line);
            }
        } catch (IOException e) {
            err.println("drift: cannot read input (" + e.getClass().getSimpleName() + ")");
            return BAD_INPUT;
        }
        return judging.status;
    }

    /**
     * Judges each pair line of a byte stream in order. Each line is decoded on its own, strictly as UTF-8, so one
     * undecodable line is reported by its true number and skipped, and the others are judged (the exit status then
     * says some were not).
     */
    int run(InputStream in, PrintStream out, PrintStream err) throws IOException {
        Judging judging = new Judging(out, err);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean more = true;
        while (more) {
            int b = in.read();
            more = b >= 0;
            if (more && b != '\n') {
                line.write(b);
                continue;
            }
            if (!more && line.size() == 0) {
                break;
            }
            byte[] bytes = line.toByteArray();
            line.reset();
            String text = Utf8Lines.decode(bytes, 0, bytes.length);
            if (text == null) {
                judging.refuse("not UTF-8 text (skipped)");
            } else {
                judging.line(text);
            }
        }
        return judging.status;
    }

    /** The judging of one input, line by line: the line count, and whether every line was judged. */
    private final class Judging {
        private final PrintStream out;
        private final PrintStream err;
        int number;
        int status = OK;

        Judging(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        void line(String line) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                return;
            }
            String problem = problem(line);
            if (problem != null) {
                err.println("drift: line " + number + ": " + problem);
                status = BAD_INPUT;
                return;
            }
            String[] fields = line.split("\t", 3);
            SameMeaning.Decision d = SameMeaning.decide(fields[0].strip(), fields[1].strip(), encoder);
            out.println((d.same() ? "same" : "different") + "\t" + String.format(Locale.ROOT, "%.4f", d.score()));
        }

        /** A line that could not be read as text: counted, reported, skipped. */
        void refuse(String why) {
            number++;
            err.println("drift: line " + number + ": " + why);
            status = BAD_INPUT;
        }
    }

    private static String problem(String line) {
        if (line.indexOf('\0') >= 0) {
            return "binary data, not text";
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return "not a pair: expected two sentences separated by a TAB";
        }
        String[] fields = line.split("\t", 3);
        if (fields[0].isBlank() || fields[1].isBlank()) {
            return "not a pair: a sentence is empty";
        }
        return null;
    }
}
