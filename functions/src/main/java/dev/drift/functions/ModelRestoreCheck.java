package dev.drift.functions;

import dev.drift.engine.meaning.SentenceEncoder;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * After SnapStart restores a snapshot, runs the sentence model once on a probe sentence before the first event: a
 * model that does not work after restore fails the restore loudly instead of every analysis, and the first real
 * inference does not pay for waking the native session.
 */
final class ModelRestoreCheck implements Resource {
    static final String PROBE_SENTENCE = "Officials said the talks would resume on Monday.";

    private final SentenceEncoder model;

    ModelRestoreCheck(SentenceEncoder model) {
        this.model = model;
    }

    /** Runs the probe now (in the init, so the snapshot holds a warmed session) and again after each restore. */
    static void register(SentenceEncoder model) {
        ModelRestoreCheck check = new ModelRestoreCheck(model);
        check.probe();
        Core.getGlobalContext().register(check);
    }

    void probe() {
        float[] v = model.encode(PROBE_SENTENCE);
        double norm = SentenceEncoder.cosine(v, v);
        if (v.length == 0 || Math.abs(norm - 1) > 1e-3) {
            throw new IllegalStateException("sentence model gives no unit vector after restore");
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        // Nothing to release: the session holds no sockets or files.
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        probe();
    }
}
