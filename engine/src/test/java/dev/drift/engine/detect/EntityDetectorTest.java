package dev.drift.engine.detect;

import dev.drift.engine.model.Severity;
import dev.drift.engine.model.ShiftType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ENTITY: sentence pairs in the style of news reprints, each with one change, and a rendering that keeps meaning. */
class EntityDetectorTest {

    @ParameterizedTest(name = "ENTITY: {1}")
    @CsvSource(delimiter = '|', value = {
            "The statement was read by Oliver Dowden, the culture secretary, on Tuesday. | The statement was read by Gary Anderson, the culture secretary, on Tuesday.",
            "Siminoff said sales increased after his appearance on the show. | Siminoff said sales increased after her appearance on the show.",
            "If Walmart passes the wage increase to consumers, each visit will cost 46 cents more. | If passes the wage increase to consumers, each visit will cost 46 cents more.",
            // A name of common words put in place of another, in a sentence otherwise copied.
            "The cuisine of Mallorca is mainly based on bread, vegetables and meat. | The cuisine of the Yellow River is mainly based on bread, vegetables and meat.",
            // The same title before another person is not the same person.
            "Prime Minister Pedro Sanchez opened the summit in Madrid. | Prime Minister Halvorsen opened the summit in Madrid.",
            // One of two names joined by "and" replaced.
            "Floods hit the provinces of Limburg and Liege on Thursday. | Floods hit the provinces of Brittany and Liege on Thursday.",
            // a name opening the sentence, and a title shared with a nationality
            "Kowalczyk, a retired teacher, found the coins in his garden. | Brannigan, a retired teacher, found the coins in his garden.",
            "French President Emmanuel Macron visited the flooded towns. | French President Gaudreault visited the flooded towns.",
            // Two names of one kind: the shared head noun names the kind, not the bearer.
            "The bill was backed by the Democratic Party on Tuesday. | The bill was backed by the Republican Party on Tuesday.",
            "According to a report by the Liberty Times, exports fell. | According to the Free Times, exports fell.",
            "The Security Council met on Friday to discuss the ceasefire proposal. | The State Council met on Friday to discuss the ceasefire proposal."
    })
    void findsTheChange(String original, String reprint) {
        Cases.finds(ShiftType.ENTITY, Severity.MEDIUM, original, reprint);
    }

    @ParameterizedTest(name = "no ENTITY: {1}")
    @CsvSource(delimiter = '|', value = {
            "The statement was read by Oliver Dowden, the culture secretary, on Tuesday. | On Tuesday the culture secretary, Oliver Dowden, read the statement.",
            // A transliteration of the same name, and a related form of a word the original gives.
            "Hotels in Mallorca asked their guests for an extra fee on Monday. | On Monday, hotels in Majorca demanded an additional charge from guests.",
            "The Iranian side asked for the restrictions to be lifted, the president said. | The president said it was Iran that asked for the restrictions to be lifted.",
            // Capitals a translator gave to common words, in a sentence re-worded throughout.
            "Visitors will have a good chance to see the northern lights, since the sky stays dark all day. | This offers tourists a fine opportunity to admire the Aurora Borealis as the sky remains dark around the clock.",
            // A hyphenated spelling of a common word inside a name.
            "Monitors from the Organization for Security and Cooperation in Europe watched the vote. | Monitors from the Organization for Security and Co-operation in Europe watched the vote.",
            // a sentence opened by a conjunction WordNet does not list
            "The talks failed, although both sides made offers. | Although both sides made offers, the talks failed.",
            // An abbreviation and its expansion, a name in one word or two, a related form of a name.
            "The talks were reported by AFP on Friday. | The talks were reported by Agence France-Presse on Friday.",
            "A senior KMT official visited Beijing on Monday. | A senior Kuomintang official visited Beijing on Monday.",
            "Trade between Vietnam and Singapore grew last year. | Trade between Viet Nam and Singapore grew last year.",
            // A title the original gives, with the body it heads spelled out.
            "The tighter rules were agreed, according to President von der Leyen. | The tighter rules were agreed, according to European Commission President von der Leyen.",
            "The forum discussed China's energy policy on Monday. | The forum discussed Chinese energy policy on Monday.",
            // A currency's code written out in words (ISO 4217 names), or by a common alias.
            "The government set aside nearly SGD 500 million for tourism. | The government set aside nearly 500 million Singapore dollars for tourism.",
            "The bank noted that donors receive a full set of male medical examinations worth 1,000 RMB, especially semen tests. | The bank noted that donors can receive a full set of andrological medical examinations worth 1,000 yuan, especially semen tests.",
            // The country a domestic report calls its own, named.
            "Insiders said there will be more than 720 million fund investors in my country by the end of 2025. | Insiders said there will be more than 720 million fund investors in China by the end of 2025.",
            // A name's syllables split another way.
            "Evening News (Correspondent Ma Zuobo) learned in an interview on the 10th that the deal had returned. | Evening News (Reporter Ma Zuo Bo) found in an interview on the 10th that the deal was back.",
            // A headline in title case: capitals do not mark names there.
            "Tourism recovers strongly as arrivals rise | Tourism Industry Recovers Strongly As Inbound Arrivals Increase"
    })
    void staysQuietWhenTheMeaningIsKept(String original, String reprint) {
        Cases.quietAbout(ShiftType.ENTITY, original, reprint);
    }

    @Test
    void aNameTheReprintNeverGivesIsLeftOut() {
        var leftOut = Cases.shifts(
                "Q: May I ask Chongyang Investment, what do you think of the jobs data in January beating expectations?",
                "Q: How do you view the January payrolls data exceeding forecasts?")
                .stream().filter(s -> s.type() == ShiftType.ENTITY).toList();
        assertEquals(1, leftOut.size(), leftOut.toString());
        assertEquals("Chongyang Investment", leftOut.get(0).original().text());
    }

    @ParameterizedTest(name = "not left out: {1}")
    @CsvSource(delimiter = '|', value = {
            // named elsewhere in the reprint, respelled, abbreviated, or a lone acronym
            "Officials in Macao welcomed the visitors warmly on Saturday. | On Saturday the visitors got a warm welcome from Macau's officials.",
            "The China Securities Regulatory Commission announced the app on Friday. | On Friday the CSRC made the application public.",
            "Prices are quoted in SGD for the whole of the year. | For the entire year, prices are given in Singapore dollars.",
            "Rios spoke first. Rios said the economy had shown great resilience this year. | Rios spoke first. He said that this year the economy was very resilient."
    })
    void aNameGivenInAnotherFormIsNotLeftOut(String original, String reprint) {
        var leftOut = Cases.shifts(original, reprint).stream()
                .filter(s -> s.explanation().contains("is left out")).toList();
        assertEquals(List.of(), leftOut);
    }

    @Test
    void aNameCutAtAHyphenIsOneName() {
        var entities = Cases.shifts("The talks were reported on Friday.", "The talks were reported by Agence France-Presse on Friday.")
                .stream().filter(s -> s.type() == ShiftType.ENTITY).toList();
        assertEquals(1, entities.size(), entities.toString());
        assertEquals("Agence France-Presse", entities.get(0).reprint().text());
    }
}
