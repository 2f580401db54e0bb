package dev.drift.engine.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.text.Tokenizer;
import org.junit.jupiter.api.Test;

class SharedChunksTest {
    private static SharedChunks of(String a, String b) {
        return SharedChunks.of(a, Tokenizer.tokenize(a), Tokenizer.tokenize(b));
    }

    @Test
    void aSentenceWithItselfIsOneRunCoveringAll() {
        SharedChunks c = of("The court rejected the appeal on Monday.", "The court rejected the appeal on Monday.");
        assertEquals(1, c.count());
        assertEquals(7, c.longest());
        assertEquals(1.0, c.coverageMin(), 1e-12);
        assertEquals(0.0, c.inversionShare(), 1e-12);
        assertEquals(1.0, c.edgesAtBreaks(), 1e-12);
    }

    @Test
    void emptySentencesShareNothing() {
        SharedChunks c = of("", "");
        assertEquals(0, c.count());
        assertEquals(0, c.longest());
        assertEquals(0.0, c.coverageMax(), 1e-12);
        assertEquals(1.0, c.fragmentation(), 1e-12);
        assertEquals(1.0, c.edgesAtBreaks(), 1e-12);
        assertEquals(0, of("", "The court met.").count());
    }

    @Test
    void aClauseMovedWholeKeepsLongRunsCutAtPunctuation() {
        SharedChunks c = of("The minister resigned on Friday, according to a statement from his office.",
                "According to a statement from his office, the minister resigned on Friday.");
        assertEquals(2, c.count());
        assertEquals(1, c.inversions());
        assertEquals(1.0, c.coverageMin(), 1e-12);
        assertEquals(1.0, c.edgesAtBreaks(), 1e-12, "both runs start and end at the comma or the sentence's edges");
    }

    @Test
    void namesTradingPlacesLeaveShortRunsCutInsideTheClause() {
        SharedChunks c = of("Smith defeated Jones in the final round.", "Jones defeated Smith in the final round.");
        // "in the final round", then "defeated", "Smith" and "Jones" each alone, the three in reverse order.
        assertEquals(4, c.count());
        assertEquals(3, c.inversions());
        assertTrue(c.edgesAtBreaks() < 1.0);
    }

    @Test
    void aLoneGrammarWordIsNoRun() {
        SharedChunks c = of("Prices rose in the spring.", "Sales fell in May.");
        assertEquals(0, c.count(), "'in' alone is shared but says nothing");
    }
}
