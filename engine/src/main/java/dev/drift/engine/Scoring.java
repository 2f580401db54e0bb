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

        double severity = 0;
        for (Shift s : shifts) {
            severity += switch (s.severity()) {
                case LOW -> 1;
                case MEDIUM -> 2;
                case HIGH -> 4;
            };
        }
        double k = 2 + original.sentences().size() / 2.0;
        double drift = severity / (severity + k);

        double[] coverage = alignment.originalCoverage();
        double weighted = 0;
        double total = 0;
        for (int i = 0; i < coverage.length; i++) {
            double w = alignment.originalBags().get(i).total();
            total += w;
            weighted += w * Math.min(1.0, coverage[i]);
        }
        double cov = total == 0 ? 1.0 : weighted / total;
        double overall = 1 - (0.4 * quoteFidelity + 0.4 * (1 - drift) + 0.2 * cov);
        return new Scores(round(quoteFidelity), round(drift), round(cov), round(overall));
    }

    private static double round(double v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 1000) / 1000.0;
    }
}
