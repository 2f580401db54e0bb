package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ADDITION: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class AdditionDetectorTest {

    @ParameterizedTest(name = "ADDITION: {1}")
    @CsvSource(delimiter = '|', value = {
            "Three years later he started working in the post office in Stockholm. | Three years later he started working hard in the post office in Stockholm.",
            "The title of fashion capital moved from Constantinople to Paris. | The title of fashion capital moved from Constantinople to the Paris suburbs."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.ADDITION, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no ADDITION: {1}")
    @CsvSource(delimiter = '|', value = {
            "The title of fashion capital moved from Constantinople to Paris. | The title of fashion capital moved from Constantinople to Paris Paris.",
            // words typed again, however often and however they split into tokens
            "Thousands of flights were cancelled because of Covid-19. | Thousands of flights were cancelled because of Covid-19 Covid-19 Covid-19.",
            // A quotation translated anew in the sentence that renders its source is not one without a source.
            "\"The currency will need a while to catch on, but in 2013 there could be a change,\" the analyst predicts. | \"Bitcoin needs time before people accept it, yet 2013 may bring the turning point,\" the analyst predicts."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.ADDITION, original, reprint);
    }
}
