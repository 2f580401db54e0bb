package dev.drift.calibration;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.SameMeaning;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.report.DriftReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.IntStream;

/**
 * Measurement tool: how well the report's {@code overall} (and each of its parts) separates renderings with a
 * meaning-changing error from clean ones on DEMETR (../shared/eval), against word-overlap baselines, as a rank-based
 * ROC AUC (ties count half). Used by {@link OverallSeparationTest} (lexical engine) and by the embeddings module's
 * test with the sentence model.
 *
 * <p>Sentence level: every DEMETR pair is one comparison. Paragraph level: paragraphs of four consecutive DEMETR source
 * items by id (an id names one source sentence: every row of an id carries the same original, checked), the clean
 * rendering made of each sentence's independent reference translation ({@code control_reference}), each error
 * rendering the clean one with one sentence replaced by a meaning-changing perturbation of that sentence (one per
 * position, the perturbation drawn with a fixed seed); a matched clean rendering puts the untouched original sentence in
 * the same place, so it differs from the error rendering by the perturbation alone. Past 400 lines because both
 * levels and their baselines are built from the same rows in one pass; a measurement tool, not product code.
 */
public final class OverallSeparation {
    /** Sentences per paragraph: a short news paragraph. */
    public static final int PARAGRAPH = 4;
    /** Fixed seed for the perturbation drawn per paragraph position, so runs are comparable. */
    public static final long SEED = 20221207L;


    public record Row(int id, String perturbation, String group, String original, String reprint) {
        /** Critical and major perturbations, except the empty and unrelated replacements (base_id33). */
        public boolean error() {
            return perturbation.startsWith("critical_") || perturbation.startsWith("major_");
        }

        public boolean unrelated() {
            return perturbation.startsWith("base_id33");
        }

        public boolean control() {
            return perturbation.equals("control_reference");
        }

        /** An edit that keeps meaning (case, punctuation, repeats, misspellings, tokenisation). */
        public boolean keepsMeaning() {
            return group.equals("keeps meaning") && !control();
        }

        public boolean minorGrammar() {
            return group.equals("minor grammar");
        }
    }

    /** One comparison: the texts and the report on them. */
    public record Outcome(String original, String reprint, DriftReport report) {
    }

    /** A named drift score: higher = further from the original. */
    public record Score(String name, ToDoubleBiFunction<Outcome, Scores> value) {
    }

    /** Cache for scores that need work of their own (the baselines). */
    public static final class Scores {
        private final Map<String, Double> memo = new TreeMap<>();

        double memo(String key, DoubleSupplier f) {
            return memo.computeIfAbsent(key, k -> f.getAsDouble());
        }
    }

    private OverallSeparation() {
    }

    public static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.get(0).startsWith("id\tperturbation\tgroup\texpected_type\toriginal\treprint")) {
            throw new IllegalStateException("unexpected header: " + lines.get(0));
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            rows.add(new Row(Integer.parseInt(f[0]), f[1], f[2], f[4], f[5]));
        }
        return rows;
    }

    /** The scores compared: overall, its parts, the overlap baselines and the proposals. */
    public static List<Score> scores() {
        List<Score> s = new ArrayList<>();
        s.add(new Score("overall", (o, c) -> o.report.scores().overall()));
        s.add(new Score("1-quoteFid", (o, c) -> 1 - o.report.scores().quoteFidelity()));
        s.add(new Score("semDrift", (o, c) -> o.report.scores().semanticDrift()));
        s.add(new Score("1-coverage", (o, c) -> 1 - o.report.scores().coverage()));
        s.add(new Score("1-Jaccard", (o, c) -> c.memo("jaccard", () -> 1 - jaccard(o.original, o.reprint))));
        s.add(new Score("1-Dice", (o, c) -> c.memo("dice", () -> 1 - SameMeaning.similarity(o.original, o.reprint))));
        return s;
    }

    /**
     * The scores above and overall as it was before LOW shifts left the drift: with them counted (LOW 1). The coverage
     * of the original's words it also used is no longer computed; the README keeps that formula's figures.
     */
    public static List<Score> withProposals() {
        List<Score> s = new ArrayList<>(scores());
        s.add(new Score("driftLOW", (o, c) -> driftCountingLow(o.report)));
        s.add(new Score("overallLOW", (o, c) -> 1 - (0.4 * o.report.scores().quoteFidelity()
                + 0.4 * (1 - driftCountingLow(o.report)) + 0.2 * o.report.scores().coverage())));
        return s;
    }

    /** semanticDrift's formula, D / (D + k), with LOW shifts counted 1 as before. */
    public static double driftCountingLow(DriftReport r) {
        double d = severity(r, Severity.LOW);
        return d / (d + 2 + r.original().sentences() / 2.0);
    }

    /** Rank-based ROC AUC (Mann-Whitney): the chance a positive scores above a negative, ties half. */
    public static double auc(double[] positives, double[] negatives) {
        return Roc.auc(positives, negatives);
    }

    /** Share of pairs where the first scores above the second, ties half. */
    public static double pairedWins(double[] first, double[] second) {
        double wins = 0;
        for (int i = 0; i < first.length; i++) {
            wins += first[i] > second[i] ? 1 : first[i] == second[i] ? 0.5 : 0;
        }
        return wins / first.length;
    }

    public static double jaccard(String a, String b) {
        return Overlap.jaccard(a, b);
    }

    /** Every score of every outcome, in the order of {@code scores}: [score][outcome]. */
    public static double[][] measure(List<Outcome> outcomes, List<Score> scores) {
        double[][] v = new double[scores.size()][outcomes.size()];
        for (int j = 0; j < outcomes.size(); j++) {
            Scores memo = new Scores();
            for (int i = 0; i < scores.size(); i++) {
                v[i][j] = scores.get(i).value.applyAsDouble(outcomes.get(j), memo);
            }
        }
        return v;
    }

    // ---------------------------------------------------------------- sentence level

    /** AUCs per score for each set of positives against one set of negatives, as printed rows. */
    public static final class Table {
        final List<Score> scores;
        final StringBuilder text = new StringBuilder();
        public final Map<String, double[]> aucs = new LinkedHashMap<>();

        public Table(List<Score> scores, String title) {
            this.scores = scores;
            text.append(title).append('\n').append(String.format(Locale.ROOT, "%-34s %5s", "positives vs negatives", "n"));
            for (Score s : scores) {
                text.append(String.format(Locale.ROOT, " %10s", s.name));
            }
            text.append('\n');
        }

        public double[] add(String label, double[][] pos, double[][] neg) {
            double[] a = new double[scores.size()];
            text.append(String.format(Locale.ROOT, "%-34s %5d", label, pos[0].length));
            for (int i = 0; i < a.length; i++) {
                a[i] = auc(pos[i], neg[i]);
                text.append(String.format(Locale.ROOT, " %10.3f", a[i]));
            }
            text.append('\n');
            aucs.put(label, a);
            return a;
        }

        public void line(String s) {
            text.append(s).append('\n');
        }

        @Override
        public String toString() {
            return text.toString();
        }

        public double get(String label, String score) {
            for (int i = 0; i < scores.size(); i++) {
                if (scores.get(i).name.equals(score)) {
                    return aucs.get(label)[i];
                }
            }
            throw new IllegalArgumentException(score);
        }
    }

    /** Columns of the score matrix for the rows a predicate picks. */
    public static double[][] select(double[][] v, List<Row> rows, Predicate<Row> which) {
        int[] idx = IntStream.range(0, rows.size()).filter(i -> which.test(rows.get(i))).toArray();
        double[][] out = new double[v.length][idx.length];
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < idx.length; j++) {
                out[i][j] = v[i][idx[j]];
            }
        }
        return out;
    }

    /** The sentence-level tables: errors against control references and against meaning-keeping edits. */
    public static Table sentenceTable(List<Row> rows, double[][] v, List<Score> scores) {
        Table t = new Table(scores, "Sentence level, ROC AUC (errors = critical_* and major_*; clean as named)");
        double[][] errors = select(v, rows, Row::error);
        double[][] control = select(v, rows, Row::control);
        double[][] keeps = select(v, rows, Row::keepsMeaning);
        double[][] grammar = select(v, rows, Row::minorGrammar);
        t.add("errors vs control_reference", errors, control);
        t.add("errors vs keeps-meaning edits", errors, keeps);
        t.add("errors vs minor-grammar edits", errors, grammar);
        t.add("control_reference vs keeps-meaning", control, keeps);
        t.line("per family, against control_reference:");
        Map<String, Boolean> families = new TreeMap<>();
        rows.stream().filter(r -> r.error() || r.unrelated()).forEach(r -> families.put(r.perturbation, true));
        for (String f : families.keySet()) {
            t.add("  " + f, select(v, rows, r -> r.perturbation.equals(f)), control);
        }
        return t;
    }

    // ---------------------------------------------------------------- paragraph level

    /** One paragraph: the original, its clean rendering, and per position an error and a matched clean rendering. */
    public record Paragraph(List<Integer> ids, String original, String clean, List<String> errors,
            List<String> matched, List<String> perturbations) {
    }

    /**
     * Paragraphs of {@link #PARAGRAPH} consecutive source items by id. The original of an item is the one its
     * control_reference row carries; perturbations whose row carries another original (two rows in the set) are
     * not drawn.
     */
    public static List<Paragraph> paragraphs(List<Row> rows) {
        Map<Integer, String> original = new TreeMap<>();
        Map<Integer, String> reference = new TreeMap<>();
        Map<Integer, List<Row>> changes = new TreeMap<>();
        for (Row r : rows) {
            if (r.control()) {
                original.put(r.id, r.original);
                reference.put(r.id, r.reprint);
            }
        }
        for (Row r : rows) {
            if (r.error() && r.original.equals(original.get(r.id))) {
                changes.computeIfAbsent(r.id, k -> new ArrayList<>()).add(r);
            }
        }
        List<Integer> ids = new ArrayList<>(original.keySet());
        Random random = new Random(SEED);
        List<Paragraph> out = new ArrayList<>();
        for (int start = 0; start + PARAGRAPH <= ids.size(); start += PARAGRAPH) {
            List<Integer> group = ids.subList(start, start + PARAGRAPH);
            List<String> orig = group.stream().map(original::get).toList();
            List<String> clean = group.stream().map(reference::get).toList();
            List<String> errors = new ArrayList<>();
            List<String> matched = new ArrayList<>();
            List<String> drawn = new ArrayList<>();
            for (int pos = 0; pos < PARAGRAPH; pos++) {
                List<Row> options = changes.get(group.get(pos));
                Row pick = options.get(random.nextInt(options.size()));
                errors.add(join(replace(clean, pos, pick.reprint)));
                matched.add(join(replace(clean, pos, orig.get(pos))));
                drawn.add(pick.perturbation);
            }
            out.add(new Paragraph(List.copyOf(group), join(orig), join(clean), errors, matched, drawn));
        }
        return out;
    }

    private static List<String> replace(List<String> sentences, int pos, String by) {
        List<String> s = new ArrayList<>(sentences);
        s.set(pos, by);
        return s;
    }

    private static String join(List<String> sentences) {
        return String.join(" ", sentences);
    }

    /** How many rows of an id carry an original other than its control_reference row's (data check). */
    public static long inconsistentOriginals(List<Row> rows) {
        Map<Integer, String> original = new TreeMap<>();
        rows.stream().filter(Row::control).forEach(r -> original.put(r.id, r.original));
        return rows.stream().filter(r -> !r.original.equals(original.get(r.id))).count();
    }

    // ---------------------------------------------------------------- runs

    /** Every pair compared by the analyzer, then scored. */
    public static Table sentenceLevel(DriftAnalyzer analyzer, List<Row> rows, List<Score> scores) {
        List<Outcome> outcomes = rows.stream()
                .map(r -> new Outcome(r.original, r.reprint, analyzer.compare("original", r.original, "reprint", r.reprint)))
                .toList();
        Table t = sentenceTable(rows, measure(outcomes, scores), scores);
        List<Outcome> control = new ArrayList<>();
        List<Outcome> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (rows.get(i).control() ? control : rows.get(i).error() ? errors : new ArrayList<Outcome>()).add(outcomes.get(i));
        }
        t.line(profile("control_reference sentences", control));
        t.line(profile("error sentences", errors));
        return t;
    }

    /** The paragraphs compared by the analyzer: error renderings against clean and against matched clean ones. */
    public static Table paragraphLevel(DriftAnalyzer analyzer, List<Row> rows, List<Score> scores) {
        List<Paragraph> paragraphs = paragraphs(rows);
        List<Outcome> clean = new ArrayList<>();
        List<Outcome> errors = new ArrayList<>();
        List<Outcome> matched = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            clean.add(outcome(analyzer, p.original, p.clean));
            for (int i = 0; i < PARAGRAPH; i++) {
                errors.add(outcome(analyzer, p.original, p.errors.get(i)));
                matched.add(outcome(analyzer, p.original, p.matched.get(i)));
            }
        }
        double[][] c = measure(clean, scores);
        double[][] e = measure(errors, scores);
        double[][] m = measure(matched, scores);
        Table t = new Table(scores, String.format(Locale.ROOT, "Paragraph level, ROC AUC (%d paragraphs of %d DEMETR "
                + "items; one error rendering per position, seed %d)", paragraphs.size(), PARAGRAPH, SEED));
        t.add("errors vs clean (references)", e, c);
        t.add("errors vs matched clean", e, m);
        double[][] cleanPerError = new double[scores.size()][e[0].length];
        for (int i = 0; i < scores.size(); i++) {
            for (int j = 0; j < e[0].length; j++) {
                cleanPerError[i][j] = c[i][j / PARAGRAPH];
            }
        }
        StringBuilder wins = new StringBuilder(String.format(Locale.ROOT, "%-34s %5d", "paired: error above its clean", e[0].length));
        double[] w = new double[scores.size()];
        for (int i = 0; i < scores.size(); i++) {
            w[i] = pairedWins(e[i], cleanPerError[i]);
            wins.append(String.format(Locale.ROOT, " %10.3f", w[i]));
        }
        t.line(wins.toString());
        t.aucs.put("paired wins", w);
        t.line(profile("clean paragraphs", clean));
        t.line(profile("error paragraphs", errors));
        t.line(profile("matched clean paragraphs", matched));
        return t;
    }

    /** What drives the parts of overall on a set of renderings: mean severity sums, flag rate, coverage, shift types. */
    public static String profile(String label, List<Outcome> outcomes) {
        double all = 0;
        double low = 0;
        double flagged = 0;
        double coverage = 0;
        double quote = 0;
        Map<String, Integer> types = new TreeMap<>();
        for (Outcome o : outcomes) {
            all += severity(o.report, Severity.LOW);
            low += severity(o.report, Severity.LOW) - severity(o.report, Severity.MEDIUM);
            flagged += o.report.shifts().stream().anyMatch(x -> x.severity() != Severity.LOW) ? 1 : 0;
            coverage += o.report.scores().coverage();
            quote += o.report.scores().quoteFidelity();
            for (Shift x : o.report.shifts()) {
                types.merge(x.type() + "/" + x.severity(), 1, Integer::sum);
            }
        }
        int n = outcomes.size();
        StringBuilder top = new StringBuilder();
        types.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(6)
                .forEach(e -> top.append(String.format(Locale.ROOT, " %s %.2f", e.getKey(), (double) e.getValue() / n)));
        return String.format(Locale.ROOT, "%-30s n=%d: D mean %.2f (LOW part %.2f), MEDIUM/HIGH in %.1f%%, coverage "
                + "mean %.3f, quoteFidelity mean %.3f; shifts per rendering:%s", label, n, all / n, low / n,
                100 * flagged / n, coverage / n, quote / n, top);
    }

    private static Outcome outcome(DriftAnalyzer analyzer, String original, String reprint) {
        return new Outcome(original, reprint, analyzer.compare("original", original, "reprint", reprint));
    }

    /** Severity sum of the report's shifts, counting only those at or above a severity. */
    public static double severity(DriftReport r, Severity floor) {
        double d = 0;
        for (Shift s : r.shifts()) {
            if (s.severity().compareTo(floor) >= 0) {
                d += switch (s.severity()) {
                    case LOW -> 1;
                    case MEDIUM -> 2;
                    case HIGH -> 4;
                };
            }
        }
        return d;
    }
}
