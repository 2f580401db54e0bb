package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ROLE: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class RoleDetectorTest {

    @ParameterizedTest(name = "ROLE: {1}")
    @CsvSource(delimiter = '|', value = {
            "The airline added flights from Boston to Denver this summer. | The airline added flights from Denver to Boston this summer.",
            "Germany beat Brazil in the semi-final on Tuesday night. | Brazil beat Germany in the semi-final on Tuesday night."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.ROLE, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no ROLE: {1}")
    @CsvSource(delimiter = '|', value = {
            "Germany beat Brazil in the semi-final on Tuesday night. | Brazil was beaten by Germany in the semi-final on Tuesday night.",
            // A free re-wording that turns "of" into a possessive reorders the names without exchanging roles.
            "The second trailer has appeared on the YouTube channel of the film studio Orion Pictures. | The second trailer was posted on the Orion Pictures film studio's YouTube channel."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.ROLE, original, reprint);
    }
}
