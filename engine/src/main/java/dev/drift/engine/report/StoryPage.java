package dev.drift.engine.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A story's reprints ranked by drift, each linking to its side-by-side report. Self-contained like the reports. */
public final class StoryPage {
    private StoryPage() {
    }

    /** One reprint's line: its id, scores, number of findings ({@link Findings#count}) and the report's relative link. */
    public record Entry(String reprintId, DriftReport.Scores scores, int findings, String href) {
        /**
         * A relative link to a path below the page, each segment percent-encoded and "./" first, so that no file
         * name can read as a URL scheme such as javascript:.
         */
        public static String relative(String path) {
            StringBuilder out = new StringBuilder(".");
            for (String segment : path.split("/")) {
                out.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
            }
            return out.toString();
        }
    }

    public static String render(String story, String originalId, List<Entry> entries) {
        List<Entry> ranked = entries.stream().sorted(Comparator.comparingDouble((Entry e) -> -e.scores().overall())
                .thenComparing(Entry::reprintId)).toList();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .append(HtmlReport.sha256(HtmlReport.CSS)).append("'; base-uri 'none'; form-action 'none'\">\n")
                .append("<title>Drift: ").append(HtmlReport.esc(story)).append("</title>\n<style>").append(HtmlReport.CSS)
                .append("</style></head><body><header><h1>").append(HtmlReport.esc(story)).append("</h1>\n<p class=\"sources\">Original: <b>")
                .append(HtmlReport.esc(originalId)).append("</b> · ").append(ranked.size())
                .append(ranked.size() == 1 ? " reprint" : " reprints").append(", most drifted first</p>\n<dl class=\"meanings\">");
        for (Wording.ScoreMeaning m : Wording.SCORES) {
            h.append("<dt>").append(HtmlReport.esc(m.name())).append("</dt><dd>").append(HtmlReport.esc(m.meaning())).append("</dd>");
        }
        h.append("<dt>Findings</dt><dd>shifts of meaning plus quotations that are not word for word, counted as in each report.</dd>")
                .append("</dl></header>\n<main><table class=\"findings\"><thead><tr><th>#</th><th>Reprint</th>")
                .append("<th>Overall drift</th><th>Quote fidelity</th><th>Semantic drift</th><th>Coverage</th><th>Findings</th></tr></thead><tbody>\n");
        int rank = 1;
        for (Entry e : ranked) {
            h.append("<tr><td>").append(rank++).append("</td><td><a href=\"").append(HtmlReport.esc(e.href())).append("\">")
                    .append(HtmlReport.esc(e.reprintId())).append("</a></td><td>").append(f(e.scores().overall())).append("</td><td>")
                    .append(f(e.scores().quoteFidelity())).append("</td><td>").append(f(e.scores().semanticDrift())).append("</td><td>")
                    .append(f(e.scores().coverage())).append("</td><td>").append(e.findings()).append("</td></tr>\n");
        }
        h.append("</tbody></table></main></body></html>\n");
        return h.toString();
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
