package dev.drift.functions;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one analysis within a time budget and turns every way it can fail (an exception, an {@link Error} such as
 * running out of memory or stack, or running out of time) into a reason to store, so that no input becomes a
 * retry storm. The work runs on its own daemon thread: the handler's thread stays free to store the answer.
 */
final class AnalysisRunner {
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "drift-analysis");
        t.setDaemon(true);
        return t;
    });

    sealed interface Result<T> permits Done, Failed {
    }

    record Done<T>(T value) implements Result<T> {
    }

    record Failed<T>(String reason) implements Result<T> {
    }

    <T> Result<T> run(Callable<T> work, Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            return new Failed<>("no time left in this invocation to analyse it");
        }
        Future<T> future = threads.submit(work);
        try {
            return new Done<>(future.get(budget.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            // The engine does not poll interruption; the thread ends on its own and its result is dropped.
            future.cancel(true);
            return new Failed<>("analysis took longer than its time budget of " + budget.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Failed<>("analysis failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an analysis", e);
        }
    }
}
