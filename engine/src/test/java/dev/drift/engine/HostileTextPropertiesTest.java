package dev.drift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.Verdict;
import dev.drift.engine.report.DriftReport;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated articles, from news-like to hostile (quotation marks left open or nested, control characters, other
 * scripts, surrogate pairs, numbers, contractions, empty paragraphs): the engine's invariants hold for every one.
 * jqwik prints the number of tries of each property.
 */
class HostileTextPropertiesTest {
    private static final DriftAnalyzer ANALYZER = new DriftAnalyzer();

    private static final String[] PIECES = {
        "The", "minister", "said", "officials", "may", "have", "not", "never", "could", "thwarted", "attack",
        "Tuesday", "in", "2017", "6,000", "3.5", "percent", "U.S.", "AFP", "Syria", "he", "she", "they", "told",
        "reporters", "according", "to", "didn't", "it's", "people's", "police", "reportedly", "about", "killed",
        "“", "”", "\"", "'", "‘", "’", ",", ".", ";", ":", "—", "(", ")", "?", "!", "...", "\u001B[2J", "\u0000",
        "\u202E", "\u200B", "\r", "\t", "\u00A0", "北京", "عربي", "\uD83D\uDE00", "\uD800", "é", "ﬁ", "İ", "ß"};

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> sentence = Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(30)
                .map(words -> String.join(" ", words));
        Arbitrary<String> paragraph = sentence.list().ofMinSize(0).ofMaxSize(6).map(s -> String.join(". ", s));
        return paragraph.list().ofMinSize(0).ofMaxSize(8).map(ps -> String.join("\n\n", ps));
    }

    @Property(tries = 300)
    void anyTextComparedWithItselfYieldsNoFinding(@ForAll("articles") String text) {
        DriftReport r = ANALYZER.compare("o", text, "r", text);
        assertEquals(List.of(), r.shifts());
        assertEquals(List.of(), r.omittedQuotes());
        assertTrue(r.quotes().stream().filter(DriftReport.QuoteFinding::speech)
                .allMatch(q -> q.verdict() == Verdict.VERBATIM), () -> r.quotes().toString());
        assertEquals(0.0, r.scores().overall());
    }

    @Property(tries = 300)
    void anyPairGivesExcerptsOfItsOwnTextsAndScoresInRange(@ForAll("articles") String original,
                                                           @ForAll("articles") String reprint) {
        DriftReport r = ANALYZER.compare("o", original, "r", reprint);
        for (Shift s : r.shifts()) {
            assertExcerptOf(reprint, s.reprint());
            assertExcerptOf(original, s.original());
        }
        for (DriftReport.QuoteFinding q : r.quotes()) {
            assertEquals(reprint.substring(q.start(), q.end()), q.text());
        }
        DriftReport.Scores scores = r.scores();
        for (double score : new double[] {scores.overall(), scores.coverage(), scores.quoteFidelity(),
            scores.semanticDrift()}) {
            assertTrue(score >= 0 && score <= 1, () -> scores.toString());
        }
    }

    private static void assertExcerptOf(String text, Excerpt excerpt) {
        if (excerpt != null) {
            assertTrue(0 <= excerpt.start() && excerpt.start() <= excerpt.end() && excerpt.end() <= text.length(),
                    excerpt::toString);
            assertEquals(text.substring(excerpt.start(), excerpt.end()), excerpt.text());
        }
    }
}
