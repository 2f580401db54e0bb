package dev.drift.engine.meaning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EncodingCacheTest {
    /** A stand-in model: counts its calls; the vector is the sentence's length on one axis. */
    private static final class CountingEncoder implements SentenceEncoder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public float[] encode(String sentence) {
            calls.incrementAndGet();
            return new float[] {sentence.length(), 1};
        }
    }

    @Test
    void eachSentenceEncodedOnceWhileRemembered() {
        CountingEncoder model = new CountingEncoder();
        EncodingCache cache = new EncodingCache(model, 2);
        float[] a = cache.encode("a");
        assertSame(a, cache.encode("a"));
        cache.encode("bb");
        assertEquals(2, model.calls.get());
        cache.encode("ccc"); // evicts "a", the least recently used
        cache.encode("bb");
        assertEquals(3, model.calls.get());
        assertArrayEquals(a, cache.encode("a"));
        assertEquals(4, model.calls.get());
        assertEquals(4, cache.encodedCount());
    }

    @Test
    void wrapsOnceAndKeepsNullForLexicalOnly() {
        EncodingCache cache = EncodingCache.of(new CountingEncoder());
        assertSame(cache, EncodingCache.of(cache));
        assertNull(EncodingCache.of(null));
    }
}
