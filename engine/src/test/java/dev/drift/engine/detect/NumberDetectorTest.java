package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NUMBER: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class NumberDetectorTest {

    @ParameterizedTest(name = "NUMBER: {1}")
    @CsvSource(delimiter = '|', value = {
            "Nearly 6,000 detainees are held in the camps. | Roughly 6,000 detainees are held in the camps.",
            "The court sentenced three men to prison on Monday. | The court sentenced two men to prison on Monday.",
            "Police said 41 people were injured in the blast. | Police said 14 people were injured in the blast.",
            "The polls close at 21:00 on Sunday. | The polls close at 9:00 a.m. on Sunday.",
            // a unit written against its number
            "The queue of lorries stretched for 12km on Monday. | The queue of lorries stretched for 40km on Monday.",
            // a negated comparative is read whole: "no more than" is a ceiling, "more than" a floor
            "The fund may hold no more than 40 stocks. | The fund may hold more than 40 stocks."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.NUMBER, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no NUMBER: {1}")
    @CsvSource(delimiter = '|', value = {
            "Police said 41 people were injured in the blast. | According to police, 41 people were hurt in the explosion.",
            // The same bound said with a verb, or with a currency between it and the number.
            "More than 140,000 cases were confirmed in the two states. | In the two states the number of confirmed cases exceeds 140,000.",
            "She now earns more than 5,000 yuan a month. | She now earns more than RMB 5,000 a month.",
            // Points as thousands separators, as many European styles write them.
            "So far more than 272,000 infections have been registered. | So far more than 272.000 infections have been recorded.",
            // A day written as an ordinal is the same number, whatever other numbers the sentence adds.
            "The league resumed on June 20 after a break of nearly five months. | After a break of 5 months, the league resumed on June 20th.",
            // the same hour on the 12-hour clock
            "The polls close at 21:00 on Sunday. | The polls close at 9:00 p.m. on Sunday.",
            "The shop opens at 12:30 on weekdays. | The shop opens at 12:30 PM on weekdays.",
            "The queue of lorries stretched for 12km on Monday. | On Monday the queue of lorries stretched for 12 km.",
            // a bound written after the number and its unit
            "Donors must be over 165 cm tall. | Donors must have a height of 165 cm or above.",
            "Donors must be over 165 cm tall. | Donors include those who are 165 cm tall or above.",
            // a range whose second end carries the scale for both
            "Visitors will reach 12 million to 14 million next year. | Visitors will reach 12 to 14 million next year.",
            // a currency sign with its country's capitals between the bound and the number
            "The government set aside nearly SGD 500 million for tourism. | The government set aside nearly S$500 million for tourism.",
            // a floor said with a negated comparative or a noun
            "The products can be held for no less than 360 days. | The products can be held for a minimum of 360 days.",
            // a figure the reprint adds is not the original's share changed
            "The index rose 6 percent on Monday. | The index rose six percent on Monday, to 1.2 billion."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.NUMBER, original, reprint);
    }
}
