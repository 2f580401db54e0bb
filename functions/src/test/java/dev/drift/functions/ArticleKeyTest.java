package dev.drift.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleKeyTest {
    @Test
    void layoutKeysParse() {
        ArticleKey k = ArticleKey.parse("reprints/syria camps/sub/file.txt").orElseThrow();
        assertEquals(ArticleKey.Kind.REPRINT, k.kind());
        assertEquals("syria camps", k.story());
        assertEquals("sub/file.txt", k.file());
        assertEquals(ArticleKey.Kind.ORIGINAL, ArticleKey.parse("originals/s/o.txt").orElseThrow().kind());
    }

    @Test
    void keysOutsideTheLayoutAreRefusedWithoutException() {
        for (String bad : new String[] {"reprints/file.txt", "reprints//file.txt", "reprints/story/", "results/s/f.txt",
                "originals/", ""}) {
            assertTrue(ArticleKey.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void eventKeysDecodePlusAndPercentEncodedUtf8() {
        Map<String, String> cases = Map.of(
                "reprints/my+story/a.txt", "reprints/my story/a.txt",
                "reprints/s/caf%C3%A9.txt", "reprints/s/caf\u00e9.txt",
                "reprints/s/1%2B1.txt", "reprints/s/1+1.txt",
                "reprints/s/%D8%B9%D8%B1%D8%A8%D9%8A.txt", "reprints/s/\u0639\u0631\u0628\u064a.txt");
        cases.forEach((encoded, decoded) -> assertEquals(decoded, ArticleKey.decodeEventKey(encoded)));
    }

    @Test
    void workMessagesRoundTripAndJunkIsRecognised() {
        String key = "reprints/s/\"quoted\" name.txt";
        assertEquals(key, DriftPipeline.reprintKeyOf(DriftPipeline.workMessage(key)).orElseThrow());
        assertTrue(DriftPipeline.reprintKeyOf("not json").isEmpty());
        assertTrue(DriftPipeline.reprintKeyOf("{\"other\":1}").isEmpty());
        assertTrue(DriftPipeline.reprintKeyOf("{\"reprintKey\":\"  \"}").isEmpty());
    }
}
