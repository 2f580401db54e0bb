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
            "The driver of the car that hit the photographer is unlikely to face charges. | .",
            // a long phrase cut out of an otherwise unchanged sentence: still an edited copy
            "The harbour festival was opened by the mayor of Gdansk and two ministers from Warsaw. | The harbour festival was opened.",
            "The new bridge will carry trains from the airport to the northern suburbs of the capital by 2027. | The new bridge will carry trains by 2027.",
            // a subject pronoun left out: the verb loses its doer
            "The coach admitted that he had misjudged the weather. | The coach admitted that had misjudged the weather.",
            // a word that bounds the claim's scope
            "The strike affected only four airports in the south. | The strike affected four airports in the south.",
            "The old mill is still used to grind flour. | The old mill is used to grind flour.",
            // a passage left out, nothing in its place
            "The mayor opened the harbour festival on Monday. Two ministers watched the fireworks from the pier. | The mayor opened the harbour festival on Monday."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.OMISSION, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no OMISSION: {1}")
    @CsvSource(delimiter = '|', value = {
            "The driver of the car that hit the photographer is unlikely to face charges. | The driver of the car that hit the photographer is unlikly to face charges.",
            // the possibility is kept in a word of the reprint's own
            "It is possible that the minister will resign next week. | The minister might resign next week.",
            // the pronoun's case changed, not dropped: someone still does it
            "The coach admitted that he had misjudged the weather. | The coach admitted that him had misjudged the weather.",
            // one sentence split in two by the reprint: each half renders part of it
            "The harbour festival was opened by the mayor of Gdansk, and two ministers from Warsaw watched the fireworks. | The harbour festival was opened by the mayor of Gdansk. Two ministers from Warsaw watched the fireworks.",
            // other content in the passage's place: an addition is reported there, not also an omission
            "The mayor opened the harbour festival on Monday. Two ministers watched the fireworks from the pier. | The mayor opened the harbour festival on Monday. Rain fell on the crowd all evening long."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.OMISSION, original, reprint);
    }
}
