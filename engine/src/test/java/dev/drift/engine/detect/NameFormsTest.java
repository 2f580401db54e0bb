package dev.drift.engine.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drift.engine.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name's syllables divided another way are one name; the same words in the same division are not. */
class NameFormsTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "Reporter Ma Zuo Bo | Correspondent Ma Zuobo | true",
            "Viet Nam | Vietnam | true",
            "Free Times | Liberty Times | false",
            "Republican Party | Democratic Party | false",
            "Security Council | State Council | false"
    })
    void syllablesDividedAnotherWay(String name, String source, boolean same) {
        assertEquals(same, NameForms.syllablesInSource(Tokenizer.tokenize(name), Tokenizer.tokenize(source)));
    }
}
