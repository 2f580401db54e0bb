package dev.drift.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.drift.embeddings.BgeSmallEncoder;
import org.junit.jupiter.api.Test;

class ModelRestoreCheckTest {
    @Test
    void probeRunsTheRealModelAndRejectsABrokenOne() throws Exception {
        try (BgeSmallEncoder model = BgeSmallEncoder.load()) {
            ModelRestoreCheck check = new ModelRestoreCheck(model);
            check.afterRestore(null);
            ModelRestoreCheck.register(model); // no checkpoint support in this JVM: registering is harmless
            assertEquals(384, model.encode(ModelRestoreCheck.PROBE_SENTENCE).length);
        }
        ModelRestoreCheck broken = new ModelRestoreCheck(sentence -> new float[0]);
        assertThrows(IllegalStateException.class, () -> broken.afterRestore(null));
    }
}
