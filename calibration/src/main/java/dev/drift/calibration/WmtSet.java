package dev.drift.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WMT23 Chinese-to-English outputs rated by professional translators (MQM), as {@code ../shared/eval} holds them:
 * each output of a paragraph with its human reference (the engine's original) and the raters' error spans. Offsets in
 * the files are code points; here they are Java string indices into the output.
 */
public final class WmtSet {
    private WmtSet() {
    }

    /** One rater's error: its category ("Accuracy/Mistranslation", ...), severity, and span in the output or none. */
    public record RatedError(String rater, String category, String severity, boolean inOutput, int start, int end) {
        public boolean accuracy() {
            return category.startsWith("Accuracy/");
        }

        public boolean major() {
            return severity.equals("Major");
        }

        public boolean omission() {
            return category.startsWith("Accuracy/Omission");
        }
    }

    /**
     * One rated output.
     *
     * @param label {@code major} (at least 2 raters marked a Major accuracy error), {@code clean} (no rater marked
     *              any accuracy error) or {@code mixed}
     */
    public record Output(String system, String doc, int seg, String label, String reference, String output,
                         List<RatedError> errors) {
        public boolean major() {
            return label.equals("major");
        }

        public boolean clean() {
            return label.equals("clean");
        }

        public String key() {
            return key(system, doc, seg);
        }

        static String key(String system, String doc, String seg) {
            return system + '\u0000' + doc + '\u0000' + seg;
        }

        static String key(String system, String doc, int seg) {
            return key(system, doc, Integer.toString(seg));
        }
    }

    /** Reads {@code paragraphs.tsv} and {@code errors.tsv} of the folder. */
    public static List<Output> read(Path dir) throws IOException {
        Map<String, List<RatedError>> errors = new HashMap<>();
        Map<String, String> outputs = new HashMap<>();
        List<String[]> paragraphs = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("paragraphs.tsv"), StandardCharsets.UTF_8);
        expectHeader(lines.get(0), "system\tdoc\tseg\tlabel\traters\traters_major_accuracy\traters_any_accuracy\treference\toutput");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            paragraphs.add(f);
            outputs.put(Output.key(f[0], f[1], f[2]), f[8]);
        }
        lines = Files.readAllLines(dir.resolve("errors.tsv"), StandardCharsets.UTF_8);
        expectHeader(lines.get(0), "system\tdoc\tseg\trater\tcategory\tseverity\tside\tstart\tend\tspan");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String key = Output.key(f[0], f[1], f[2]);
            String text = outputs.get(key);
            boolean inOutput = f[6].equals("output") && text != null;
            int start = -1;
            int end = -1;
            if (inOutput) {
                int cps = text.codePointCount(0, text.length());
                start = text.offsetByCodePoints(0, Math.min(cps, Integer.parseInt(f[7])));
                end = text.offsetByCodePoints(0, Math.min(cps, Integer.parseInt(f[8])));
            }
            errors.computeIfAbsent(key, k -> new ArrayList<>()).add(new RatedError(f[3], f[4], f[5], inOutput, start, end));
        }
        List<Output> out = new ArrayList<>();
        for (String[] f : paragraphs) {
            out.add(new Output(f[0], f[1], Integer.parseInt(f[2]), f[3], f[7], f[8],
                    List.copyOf(errors.getOrDefault(Output.key(f[0], f[1], f[2]), List.of()))));
        }
        return out;
    }

    private static void expectHeader(String line, String header) {
        if (!line.equals(header)) {
            throw new IllegalStateException("unexpected header: " + line);
        }
    }
}
