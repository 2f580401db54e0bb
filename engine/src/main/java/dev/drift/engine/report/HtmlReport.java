package dev.drift.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drift.engine.document.Article;
import dev.drift.engine.ArticleParser;
import dev.drift.engine.document.BoilerplateDetector;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.model.Verdict;
import dev.drift.engine.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
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
 * resource) whose Content-Security-Policy admits only that inline code, by hash. All article text is escaped. Past
 * 400 lines because the page's markup, style and script are written here together with the hashes that admit them.
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
        /** Sorts reprint places in text order, then places found only in the original. */
        long position() {
            return reprint != null ? reprint.start() : original != null ? (long) Integer.MAX_VALUE + original.start() : Long.MAX_VALUE;
        }

        /** Verbatim quotations are marked in the text but are not findings: they are not counted or listed. */
        boolean counted() {
            return !(kind.equals(Findings.QUOTE) && level.equals(Verdict.VERBATIM.name()));
        }

        Excerpt on(String side) {
            return side.equals("r") ? reprint : original;
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
        StringWriter out = new StringWriter(originalText.length() * 3 + reprintText.length() * 3 + 20_000);
        try {
            write(out, report, story, originalText, reprintText);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes the page to {@code out} as it is built, a piece at a time, so that a large pair's page (tens of
     * megabytes for a quote-dense 5 MB pair) never has to be held whole in memory.
     */
    public static void write(Writer out, DriftReport report, String story, String originalText, String reprintText) throws IOException {
        Article original = PARSER.parse(report.original().id(), originalText);
        Article reprint = PARSER.parse(report.reprint().id(), reprintText);
        List<Finding> findings = findings(report);
        String headline = Wording.headline(reprint);
        Page page = new Page(out);
        StringBuilder h = page.h;
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Drift: ").append(esc(headline)).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head><body>\n");
        header(h, report, story, headline, Wording.headline(original));
        columns(page, report, original, reprint, findings);
        findingsTable(page, findings, new Positions(reprint), new Positions(original));
        h.append("<div id=\"tip\" role=\"tooltip\" hidden></div>\n");
        h.append("<script type=\"application/json\" id=\"drift-data\">");
        data(page, findings);
        h.append("</script>\n");
        h.append("<script>").append(JS).append("</script>\n</body></html>\n");
        page.spill(0);
    }

    /** The page being written: a buffer handed on to the writer whenever it has grown past a chunk. */
    private static final class Page {
        /** Large enough that writes are few, small enough that the buffer never matters for memory. */
        private static final int CHUNK_CHARS = 1 << 16;

        final StringBuilder h = new StringBuilder(CHUNK_CHARS * 2);
        private final Writer out;

        Page(Writer out) {
            this.out = out;
        }

        void spill() throws IOException {
            spill(CHUNK_CHARS);
        }

        void spill(int atLeast) throws IOException {
            if (h.length() >= atLeast) {
                out.append(h);
                h.setLength(0);
            }
        }
    }

    private static void header(StringBuilder h, DriftReport r, String story, String headline, String originalHeadline) {
        h.append("<header><h1>").append(esc(headline)).append("</h1>\n")
                .append("<p class=\"sources\">")
                .append(story == null || story.isBlank() ? "" : "Story: <b>" + esc(story) + "</b> · ")
                .append("Reprint: <b>").append(esc(r.reprint().id())).append("</b> · Original: <b>").append(esc(r.original().id()))
                .append("</b> (").append(esc(originalHeadline)).append(") · ").append(esc(r.analyzer().name())).append(' ')
                .append(esc(r.analyzer().version())).append("</p>\n");
        DriftReport.Scores s = r.scores();
        double[] values = {s.overall(), s.quoteFidelity(), s.semanticDrift(), s.coverage()};
        h.append("<table class=\"scores\"><caption>Scores, from 0 to 1</caption><thead><tr><th scope=\"col\">Score</th>")
                .append("<th scope=\"col\">Value</th><th scope=\"col\">What it means</th></tr></thead><tbody>");
        for (int i = 0; i < values.length; i++) {
            Wording.ScoreMeaning m = Wording.SCORES.get(i);
            h.append("<tr><th scope=\"row\">").append(esc(m.name())).append("</th><td>").append(num(values[i])).append("</td><td>")
                    .append(esc(m.meaning())).append("</td></tr>");
        }
        h.append("</tbody></table>\n");
        Findings.Tally t = Findings.tally(r);
        h.append("<p class=\"tally\">").append(esc(Wording.count(t.findings(), "finding", "findings"))).append(": ")
                .append(esc(Wording.count(t.shifts(), "shift", "shifts"))).append(" of meaning and ")
                .append(esc(Wording.count(t.changedQuotations(), "quotation", "quotations"))).append(" not word for word.</p>\n");
        if (!t.shiftsByType().isEmpty()) {
            h.append("<table class=\"counts\"><caption>Shifts of meaning by type and severity</caption><tr><th scope=\"col\">Type</th>")
                    .append("<th scope=\"col\">High</th><th scope=\"col\">Medium</th><th scope=\"col\">Low</th></tr>");
            t.shiftsByType().forEach((type, c) -> h.append("<tr><th scope=\"row\">").append(esc(Wording.shiftType(type)))
                    .append(" <small>(").append(shortLabel(type)).append(")</small></th><td>").append(c[2]).append("</td><td>")
                    .append(c[1]).append("</td><td>").append(c[0]).append("</td></tr>"));
            h.append("</table>\n");
        }
        h.append("<p>");
        if (t.quotations() == 0) {
            h.append("The reprint quotes nobody. ");
        } else {
            List<String> parts = new ArrayList<>();
            t.quotationsByVerdict().forEach((v, n) -> parts.add(n + " " + Wording.verdict(v)));
            h.append(esc(Wording.count(t.quotations(), "quotation", "quotations"))).append(" in the reprint: ")
                    .append(esc(String.join(", ", parts)))
                    .append(t.speakerChanges() == 0 ? ". " : "; " + esc(Wording.count(t.speakerChanges(), "has", "have")) + " a different speaker. ");
        }
        h.append("Quotations in the original that the reprint dropped: ").append(t.droppedQuotations()).append(".</p>\n");
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

    private static void columns(Page page, DriftReport report, Article original, Article reprint, List<Finding> findings)
            throws IOException {
        StringBuilder h = page.h;
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
        List<List<Finding>> onOriginal = bySentence(original, findings, "o");
        List<List<Finding>> onReprint = bySentence(reprint, findings, "r");
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
                marked(h, original, original.sentences().get(o).span(), onOriginal.get(o), "o", opened);
                h.append("</div><div></div>\n");
            }
            h.append(sources.isEmpty() ? "<div></div>" : "<div>");
            if (!sources.isEmpty()) {
                boolean any = false;
                for (int o : sources) {
                    if (shown.add(o)) {
                        marked(h, original, original.sentences().get(o).span(), onOriginal.get(o), "o", opened);
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
            marked(h, reprint, r.span(), onReprint.get(r.index()), "r", opened);
            h.append("</div>\n");
            page.spill();
        }
        for (int o = 0; o < original.sentences().size(); o++) {
            if (shown.add(o)) {
                h.append(aligned.contains(o) ? "<div>" : "<div class=\"omitted\">");
                marked(h, original, original.sentences().get(o).span(), onOriginal.get(o), "o", opened);
                h.append("</div><div></div>\n");
                page.spill();
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
     * The findings on each sentence of one side. Each finding is placed by binary search over the sentence starts,
     * so the page costs the number of findings times the sentences each spans, not findings times sentences.
     */
    private static List<List<Finding>> bySentence(Article a, List<Finding> findings, String side) {
        List<Article.Sentence> sentences = a.sentences();
        List<List<Finding>> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(new ArrayList<>(2));
        }
        Positions positions = new Positions(a);
        for (Finding f : findings) {
            Excerpt e = f.on(side);
            if (e == null || e.start() >= e.end()) {
                continue;
            }
            int i = Math.max(0, positions.sentenceAt(e.start()));
            for (; i < sentences.size() && sentences.get(i).span().start() < e.end(); i++) {
                if (sentences.get(i).span().end() > e.start()) {
                    out.get(i).add(f);
                }
            }
        }
        return out;
    }

    /**
     * Writes a sentence with its findings marked. Overlapping findings split into pieces at each boundary, so the
     * markup nests properly; the first piece of each finding and side carries the element id. A sweep over the
     * boundaries keeps only the findings covering the current piece, so the cost is the markup written.
     */
    private static void marked(StringBuilder h, Article a, Span sentence, List<Finding> here, String side, Set<String> opened) {
        int from = sentence.start();
        int to = sentence.end();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        List<Finding> byStart = new ArrayList<>(here);
        byStart.sort(Comparator.comparingInt((Finding f) -> Math.max(from, f.on(side).start())));
        for (Finding f : byStart) {
            cuts.add(Math.max(from, f.on(side).start()));
            cuts.add(Math.min(to, f.on(side).end()));
        }
        List<Finding> active = new ArrayList<>();
        int next = 0;
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && prev < cut) {
                int pieceStart = prev;
                while (next < byStart.size() && Math.max(from, byStart.get(next).on(side).start()) <= pieceStart) {
                    active.add(byStart.get(next++));
                }
                active.removeIf(f -> f.on(side).end() <= pieceStart);
                StringBuilder close = new StringBuilder();
                for (Finding f : active) {
                    Excerpt e = f.on(side);
                    boolean firstPiece = opened.add(side + "-" + f.id());
                    // Only a finding's last piece carries its label, so a split mark is labelled once.
                    String more = cut < Math.min(to, e.end()) ? " more" : "";
                    h.append("<span class=\"m ").append(f.cssClass()).append(more).append("\" data-f=\"").append(f.id())
                            .append("\" data-side=\"").append(side).append("\" data-label=\"").append(f.label()).append('"');
                    if (firstPiece) {
                        h.append(" id=\"").append(side).append('-').append(f.id()).append("\" tabindex=\"0\"");
                    }
                    h.append('>');
                    close.append("</span>");
                }
                h.append(esc(a.text().substring(prev, cut))).append(close);
            }
            prev = cut;
        }
    }

    private static void findingsTable(Page page, List<Finding> all, Positions reprint, Positions original) throws IOException {
        StringBuilder h = page.h;
        List<Finding> findings = all.stream().filter(Finding::counted).toList();
        h.append("<section><h2>Findings (").append(findings.size()).append(")</h2>\n<table class=\"findings\" id=\"findings\"><thead><tr>")
                .append("<th scope=\"col\"><button type=\"button\" data-sort=\"sev\">Severity / verdict</button></th>")
                .append("<th scope=\"col\"><button type=\"button\" data-sort=\"type\">Type</button></th>")
                .append("<th scope=\"col\"><button type=\"button\" data-sort=\"pos\">Position</button></th>")
                .append("<th scope=\"col\">Explanation</th><th scope=\"col\">Reprint</th><th scope=\"col\">Original</th><th scope=\"col\"></th></tr></thead><tbody>\n");
        for (Finding f : findings) {
            h.append("<tr data-f=\"").append(f.id()).append("\" data-sev=\"").append(f.severityRank()).append("\" data-type=\"")
                    .append(f.kind()).append("\" data-pos=\"").append(f.position()).append("\"><td>").append(f.level())
                    .append("</td><td>").append(f.kind().equals(Findings.QUOTE) ? "quotation" : esc(Wording.shiftType(ShiftType.valueOf(f.kind()))))
                    .append("</td><td>")
                    .append(f.reprint() != null ? "reprint, " + reprint.describe(f.reprint().start())
                            : f.original() != null ? "original, " + original.describe(f.original().start()) : "")
                    .append("</td><td>").append(esc(f.explanation())).append("</td><td>")
                    .append(f.reprint() == null ? "" : esc(abbreviate(f.reprint().text()))).append("</td><td>")
                    .append(f.original() == null ? "" : esc(abbreviate(f.original().text())))
                    .append("</td><td><button type=\"button\" data-go=\"").append(f.id()).append("\">Show</button></td></tr>\n");
            page.spill();
        }
        h.append("</tbody></table></section>\n");
    }

    /** The findings as one JSON object keyed by id, written a finding at a time. */
    private static void data(Page page, List<Finding> findings) throws IOException {
        page.h.append('{');
        boolean first = true;
        for (Finding f : findings) {
            ObjectNode n = JSON.createObjectNode();
            n.put("kind", f.kind()).put("level", f.level()).put("explanation", f.explanation());
            n.put("reprint", f.reprint() == null ? null : f.reprint().text());
            n.put("original", f.original() == null ? null : f.original().text());
            page.h.append(first ? "" : ",").append(scriptSafe(JSON.writeValueAsString(f.id()))).append(':').append(scriptSafe(n.toString()));
            first = false;
            page.spill();
        }
        page.h.append('}');
    }

    /** Inside a script element "</script>" or "<!--" in article text would end it early; JSON allows \\u003c. */
    private static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
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
