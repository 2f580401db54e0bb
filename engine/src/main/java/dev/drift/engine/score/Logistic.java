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
 * model is used as a decision. Immutable.
 *
 * <p>File format, one item a line, '#' starts a comment: {@code cut P}, {@code intercept W}, {@code feature NAME W}.
 */
public final class Logistic {
    private final double intercept;
    private final Map<String, Double> weights;
    private final double cut;

    public Logistic(double intercept, Map<String, Double> weights, double cut) {
        this.intercept = intercept;
        this.weights = Map.copyOf(weights);
        this.cut = cut;
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
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                switch (f[0]) {
                    case "cut" -> cut = Double.parseDouble(f[1]);
                    case "intercept" -> intercept = Double.parseDouble(f[1]);
                    case "feature" -> weights.put(f[1], Double.parseDouble(f[2]));
                    default -> throw new IllegalArgumentException("unknown line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Logistic(intercept, weights, cut);
    }

    /** The file text of this model, features in the given order, with a comment line first. */
    public String format(String comment, List<String> order) {
        StringBuilder b = new StringBuilder();
        for (String line : comment.split("\n")) {
            b.append("# ").append(line).append('\n');
        }
        b.append(String.format(Locale.ROOT, "cut %.6f%nintercept %.6f%n", cut, intercept));
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
        return probability(evidence) >= cut;
    }

    /** The weight of a feature, 0 when the model has none. */
    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    public double cut() {
        return cut;
    }

    public Logistic withCut(double newCut) {
        return new Logistic(intercept, weights, newCut);
    }
}
