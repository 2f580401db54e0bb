package dev.drift.engine.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drift.engine.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A quotation without a named speaker: someone's words, or a quoted name, title or scare quote. */
class SpeechOrNameTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Officials called the plan “a reckless gamble with public money” and asked the council to reject it.|true",
        "Trump called the pageant winner “Miss Piggy” in an interview.|true",
        "The critics reported “2,521 shooting incidents” last year.|true",
        "“Neither do I.”|true",
        "The group, known as “Blue Dawn,” met on Monday.|false",
        "The so-called “deal” collapsed within a week.|false",
        "She appeared on CNN's “State of the Union” on Sunday.|false",
        "Doctors use a procedure called “cardio-version” for this.|false",
        "The plan was “fair” to most of the members.|false",
        "The calf may yet rejoin “K” Pod, its family, the biologist said.|false",
        "Two such attacks forced the site owner, who identified himself only as “Redbird,” to close the forum until Monday.|false",
    })
    void speechIsToldFromNamesTitlesAndScareQuotes(String sentence, boolean speech) {
        Speakers.Sentence view = SentenceViews.of(sentence);
        Span raw = SentenceViews.quotations(sentence).get(0);
        Span inner = raw.text().endsWith(",") ? Span.of(sentence, raw.start(), raw.end() - 1) : raw;
        Span whole = Span.of(sentence, 0, sentence.length());
        assertEquals(speech, SpeechOrName.isSpeech(sentence, inner, raw, whole, whole, view, null));
    }
}
