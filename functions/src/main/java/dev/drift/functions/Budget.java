package dev.drift.functions;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;

/** How long the engine may run in this invocation: the configured budget, less than the time left to store. */
final class Budget {
    /** Kept back from the invocation's remaining time for storing the outcome and rebuilding the story page. */
    static final Duration STORE_RESERVE = Duration.ofSeconds(15);

    private Budget() {
    }

    static Duration forAnalysis(PipelineConfig config, Context context) {
        if (context == null) {
            return config.analysisBudget();
        }
        Duration left = Duration.ofMillis(context.getRemainingTimeInMillis()).minus(STORE_RESERVE);
        return left.compareTo(config.analysisBudget()) < 0 ? left : config.analysisBudget();
    }

    /** Whether a whole analysis still fits, so a message is not stored as over budget for lack of invocation time. */
    static boolean fits(PipelineConfig config, Context context) {
        return context == null || forAnalysis(config, context).compareTo(config.analysisBudget()) >= 0;
    }
}
