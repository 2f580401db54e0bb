package dev.drift.engine.report;

import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.Verdict;
import java.util.List;

/** The comparison of one reprint with its original. Field names are the JSON report contract. */
public record DriftReport(Analyzer analyzer, Source original, Source reprint, Scores scores,
                         List<QuoteFinding> quotes, List<Excerpt> omittedQuotes, List<Shift> shifts,
                         List<AlignedSentence> alignment) {

    public record Analyzer(String name, String version) {
    }

    public record Source(String id, List<Excerpt> boilerplate, int sentences, int quotations) {
    }

    public record SourceQuote(String text, int start, int end, boolean quoted) {
    }

    public record QuoteFinding(String text, int start, int end, boolean speech, String speaker, Verdict verdict,
                               Double fidelity, SourceQuote source, String originalSpeaker,
                               boolean attributionChanged) {
    }

    /**
     * @param quoteFidelity mean fidelity of the reprint's speech quotations (1 when it has none)
     * @param semanticDrift D / (D + k): D sums earned shift severities (MEDIUM 2, HIGH 4; LOW not counted), k = 2 + original
     *                      sentences / 2
     * @param coverage      share of the original's sentences that some reprint sentence renders
     * @param overall       drift overall: the fitted model of the report's evidence (score.ScoreEvidence,
     *                      overall-model.txt), rescaled so that an exact copy scores 0
     */
    public record Scores(double quoteFidelity, double semanticDrift, double coverage, double overall) {
    }

    public record AlignedSentence(Excerpt reprint, List<Excerpt> original, double similarity) {
    }
}
