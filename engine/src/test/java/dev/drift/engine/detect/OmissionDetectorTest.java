package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OMISSION: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class OmissionDetectorTest {

    @ParameterizedTest(name = "OMISSION: {1}")
    @CsvSource(delimiter = '|', value = {
            "On the 24th, the staff were tested for new coronary pneumonia after contact with an infected colleague. | On the 24th, the staff were tested for coronary pneumonia after contact with an infected colleague.",
            "Sales have increased since his appearance in 2013 on an episode of the show. | Sales have increased since his appearance on an episode of the show.",
            "The driver of the car that hit the photographer is unlikely to face charges. | ."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.OMISSION, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no OMISSION: {1}")
    @CsvSource(delimiter = '|', value = {
            "The driver of the car that hit the photographer is unlikely to face charges. | The driver of the car that hit the photographer is unlikly to face charges."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.OMISSION, original, reprint);
    }
}
