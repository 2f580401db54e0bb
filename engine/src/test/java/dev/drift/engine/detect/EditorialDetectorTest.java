package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EDITORIAL: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class EditorialDetectorTest {

    @ParameterizedTest(name = "EDITORIAL: {1}")
    @CsvSource(delimiter = '|', value = {
            "The forces prevented an escape attempt from the camp. | The forces, in our view, prevented an escape attempt from the camp.",
            "The forces prevented an escape attempt from the camp. | The forces prevented an escape attempt from the camp. Editor's note: we believe the ministry is hiding the truth."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.EDITORIAL, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no EDITORIAL: {1}")
    @CsvSource(delimiter = '|', value = {
            "The forces prevented an escape attempt from the camp. | An escape attempt from the camp was prevented by the forces.",
            "Britain, which of course has always been popular, leads the list. | Britain, which, of course, has always been popular, leads the list."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.EDITORIAL, original, reprint);
    }
}
