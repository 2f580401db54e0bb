package dev.drift.engine.report;

import dev.drift.engine.document.Article;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words a reader sees for shift types, verdicts and scores, shared by the command line and the HTML pages. */
public final class Wording {
    /** A headline longer than this is cut at a word boundary: it names the article, it does not retell it. */
    private static final int HEADLINE_CHARS = 110;

    private Wording() {
    }

    /** What one score means and which way is worse. */
    public record ScoreMeaning(String name, String meaning) {
    }

    public static final List<ScoreMeaning> SCORES = List.of(
            new ScoreMeaning("Overall drift", "0 = says what the original says, 1 = furthest from it; higher is worse. "
                    + "Ranks reprints: 40% quote fidelity, 40% semantic drift, 20% coverage."),
            new ScoreMeaning("Quote fidelity", "1 = every quotation as the original has it, 0 = none of them; lower is worse."),
            new ScoreMeaning("Semantic drift", "0 = no change of meaning found, towards 1 = many and serious ones; higher is worse."),
            new ScoreMeaning("Coverage", "share of the original the reprint renders; lower means more was left out."));

    public static String shiftType(ShiftType t) {
        return switch (t.name()) {
            case "NUMBER" -> "numbers changed";
            case "HEDGE" -> "hedges dropped or added";
            case "MODALITY" -> "possibility turned into fact (or back)";
            case "ENTITY" -> "names replaced or added";
            case "DATE" -> "dates changed";
            case "ATTRIBUTION" -> "attributions changed";
            case "FRAMING" -> "loaded words";
            case "ALTERED_CLAIM" -> "claims altered";
            case "ADDITION" -> "passages added";
            case "EDITORIAL" -> "editorial insertions";
            case "OMISSION" -> "passages omitted";
            case "TENSE" -> "tense changed";
            case "ROLE" -> "roles swapped";
            default -> t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    public static String verdict(Verdict v) {
        return switch (v) {
            case VERBATIM -> "word for word";
            case PARAPHRASED -> "paraphrased";
            case ALTERED -> "altered in meaning";
            case PROMOTED -> "narrative put in quotation marks";
            case FABRICATED -> "with no source in the original";
        };
    }

    /** "1 finding", "3 findings". */
    public static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** The article's headline, or its first line: the first paragraph of its text, cut at a word if long. */
    public static String headline(Article article) {
        String first = article.paragraphs().isEmpty() ? article.id() : article.paragraphs().get(0).text().strip();
        if (first.length() <= HEADLINE_CHARS) {
            return first;
        }
        int cut = first.lastIndexOf(' ', HEADLINE_CHARS);
        return first.substring(0, cut > HEADLINE_CHARS / 2 ? cut : HEADLINE_CHARS) + "…";
    }

    /**
     * The plain-text summary of one reprint: the scores with their meaning, the findings counted in words, a table
     * of shifts by type and severity, and the most serious findings with their places as paragraph and sentence.
     */
    public static List<String> summary(DriftReport r, Positions reprint, Positions original, int topFindings) {
        List<String> lines = new ArrayList<>();
        DriftReport.Scores s = r.scores();
        Findings.Tally t = Findings.tally(r);
        lines.add(r.reprint().id() + " compared with " + r.original().id());
        lines.add(String.format(Locale.ROOT, "  Overall drift %.2f (0 = same meaning, 1 = furthest; higher is worse).", s.overall()));
        lines.add(String.format(Locale.ROOT, "  Quote fidelity %.2f (1 = quoted as in the original; lower is worse), semantic drift %.2f "
                + "(higher is worse), coverage %.2f (share of the original rendered).", s.quoteFidelity(), s.semanticDrift(), s.coverage()));
        lines.add("  " + count(t.findings(), "finding", "findings") + ": " + count(t.shifts(), "shift", "shifts") + " of meaning and "
                + count(t.changedQuotations(), "quotation", "quotations") + " not word for word.");
        if (t.quotations() == 0) {
            lines.add("  The reprint quotes nobody.");
        } else {
            List<String> parts = new ArrayList<>();
            t.quotationsByVerdict().forEach((v, n) -> parts.add(n + " " + verdict(v)));
            lines.add("  " + count(t.quotations(), "quotation", "quotations") + " in the reprint: " + String.join(", ", parts)
                    + (t.speakerChanges() == 0 ? "." : "; " + count(t.speakerChanges(), "has", "have") + " a different speaker."));
        }
        lines.add("  Quotations in the original that the reprint dropped: " + t.droppedQuotations() + ".");
        if (!t.shiftsByType().isEmpty()) {
            lines.add(String.format(Locale.ROOT, "  %-42s %5s %7s %4s", "Shifts of meaning", "high", "medium", "low"));
            for (Map.Entry<ShiftType, int[]> e : t.shiftsByType().entrySet()) {
                int[] c = e.getValue();
                lines.add(String.format(Locale.ROOT, "    %-40s %5d %7d %4d", shiftType(e.getKey()), c[2], c[1], c[0]));
            }
        }
        List<Findings.Finding> top = new ArrayList<>(Findings.of(r, false));
        top.sort(Comparator.comparingInt(Wording::seriousness));
        if (!top.isEmpty() && topFindings > 0) {
            lines.add("  Most serious:");
            for (Findings.Finding f : top.subList(0, Math.min(topFindings, top.size()))) {
                lines.add("    " + label(f) + " (" + place(f, reprint, original) + "): " + f.explanation());
            }
        }
        return lines;
    }

    /** "HIGH number", "ALTERED quotation". */
    public static String label(Findings.Finding f) {
        return f.isQuote() ? f.level() + " quotation" : f.level() + " " + f.kind().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Where a finding is: in the reprint if it has a place there, else in the original. */
    public static String place(Findings.Finding f, Positions reprint, Positions original) {
        if (f.reprint() != null) {
            return "reprint " + reprint.describe(f.reprint().start());
        }
        return f.original() != null ? "original " + original.describe(f.original().start()) : "whole text";
    }

    /** High shifts first, then medium, then changed quotations by how far they go, then low shifts. */
    private static int seriousness(Findings.Finding f) {
        if (f.isQuote()) {
            return switch (Verdict.valueOf(f.level())) {
                case FABRICATED, ALTERED -> 1;
                case PROMOTED -> 2;
                default -> 3;
            };
        }
        return switch (f.level()) {
            case "HIGH" -> 0;
            case "MEDIUM" -> 2;
            default -> 4;
        };
    }
}
