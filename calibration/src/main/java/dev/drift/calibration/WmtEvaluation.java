package dev.drift.calibration;

import dev.drift.calibration.WmtSet.Output;
import dev.drift.calibration.WmtSet.RatedError;
import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.report.DriftReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The engine on real translations: WMT23 zh-en outputs rated by professional translators (MQM), the human reference as
 * the original and each output as the reprint. Prints how well {@code overall} separates outputs with a Major accuracy
 * error from faultless ones (ROC AUC, against word overlap and the count of findings), how often MEDIUM or HIGH
 * findings fall on clean and on major outputs, their precision against the raters' accuracy-error spans (overall and per
 * finding type), and the share of Major accuracy spans they cover.
 *
 * <p>Usage: {@code WmtEvaluation [EVAL_DIR [FINDINGS_TSV]]}; {@code -Dmodel=false} for the lexical engine. With a second
 * argument every finding is written there with its context, for error analysis.
 */
public final class WmtEvaluation {
    private WmtEvaluation() {
    }

    /** One output and the engine's report on it. */
    public record Judged(Output output, DriftReport report) {
    }

    public static void main(String[] args) throws Exception {
        Path eval = args.length > 0 ? Path.of(args[0]) : EvalData.dir();
        List<Output> outputs = WmtSet.read(eval.resolve("wmt23-zhen-calibration"));
        boolean withModel = !"false".equals(System.getProperty("model"));
        try (BgeSmallEncoder model = withModel ? BgeSmallEncoder.load() : null) {
            long start = System.nanoTime();
            List<Judged> judged = judge(new DriftAnalyzer(model), outputs);
            System.out.printf(Locale.ROOT, "WMT23 zh-en calibration set, %s engine: %d outputs of %d documents (%.0f s)%n",
                    withModel ? "model" : "lexical", outputs.size(),
                    outputs.stream().map(Output::doc).distinct().count(), (System.nanoTime() - start) / 1e9);
            System.out.print(measure(judged, r -> r.scores().overall()));
            if (args.length > 1) {
                dump(judged, Path.of(args[1]));
            }
        }
    }

    public static List<Judged> judge(DriftAnalyzer analyzer, List<Output> outputs) {
        return outputs.parallelStream()
                .map(o -> new Judged(o, analyzer.compare("reference", o.reference(), "output", o.output())))
                .toList();
    }

    private static boolean mediumPlus(Shift s) {
        return s.severity() != Severity.LOW;
    }

    /** Whether a finding lies on an accuracy error some rater marked in the output (an omission: any omission marked). */
    static boolean confirmed(Shift s, Output o) {
        if (s.reprint() == null) {
            return s.type() == ShiftType.OMISSION && o.errors().stream().anyMatch(RatedError::omission);
        }
        return o.errors().stream().anyMatch(e -> e.accuracy() && e.inOutput() && overlaps(s.reprint(), e));
    }

    private static boolean overlaps(Excerpt x, RatedError e) {
        return x.start() < Math.max(e.end(), e.start() + 1) && e.start() < x.end();
    }

    /** The figures the issue asks for, as printable text. */
    public static String measure(List<Judged> judged, ToDoubleFunction<DriftReport> score) {
        StringBuilder out = new StringBuilder();
        List<Double> major = new ArrayList<>();
        List<Double> clean = new ArrayList<>();
        List<Double> majorJ = new ArrayList<>();
        List<Double> cleanJ = new ArrayList<>();
        List<Double> majorN = new ArrayList<>();
        List<Double> cleanN = new ArrayList<>();
        int cleanFlagged = 0;
        int majorFlagged = 0;
        int findings = 0;
        int confirmedFindings = 0;
        Map<ShiftType, int[]> perType = new EnumMap<>(ShiftType.class);
        int majorSpans = 0;
        int majorSpansCovered = 0;
        for (Judged j : judged) {
            Output o = j.output();
            List<Shift> flagged = j.report().shifts().stream().filter(WmtEvaluation::mediumPlus).toList();
            for (Shift s : flagged) {
                boolean ok = confirmed(s, o);
                findings++;
                confirmedFindings += ok ? 1 : 0;
                int[] t = perType.computeIfAbsent(s.type(), k -> new int[2]);
                t[0]++;
                t[1] += ok ? 1 : 0;
            }
            for (RatedError e : o.errors()) {
                if (e.accuracy() && e.major() && e.inOutput()) {
                    majorSpans++;
                    if (flagged.stream().anyMatch(s -> s.reprint() != null && overlaps(s.reprint(), e))) {
                        majorSpansCovered++;
                    }
                }
            }
            double jaccard = 1 - Overlap.jaccard(o.reference(), o.output());
            double count = j.report().shifts().size();
            if (o.major()) {
                major.add(score.applyAsDouble(j.report()));
                majorJ.add(jaccard);
                majorN.add(count);
                majorFlagged += flagged.isEmpty() ? 0 : 1;
            } else if (o.clean()) {
                clean.add(score.applyAsDouble(j.report()));
                cleanJ.add(jaccard);
                cleanN.add(count);
                cleanFlagged += flagged.isEmpty() ? 0 : 1;
            }
        }
        out.append(String.format(Locale.ROOT, "AUC major vs clean: overall %.3f (1 - Jaccard %.3f, findings counted %.3f)%n",
                Roc.auc(array(major), array(clean)), Roc.auc(array(majorJ), array(cleanJ)),
                Roc.auc(array(majorN), array(cleanN))));
        out.append(String.format(Locale.ROOT, "MEDIUM+ finding on %.1f%% of clean outputs (%d of %d), %.1f%% of major ones (%d of %d)%n",
                100.0 * cleanFlagged / clean.size(), cleanFlagged, clean.size(),
                100.0 * majorFlagged / major.size(), majorFlagged, major.size()));
        out.append(String.format(Locale.ROOT, "MEDIUM+ finding precision %.3f (%d of %d on a rated accuracy error)%n",
                ratio(confirmedFindings, findings), confirmedFindings, findings));
        for (Map.Entry<ShiftType, int[]> e : perType.entrySet()) {
            out.append(String.format(Locale.ROOT, "  %-13s %.3f (%d of %d)%n", e.getKey(), ratio(e.getValue()[1], e.getValue()[0]),
                    e.getValue()[1], e.getValue()[0]));
        }
        out.append(String.format(Locale.ROOT, "Major accuracy spans covered by a MEDIUM+ finding %.3f (%d of %d)%n",
                ratio(majorSpansCovered, majorSpans), majorSpansCovered, majorSpans));
        // What a score means to a reader: among outputs in each band, the share with a major error.
        out.append("overall by band: share of outputs with a Major accuracy error (major / (major + clean))\n");
        for (int band = 0; band < 5; band++) {
            double lo = band / 5.0;
            double hi = (band + 1) / 5.0;
            long m = major.stream().filter(v -> v >= lo && (v < hi || hi == 1.0)).count();
            long c = clean.stream().filter(v -> v >= lo && (v < hi || hi == 1.0)).count();
            out.append(String.format(Locale.ROOT, "  %.1f-%.1f: %s (%d major, %d clean)%n", lo, hi,
                    m + c == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) m / (m + c)), m, c));
        }
        return out.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    static double[] array(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Every finding, one line each, with what the raters said of its place. */
    static void dump(List<Judged> judged, Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("doc\tsystem\tseg\tlabel\ttype\tseverity\tconfirmed\treprint\toriginal\texplanation\toverall");
            for (Judged j : judged) {
                Output o = j.output();
                for (Shift s : j.report().shifts()) {
                    w.println(String.join("\t", o.doc(), o.system(), Integer.toString(o.seg()), o.label(), s.type().name(),
                            s.severity().name(), Boolean.toString(confirmed(s, o)), flat(s.reprint()), flat(s.original()),
                            s.explanation().replace('\t', ' '), Double.toString(j.report().scores().overall())));
                }
            }
        }
    }

    private static String flat(Excerpt e) {
        return e == null ? "" : e.text().replace('\t', ' ').replace('\n', ' ');
    }
}
