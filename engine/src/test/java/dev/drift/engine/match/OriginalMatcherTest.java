package dev.drift.engine.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.Polnear;
import dev.drift.engine.Seeds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reprints find their original among other news articles; an article no original copies finds none. */
class OriginalMatcherTest {
    private final OriginalMatcher matcher = new OriginalMatcher(new DriftAnalyzer());

    private List<Path> distractors() throws IOException {
        Assumptions.assumeTrue(Polnear.present(), "../shared/eval/polnear-dev absent");
        return Polnear.articleFiles();
    }

    @Test
    void everySeedReprintFindsItsOriginalAmongOtherArticles() throws IOException {
        List<Path> others = distractors();
        for (Path other : others.subList(1, others.size())) {
            matcher.register(other.getFileName().toString(), Polnear.read(other));
        }
        matcher.register("001", Seeds.text("001"));
        for (String reprint : new String[] {"000", "002", "003", "004"}) {
            OriginalMatcher.Match m = matcher.match(Seeds.text(reprint));
            assertTrue(m.matched(), reprint + ": " + m);
            assertEquals("001", m.best(), reprint);
        }
        // An article that no registered original copies, on politics like the distractors, finds none.
        OriginalMatcher.Match stranger = matcher.match(Polnear.read(others.get(0)));
        assertFalse(stranger.matched(), stranger::toString);
    }

    @Test
    void aRemovedOriginalIsNoLongerFound() {
        matcher.register("001", Seeds.text("001"));
        assertTrue(matcher.match(Seeds.text("004")).matched());
        matcher.remove("001");
        OriginalMatcher.Match m = matcher.match(Seeds.text("004"));
        assertFalse(m.matched(), m::toString);
        assertEquals(null, m.best());
    }

    @Test
    void anOriginalMatchesItselfWholly() {
        matcher.register("001", Seeds.text("001"));
        OriginalMatcher.Match m = matcher.match(Seeds.text("001"));
        assertEquals("001", m.best());
        assertEquals(1.0, m.score());
    }
}
