package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MODALITY: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class ModalityDetectorTest {

    @ParameterizedTest(name = "MODALITY: {1}")
    @CsvSource(delimiter = '|', value = {
            "Officials feared a break-out of the prisoners held in the camp. | Officials thwarted a break-out of the prisoners held in the camp.",
            "The minister said the talks would resume next week. | Did the minister say the talks would resume next week?"
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.MODALITY, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no MODALITY: {1}")
    @CsvSource(delimiter = '|', value = {
            "The minister said the talks would resume next week. | According to the minister, the talks would resume next week."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.MODALITY, original, reprint);
    }
}
