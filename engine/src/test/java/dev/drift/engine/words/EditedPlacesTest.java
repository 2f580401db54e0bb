package dev.drift.engine.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditedPlacesTest {

    private static List<Word> words(String text) {
        return Word.of(Tokenizer.tokenize(text, 0, text.length()));
    }

    @ParameterizedTest(name = "{2} place(s): {1}")
    @CsvSource(delimiter = '|', value = {
            "The minister said the talks would resume on Monday. | The minister said the talks would resume on Monday. | 0",
            "The minister said the talks would resume on Monday. | The minister said the talks would not resume on Monday. | 1",
            "The minister said the talks would resume on Monday. | The minister will say the talks would resume on Monday. | 1",
            "The minister said the talks in the capital would resume on Monday. | The minister said the talks would resume on Monday. | 1",
            "The minister said the talks would resume on Monday. | The minister said that the talks would resume on Monday. | 1",
            "The minister said the talks would resume on Monday. | The minister said the negotiations would restart on Monday. | 2",
            "The title moved from Constantinople to Paris in the end. | The title moved from Constantinople to the Paris suburbs in the end. | 1",
            "On Friday, a federal judge ordered officials to hand over the emails reviewed by the committee. | A federal judge on Friday ordered authorities to hand over the emails that the committee reviewed. | 5"
    })
    void countsThePlacesWhereTheWordsDiffer(String a, String b, int places) {
        assertEquals(places, EditedPlaces.count(words(a), words(b)));
    }

    @Test
    void aLongReWordedStretchIsNotALocalEdit() {
        String a = "word ".repeat(EditedPlaces.MIDDLE_MAX + 1) + "end";
        String b = "other ".repeat(EditedPlaces.MIDDLE_MAX + 1) + "end";
        assertTrue(EditedPlaces.count(words("start " + a), words("begin " + b)) > 2);
    }
}
