package dev.drift.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.Seeds;
import dev.drift.engine.document.Article;
import dev.drift.engine.model.Verdict;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportWordsTest {
    private final DriftAnalyzer analyzer = new DriftAnalyzer();

    @Test
    void aQuotationWithNoCreditedSpeakerSaysItsSpeakerIsUnknown() {
        String original = "The vote came late on Tuesday.\n\n“We will not raise taxes this year, whatever the council decides.”";
        String reprint = "The vote came late on Tuesday.\n\n“We will not raise taxes this year, whatever the board decides.”";
        List<Findings.Finding> quotes = Findings.of(analyzer.compare("o", original, "r", reprint), false).stream()
                .filter(Findings.Finding::isQuote).toList();
        assertEquals(1, quotes.size(), quotes::toString);
        assertTrue(quotes.get(0).explanation().contains("speaker unknown"), quotes.get(0).explanation());
        assertFalse(quotes.get(0).attributionChanged());
    }

    @Test
    void oneCountOfFindingsInTheSummaryTheTableAndTheStoryPage() {
        for (String reprint : new String[] {"000", "002", "003", "004"}) {
            Article o = analyzer.parse("001.txt", Seeds.text("001"));
            Article r = analyzer.parse(reprint + ".txt", Seeds.text(reprint));
            DriftReport report = analyzer.compare(o, r);
            int count = Findings.count(report);
            long verbatim = report.quotes().stream().filter(q -> q.speech() && q.verdict() == Verdict.VERBATIM).count();
            long speech = report.quotes().stream().filter(q -> q.speech() && q.verdict() != null).count();
            assertEquals(report.shifts().size() + speech - verbatim, count, reprint);
            assertEquals(Findings.of(report, false).size(), count, "the stored rows are the counted findings");

            String html = HtmlReport.render(report, "story", o.text(), r.text());
            assertEquals(count, occurrences(html, "<tr data-f="), "the report's table lists the counted findings: " + reprint);
            assertTrue(html.contains("<h2>Findings (" + count + ")</h2>"));
            assertTrue(String.join("\n", Wording.summary(report, new Positions(r), new Positions(o), 5))
                    .contains(count + " findings"), "the summary gives the same number");
            String page = StoryPage.render("story", "001.txt", List.of(new StoryPage.Entry(reprint, report.scores(), count, "./x.html")));
            assertTrue(page.contains("<td>" + count + "</td>"));
        }
    }

    @Test
    void reportIsTitledByTheHeadlineAndGivesPlacesInWords() {
        Article o = analyzer.parse("001.txt", Seeds.text("001"));
        Article r = analyzer.parse("004.txt", Seeds.text("004"));
        String html = HtmlReport.render(analyzer.compare(o, r), "story", o.text(), r.text());
        assertTrue(html.contains("<title>Drift: US thwarts escape of 6,000 IS detainees from Syria to Iraq</title>"), "headline title");
        assertTrue(html.contains("higher is worse") && html.contains("lower is worse"), "the legend says which way is worse");
        assertFalse(Pattern.compile("<td>(reprint|original) \\d+</td>").matcher(html).find(), "no character offsets as positions");
        assertTrue(html.contains("<td>reprint, paragraph 1, sentence 1</td>"));
        String summary = String.join("\n", Wording.summary(analyzer.compare(o, r), new Positions(r), new Positions(o), 5));
        assertTrue(summary.contains("Quotations in the original that the reprint dropped: "));
        assertFalse(summary.contains("{") || summary.contains("VERBATIM="), "no raw maps: " + summary);
    }

    @Test
    void positionsCountParagraphsAndSentencesFromOne() {
        String text = "A headline here\n\nFirst sentence is here. Second one follows it.\n\nThird stands alone.";
        Positions p = new Positions(analyzer.parse("t", text));
        assertEquals("paragraph 1, sentence 1", p.describe(0));
        assertEquals("paragraph 2, sentence 1", p.describe(text.indexOf("First")));
        assertEquals("paragraph 2, sentence 2", p.describe(text.indexOf("Second") + 3));
        assertEquals("paragraph 3, sentence 1", p.describe(text.indexOf("Third")));
    }

    private static int occurrences(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
