package dev.drift.calibration;

import dev.drift.calibration.LogisticFit.Example;
import dev.drift.calibration.OverallSeparation.Paragraph;
import dev.drift.calibration.OverallSeparation.Row;
import dev.drift.calibration.WmtEvaluation.Judged;
import dev.drift.calibration.WmtSet.Output;
import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.DriftAnalyzer.Analysis;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.score.Calibration;
import dev.drift.engine.score.Logistic;
import dev.drift.engine.score.SeverityGate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Fits the engine's calibration: the severity gate (which proposed findings keep MEDIUM or HIGH) and the model behind
 * {@code overall}, on the WMT23 zh-en calibration outputs rated by translators and on DEMETR, with the sentence model.
 * First it reports every figure cross-validated by document (folds of WMT documents and of DEMETR source items; each
 * fold judged by a gate and a score fitted without it), then it fits both on everything and writes the two resource
 * files into the engine.
 *
 * <p>Usage: {@code FitCalibration [EVAL_DIR [RESOURCE_DIR]]}; {@code -Dwrite=false} to measure only,
 * {@code -Ddump=FILE} to write the held-out findings as {@code WmtEvaluation} does.
 */
public final class FitCalibration {
    static final int FOLDS = 5;
    /** Share of the fits' weight given to DEMETR's synthetic edits: real translations outrank them. */
    static final double DEMETR_SHARE = 0.35;
    /**
     * The same for the overall model: DEMETR's clean renderings share fewer words with the original than its errors,
     * so each point of its weight trades real translations' ranking for copied-and-edited texts'. Measured
     * cross-validated (WMT AUC / DEMETR paragraphs AUC): 0 gives 0.756 / 0.677, 0.03 0.756 / 0.785, 0.05 0.754 /
     * 0.862, 0.07 0.751 / 0.895, 0.10 0.748 / 0.907; 0.07 keeps most of both.
     */
    static final double DEMETR_SHARE_OVERALL = Double.parseDouble(System.getProperty("overallShare", "0.07"));
    /**
     * The gate's cut is the lowest that keeps this precision on the training outputs' findings. The issue asks 0.85;
     * no cut reaches it held out (0.85 in training keeps 2% of findings at 0.39 held out, and DEMETR's meaning changes
     * then fall to 0.34 found); 0.70 keeps DEMETR above 0.9 with the fewest MEDIUM+ findings on faultless outputs of
     * the cuts measured (docs/measurements.md).
     */
    static final double TARGET_PRECISION = Double.parseDouble(System.getProperty("precision", "0.70"));
    static final double LAMBDA_GATE = 2.0;
    static final double LAMBDA_OVERALL = 2.0;

    static final List<String> GATE_FEATURES = gateFeatures();
    /**
     * Counts enter as rates per original sentence only: absolute counts grow with the article, and a long abridged
     * reprint then scored as far as any can.
     */
    static final List<String> OVERALL_FEATURES = List.of("flaggedRate", "highRate",
            "evidenceRate", "strongest", "lowRate", "uncovered", "quoteLoss", "lengthGap", "reprintShorter", "unaligned",
            "meanSimilarity", "minSimilarity", "meanCloseness", "wordOverlap", "leadDifference");

    /**
     * The overall features that can only lower drift (the rest can only raise it): a reader must be able to trust that
     * more findings or less of the original rendered never makes a reprint look closer.
     */
    static final java.util.Set<String> OVERALL_DECREASING = java.util.Set.of("meanSimilarity", "minSimilarity",
            "meanCloseness", "wordOverlap");

    private static List<String> gateFeatures() {
        List<String> f = new ArrayList<>(List.of("high", "lengthGap", "reprintShorter", "unaligned", "noReprintSpan",
                "originalRendered", "aligned", "similarity", "closeness", "orderKept", "places", "quoted", "excerptShare",
                "sentenceFindings", "isolated"));
        for (ShiftType t : ShiftType.values()) {
            f.add("type:" + t.name());
            f.add("type:" + t.name() + "*closeness");
            f.add("type:" + t.name() + "*isolated");
        }
        return List.copyOf(f);
    }

    /** One analysed pair: where it comes from, its fold, and what it is. */
    record Item(Analysis analysis, int fold, Output wmt, Row demetrRow, Boolean demetrError) {
        boolean isWmt() {
            return wmt != null;
        }
    }

    public static void main(String[] args) throws Exception {
        Path eval = args.length > 0 ? Path.of(args[0]) : EvalData.dir();
        Path resources = Path.of(args.length > 1 ? args[1] : "../engine/src/main/resources/dev/drift/engine");
        List<Output> outputs = WmtSet.read(eval.resolve("wmt23-zhen-calibration"));
        List<Row> rows = OverallSeparation.read(eval.resolve("demetr-calibration.tsv"));
        List<String> docs = new ArrayList<>(new TreeSet<>(outputs.stream().map(Output::doc).toList()));
        try (BgeSmallEncoder model = BgeSmallEncoder.load()) {
            DriftAnalyzer analyzer = new DriftAnalyzer(model);
            long start = System.nanoTime();
            List<Item> items = new ArrayList<>();
            items.addAll(outputs.parallelStream().map(o -> new Item(analyze(analyzer, o.reference(), o.output()),
                    docs.indexOf(o.doc()) % FOLDS, o, null, null)).toList());
            items.addAll(rows.parallelStream().map(r -> new Item(analyze(analyzer, r.original(), r.reprint()),
                    demetrFold(r.id()), null, r, null)).toList());
            for (Paragraph p : OverallSeparation.paragraphs(rows)) {
                int fold = demetrFold(p.ids().get(0));
                items.add(new Item(analyze(analyzer, p.original(), p.clean()), fold, null, null, false));
                for (String e : p.errors()) {
                    items.add(new Item(analyze(analyzer, p.original(), e), fold, null, null, true));
                }
            }
            System.out.printf(Locale.ROOT, "analysed %d pairs in %.0f s%n", items.size(), (System.nanoTime() - start) / 1e9);

            List<Judged> outOfFold = new ArrayList<>();
            List<Item> demetrHeldOut = new ArrayList<>();
            List<Calibration> heldOutCalibrations = new ArrayList<>();
            for (int fold = 0; fold < FOLDS; fold++) {
                int f = fold;
                Calibration c = fit(items, i -> i != f);
                for (Item it : items) {
                    if (it.fold() == f) {
                        if (it.isWmt()) {
                            outOfFold.add(new Judged(it.wmt(), DriftAnalyzer.report(it.analysis(), c)));
                        } else {
                            demetrHeldOut.add(it);
                            heldOutCalibrations.add(c);
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "Cross-validated by document (%d folds), WMT23 zh-en calibration outputs:%n", FOLDS);
            System.out.print(WmtEvaluation.measure(outOfFold, r -> r.scores().overall()));
            if (System.getProperty("dump") != null) {
                WmtEvaluation.dump(outOfFold, Path.of(System.getProperty("dump")));
            }
            System.out.print(demetrFigures(demetrHeldOut, heldOutCalibrations));

            Calibration all = fit(items, i -> true);
            if (!"false".equals(System.getProperty("write"))) {
                String made = "Made by FitCalibration (calibration module) on the WMT23 zh-en calibration outputs and DEMETR; "
                        + "do not edit: refit with the command in the README.";
                Files.writeString(resources.resolve("severity-gate.txt"), gateModel(all).format(made
                        + "\nThe severity gate: a proposed MEDIUM or HIGH finding keeps it when this model's probability is at "
                        + "or above the cut (a type's own cut where one is given).", GATE_FEATURES), StandardCharsets.UTF_8);
                Files.writeString(resources.resolve("overall-model.txt"), all.overall().format(made
                        + "\nThe model of overall: the probability that a reprint carries a major change of meaning.",
                        OVERALL_FEATURES), StandardCharsets.UTF_8);
                System.out.println("wrote " + resources.resolve("severity-gate.txt") + " and overall-model.txt");
            }
        }
    }

    private static Logistic gateModel(Calibration c) {
        return c.gate().model();
    }

    private static Analysis analyze(DriftAnalyzer analyzer, String original, String reprint) {
        return analyzer.analyze(analyzer.parse("original", original), analyzer.parse("reprint", reprint));
    }

    /** DEMETR items are whole source sentences; the fold follows the item (paragraphs by their first item). */
    private static int demetrFold(int id) {
        return Math.floorMod(Integer.hashCode(id) * 31 + 7, FOLDS);
    }

    /** The gate and the overall model fitted on the items of the chosen folds. */
    static Calibration fit(List<Item> items, IntPredicate folds) {
        List<Example> gateExamples = new ArrayList<>();
        double wmtWeight = 0;
        double demetrWeight = 0;
        List<Example> demetr = new ArrayList<>();
        for (Item it : items) {
            if (!folds.test(it.fold()) || !it.isWmt() && it.demetrRow() == null) {
                continue;
            }
            Analysis a = it.analysis();
            for (int i = 0; i < a.shifts().size(); i++) {
                if (a.shifts().get(i).severity() == Severity.LOW) {
                    continue;
                }
                if (it.isWmt()) {
                    gateExamples.add(new Example(a.evidence().get(i), WmtEvaluation.confirmed(a.shifts().get(i), it.wmt()), 1));
                    wmtWeight++;
                } else {
                    demetr.add(new Example(a.evidence().get(i), it.demetrRow().group().equals("changes meaning"), 1));
                    demetrWeight++;
                }
            }
        }
        double scale = demetrWeight == 0 ? 0 : DEMETR_SHARE / (1 - DEMETR_SHARE) * wmtWeight / demetrWeight;
        for (Example e : demetr) {
            gateExamples.add(new Example(e.x(), e.positive(), scale));
        }
        Logistic gate = LogisticFit.fit(gateExamples, GATE_FEATURES, LAMBDA_GATE, 0.5);
        gate = gate.withCut(cutFor(gate, gateExamples.subList(0, (int) wmtWeight)));
        gate = gate.withRaisedCuts(typeCuts(gate, gateExamples));
        SeverityGate severityGate = new SeverityGate(gate);

        List<Example> overall = new ArrayList<>();
        List<Example> overallDemetr = new ArrayList<>();
        for (Item it : items) {
            if (!folds.test(it.fold())) {
                continue;
            }
            Map<String, Double> x = DriftAnalyzer.earn(it.analysis(), severityGate).scoreEvidence();
            if (it.isWmt()) {
                if (it.wmt().major() || it.wmt().clean()) {
                    overall.add(new Example(x, it.wmt().major(), 1));
                }
            } else if (it.demetrError() != null) {
                overallDemetr.add(new Example(x, it.demetrError(), 1));
            } else if (it.demetrRow().error() || it.demetrRow().control() || it.demetrRow().keepsMeaning()) {
                overallDemetr.add(new Example(x, it.demetrRow().error(), 1));
            }
        }
        double s = DEMETR_SHARE_OVERALL / (1 - DEMETR_SHARE_OVERALL) * overall.size() / Math.max(1, overallDemetr.size());
        for (Example e : overallDemetr) {
            overall.add(new Example(e.x(), e.positive(), s));
        }
        return new Calibration(severityGate, LogisticFit.fitSigned(overall, OVERALL_FEATURES, OVERALL_DECREASING,
                LAMBDA_OVERALL, 0.5));
    }

    /**
     * For each finding type, the cut that type needs to keep {@link #TARGET_PRECISION} on its own findings (real
     * translations and DEMETR's weighted edits together), where that is above the gate's cut; a type that never
     * reaches it keeps no MEDIUM or HIGH finding. One cut for all let types that real translations seldom confirm
     * (an attribution reworded) ride on the precision of the others. Numbers keep the common cut: a changed number
     * is a fact the original states, and the numbers real translations are faulted on are mostly the reference's own
     * errors (all nine systems' "20th" against the reference's "19th"), which a reprint's original does not have.
     */
    private static java.util.Map<String, Double> typeCuts(Logistic gate, List<Example> examples) {
        java.util.Map<String, Double> cuts = new java.util.LinkedHashMap<>();
        for (ShiftType t : ShiftType.values()) {
            if (t == ShiftType.NUMBER) {
                continue;
            }
            String feature = "type:" + t.name();
            List<Example> ofType = examples.stream().filter(e -> e.x().getOrDefault(feature, 0.0) != 0
                    && gate.probability(e.x()) >= gate.cut()).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            double best = cutFor(gate, ofType);
            if (best > gate.cut()) {
                cuts.put(feature, best);
            }
        }
        return cuts;
    }

    /**
     * The lowest cut at which the findings kept are confirmed at {@link #TARGET_PRECISION} or better, each counted
     * by its weight; 1 when none is.
     */
    private static double cutFor(Logistic gate, List<Example> examples) {
        double[][] scored = examples.stream()
                .map(e -> new double[] {gate.probability(e.x()), e.positive() ? e.weight() : 0, e.weight()})
                .sorted((a, b) -> Double.compare(b[0], a[0])).toArray(double[][]::new);
        double best = 1;
        double kept = 0;
        double confirmed = 0;
        for (double[] e : scored) {
            kept += e[2];
            confirmed += e[1];
            if (confirmed / kept >= TARGET_PRECISION) {
                best = e[0];
            }
        }
        return best;
    }

    /** DEMETR's figures on held-out items: as {@code DemetrEvalTest} counts them, and overall's AUC on paragraphs. */
    private static String demetrFigures(List<Item> items, List<Calibration> calibrations) {
        java.util.Map<String, int[]> perPerturbation = new java.util.TreeMap<>();
        java.util.Map<String, String> groups = new java.util.HashMap<>();
        List<Double> errors = new ArrayList<>();
        List<Double> clean = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            var report = DriftAnalyzer.report(it.analysis(), calibrations.get(i));
            if (it.demetrError() != null) {
                (it.demetrError() ? errors : clean).add(report.scores().overall());
                continue;
            }
            Row r = it.demetrRow();
            int[] t = perPerturbation.computeIfAbsent(r.perturbation(), k -> new int[2]);
            groups.put(r.perturbation(), r.group());
            t[0]++;
            t[1] += report.shifts().stream().anyMatch(s -> s.severity() != Severity.LOW) ? 1 : 0;
        }
        double changing = 0;
        int changingKinds = 0;
        long keep = 0;
        long keepFlagged = 0;
        for (var e : perPerturbation.entrySet()) {
            String g = groups.get(e.getKey());
            if (g.equals("changes meaning")) {
                changing += (double) e.getValue()[1] / e.getValue()[0];
                changingKinds++;
            } else if (g.equals("keeps meaning") && !e.getKey().equals("control_reference")) {
                keep += e.getValue()[0];
                keepFlagged += e.getValue()[1];
            }
        }
        int[] control = perPerturbation.getOrDefault("control_reference", new int[] {1, 0});
        return String.format(Locale.ROOT, "DEMETR held-out items: meaning changes flagged MEDIUM+ %.3f; meaning-keeping edits %.3f; "
                        + "control_reference %.3f; paragraphs AUC of overall %.3f%n", changing / changingKinds,
                (double) keepFlagged / keep, (double) control[1] / control[0],
                Roc.auc(WmtEvaluation.array(errors), WmtEvaluation.array(clean)));
    }

}
