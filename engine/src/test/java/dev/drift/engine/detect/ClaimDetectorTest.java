package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ALTERED_CLAIM: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class ClaimDetectorTest {

    @ParameterizedTest(name = "ALTERED_CLAIM: {1}")
    @CsvSource(delimiter = '|', value = {
            "The company said its profits increased in the third quarter. | The company said its profits decreased in the third quarter.",
            "The hospital will treat the patients within the rules set by the ministry. | The hospital will not treat the patients within the rules set by the ministry.",
            "Several million vials of vaccine have been pledged by the government. | Several million vials of substance have been pledged by the government.",
            "Glitter returned to the UK last month after spending 27 months in prison. | Glitter ritornò to the UK last month after spending 27 months in prison.",
            "The committee recommended the resignation of the former director last month. | Last month the former of resignation recommended committee the director.",
            // a function word become its opposite, and an opposite after the article it takes
            "The minister resigned before the vote on the budget. | The minister resigned after the vote on the budget.",
            "The report calls the bridge an important link for the region. | The report calls the bridge a trivial link for the region.",
            // a grammar word left in another language
            "The mayor praised her team for the quick repairs. | The mayor praised ihrem team for the quick repairs.",
            // one degree word for another on the same scale: pace, or how far a process has gone
            "The flood waters receded quickly after the storm, residents said. | The flood waters receded slowly after the storm, residents said.",
            "The camp has pretty much emptied out since the spring, aid workers said. | The camp has slowly emptied out since the spring, aid workers said."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.ALTERED_CLAIM, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no ALTERED_CLAIM: {1}")
    @CsvSource(delimiter = '|', value = {
            "The committee recommended the resignation of the former director last month. | Last month the committee recommended that the former director resign.",
            // An independent translation differs in many small places; its word choices ("authorities") are its own.
            "On Friday, a federal judge ordered officials to hand over the emails reviewed by the committee. | A federal judge on Friday ordered authorities to hand over the emails that the committee reviewed.",
            // two sentences joined into one: the negation is the neighbouring sentence's, not a new one
            "The airlift moved only the adult prisoners, and the general said families in the camps were not part of it. The trucks left at night. The camps stayed under separate arrangements, the general said. | Families in the camps were not part of the airlift, and the general said the camps stayed under separate arrangements.",
            // one sentence split in two: the negation went with its clause into the second
            "The plan is an experiment, and many questions remain that must be tested in practice, never settled by decree. | The plan is an experiment, and many questions remain. They must be tested in practice and must not be settled by decree.",
            // the same word moved, not turned round
            "The minister resigned before the vote on the budget. | Before the vote on the budget, the minister resigned.",
            // The negation said in other words: a verb or prefix that carries it.
            "With few medals on offer each day, many countries have not managed to reach the podium. | With few medals available each day, many countries failed to reach the podium.",
            "The researchers now have mice that used to be diabetic and are no longer diabetic. | The researchers now have mice that are non-diabetic although they used to be diabetic.",
            "Donors must be over 165 cm tall and have no color blindness or hepatitis B. | Donors must be over 165 cm tall and be free of color blindness and hepatitis B.",
            "The price of a single implant shall not exceed 4,300 yuan in the province. | In the province the price of a single implant is prohibited from exceeding 4,300 yuan.",
            // A negated word for its opposite (litotes): "not easy" says "difficult".
            "Some buyers think it is difficult for them to protect their rights because information is uneven. | Some buyers think it is not easy for them to protect their rights because information is uneven.",
            "Such delays are common at the border in winter, officials said. | Such delays are not uncommon at the border in winter, officials said.",
            // Degree words that WordNet calls synonyms.
            "The alarm wakes you gently without waking you completely. | The alarm wakes you gently without waking you entirely.",
            // A degree adverb and a quantity in a re-worded sentence are different words, not one changed.
            "The new towers would free up national funds and move along more quickly, according to diplomats in several member states. | However, diplomats from some member countries said the towers would free up national budgets and speed up the work."
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.ALTERED_CLAIM, original, reprint);
    }

    /** A translation's stray closing quotation mark on a line of its own says nothing, so nothing in it can change. */
    @Test
    void aLineOfPunctuationAloneMakesNoClaim() {
        assertEquals(List.of(), Cases.shifts("\u201d", "\" \""));
        assertEquals(List.of(), Cases.shifts("The ministers met in Brussels on Friday.",
                "The ministers met in Brussels on Friday.\n\n\u201d"));
    }
}
