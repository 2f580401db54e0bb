package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DATE: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class DateDetectorTest {

    @ParameterizedTest(name = "DATE: {1}")
    @CsvSource(delimiter = '|', value = {
            "The ceasefire was agreed on Wednesday evening in Minsk. | The ceasefire was agreed on Friday evening in Minsk.",
            "The consulate opened in 1985 and closed in July. | The consulate opened in 1985 and closed in March.",
            // decades, in four digits or two
            "The band toured Europe in the 1980s. | The band toured Europe in the 1990s.",
            "Jazz clubs flourished there in the early 50s. | Jazz clubs flourished there in the late 50s.",
            // two days both said from the writer's day
            "The strike began yesterday in the capital. | The strike began last week in the capital."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.DATE, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no DATE: {1}")
    @CsvSource(delimiter = '|', value = {
            "The ceasefire was agreed on Wednesday evening in Minsk. | On Wednesday evening the ceasefire was agreed in Minsk.",
            // One day written three ways, and one part of the month said two ways.
            "On November 1st the drivers will race in Imola. | On November first the drivers will race in Imola.",
            "On July 4, the journalist announced a new party. | On 4th July the journalist announced a new party.",
            "In early February, several people verified the discovery. | Several people verified the discovery by the beginning of February.",
            // A time the reprint adds beside the original's is not a changed date.
            "The agency filed for bankruptcy on Sunday night. | The agency announced its bankruptcy in the night from Sunday to Monday.",
            "The band toured Europe in the 1980s. | In the '80s the band toured Europe.",
            // a year said from the writer's day: the text alone cannot tell whether it is the same
            "The EU received more than 920,000 asylum claims in 2017. | The EU received more than 920,000 asylum applications last year."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.DATE, original, reprint);
    }
}
