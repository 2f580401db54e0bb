package dev.drift.engine.grammar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import dev.drift.engine.Seeds;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
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

    /**
     * The weights are summed from an index instead of OpenNLP's feature strings; this sums them from the strings of
     * OpenNLP's own generator, in its order, and asks for the same tag on every word of the five seed articles.
     */
    @Test
    void indexedWeightsGiveTheTagsOfOpenNlpsFeatureGenerator() throws Exception {
        POSModel model;
        try (InputStream in = PartsOfSpeech.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        Object[] parts = ((AbstractModel) model.getArtifact("pos.model")).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> weights = (Map<String, Context>) parts[1];
        String[] outcomes = (String[]) parts[2];
        POSContextGenerator features = model.getFactory().getPOSContextGenerator();
        int words = 0;
        for (Path seed : seedArticles()) {
            String text = Files.readString(seed);
            for (String line : text.split("\n")) {
                String[] sentence = opennlp.tools.tokenize.SimpleTokenizer.INSTANCE.tokenize(line);
                String[] expected = new String[sentence.length];
                for (int i = 0; i < sentence.length; i++) {
                    double[] scores = new double[outcomes.length];
                    for (String feature : features.getContext(i, sentence, expected, null)) {
                        Context c = weights.get(feature);
                        if (c != null) {
                            for (int k = 0; k < c.getOutcomes().length; k++) {
                                scores[c.getOutcomes()[k]] += c.getParameters()[k];
                            }
                        }
                    }
                    int best = 0;
                    for (int k = 1; k < scores.length; k++) {
                        best = scores[k] > scores[best] ? k : best;
                    }
                    expected[i] = outcomes[best];
                }
                assertArrayEquals(expected, PartsOfSpeech.tagWords(sentence), line);
                words += sentence.length;
            }
        }
        assertTrue(words > 3000, "the seed articles have " + words + " words");
    }

    private static List<Path> seedArticles() throws Exception {
        try (Stream<Path> files = Files.list(Seeds.seedsDir())) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
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
