package dev.drift.engine.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.Seeds;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntitiesTest {
    @Test
    void spellingPrefilterNeverRejectsAPairJaroWinklerAccepts() {
        TreeSet<String> words = new TreeSet<>();
        for (String prefix : List.of("001", "003", "004")) {
            for (Token t : Tokenizer.tokenize(Seeds.text(prefix))) {
                if (t.lower().length() >= 4) {
                    words.add(t.kind() == Token.Kind.ACRONYM ? t.text() : t.lower());
                }
            }
        }
        words.addAll(List.of("rubio", "rubios", "abcdef", "abcdefghij", "martha", "marhta", "dwayne", "duane", "hassan",
                "hasan", "qaeda", "qaida", "ISIS", "ISIL"));
        JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        int accepted = 0;
        int spared = 0;
        for (String x : words) {
            for (String y : words) {
                boolean similar = jw.apply(x, y) >= 0.92;
                if (similar) {
                    accepted++;
                    assertTrue(Entities.spellingMayMatch(x, y), x + " / " + y);
                } else if (!Entities.spellingMayMatch(x, y)) {
                    spared++;
                }
            }
        }
        assertTrue(accepted > words.size(), "pairs other than a word with itself pass");
        assertTrue(spared > accepted, "the prefilter spares most of the computations");
        assertFalse(Entities.spellingMayMatch("abcd", "abcdefgh"));
    }

    /** Half of two names' words in common is one bearer only when the head is among them. */
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "Wang Huning | Wang Shanning | false",
            "John Smith | John Brown | false",
            "European Commission | European Council | false",
            "Marco Rubio | Rubio | true",
            "President Trump | Donald Trump | true",
            "Xi Jinping | President Xi | true",
            // one family name, two given names: two people; an initial or a middle name is still one
            "Yasunori Nishimura | Kazuo Nishimura | false",
            "J. Smith | John Smith | true",
            "Hillary Rodham Clinton | Hillary Clinton | true",
            "President Ebrahim Raisi | Ibrahim Raisi | true"
    })
    void namesSharingHalfTheirWords(String a, String b, boolean same) {
        assertEquals(same, Entities.sameEntity(a, b));
        assertEquals(same, Entities.sameEntity(b, a));
    }
}
