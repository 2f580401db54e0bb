package dev.drift.functions;

import dev.drift.engine.report.DriftReport;

/**
 * The stored outcome of analysing one reprint against its original: one per analysis (history) and a copy as the
 * reprint's latest. Fields that do not apply to a status are null (no scores for ERROR or WAITING).
 *
 * @param analysisId identifies the inputs: analyzer version, both keys and both ETags; equal ids mean a repeat
 */
public record AnalysisRecord(String reprintKey, String story, String originalKey, Status status, String reason,
                             String analysisId, String analyzerVersion, String reprintEtag, String originalEtag,
                             long reprintModified, long originalModified, String analyzedAt,
                             DriftReport.Scores scores, int findings, String reportKey, String htmlKey) {

    public enum Status {
        /** Analysed; scores and findings stored. */
        OK,
        /** The reprint or its original cannot be analysed; {@code reason} says why. Not retried until an input changes. */
        ERROR,
        /** The reprint's original has not been uploaded yet; analysed when it arrives. */
        WAITING,
        /** The reprint was deleted; it leaves its story page. */
        REMOVED
    }
}
