package dev.drift.embeddings;

import dev.drift.engine.meaning.SentenceEncoder;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The sentence model loading on a thread of its own while the caller goes on (reading and parsing texts, the
 * lexical comparison); the first sentence to encode waits for it. A fresh process so overlaps the model's load with
 * the work that needs no model, instead of adding the two. Close it before the process exits.
 */
public final class LoadingEncoder implements SentenceEncoder, AutoCloseable {
    private final FutureTask<BgeSmallEncoder> model = new FutureTask<>(BgeSmallEncoder::load);

    LoadingEncoder() {
        Thread loader = new Thread(model, "sentence-model-load");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public float[] encode(String sentence) {
        return model().encode(sentence);
    }

    private BgeSmallEncoder model() {
        try {
            return model.get();
        } catch (ExecutionException e) {
            // The load's own failure (a missing model file, ONNX Runtime's natives), as a direct load would throw it.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot load the sentence model: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sentence model loads", e);
        }
    }

    /**
     * Waits for the load to end, then closes the model. A process must not exit while ONNX Runtime is still creating
     * its session (after a refused input, an early error): its own exit hook releases the library's environment, and
     * the session being built under it crashes the process.
     */
    @Override
    public void close() {
        BgeSmallEncoder loaded;
        try {
            loaded = model.get();
        } catch (ExecutionException e) {
            return; // a failed load left nothing to close
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        loaded.close();
    }
}
