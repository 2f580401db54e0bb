package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ATTRIBUTION: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class AttributionDetectorTest {

    @ParameterizedTest(name = "ATTRIBUTION: {1}")
    @CsvSource(delimiter = '|', value = {
            "A senior intelligence official said the camps were at risk, according to the report. | Western officials said the camps were at risk, according to the report.",
            "The water board said the reservoir was half empty. | The fire department said the reservoir was half empty."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.ATTRIBUTION, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no ATTRIBUTION: {1}")
    @CsvSource(delimiter = '|', value = {
            "A senior intelligence official said the camps were at risk. | The camps were at risk, a senior intelligence official said.",
            // The same source named with more words, with a synonym, or respelled.
            "The plan was announced by the Secretary of the Department of Culture, Oliver Dowden. | Culture Secretary Oliver Dauden announced the plan.",
            "\"Go home,\" one of the demonstrators wrote on his banner, according to the AP. | \"Go home,\" one of the protesters wrote on his banner, according to AP.",
            // The same source named in both sentences, however each sentence's subject reads.
            "There are great gaps between the programmes and the citizens, said Ricardo Salazar, a journalist. | The gaps between the programmes and the citizens are huge, said Ricardo Salazar, a journalist.",
            // A document credited with its author, then by its author alone.
            "According to a report by the Daily Ledger, the county is closing two clinics. | The county is closing two clinics, according to a Daily Ledger editorial.",
            // One body named by different nouns for an organisation.
            "The water board announced that the reservoir was half empty. | The Water Department announced that the reservoir was half empty.",
            // An unresolved pronoun says nothing about who spoke.
            "According to a transcript of the press conference, he said \"she was very pretty and also sang quite well.\" | \"She is very cute and sings quite well, too,\" he said according to a transcript of the news conference."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.ATTRIBUTION, original, reprint);
    }
}
