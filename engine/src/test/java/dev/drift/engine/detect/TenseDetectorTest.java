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
            "The minister said the plan was ready. | The minister will say the plan was ready.",
            // aspect alone, where the sentence is otherwise the same word for word
            "The governor has repeatedly promised that the road will be repaired. | The governor is repeatedly promising that the road will be repaired.",
            // a bare present after a plural subject
            "Local farmers sell their milk to the cooperative. | Local farmers sold their milk to the cooperative."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.TENSE, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no TENSE: {1}")
    @CsvSource(delimiter = '|', value = {
            "The minister said the plan was ready. | The plan was ready, the minister said.",
            // "are" is a present form, though its lemma differs
            "The results is expected on Monday. | The results are expected on Monday.",
            // a modal's verb group has no tense of its own: how sure is the modality detector's question
            "I will meet the president tomorrow. | I might meet the president tomorrow."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.TENSE, original, reprint);
    }
}
