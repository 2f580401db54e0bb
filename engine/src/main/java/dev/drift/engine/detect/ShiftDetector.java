package dev.drift.engine.detect;

import dev.drift.engine.compare.Comparison;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.model.Shift;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import java.util.List;

/**
 * Finds one family of meaning changes. A detector looks at each aligned sentence pair ({@link #inPair}, also run on
 * a quotation and its source), and where its family needs the whole picture (unaligned passages, dropped
 * quotations) it overrides {@link #detect}. Implementations are stateless and thread-safe.
 */
public interface ShiftDetector {

    /** Changes inside one pair: a reprint stretch and the original text it renders. */
    default void inPair(SentencePair pair, List<Shift> out) {
    }

    /** Changes over a whole comparison; by default those inside every aligned sentence pair. */
    default void detect(Comparison comparison, List<QuoteFinding> quotes, List<Shift> out) {
        for (SentencePair pair : comparison.pairs()) {
            if (pair != null) {
                inPair(pair, out);
            }
        }
    }
}
