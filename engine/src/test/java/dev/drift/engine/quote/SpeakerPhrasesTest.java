package dev.drift.engine.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The candidate phrases on their own: the noun phrase ending right before a verb ({@code backwardPhrase}) or starting
 * at a word ({@code forwardPhrase}), or none when the words name no one. "-" stands for no phrase.
 */
class SpeakerPhrasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            name with a title and a party label | Rep. Gwen Moore (D-Wis.) said the bill was dead. | said | Rep. Gwen Moore
            role with a prepositional phrase | A spokeswoman for the mayor called the plan reckless. | called | A spokeswoman
            name opening a chain of commas | Paul Ames, the city’s police chief, said the damage was severe. | said | Paul Ames
            a noun that looks like a verb | The report said the camps were at risk. | said | The report
            a noun in -ing | The filing says the company misled investors. | says | The filing
            a count is no one | Thousands said the plan was unfair. | said | -
            a day is no one | Saturday said a lot about the team. | said | -
            a participle is no one | Being said often, it lost its force. | said | -
            """)
    void phraseBeforeItsVerb(String rule, String sentence, String verb, String expected) {
        Speakers.Sentence s = SentenceViews.of(sentence);
        String phrase = SpeakerPhrases.backwardPhrase(s, SentenceViews.token(s, verb), 0);
        assertEquals(expected.equals("-") ? null : expected, phrase, rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            inverted subject with a title | “We will not back down,” said Mayor Ruth Ellis of Springfield. | Mayor | Mayor Ruth Ellis of Springfield
            state officials after according to | The roads are closed, according to state officials. | state | state officials
            """)
    void phraseFromAWord(String rule, String sentence, String first, String expected) {
        Speakers.Sentence s = SentenceViews.of(sentence);
        assertEquals(expected, SpeakerPhrases.forwardPhrase(s, SentenceViews.token(s, first)), rule);
    }
}
