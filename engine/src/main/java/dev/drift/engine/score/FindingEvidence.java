package dev.drift.engine.score;

import dev.drift.engine.compare.Comparison;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.document.Article;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the comparison says about the place of each finding, as named numbers for {@link SeverityGate}: the finding's
 * family and the detector's severity, and how closely the sentence pair it lies in renders its original (sentence
 * similarity, share of words rendered, word order kept, places that differ). Two good translations of one text differ
 * everywhere a little; a real change stands out of a pair that otherwise agrees, or leaves a passage unrendered in a
 * reprint that is shorter. Computed from what the comparison already holds: no model call, linear in the findings.
 */
public final class FindingEvidence {
    /** At most this many places differ in a pair whose change stands alone. */
    static final int ISOLATED_PLACES = 2;
    /** And at least this share of its words is rendered. */
    static final double ISOLATED_CLOSENESS = 0.75;

    private FindingEvidence() {
    }

    /**
     * The evidence of each finding, in the order given. Lexical only, so that the one gate serves the engine with and
     * without the sentence model alike (a model-only feature in the gate demoted changes the lexical engine found).
     */
    public static List<Map<String, Double>> of(Comparison comparison, List<Shift> shifts, TextShape shape) {
        Article reprint = comparison.reprint();
        int[] sentenceOf = new int[shifts.size()];
        Map<Integer, Integer> flaggedPerSentence = new HashMap<>();
        for (int i = 0; i < shifts.size(); i++) {
            Shift s = shifts.get(i);
            sentenceOf[i] = s.reprint() == null ? -1 : sentenceAt(reprint, s.reprint().start());
            if (s.severity() != Severity.LOW && sentenceOf[i] >= 0) {
                flaggedPerSentence.merge(sentenceOf[i], 1, Integer::sum);
            }
        }
        List<Map<String, Double>> out = new ArrayList<>(shifts.size());
        for (int i = 0; i < shifts.size(); i++) {
            Shift s = shifts.get(i);
            Map<String, Double> x = new HashMap<>();
            String type = "type:" + s.type().name();
            x.put(type, 1.0);
            x.put("high", s.severity() == Severity.HIGH ? 1.0 : 0.0);
            x.put("lengthGap", shape.lengthGap());
            x.put("reprintShorter", shape.reprintShorter());
            x.put("unaligned", shape.unalignedShare());
            int sentence = sentenceOf[i];
            SentencePair pair = sentence >= 0 ? comparison.pairs().get(sentence) : null;
            if (s.reprint() == null) {
                x.put("noReprintSpan", 1.0);
                x.put("originalRendered", originalRendered(comparison, s.original()));
            } else if (pair != null) {
                double closeness = pair.words() == null ? 0 : pair.words().closeness();
                x.put("aligned", 1.0);
                x.put("similarity", pair.similarity());
                x.put("closeness", closeness);
                x.put(type + "*closeness", closeness);
                x.put("orderKept", pair.words() == null ? 0 : pair.words().orderKept());
                x.put("places", pair.words() == null ? 0 : Math.log1p(pair.words().differingPlaces()));
                // A change standing alone in a pair that otherwise renders its original word for word: the regime where
                // a detector's reading is reliable, unlike the many small differences of two independent translations.
                boolean isolated = pair.words() != null && pair.words().differingPlaces() <= ISOLATED_PLACES
                        && closeness >= ISOLATED_CLOSENESS;
                x.put("isolated", isolated ? 1.0 : 0.0);
                x.put(type + "*isolated", isolated ? 1.0 : 0.0);
                x.put("quoted", reprint.insideSpeechQuote(s.reprint().start()) ? 1.0 : 0.0);
            }
            if (sentence >= 0) {
                Article.Sentence rs = reprint.sentences().get(sentence);
                double length = Math.max(1, rs.span().end() - rs.span().start());
                x.put("excerptShare", Math.min(1, (s.reprint().end() - s.reprint().start()) / length));
                x.put("sentenceFindings", Math.log1p(flaggedPerSentence.getOrDefault(sentence, 0)));
            }
            out.add(x);
        }
        return out;
    }

    /** 1 when some reprint sentence renders the original sentence the excerpt starts in. */
    private static double originalRendered(Comparison comparison, Excerpt original) {
        if (original == null) {
            return 0;
        }
        int o = sentenceAt(comparison.original(), original.start());
        return o >= 0 && comparison.alignment().renderingSentence(o) >= 0 ? 1 : 0;
    }

    /** The sentence whose span holds the offset (or the last one starting before it), -1 before the first. */
    public static int sentenceAt(Article article, int offset) {
        List<Article.Sentence> sentences = article.sentences();
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
