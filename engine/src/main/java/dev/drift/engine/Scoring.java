package dev.drift.engine;

import dev.drift.engine.align.SentenceAligner;
import dev.drift.engine.document.Article;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.report.DriftReport.Scores;
import dev.drift.engine.model.Shift;
import java.util.List;

/** The four scores of a comparison; formulas are documented on {@link Scores} and in the README. */
final class Scoring {
    private Scoring() {
    }

    static Scores score(Article original, List<QuoteFinding> quotes, List<Shift> shifts, SentenceAligner.Result alignment) {
        double fidelitySum = 0;
        int speech = 0;
        for (QuoteFinding q : quotes) {
            if (q.speech()) {
                speech++;
                fidelitySum += q.fidelity();
            }
        }
        double quoteFidelity = speech == 0 ? 1.0 : fidelitySum / speech;

        // LOW findings are listed but not counted: they are the differences a faithful re-translation shows too (a
        // title dropped, a tense nuance), and counting them ranked clean renderings among those with a real change.
        double severity = 0;
        for (Shift s : shifts) {
            severity += switch (s.severity()) {
                case LOW -> 0;
                case MEDIUM -> 2;
                case HIGH -> 4;
            };
        }
        double k = 2 + original.sentences().size() / 2.0;
        double drift = severity / (severity + k);

        // Sentences rendered, not words: a re-translation renders every sentence in other words, and a share of the
        // original's words ranked it as far as a copy with a sentence cut. Words cut inside a sentence are OMISSIONs.
        int sentences = original.sentences().size();
        int rendered = 0;
        for (int i = 0; i < sentences; i++) {
            if (alignment.renderingSentence(i) >= 0) {
                rendered++;
            }
        }
        double cov = sentences == 0 ? 1.0 : (double) rendered / sentences;
        double overall = 1 - (0.4 * quoteFidelity + 0.4 * (1 - drift) + 0.2 * cov);
        return new Scores(round(quoteFidelity), round(drift), round(cov), round(overall));
    }

    private static double round(double v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 1000) / 1000.0;
    }
}
