package dev.drift.engine.grammar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class PartsOfSpeechTest {
    private static final String[] NEWS = {
        "The official said Secretary of State Marco Rubio was managing the day-to-day political aspects.",
        "Asked by reporters whether he would resign, the mayor declined to comment on Tuesday.",
        "“We will not back down,” said Dana Reyes, a spokeswoman for the union, adding that talks could resume.",
        "Financial disclosures show the senator's husband sold shares worth $2 million before the crash.",
        "Those fears sharpened in early January as fighting erupted in Aleppo and began spreading eastward.",
    };

    @Test
    void readsTheAttributingClauseOfANewsSentence() {
        String text = NEWS[0];
        List<Token> tokens = Tokenizer.tokenize(text);
        String[] tags = PartsOfSpeech.tag(text, tokens);
        assertEquals("VERB", tags[indexOf(tokens, "said")]);
        assertEquals("PROPN", tags[indexOf(tokens, "Rubio")]);
        assertEquals("NOUN", tags[indexOf(tokens, "official")]);
        assertEquals("DET", tags[indexOf(tokens, "The")]);
    }

    /** Reading greedily is meant to give what the model's own beam search gives; this pins it on news sentences. */
    @Test
    void greedyReadingGivesTheTagsOfTheModelsBeamSearch() throws Exception {
        POSTaggerME beam;
        try (InputStream in = PartsOfSpeech.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            beam = new POSTaggerME(new POSModel(in));
        }
        for (String sentence : NEWS) {
            String[] words = opennlp.tools.tokenize.SimpleTokenizer.INSTANCE.tokenize(sentence);
            assertArrayEquals(beam.tag(words), PartsOfSpeech.tagWords(words), sentence);
        }
    }

    @Test
    void aPartTaggedWithContextAgreesWithTheWholeSentence() {
        String text = NEWS[2];
        List<Token> tokens = Tokenizer.tokenize(text);
        String[] whole = PartsOfSpeech.tag(text, tokens);
        int said = indexOf(tokens, "said");
        String[] part = PartsOfSpeech.tag(text, tokens, said - 3, tokens.size());
        for (int i = said; i < tokens.size(); i++) {
            assertEquals(whole[i], part[i - (said - 3)], tokens.get(i).text());
        }
    }

    @Test
    void nothingToTagGivesNoTags() {
        assertEquals(0, PartsOfSpeech.tag("", List.of()).length);
        assertEquals(0, PartsOfSpeech.tag("a b", Tokenizer.tokenize("a b"), 1, 1).length);
    }

    private static int indexOf(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }
}
