package dev.drift.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A quote-dense pair: one quotation per line, the shape that made the dropped-quotation lookup and the report's
 * marking quadratic. Built from MRPC sentence pairs: the original quotes sentence 1, the reprint quotes its labelled
 * counterpart, gives every seventh to another speaker and drops every fifth, so every verdict path and the
 * dropped-quotation lookup have work to do.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.drift.benchmarks.QuoteDensePair LINES DIR} writes
 * {@code DIR/quotes-LINES-original.txt} and {@code DIR/quotes-LINES-reprint.txt} for measuring the command line.
 */
public final class QuoteDensePair {
    /** Every fifth quotation of the original is missing from the reprint. */
    private static final int DROP_EVERY = 5;
    /** Every seventh reprint quotation names another speaker, so attribution is compared too. */
    private static final int OTHER_SPEAKER_EVERY = 7;

    public final String original;
    public final String reprint;

    private QuoteDensePair(String original, String reprint) {
        this.original = original;
        this.reprint = reprint;
    }

    public static QuoteDensePair build(Path root, int lines) throws IOException {
        List<String> rows = Files.readAllLines(root.resolve("../shared/eval/mrpc-train.tsv"), StandardCharsets.UTF_8);
        StringBuilder o = new StringBuilder("Officials describe the talks, line by line\n\n");
        StringBuilder r = new StringBuilder("Officials describe the talks, line by line\n\n");
        int made = 0;
        for (int i = 1; made < lines; i++) {
            String[] f = rows.get(i % rows.size()).split("\t");
            if (f.length < 5 || i == 0) {
                continue;
            }
            String speaker = "official " + (made % 50 + 1);
            o.append('"').append(strip(f[3])).append(",\" said ").append(speaker).append(".\n\n");
            if (made % DROP_EVERY != DROP_EVERY - 1) {
                String reprintSpeaker = made % OTHER_SPEAKER_EVERY == 0 ? "a spokesperson" : speaker;
                r.append('"').append(strip(f[4])).append(",\" said ").append(reprintSpeaker).append(".\n\n");
            }
            made++;
        }
        return new QuoteDensePair(o.toString(), r.toString());
    }

    /** MRPC sentences end with their own full stop, and may hold straight double quotes of their own. */
    private static String strip(String sentence) {
        return sentence.replace('"', '\'').replaceAll("[.\\s]+$", "");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: QuoteDensePair LINES DIR");
            System.exit(2);
        }
        int lines = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        QuoteDensePair pair = build(Path.of(System.getProperty("drift.root", ".")), lines);
        Files.writeString(dir.resolve("quotes-" + lines + "-original.txt"), pair.original, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("quotes-" + lines + "-reprint.txt"), pair.reprint, StandardCharsets.UTF_8);
    }
}
