package dev.drift.functions;

import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.engine.DriftAnalyzer;
import java.time.Clock;

/**
 * The pipeline of a Lambda container: configuration read and clients built once, when a handler class is first
 * loaded (during the init phase, so SnapStart snapshots them), the sentence-meaning model with them.
 */
final class DefaultPipeline {
    private DefaultPipeline() {
    }

    private static final class Holder {
        static final DriftPipeline INSTANCE = create();

        private static DriftPipeline create() {
            PipelineConfig config = PipelineConfig.fromEnvironment();
            // The sentence model loads here, in the init phase, and runs once on a probe sentence (its first run
            // allocates the session's buffers), so SnapStart's snapshot holds it ready; it is probed again after
            // each restore.
            BgeSmallEncoder model = BgeSmallEncoder.load();
            ModelRestoreCheck.register(model);
            AlertPublisher alerts = config.alertTopicArn()
                    .<AlertPublisher>map(topic -> new SnsAlertPublisher(AwsClients.sns(config), topic))
                    .orElse(AlertPublisher.NONE);
            return new DriftPipeline(config, AwsClients.create(config), new DriftAnalyzer(model), Clock.systemUTC(), alerts);
        }
    }

    static DriftPipeline get() {
        return Holder.INSTANCE;
    }
}
