package dev.drift.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.calibration.WmtEvaluation.Judged;
import dev.drift.calibration.WmtSet.Output;
import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The engine as built, with the sentence model, on the WMT23 zh-en calibration outputs rated by translators: prints
 * the figures of {@link WmtEvaluation} (the measurements document carries the cross-validated ones from
 * {@code ./calibrate fit}) and checks what a reader relies on: {@code overall} ranks outputs with a major accuracy
 * error above faultless ones better than word overlap does, and a MEDIUM/HIGH finding is rarer on faultless outputs
 * than on major ones.
 */
class WmtEvalTest {

    @Test
    void overallRanksRealErrorsAboveFaithfulTranslationsBetterThanWordOverlap() throws Exception {
        Path dir = EvalData.dir().resolve("wmt23-zhen-calibration");
        Assumptions.assumeTrue(Files.isDirectory(dir), "WMT23 calibration set not present beside the project");
        List<Output> outputs = WmtSet.read(dir);
        List<Judged> judged;
        try (BgeSmallEncoder model = BgeSmallEncoder.load()) {
            judged = WmtEvaluation.judge(new DriftAnalyzer(model), outputs);
        }
        System.out.print(WmtEvaluation.measure(judged, r -> r.scores().overall()));
        double overall = auc(judged, j -> j.report().scores().overall());
        double overlap = auc(judged, j -> 1 - Overlap.jaccard(j.output().reference(), j.output().output()));
        assertTrue(overall > overlap, "overall " + overall + " against word overlap " + overlap);
        assertTrue(flaggedShare(judged, true) > flaggedShare(judged, false), "MEDIUM+ on major outputs more often than on clean ones");
    }

    private static double auc(List<Judged> judged, java.util.function.ToDoubleFunction<Judged> score) {
        double[] major = judged.stream().filter(j -> j.output().major()).mapToDouble(score).toArray();
        double[] clean = judged.stream().filter(j -> j.output().clean()).mapToDouble(score).toArray();
        return Roc.auc(major, clean);
    }

    private static double flaggedShare(List<Judged> judged, boolean major) {
        List<Judged> set = judged.stream().filter(j -> major ? j.output().major() : j.output().clean()).toList();
        return (double) set.stream().filter(j -> j.report().shifts().stream().anyMatch(s -> s.severity() != Severity.LOW))
                .count() / set.size();
    }
}
