package dev.drift.engine.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.Seeds;
import dev.drift.engine.lexicon.WordNet.Relation;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine's WordNet reader against extJWNL reading the same WordNet 3.1 files: every word of the seed articles
 * gets the same lemmas under each part of speech; and the relations the detectors rely on, on known pairs.
 */
class WordNetTest {

    @Test
    void baseFormsAgreeWithExtJwnlOnEveryWordOfTheSeeds() throws Exception {
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        Set<String> words = new TreeSet<>();
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            for (Token t : Tokenizer.tokenize(Seeds.text(seed))) {
                if (t.kind() == Token.Kind.WORD && t.lower().chars().allMatch(Character::isLetter)) {
                    words.add(t.lower());
                }
            }
        }
        WordNet ours = WordNet.get();
        int compared = 0;
        for (String w : words) {
            for (WordNet.Pos pos : WordNet.Pos.values()) {
                Set<String> theirs = new HashSet<>();
                POS p = switch (pos) {
                    case NOUN -> POS.NOUN;
                    case VERB -> POS.VERB;
                    case ADJECTIVE -> POS.ADJECTIVE;
                    case ADVERB -> POS.ADVERB;
                };
                for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(p, w)) {
                    IndexWord iw = dictionary.getIndexWord(p, base);
                    if (iw != null && !base.contains(" ")) {
                        theirs.add(iw.getLemma());
                    }
                }
                assertEquals(theirs, ours.baseForms(w, pos), () -> w + " as " + pos);
                compared++;
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
            "private, public, ANTONYM",
            "decrease, increase, ANTONYM",
            "require, need, SYNONYM",
            "dog, bulldog, HYPERNYM",
            "substance, vaccine, HYPERNYM",
            "bulldog, dog, HYPONYM",
            "announcement, announced, DERIVED",
            "sailors, sailor, SAME",
            "policy, police, NONE",
            "government, governor, NONE"})
    void relationsTheDetectorsRelyOn(String reprintWord, String originalWord, Relation expected) {
        assertEquals(expected, WordNet.get().relation(reprintWord, originalWord));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"said, say", "was, be", "children, child", "governed, govern", "hotels, hotel", "policies, policy",
            "ritornò, ritornò", "hoped, hope"})
    void lemmasFollowWordNetMorphology(String word, String lemma) {
        assertEquals(lemma, WordNet.get().lemma(word));
    }

    @Test
    void baseFormsComeInRuleOrderInEveryProcess() {
        // Both are verbs WordNet lists; a hash-ordered set gave "hop" as the lemma of "hoped" in some processes.
        assertEquals(List.of("hope", "hop"), List.copyOf(WordNet.get().baseForms("hoped", WordNet.Pos.VERB)));
    }

    @Test
    void rarityFollowsTheSenseTagCountsOfTheWordOrItsLemma() {
        WordNet wordNet = WordNet.get();
        double say = wordNet.rarity("said", "say");
        double city = wordNet.rarity("city", "city");
        double refugee = wordNet.rarity("refugee", "refugee");
        double unknown = wordNet.rarity("zyqlarv", "zyqlarv");
        assertTrue(say < city && city < refugee && refugee < unknown, say + " " + city + " " + refugee + " " + unknown);
        assertEquals(city, wordNet.rarity("cities", "city"), 1e-12, "an inflected form counts as its lemma");
    }
}
