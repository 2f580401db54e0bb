package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ENTITY: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class EntityDetectorTest {

    @ParameterizedTest(name = "ENTITY: {1}")
    @CsvSource(delimiter = '|', value = {
            "The statement was read by Oliver Dowden, the culture secretary, on Tuesday. | The statement was read by Gary Anderson, the culture secretary, on Tuesday.",
            "Siminoff said sales increased after his appearance on the show. | Siminoff said sales increased after her appearance on the show.",
            "If Walmart passes the wage increase to consumers, each visit will cost 46 cents more. | If passes the wage increase to consumers, each visit will cost 46 cents more."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.ENTITY, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no ENTITY: {1}")
    @CsvSource(delimiter = '|', value = {
            "The statement was read by Oliver Dowden, the culture secretary, on Tuesday. | On Tuesday the culture secretary, Oliver Dowden, read the statement."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.ENTITY, original, reprint);
    }
}
