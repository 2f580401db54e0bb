package dev.drift.functions;

import dev.drift.engine.report.DriftReport;

/** The engine as the pipeline sees it: one comparison of an original and a reprint. */
@FunctionalInterface
public interface PairAnalyzer {
    DriftReport compare(String originalId, String originalText, String reprintId, String reprintText);
}
