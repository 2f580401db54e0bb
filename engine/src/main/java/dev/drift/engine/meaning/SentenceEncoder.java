package dev.drift.engine.meaning;

/**
 * Maps a sentence to a vector whose direction carries its meaning: sentences saying the same thing in different
 * words point the same way. Implementations are thread-safe and deterministic; vectors have unit length, so
 * their dot product is their cosine. The engine runs lexical only when it has none.
 */
public interface SentenceEncoder {
    /** The unit-length embedding of one sentence. */
    float[] encode(String sentence);

    /** The cosine of two unit-length embeddings, in [-1,1]. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
