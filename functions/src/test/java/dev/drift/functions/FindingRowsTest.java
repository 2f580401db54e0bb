package dev.drift.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.report.DriftReport;
import dev.drift.engine.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingRowsTest {
    private static final String ORIGINAL = """
            The minister said 30 people were hurt on Monday.

            "We will rebuild the bridge," the minister said. "It may take a year."
            """;
    private static final String REPRINT = """
            The minister said 13 people were hurt on Tuesday.

            "We will rebuild the bridge," the minister said. "It will take a month," he added. "Our enemies did this."
            """;

    @Test
    void shiftsBySeverityThenQuotationsThatAreNotVerbatim() {
        DriftReport report = new DriftAnalyzer().compare("o", ORIGINAL, "r", REPRINT);
        List<Finding> rows = FindingRows.of(report);
        long speechNotVerbatim = report.quotes().stream().filter(q -> q.speech() && q.verdict() != Verdict.VERBATIM).count();
        assertEquals(report.shifts().size() + speechNotVerbatim, rows.size());
        assertTrue(report.quotes().stream().anyMatch(q -> q.verdict() == Verdict.VERBATIM), "the fixture has a verbatim quote");
        assertTrue(speechNotVerbatim > 0 && !report.shifts().isEmpty(), "the fixture has both kinds of row");
        int lastRank = -1;
        for (int i = 0; i < rows.size(); i++) {
            Finding f = rows.get(i);
            assertEquals(i, f.index());
            int rank = switch (f.severity()) {
                case "HIGH" -> 0;
                case "MEDIUM" -> 1;
                case "LOW" -> 2;
                default -> 3; // a verdict: quotations come last
            };
            assertTrue(rank >= lastRank, "row " + i + " is out of order: " + rows);
            assertEquals(rank == 3, f.kind().equals("QUOTE"));
            assertTrue(!f.severity().equals("VERBATIM"));
            lastRank = rank;
        }
    }
}
