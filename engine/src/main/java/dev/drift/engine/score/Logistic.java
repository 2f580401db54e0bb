package dev.drift.engine.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic model over named evidence, as fitted by the calibration module and kept in a resource file: an
 * intercept, one weight per feature (a feature the evidence lacks counts 0), and a cut on the probability where the
 * model is used as a decision, which evidence carrying a named feature can raise. Immutable.
 *
 * <p>File format, one item a line, '#' starts a comment: {@code cut P}, {@code cut NAME P} (the cut for evidence
 * whose feature NAME is not 0, when higher), {@code intercept W}, {@code feature NAME W}.
 */
public final class Logistic {
    private final double intercept;
    private final Map<String, Double> weights;
    private final double cut;
    private final Map<String, Double> raisedCuts;

    public Logistic(double intercept, Map<String, Double> weights, double cut) {
        this(intercept, weights, cut, Map.of());
    }

    public Logistic(double intercept, Map<String, Double> weights, double cut, Map<String, Double> raisedCuts) {
        this.intercept = intercept;
        this.weights = Map.copyOf(weights);
        this.cut = cut;
        this.raisedCuts = Map.copyOf(raisedCuts);
    }

    /** The model in a resource of the engine's jar; a missing or malformed file is a build error, so it fails loudly. */
    public static Logistic resource(String name) {
        try (InputStream in = Logistic.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Logistic parse(String text) {
        double intercept = 0;
        double cut = 0.5;
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Double> raised = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                switch (f[0]) {
                    case "cut" -> {
                        if (f.length == 3) {
                            raised.put(f[1], Double.parseDouble(f[2]));
                        } else {
                            cut = Double.parseDouble(f[1]);
                        }
                    }
                    case "intercept" -> intercept = Double.parseDouble(f[1]);
                    case "feature" -> weights.put(f[1], Double.parseDouble(f[2]));
                    default -> throw new IllegalArgumentException("unknown line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Logistic(intercept, weights, cut, raised);
    }

    /** The file text of this model, features in the given order, with a comment line first. */
    public String format(String comment, List<String> order) {
        StringBuilder b = new StringBuilder();
        for (String line : comment.split("\n")) {
            b.append("# ").append(line).append('\n');
        }
        b.append(String.format(Locale.ROOT, "cut %.6f%n", cut));
        for (String name : order) {
            if (raisedCuts.containsKey(name)) {
                b.append(String.format(Locale.ROOT, "cut %s %.6f%n", name, raisedCuts.get(name)));
            }
        }
        b.append(String.format(Locale.ROOT, "intercept %.6f%n", intercept));
        for (String name : order) {
            b.append(String.format(Locale.ROOT, "feature %s %.6f%n", name, weights.getOrDefault(name, 0.0)));
        }
        return b.toString();
    }

    public double probability(Map<String, Double> evidence) {
        double z = intercept;
        for (Map.Entry<String, Double> e : evidence.entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                z += w * e.getValue();
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean passes(Map<String, Double> evidence) {
        return probability(evidence) >= cut(evidence);
    }

    /** The cut for this evidence: the highest of the model's cut and those its present features raise. */
    public double cut(Map<String, Double> evidence) {
        double c = cut;
        for (Map.Entry<String, Double> e : raisedCuts.entrySet()) {
            Double v = evidence.get(e.getKey());
            if (v != null && v != 0) {
                c = Math.max(c, e.getValue());
            }
        }
        return c;
    }

    /** The weight of a feature, 0 when the model has none. */
    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    public double cut() {
        return cut;
    }

    public Logistic withCut(double newCut) {
        return new Logistic(intercept, weights, newCut, raisedCuts);
    }

    public Logistic withRaisedCuts(Map<String, Double> cuts) {
        return new Logistic(intercept, weights, cut, cuts);
    }
}
