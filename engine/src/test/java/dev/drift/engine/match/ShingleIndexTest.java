package dev.drift.engine.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The candidate index: copies are found, a crowd sharing only common word pairs is not read, removal holds. */
class ShingleIndexTest {
    private static final String COMMON = "The prime minister said on Tuesday.";

    /** Made-up words of their own for each {@code n}, in sentences of eight. */
    private static String words(int n, int count) {
        Random random = new Random(n);
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < count; w++) {
            b.append(w == 0 ? "" : w % 8 == 0 ? ". " : " ");
            for (int c = 0; c < 7; c++) {
                b.append((char) ('a' + random.nextInt(26)));
            }
        }
        return b.append('.').toString();
    }

    @Test
    void originalsThatShareOnlyACommonSentenceAreACrowdALookupSkips() {
        ShingleIndex index = new ShingleIndex();
        // Sixteen times the crowd size: a band whose value the common sentence's pairs give is shared by hundreds.
        int originals = ShingleIndex.CROWDED * 16;
        for (int n = 0; n < originals; n++) {
            // mostly the common sentence: its pairs are the minimum of most bands of most originals
            index.put("o" + n, COMMON + " " + words(n, 1));
        }
        List<ShingleIndex.Candidate> common = index.candidates(COMMON);
        assertTrue(common.size() < ShingleIndex.CROWDED, "the crowd's bands are skipped: " + common.size() + " candidates");
        List<ShingleIndex.Candidate> copy = index.candidates(COMMON + " " + words(7, 1));
        assertEquals("o7", copy.get(0).id(), "a copy is found by the bands its own pairs hold");
    }

    @Test
    void aCopyFindsItsOriginalFirst() {
        ShingleIndex index = new ShingleIndex();
        for (int n = 0; n < 300; n++) {
            index.put("o" + n, COMMON + " " + words(n, 80));
        }
        List<ShingleIndex.Candidate> copy = index.candidates(words(42, 80));
        assertEquals("o42", copy.get(0).id());
        assertTrue(copy.get(0).similarity() > 0.9, copy.get(0).toString());
    }

    @Test
    void aRemovedOriginalIsNoCandidateAndAReplacedOneIsFoundByItsNewText() {
        ShingleIndex index = new ShingleIndex();
        index.put("a", words(1, 80));
        index.put("b", words(2, 80));
        index.remove("a");
        assertTrue(index.candidates(words(1, 80)).isEmpty());
        index.put("b", words(3, 80));
        assertEquals("b", index.candidates(words(3, 80)).get(0).id());
        assertTrue(index.candidates(words(2, 80)).isEmpty(), "the replaced text is gone");
        assertEquals(1, index.size());
    }
}
