package dev.drift.calibration;

import dev.drift.calibration.WmtSet.Output;
import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.DriftAnalyzer.Analysis;
import dev.drift.engine.SameMeaning;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.meaning.EncodingCache;
import dev.drift.engine.meaning.SentenceEncoder;
import dev.drift.engine.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exploration: how well candidate evidence that the report does not use yet separates WMT outputs with a major
 * accuracy error from clean ones, alone (ROC AUC): the sentence model's cosine of the whole texts, and its
 * same-meaning probability over every aligned pair (mean and least). Usage: {@code WmtEvidenceScreen [EVAL_DIR]}.
 */
public final class WmtEvidenceScreen {
    private WmtEvidenceScreen() {
    }

    /** The first sentences of an article up to {@code chars} characters (at least one sentence). */
    static String lead(dev.drift.engine.document.Article a, int chars) {
        StringBuilder b = new StringBuilder();
        for (var s : a.sentences()) {
            if (b.length() > 0 && b.length() + s.text().length() > chars) {
                break;
            }
            b.append(b.length() == 0 ? "" : " ").append(s.text());
        }
        return b.toString();
    }

    public static void main(String[] args) throws Exception {
        Path eval = args.length > 0 ? Path.of(args[0]) : EvalData.dir();
        List<Output> outputs = WmtSet.read(eval.resolve("wmt23-zhen-calibration")).stream()
                .filter(o -> o.major() || o.clean()).toList();
        try (BgeSmallEncoder model = BgeSmallEncoder.load()) {
            EncodingCache encoder = new EncodingCache(model);
            DriftAnalyzer analyzer = new DriftAnalyzer(model);
            String[] names = {"1-firstSentenceCosine", "1-leadCosine200", "1-leadCosine400", "1-leadCosine700", "1-wholeCosine", "1-meanPairSame", "1-leastPairSame", "unalignedOrDifferentShare", "overall"};
            List<double[]> values = outputs.parallelStream().map(o -> {
                Analysis a = analyzer.analyze(analyzer.parse("o", o.reference()), analyzer.parse("r", o.output()));
                double whole = SentenceEncoder.cosine(encoder.encode(o.reference()), encoder.encode(o.output()));
                double sum = 0;
                double least = 1;
                int n = 0;
                int different = 0;
                for (SentencePair p : a.comparison().pairs()) {
                    if (p == null) {
                        different++;
                        continue;
                    }
                    StringBuilder source = new StringBuilder();
                    for (Span s : p.original()) {
                        source.append(source.length() == 0 ? "" : " ").append(s.text());
                    }
                    double same = SameMeaning.decide(source.toString(), p.reprint().text(), encoder).score();
                    sum += same;
                    least = Math.min(least, same);
                    n++;
                    different += same < 0.5 ? 1 : 0;
                }
                int total = a.comparison().pairs().size();
                double lead4 = SentenceEncoder.cosine(encoder.encode(lead(a.comparison().original(), 400)),
                        encoder.encode(lead(a.comparison().reprint(), 400)));
                double lead7 = SentenceEncoder.cosine(encoder.encode(lead(a.comparison().original(), 700)),
                        encoder.encode(lead(a.comparison().reprint(), 700)));
                double first = SentenceEncoder.cosine(encoder.encode(lead(a.comparison().original(), 1)),
                        encoder.encode(lead(a.comparison().reprint(), 1)));
                double lead2 = SentenceEncoder.cosine(encoder.encode(lead(a.comparison().original(), 200)),
                        encoder.encode(lead(a.comparison().reprint(), 200)));
                return new double[] {1 - first, 1 - lead2, 1 - lead4, 1 - lead7, 1 - whole, n == 0 ? 1 : 1 - sum / n, 1 - least, total == 0 ? 0 : (double) different / total,
                        DriftAnalyzer.report(a, dev.drift.engine.score.Calibration.fitted()).scores().overall()};
            }).toList();
            for (int f = 0; f < names.length; f++) {
                List<Double> major = new ArrayList<>();
                List<Double> clean = new ArrayList<>();
                for (int i = 0; i < outputs.size(); i++) {
                    (outputs.get(i).major() ? major : clean).add(values.get(i)[f]);
                }
                System.out.printf(Locale.ROOT, "%-26s AUC %.3f%n", names[f],
                        Roc.auc(WmtEvaluation.array(major), WmtEvaluation.array(clean)));
            }
        }
    }
}
