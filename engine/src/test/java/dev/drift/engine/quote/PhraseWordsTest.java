package dev.drift.engine.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word shapes a speaker phrase is read by, each on news wording. */
class PhraseWordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "spokeswoman|true", "commentator|true", "aide|true", "nominee|true",
        "report|false", "however|false", "together|false",
    })
    void roleWordsIntroduceANameAndOthersDoNot(String word, boolean role) {
        assertEquals(role, PhraseWords.isRoleWord(word), word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // "of" inside a title or a name, not "of" closing a phrase
        "Secretary of State John Kerry said|1|true",
        "Mr. Morgan of the Sierra Club said|2|true",
        "one of the men said|1|false",
    })
    void ofInsideANameOrTitle(String text, int of, boolean inner) {
        assertEquals(inner, PhraseWords.isInnerOf(tokensWith(text, of, "of"), of), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Obama and Clinton call them|1|true",
        "the former first lady and U.S. senator said|4|true",
        "shootings and protests rose|1|false",
    })
    void andJoiningTwoNamesOrRolesOfOneSource(String text, int and, boolean joins) {
        assertEquals(joins, PhraseWords.isCoordination(tokensWith(text, and, "and"), and), text);
    }

    /** The text's tokens, checked to hold {@code word} at {@code index} (the index the case names). */
    private static List<Token> tokensWith(String text, int index, String word) {
        List<Token> t = Tokenizer.tokenize(text);
        assertEquals(word, t.get(index).lower(), text);
        return t;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mr. Obama's|Mr. Obama", "Trump’s|Trump", "the boss|the boss", "Ross|Ross",
    })
    void aPossessiveNamesItsOwner(String speaker, String owner) {
        assertEquals(owner, PhraseWords.withoutPossessive(speaker));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"He’s|he", "she'd|she", "they|they"})
    void aPronounWithoutItsContraction(String word, String pronoun) {
        assertEquals(pronoun, PhraseWords.pronounPart(Tokenizer.tokenize(word).get(0)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"US|false", "us|true", "which|true", "Smith|false"})
    void wordsThatEndASpeakerPhrase(String word, boolean breaks) {
        assertEquals(breaks, PhraseWords.isBreaker(Tokenizer.tokenize(word).get(0)), word);
    }
}
