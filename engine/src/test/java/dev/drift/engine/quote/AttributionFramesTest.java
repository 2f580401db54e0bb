package dev.drift.engine.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frames on their own, one news sentence each: who the words after a quotation credit ({@code
 * AttributionAfter.after}) and who the words before it credit ({@code AttributionBefore.before}). "-" stands for
 * no one.
 */
class AttributionFramesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            subject then verb | “The plan is reckless,” the governor said on Monday. | the governor
            verb then subject | “The plan is reckless,” said Governor Ana Ruiz. | Governor Ana Ruiz
            a verb no list holds, inverted | “This is a betrayal,” fumed Representative Carla Diaz. | Representative Carla Diaz
            a verb no list holds, with a particle | “We will win this,” Ana Cole chimed in. | Ana Cole
            according to | “The policy was unlawful,” according to the EEOC. | the EEOC
            a clause that goes on is no attribution | “The plan,” the council voted to shelve it, failed. | -
            """)
    void afterTheQuotation(String rule, String sentence, String expected) {
        Speakers.Sentence s = SentenceViews.of(sentence);
        assertEquals(expected.equals("-") ? null : expected, AttributionAfter.after(s, SentenceViews.afterQuotation(s)), rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            subject of a verb of saying | Governor Patel said the county’s finances were “precarious at best.” | Governor Patel
            described by | The prisoners, described by a senior intelligence official as “the worst of the worst,” were moved. | a senior intelligence official
            a document shows | Financial disclosures show the firm “paid no federal taxes in 2015.” | Financial disclosures
            with-clause subject | The council approved the plan, with spokesman Peter Lang saying “it will save money.” | spokesman Peter Lang
            a person who shows is not quoted by it | He showed the crowd a “secret” letter. | -
            """)
    void beforeTheQuotation(String rule, String sentence, String expected) {
        Speakers.Sentence s = SentenceViews.of(sentence);
        assertEquals(expected.equals("-") ? null : expected, AttributionBefore.before(s, SentenceViews.beforeQuotation(s)), rule);
    }
}
