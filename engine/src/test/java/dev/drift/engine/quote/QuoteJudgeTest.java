package dev.drift.engine.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.model.Verdict;
import dev.drift.engine.report.DriftReport;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a re-translated quotation finds its source when it shares few or no words with it. */
class QuoteJudgeTest {
    private static final String LEAD = "Home prices in focus\n\nBuyers in the city spoke to reporters on Monday.\n\n";

    private static DriftReport compare(String original, String reprint) {
        return new DriftAnalyzer().compare("o", LEAD + original + "\n", "r", LEAD + reprint + "\n");
    }

    private static DriftReport.QuoteFinding onlySpeech(DriftReport r) {
        List<DriftReport.QuoteFinding> speech = r.quotes().stream().filter(DriftReport.QuoteFinding::speech).toList();
        assertEquals(1, speech.size(), speech.toString());
        return speech.get(0);
    }

    private static void noQuotationAddedOrDropped(DriftReport r) {
        assertTrue(r.shifts().stream().noneMatch(s -> s.type() == ShiftType.ADDITION || s.type() == ShiftType.OMISSION),
                r.shifts().toString());
    }

    /** A quoted term put in other words stands in the place of the original's: its source, not a new quotation. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ms Zheng said the \"edge\" for buyers is still quite high this year.|Ms Zheng said the \"threshold\" for buyers is still quite high this year.",
        "Mr Sun told reporters that he found a \"articulation\" last weekend.|Mr Sun told reporters that he found a \"statement\" last weekend.",
    })
    void aQuotationInOtherWordsKeepsTheSourceInItsPlace(String original, String reprint) {
        noQuotationAddedOrDropped(sourcedInOtherWords(original, reprint));
    }

    /** The reprint's one quotation has a source and is judged re-worded; the report, for more checks. */
    private static DriftReport sourcedInOtherWords(String original, String reprint) {
        DriftReport r = compare(original, reprint);
        DriftReport.QuoteFinding q = onlySpeech(r);
        assertTrue(q.verdict() == Verdict.PARAPHRASED || q.verdict() == Verdict.ALTERED, q.toString());
        assertNotNull(q.source());
        return r;
    }

    /** The tail of a sentence the reprint split in two keeps the place of the original's quotation. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Concurring to Ms Zheng, who plans to buy a modern domestic in Jiangbei, the price-insured domestic must to begin with be of the same sort, housed within the same complex, and be within the same flat, since there are so few homes accessible for comparison, the \"edge\" is still reasonably tall, of.|Ms. Zheng, who intends to buy a new house in Jiangbei, said that the price-insured house must first be of the same type, and must be in the same building and the same unit. There are very few houses that buyers can compare prices, so the \"threshold\" is still quite high.",
    })
    void aSplitSentenceKeepsItsQuotationsPlace(String original, String reprint) {
        sourcedInOtherWords(original, reprint);
    }

    /** A quotation rendered as a quoted term in its place is re-worded, not dropped. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Attract Hong Kong tourists to expand Hong Kong and Macao \"joint line with the tour\"|Attracting Hong Kong tourists and expanding Hong Kong and Macau \"connected travel\"",
    })
    void aQuotationRenderedAsAQuotedTermIsNotDropped(String original, String reprint) {
        noQuotationAddedOrDropped(compare(original, reprint));
    }

    /**
     * Narrative re-translated as a quotation in the sentence that renders it is promoted, not made up; a quotation
     * sharing nothing with the sentence it stands in is still made up, and only that is an addition.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "She said the well-made video had caught the eye of many online users.|She said: \"The polished video has gained the attention of many netizens.\"|PROMOTED",
        "The mayor spoke about the budget on Monday.|The mayor spoke about the budget on Monday and said: \"We will fire the police chief.\"|FABRICATED",
    })
    void aQuotationInPlaceOfNarrative(String original, String reprint, Verdict expected) {
        DriftReport r = compare(original, reprint);
        assertEquals(expected, onlySpeech(r).verdict());
        assertEquals(expected == Verdict.FABRICATED, r.shifts().stream().anyMatch(s -> s.type() == ShiftType.ADDITION),
                r.shifts().toString());
        assertTrue(r.shifts().stream().noneMatch(s -> s.type() == ShiftType.OMISSION), r.shifts().toString());
    }
}
