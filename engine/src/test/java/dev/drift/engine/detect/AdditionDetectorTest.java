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
            "The title of fashion capital moved from Constantinople to Paris. | The title of fashion capital moved from Constantinople to Paris Paris."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.ADDITION, original, reprint);
    }
}
