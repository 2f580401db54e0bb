package dev.drift.engine.meaning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers the most recent encodings by sentence text, so a sentence is encoded at most once per analysis and an
 * original's sentences are encoded once for all its reprints analysed in the same process (several reprints on
 * the command line, a worker's batch). Bounded, least recently used first out; thread-safe.
 */
public final class EncodingCache implements SentenceEncoder {
    /** About 15 MB of 384-float vectors: a few hundred articles' sentences, far more than one batch touches. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final SentenceEncoder encoder;
    private final Map<String, float[]> recent;
    private final AtomicLong encoded = new AtomicLong();

    public EncodingCache(SentenceEncoder encoder) {
        this(encoder, DEFAULT_CAPACITY);
    }

    public EncodingCache(SentenceEncoder encoder, int capacity) {
        this.encoder = encoder;
        this.recent = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Wraps an encoder in a cache unless it already is one; null stays null (lexical only). */
    public static EncodingCache of(SentenceEncoder encoder) {
        if (encoder == null || encoder instanceof EncodingCache) {
            return (EncodingCache) encoder;
        }
        return new EncodingCache(encoder);
    }

    @Override
    public float[] encode(String sentence) {
        synchronized (recent) {
            float[] known = recent.get(sentence);
            if (known != null) {
                return known;
            }
        }
        // Encoded outside the lock so threads analysing different pairs run the model in parallel; two threads
        // meeting the same new sentence at once may both encode it, and both get equal vectors.
        float[] vector = encoder.encode(sentence);
        encoded.incrementAndGet();
        synchronized (recent) {
            recent.put(sentence, vector);
        }
        return vector;
    }

    /** How many sentences the wrapped model has encoded so far (cache misses). */
    public long encodedCount() {
        return encoded.get();
    }
}
