package dev.drift.engine;

import dev.drift.engine.DriftAnalyzer.Earned;
import dev.drift.engine.align.SentenceAligner;
import dev.drift.engine.document.Article;
import dev.drift.engine.model.Shift;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.report.DriftReport.Scores;
import dev.drift.engine.score.Logistic;
import dev.drift.engine.score.ScoreEvidence;
import java.util.List;
import java.util.Map;

/** The four scores of a comparison; formulas are documented on {@link Scores} and in the README. */
final class Scoring {
    private Scoring() {
    }

    static Scores score(Article original, Earned earned, Logistic overallModel) {
        // LOW findings are listed but not counted: they are the differences a faithful re-translation shows too (a
        // title dropped, a tense nuance), and counting them ranked clean renderings among those with a real change.
        double severity = 0;
        for (Shift s : earned.shifts()) {
            severity += switch (s.severity()) {
                case LOW -> 0;
                case MEDIUM -> 2;
                case HIGH -> 4;
            };
        }
        double k = 2 + original.sentences().size() / 2.0;
        double drift = severity / (severity + k);
        double overall = overallScore(overallModel, earned.scoreEvidence());
        return new Scores(round(earned.quoteFidelity()), round(drift), round(earned.coverage()), round(overall));
    }

    /**
     * The model's probability of a major change, rescaled so that an exact copy (no finding, every sentence rendered
     * word for word) scores 0 and certainty 1: the model's weights only let drift evidence raise it, so a copy is its
     * floor. The order of reprints is the model's.
     */
    static double overallScore(Logistic model, Map<String, Double> evidence) {
        double floor = model.probability(ScoreEvidence.ofCopy());
        return Math.max(0, (model.probability(evidence) - floor) / (1 - floor));
    }

    /** Mean fidelity of the speech quotations, 1 without any. */
    static double quoteFidelity(List<QuoteFinding> quotes) {
        double fidelitySum = 0;
        int speech = 0;
        for (QuoteFinding q : quotes) {
            if (q.speech()) {
                speech++;
                fidelitySum += q.fidelity();
            }
        }
        return speech == 0 ? 1.0 : fidelitySum / speech;
    }

    /**
     * Sentences rendered, not words: a re-translation renders every sentence in other words, and a share of the
     * original's words ranked it as far as a copy with a sentence cut. Words cut inside a sentence are OMISSIONs.
     */
    static double coverage(Article original, SentenceAligner.Result alignment) {
        int sentences = original.sentences().size();
        int rendered = 0;
        for (int i = 0; i < sentences; i++) {
            if (alignment.renderingSentence(i) >= 0) {
                rendered++;
            }
        }
        return sentences == 0 ? 1.0 : (double) rendered / sentences;
    }

    private static double round(double v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 1000) / 1000.0;
    }
}
