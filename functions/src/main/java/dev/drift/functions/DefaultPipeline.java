package dev.drift.functions;

import dev.drift.engine.DriftAnalyzer;
import java.time.Clock;

/**
 * The pipeline of a Lambda container: configuration read and clients built once, when a handler class is first
 * loaded (during the init phase, so SnapStart snapshots them).
 */
final class DefaultPipeline {
    private DefaultPipeline() {
    }

    private static final class Holder {
        static final DriftPipeline INSTANCE = create();

        private static DriftPipeline create() {
            PipelineConfig config = PipelineConfig.fromEnvironment();
            return new DriftPipeline(config, AwsClients.create(config), new DriftAnalyzer(), Clock.systemUTC());
        }
    }

    static DriftPipeline get() {
        return Holder.INSTANCE;
    }
}
