package dev.drift.engine.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drift.engine.grammar.PartsOfSpeech;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The speaker rules tag the words outside a quotation without the quotation; they must read as in the whole. */
class SentenceTagsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "“We will not back down from this fight, whatever the board decides next week,” said Dana Reyes, a spokeswoman.",
        "The senator, who had been asked by reporters about the vote, said: “It was never about the money for us.”",
        "Officials called the plan “a reckless gamble with public money” and asked the council to reject it on Monday.",
        "US Secretary of State Marco Rubio handled the day-to-day political aspects, while a task force grappled with "
                + "what the official described as the pressing question: “How do you keep them locked away?”",
    })
    void wordsOutsideTheQuotationKeepTheirWholeSentenceTags(String sentence) {
        Speakers.Sentence s = SentenceViews.of(sentence);
        String[] whole = PartsOfSpeech.tag(s.text(), s.tokens());
        int outside = 0;
        for (int i = 0; i < s.tokens().size(); i++) {
            if (!s.quoted()[i]) {
                assertEquals(whole[i], s.tag(i), s.tokens().get(i).text());
                outside++;
            }
        }
        assertEquals(true, outside > 3, "the sentence has words outside its quotation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"“We will not back down from this fight,” said Dana Reyes."})
    void aQuotedWordAskedForIsTaggedWithTheWholeSentence(String sentence) {
        Speakers.Sentence s = SentenceViews.of(sentence);
        String[] whole = PartsOfSpeech.tag(s.text(), s.tokens());
        int fight = SentenceViews.token(s, "fight");
        assertEquals(whole[fight], s.tag(fight));
        assertEquals(whole[SentenceViews.token(s, "said")], s.tag(SentenceViews.token(s, "said")));
    }
}
