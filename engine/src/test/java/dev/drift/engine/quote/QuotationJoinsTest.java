package dev.drift.engine.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drift.engine.text.Span;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two neighbouring quotations: one split by its attribution, or listed together, or neither. */
class QuotationJoinsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "“That,” he added, “promises more than it can keep.”|true",
        "“That,” said the former secretary of state, “was a mistake.”|true",
        "“That was all.” He added: “Nothing more.”|false",
        "“That,” he said before asking, “what now?”|false",
        "“That,” he said, and then the crowd shouted, “more!”|false",
    })
    void aQuotationSplitByOneShortAttributionIsOne(String text, boolean split) {
        List<Span> q = SentenceViews.quotations(text);
        assertEquals(split, QuotationJoins.splitByAttribution(text, q.get(0), q.get(1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "He called her a “liar” and a “bully” on Monday.|true",
        "a “nasty guy,” an “anchor baby,” “unstable” and “sick.”|true",
        "The “plan” that the “board” approved is gone.|false",
        "She said “no.” Then “yes” came later.|false",
    })
    void quotationsListedTogetherShareTheirStatus(String text, boolean listed) {
        List<Span> q = SentenceViews.quotations(text);
        assertEquals(listed, QuotationJoins.listed(text, q.get(0), q.get(1)));
    }
}
