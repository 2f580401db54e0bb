package dev.drift.engine;

import dev.drift.engine.model.Shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.report.DriftReport;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The invariants of the issue, on every seed article, so that a rule cannot pass on one text alone. */
class InvariantsTest {
    private final DriftAnalyzer analyzer = new DriftAnalyzer();

    private DriftReport compare(String original, String reprint) {
        return analyzer.compare("o", original, "r", reprint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void textAgainstItselfHasNoShiftsAndOnlyVerbatimQuotes(String seed) {
        String text = Seeds.text(seed);
        DriftReport r = compare(text, text);
        assertEquals(List.of(), r.shifts());
        assertTrue(r.quotes().stream().filter(DriftReport.QuoteFinding::speech).allMatch(q -> q.verdict() == Verdict.VERBATIM));
        assertEquals(List.of(), r.omittedQuotes());
        assertEquals(1.0, r.scores().quoteFidelity());
        assertEquals(0.0, r.scores().semanticDrift());
        assertEquals(1.0, r.scores().coverage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "003", "004"})
    void quotationMarkStyleAndSpacingAreNotShifts(String seed) {
        String text = Seeds.text(seed);
        String restyled = text.replace('“', '"').replace('”', '"').replace(", ", ",  ").replace(". ", ".  ");
        DriftReport r = compare(text, restyled);
        assertEquals(List.of(), r.shifts(), () -> r.shifts().toString());
        assertTrue(r.quotes().stream().filter(DriftReport.QuoteFinding::speech).allMatch(q -> q.verdict() == Verdict.VERBATIM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"})
    void changingOneNumberGivesOneNumberShiftThere(String seed) {
        String text = Seeds.text(seed);
        int at = text.indexOf("6,000");
        String changed = text.substring(0, at) + "9,000" + text.substring(at + 5);
        DriftReport r = compare(text, changed);
        assertEquals(1, r.shifts().size(), () -> r.shifts().toString());
        Shift s = r.shifts().get(0);
        assertEquals(ShiftType.NUMBER, s.type());
        assertTrue(s.reprint().start() <= at && at < s.reprint().end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "004"})
    void deletingAParagraphGivesAnOmission(String seed) {
        String text = Seeds.text(seed);
        String[] paragraphs = text.split("\n");
        int longest = 0;
        for (int i = 1; i < paragraphs.length; i++) {
            if (paragraphs[i].length() > paragraphs[longest].length()) {
                longest = i;
            }
        }
        String removed = paragraphs[longest];
        String without = text.replace(removed + "\n", "");
        DriftReport r = compare(text, without);
        assertTrue(r.shifts().stream().anyMatch(s -> s.type() == ShiftType.OMISSION && s.original() != null
                && removed.contains(s.original().text())), () -> r.shifts().toString());
        assertTrue(r.scores().coverage() < 1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "004"})
    void insertingAnEditorsNoteGivesEditorial(String seed) {
        String text = Seeds.text(seed);
        int at = text.indexOf('\n', text.length() / 2) + 1;
        String note = "Editor's note: We believe this shows the courage of our leaders, and our readers deserve to know it.\n";
        DriftReport r = compare(text, text.substring(0, at) + note + text.substring(at));
        assertTrue(r.shifts().stream().anyMatch(s -> s.type() == ShiftType.EDITORIAL && s.reprint() != null
                && s.reprint().start() >= at && s.reprint().start() < at + note.length()), () -> r.shifts().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "004"})
    void movingAParagraphIsNotAShift(String seed) {
        String text = Seeds.text(seed);
        List<String> paragraphs = new java.util.ArrayList<>(List.of(text.split("\n")));
        int from = paragraphs.size() / 2;
        while (paragraphs.get(from).isBlank()) {
            from++;
        }
        String moved = paragraphs.remove(from);
        paragraphs.add(2, moved);
        DriftReport r = compare(text, String.join("\n", paragraphs));
        assertEquals(List.of(), r.shifts(), () -> r.shifts().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "002", "003", "004"})
    void semanticDriftCountsMediumAndHighFindingsOnly(String seed) {
        DriftReport r = compare(Seeds.text("001"), Seeds.text(seed));
        double d = 0;
        for (Shift s : r.shifts()) {
            d += switch (s.severity()) {
                case LOW -> 0;
                case MEDIUM -> 2;
                case HIGH -> 4;
            };
        }
        double expected = d / (d + 2 + r.original().sentences() / 2.0);
        assertEquals(expected, r.scores().semanticDrift(), 0.0005);
        assertTrue(r.shifts().stream().anyMatch(s -> s.severity() == Severity.LOW), "the seed has LOW findings to leave out");
    }

    @Test
    void coverageIsTheShareOfOriginalSentencesRendered() {
        String original = "President Joe Biden met the leaders in Paris on Monday.\nThe talks lasted three hours.\n"
                + "The leaders agreed to meet again in the spring.\n";
        String cut = "President Joe Biden met the leaders in Paris on Monday.\nThe talks lasted three hours.\n";
        assertEquals(0.667, compare(original, cut).scores().coverage(), 1e-9);
        // Every sentence said again in other words: all rendered, however few of the original's words they keep.
        String reworded = "On Monday in Paris, President Joe Biden held a meeting with the leaders.\n"
                + "Their talks went on for three hours.\nThe leaders agreed they would meet once more in the spring.\n";
        assertEquals(1.0, compare(original, reworded).scores().coverage(), 1e-9);
    }
}
