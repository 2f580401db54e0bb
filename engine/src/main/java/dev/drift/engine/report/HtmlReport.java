package dev.drift.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drift.engine.document.Article;
import dev.drift.engine.ArticleParser;
import dev.drift.engine.document.BoilerplateDetector;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.model.Verdict;
import dev.drift.engine.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The side-by-side HTML report of one reprint: a self-contained page (inline CSS and script, no external
 * resource) whose Content-Security-Policy admits only that inline code, by hash. All article text is escaped.
 */
public final class HtmlReport {
    static final String CSS = resource("report.css");
    static final String JS = resource("report.js");
    /** Only the page's own style and script run; nothing is fetched. */
    static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(JS)
            + "'; img-src 'none'; base-uri 'none'; form-action 'none'";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ArticleParser PARSER = new ArticleParser();

    private HtmlReport() {
    }

    /** One finding as the page shows it: marked in the reprint, the original, or both. */
    record Finding(String id, String kind, String level, int severityRank, String explanation, Excerpt reprint,
                   Excerpt original, String cssClass, String label) {
        int position() {
            return reprint != null ? reprint.start() : original != null ? 1_000_000 + original.start() : Integer.MAX_VALUE;
        }
    }

    /** The findings the page marks: every shift and every speech quotation of the reprint, in report order. */
    static List<Finding> findings(DriftReport report) {
        List<Finding> out = new ArrayList<>();
        for (Findings.Finding f : Findings.of(report, true)) {
            if (f.isQuote()) {
                Verdict v = Verdict.valueOf(f.level());
                out.add(new Finding("q" + out.size(), f.kind(), f.level(), 4 + v.ordinal(), f.explanation(), f.reprint(),
                        f.original(), "q v-" + v + (f.attributionChanged() ? " spk" : ""), v.name().substring(0, 3)));
            } else {
                ShiftType type = ShiftType.valueOf(f.kind());
                Severity severity = Severity.valueOf(f.level());
                out.add(new Finding("s" + out.size(), f.kind(), f.level(), 3 - severity.ordinal(), f.explanation(),
                        f.reprint(), f.original(), "s t-" + type + " sev-" + severity, shortLabel(type)));
            }
        }
        return out;
    }

    public static String render(DriftReport report, String story, String originalText, String reprintText) {
        Article original = PARSER.parse(report.original().id(), originalText);
        Article reprint = PARSER.parse(report.reprint().id(), reprintText);
        List<Finding> findings = findings(report);
        StringBuilder h = new StringBuilder(originalText.length() * 3 + reprintText.length() * 3 + 20_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Drift: ").append(esc(report.reprint().id())).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head><body>\n");
        header(h, report, story, findings);
        columns(h, report, original, reprint, findings);
        findingsTable(h, findings);
        h.append("<div id=\"tip\" role=\"tooltip\" hidden></div>\n");
        h.append("<script type=\"application/json\" id=\"drift-data\">").append(data(findings)).append("</script>\n");
        h.append("<script>").append(JS).append("</script>\n</body></html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, DriftReport r, String story, List<Finding> findings) {
        h.append("<header><h1>").append(esc(story == null || story.isBlank() ? "Drift report" : story)).append("</h1>\n")
                .append("<p class=\"sources\">Original: <b>").append(esc(r.original().id())).append("</b> · Reprint: <b>")
                .append(esc(r.reprint().id())).append("</b> · ").append(esc(r.analyzer().name())).append(' ')
                .append(esc(r.analyzer().version())).append("</p>\n");
        DriftReport.Scores s = r.scores();
        h.append("<table class=\"scores\"><caption>Scores (0 to 1)</caption><tr><th scope=\"row\">Overall drift</th><td>")
                .append(num(s.overall())).append("</td><th scope=\"row\">Quote fidelity</th><td>").append(num(s.quoteFidelity()))
                .append("</td><th scope=\"row\">Semantic drift</th><td>").append(num(s.semanticDrift()))
                .append("</td><th scope=\"row\">Coverage</th><td>").append(num(s.coverage())).append("</td></tr></table>\n");
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (Finding f : findings) {
            if (!f.kind().equals("QUOTE")) {
                counts.computeIfAbsent(f.kind(), k -> new int[3])[Severity.valueOf(f.level()).ordinal()]++;
            }
        }
        h.append("<table class=\"counts\"><caption>Shifts by type and severity</caption><tr><th>Type</th><th>High</th><th>Medium</th><th>Low</th></tr>");
        counts.forEach((k, c) -> h.append("<tr><td>").append(k).append("</td><td>").append(c[2]).append("</td><td>")
                .append(c[1]).append("</td><td>").append(c[0]).append("</td></tr>"));
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (QuoteFinding q : r.quotes()) {
            if (q.speech() && q.verdict() != null) {
                verdicts.merge(q.verdict(), 1, Integer::sum);
            }
        }
        h.append("</table>\n<p>Quotations: ");
        verdicts.forEach((v, n) -> h.append(n).append(' ').append(v.name().toLowerCase(Locale.ROOT)).append("; "));
        h.append(r.omittedQuotes().size()).append(" of the original's quotations dropped.</p>\n");
        h.append("<ul class=\"legend\" aria-label=\"Legend\">")
                .append("<li><span class=\"m q v-VERBATIM\" data-label=\"VER\">verbatim</span></li>")
                .append("<li><span class=\"m q v-PARAPHRASED\" data-label=\"PAR\">paraphrased</span></li>")
                .append("<li><span class=\"m q v-ALTERED\" data-label=\"ALT\">altered</span></li>")
                .append("<li><span class=\"m q v-PROMOTED\" data-label=\"PRO\">promoted from narrative</span></li>")
                .append("<li><span class=\"m q v-FABRICATED\" data-label=\"FAB\">fabricated</span></li>")
                .append("<li><span class=\"m q spk\" data-label=\"\">speaker changed</span></li>")
                .append("<li><span class=\"m s sev-HIGH\" data-label=\"TYPE\">high</span></li>")
                .append("<li><span class=\"m s sev-MEDIUM\" data-label=\"TYPE\">medium</span></li>")
                .append("<li><span class=\"m s sev-LOW\" data-label=\"TYPE\">low</span> shift</li></ul>\n")
                .append("<p class=\"keys\">Hover or focus a mark for its explanation and counterpart; click (or <kbd>Enter</kbd>) to ")
                .append("jump to the counterpart; <kbd>n</kbd>/<kbd>p</kbd> step through findings, <kbd>Esc</kbd> clears.</p></header>\n");
    }

    private static void columns(StringBuilder h, DriftReport report, Article original, Article reprint, List<Finding> findings) {
        Map<Integer, Integer> originalIndexByStart = new HashMap<>();
        for (Article.Sentence s : original.sentences()) {
            originalIndexByStart.put(s.span().start(), s.index());
        }
        Map<Integer, List<Integer>> sourcesByReprintStart = new HashMap<>();
        Set<Integer> aligned = new HashSet<>();
        for (DriftReport.AlignedSentence a : report.alignment()) {
            List<Integer> sources = new ArrayList<>();
            for (Excerpt o : a.original()) {
                Integer i = originalIndexByStart.get(o.start());
                if (i != null) {
                    sources.add(i);
                    aligned.add(i);
                }
            }
            sourcesByReprintStart.put(a.reprint().start(), sources);
        }
        h.append("<main><h2>Side by side</h2>\n<div class=\"cols\">\n<div class=\"colhead\">Original</div><div class=\"colhead\">Reprint</div>\n");
        h.append("<div>");
        boilerplate(h, original);
        h.append("</div><div>");
        boilerplate(h, reprint);
        h.append("</div>\n");
        Set<Integer> shown = new HashSet<>();
        Set<String> opened = new HashSet<>();
        TreeSet<Integer> pendingOmitted = new TreeSet<>();
        for (int i = 0; i < original.sentences().size(); i++) {
            if (!aligned.contains(i)) {
                pendingOmitted.add(i);
            }
        }
        for (Article.Sentence r : reprint.sentences()) {
            List<Integer> sources = sourcesByReprintStart.getOrDefault(r.span().start(), List.of());
            int first = sources.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
            // Omitted original sentences appear where they stood, before the first sentence the reprint renders after them.
            while (!pendingOmitted.isEmpty() && pendingOmitted.first() < first && first != Integer.MAX_VALUE) {
                int o = pendingOmitted.pollFirst();
                shown.add(o);
                h.append("<div class=\"omitted\">");
                marked(h, original, original.sentences().get(o).span(), findings, "o", opened);
                h.append("</div><div></div>\n");
            }
            h.append(sources.isEmpty() ? "<div></div>" : "<div>");
            if (!sources.isEmpty()) {
                boolean any = false;
                for (int o : sources) {
                    if (shown.add(o)) {
                        marked(h, original, original.sentences().get(o).span(), findings, "o", opened);
                        h.append(' ');
                        any = true;
                    }
                }
                if (!any) {
                    h.append("<span class=\"repeat\">(renders the original sentence shown above)</span>");
                }
                h.append("</div>");
            }
            h.append(sources.isEmpty() ? "<div class=\"added\">" : "<div>");
            marked(h, reprint, r.span(), findings, "r", opened);
            h.append("</div>\n");
        }
        for (int o = 0; o < original.sentences().size(); o++) {
            if (shown.add(o)) {
                h.append(aligned.contains(o) ? "<div>" : "<div class=\"omitted\">");
                marked(h, original, original.sentences().get(o).span(), findings, "o", opened);
                h.append("</div><div></div>\n");
            }
        }
        h.append("</div></main>\n");
    }

    private static void boilerplate(StringBuilder h, Article a) {
        if (a.boilerplate().isEmpty()) {
            return;
        }
        h.append("<details class=\"bp\"><summary>Site chrome set aside (").append(a.boilerplate().size())
                .append(" lines)</summary><pre>");
        for (BoilerplateDetector.Boilerplate b : a.boilerplate()) {
            h.append(esc(b.span().text())).append('\n');
        }
        h.append("</pre></details>");
    }

    /**
     * Writes a sentence with every finding that overlaps it marked. Overlapping findings split into pieces at each
     * boundary, so the markup nests properly; the first piece of each finding and side carries the element id.
     */
    private static void marked(StringBuilder h, Article a, Span sentence, List<Finding> findings, String side,
                               Set<String> opened) {
        int from = sentence.start();
        int to = sentence.end();
        List<Finding> here = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Finding f : findings) {
            Excerpt e = side.equals("r") ? f.reprint() : f.original();
            if (e != null && e.start() < to && from < e.end() && e.start() < e.end()) {
                here.add(f);
                cuts.add(Math.max(from, e.start()));
                cuts.add(Math.min(to, e.end()));
            }
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && prev < cut) {
                String text = esc(a.text().substring(prev, cut));
                StringBuilder open = new StringBuilder();
                StringBuilder close = new StringBuilder();
                for (Finding f : here) {
                    Excerpt e = side.equals("r") ? f.reprint() : f.original();
                    if (e.start() <= prev && cut <= e.end()) {
                        boolean firstPiece = opened.add(side + "-" + f.id());
                        // Only a finding's last piece carries its label, so a split mark is labelled once.
                        String more = cut < Math.min(to, e.end()) ? " more" : "";
                        open.append("<span class=\"m ").append(f.cssClass()).append(more).append("\" data-f=\"").append(f.id())
                                .append("\" data-side=\"").append(side).append("\" data-label=\"").append(f.label()).append('"');
                        if (firstPiece) {
                            open.append(" id=\"").append(side).append('-').append(f.id()).append("\" tabindex=\"0\"");
                        }
                        open.append('>');
                        close.append("</span>");
                    }
                }
                h.append(open).append(text).append(close);
            }
            prev = cut;
        }
    }

    private static void findingsTable(StringBuilder h, List<Finding> findings) {
        h.append("<section><h2>Findings (").append(findings.size()).append(")</h2>\n<table class=\"findings\" id=\"findings\"><thead><tr>")
                .append("<th scope=\"col\"><button type=\"button\" data-sort=\"sev\">Severity / verdict</button></th>")
                .append("<th scope=\"col\"><button type=\"button\" data-sort=\"type\">Type</button></th>")
                .append("<th scope=\"col\"><button type=\"button\" data-sort=\"pos\">Position</button></th>")
                .append("<th scope=\"col\">Explanation</th><th scope=\"col\">Reprint</th><th scope=\"col\">Original</th><th scope=\"col\"></th></tr></thead><tbody>\n");
        for (Finding f : findings) {
            h.append("<tr data-f=\"").append(f.id()).append("\" data-sev=\"").append(f.severityRank()).append("\" data-type=\"")
                    .append(f.kind()).append("\" data-pos=\"").append(f.position()).append("\"><td>").append(f.level())
                    .append("</td><td>").append(f.kind()).append("</td><td>")
                    .append(f.reprint() != null ? "reprint " + f.reprint().start() : f.original() != null ? "original " + f.original().start() : "")
                    .append("</td><td>").append(esc(f.explanation())).append("</td><td>")
                    .append(f.reprint() == null ? "" : esc(abbreviate(f.reprint().text()))).append("</td><td>")
                    .append(f.original() == null ? "" : esc(abbreviate(f.original().text())))
                    .append("</td><td><button type=\"button\" data-go=\"").append(f.id()).append("\">Show</button></td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static String data(List<Finding> findings) {
        ObjectNode root = JSON.createObjectNode();
        for (Finding f : findings) {
            ObjectNode n = root.putObject(f.id());
            n.put("kind", f.kind()).put("level", f.level()).put("explanation", f.explanation());
            n.put("reprint", f.reprint() == null ? null : f.reprint().text());
            n.put("original", f.original() == null ? null : f.original().text());
        }
        // Inside a script element "</script>" or "<!--" in article text would end it early; JSON allows \\u003c.
        return root.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String shortLabel(ShiftType t) {
        return switch (t) {
            case NUMBER -> "NUM";
            case HEDGE -> "HEDGE";
            case MODALITY -> "MOD";
            case ENTITY -> "ENT";
            case DATE -> "DATE";
            case ATTRIBUTION -> "ATTR";
            case FRAMING -> "FRAME";
            case ALTERED_CLAIM -> "CLAIM";
            case ADDITION -> "ADD";
            case EDITORIAL -> "EDIT";
            case OMISSION -> "OMIT";
            case TENSE -> "TENSE";
            case ROLE -> "ROLE";
        };
    }

    static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 159) + "…";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String s) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
