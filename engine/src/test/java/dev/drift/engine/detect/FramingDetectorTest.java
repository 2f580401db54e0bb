package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FRAMING: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class FramingDetectorTest {

    @ParameterizedTest(name = "FRAMING: {1}")
    @CsvSource(delimiter = '|', value = {
            "The forces prevented an escape attempt from the camp. | The forces prevented a daring escape attempt from the camp."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.FRAMING, Severity.LOW, original, reprint);
    }

    @ParameterizedTest(name = "no FRAMING: {1}")
    @CsvSource(delimiter = '|', value = {
            "The forces prevented an escape attempt from the camp. | An escape attempt from the camp was prevented by the forces."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.FRAMING, original, reprint);
    }
}
