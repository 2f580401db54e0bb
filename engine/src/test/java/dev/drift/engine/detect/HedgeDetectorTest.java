package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HEDGE: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class HedgeDetectorTest {

    @ParameterizedTest(name = "HEDGE: {1}")
    @CsvSource(delimiter = '|', value = {
            "The symptoms were reportedly found in a man who crossed the border. | The symptoms were found in a man who crossed the border.",
            "The fire was probably caused by a faulty heater. | The fire was caused by a faulty heater."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.HEDGE, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no HEDGE: {1}")
    @CsvSource(delimiter = '|', value = {
            "The fire was probably caused by a faulty heater. | A faulty heater probably caused the fire.",
            "The symptoms were reportedly found in a soldier who crossed the border. | According to reports, the symptoms were detected in a soldier who had crossed the border.",
            // A trailer that appeared somewhere is not a hedge.
            "The second trailer has appeared on the studio's channel. | The second trailer was posted on the studio's channel."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.HEDGE, original, reprint);
    }
}
