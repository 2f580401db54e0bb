package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TENSE: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class TenseDetectorTest {

    @ParameterizedTest(name = "TENSE: {1}")
    @CsvSource(delimiter = '|', value = {
            "Many hotels were demanding that guests pay an extra nightly fee. | Many hotels are demanding that guests pay an extra nightly fee.",
            "In added time, Allan made it 2-0 for Napoli. | In added time, Allan makes it 2-0 for Napoli.",
            "The minister said the plan was ready. | The minister will say the plan was ready."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.TENSE, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no TENSE: {1}")
    @CsvSource(delimiter = '|', value = {
            "The minister said the plan was ready. | The plan was ready, the minister said."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.TENSE, original, reprint);
    }
}
