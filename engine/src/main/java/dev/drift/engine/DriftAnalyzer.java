package dev.drift.engine;

import dev.drift.engine.align.BagOfTerms;
import dev.drift.engine.align.SentenceAligner;
import dev.drift.engine.meaning.EncodingCache;
import dev.drift.engine.meaning.SentenceEncoder;
import dev.drift.engine.align.TermWeights;
import dev.drift.engine.compare.Comparison;
import dev.drift.engine.detect.Detectors;
import dev.drift.engine.detect.OmissionDetector;
import dev.drift.engine.detect.ShiftDetector;
import dev.drift.engine.document.Article;
import dev.drift.engine.document.Quotation;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Shift;
import dev.drift.engine.quote.QuoteJudge;
import dev.drift.engine.report.DriftReport;
import dev.drift.engine.report.DriftReport.AlignedSentence;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.score.Calibration;
import dev.drift.engine.score.FindingEvidence;
import dev.drift.engine.score.ScoreEvidence;
import dev.drift.engine.score.SeverityGate;
import dev.drift.engine.score.TextShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The drift engine's entry point: compares a reprint with its original and reports quote fidelity,
 * semantic shifts and scores. Pure, deterministic and thread-safe; one instance can serve all threads.
 */
public final class DriftAnalyzer {
    public static final String NAME = "drift";
    public static final String VERSION = Version.VALUE;
    /** A quotation with no typed change is ALTERED when the model's probability of the same meaning is below this. */
    private static final double QUOTE_ALTERED_BELOW = 0.2;

    private final ArticleParser parser = new ArticleParser();
    private final SentenceAligner aligner;
    private final List<ShiftDetector> detectors = Detectors.ALL;
    /** The sentence-meaning model behind a cache, or null: then the analysis is lexical only. */
    private final EncodingCache encoder;
    private final Calibration calibration;

    /** Lexical only. */
    public DriftAnalyzer() {
        this(null);
    }

    /** With a sentence-meaning model (null: lexical only); its encodings are cached across analyses. */
    public DriftAnalyzer(SentenceEncoder encoder) {
        this(encoder, Calibration.fitted());
    }

    /** With a model (or null) and a calibration of the severity gate and the score. */
    public DriftAnalyzer(SentenceEncoder encoder, Calibration calibration) {
        this.calibration = calibration;
        this.encoder = EncodingCache.of(encoder);
        this.aligner = new SentenceAligner(this.encoder);
    }

    public Article parse(String id, String text) {
        return parser.parse(id, text);
    }

    /** The sentence alignment alone, without the detectors: which original sentences each reprint sentence renders. */
    public SentenceAligner.Result align(Article original, Article reprint) {
        return aligner.align(original, reprint, TermWeights.of(List.of(original, reprint)));
    }

    public DriftReport compare(String originalId, String originalText, String reprintId, String reprintText) {
        return compare(parse(originalId, originalText), parse(reprintId, reprintText));
    }

    public DriftReport compare(Article original, Article reprint) {
        return report(analyze(original, reprint), calibration);
    }

    /**
     * What the detectors find, with the severities they propose and each finding's evidence, before the severity gate
     * and the scores: the calibration module fits those on this.
     *
     * @param shape      the comparison's shape, read by the gate's and the score's evidence alike
     * @param leadCosine the sentence model's cosine between the two texts' leads (their first sentences), NaN without
     *                   a model
     */
    public record Analysis(Comparison comparison, List<QuoteFinding> quotes, List<Excerpt> omittedQuotes,
                           List<Shift> shifts, List<Map<String, Double>> evidence, TextShape shape,
                           double leadCosine) {
    }

    public Analysis analyze(Article original, Article reprint) {
        Comparison comparison = Comparison.of(original, reprint, aligner);
        List<QuoteFinding> quotes = judgeQuotes(original, reprint, comparison.weights(), comparison.alignment());
        List<Excerpt> omittedQuotes = OmissionDetector.droppedQuotations(original, quotes).stream()
                .map(q -> new Excerpt(q.text(), q.start(), q.end())).toList();
        List<Shift> shifts = new ArrayList<>();
        for (ShiftDetector detector : detectors) {
            detector.detect(comparison, quotes, shifts);
        }
        List<Shift> merged = dedupe(shifts);
        double leadCosine = encoder == null ? Double.NaN
                : SentenceEncoder.cosine(encoder.encode(lead(original)), encoder.encode(lead(reprint)));
        TextShape shape = TextShape.of(comparison);
        return new Analysis(comparison, quotes, omittedQuotes, merged, FindingEvidence.of(comparison, merged, shape),
                shape, leadCosine);
    }

    /**
     * The text's lead, as the sentence model compares it whole: its first sentence (the headline, or the lead of a
     * paragraph). The model's view of a passage as a whole ranks real translation errors above faithful translations
     * better than any other evidence measured (docs/measurements.md: the first sentence as well as the whole text),
     * and one sentence a side keeps its cost to at most two encodings an analysis, often already made.
     */
    private static String lead(Article a) {
        return a.sentences().isEmpty() ? "" : a.sentences().get(0).text();
    }

    /** The findings with the severities the gate lets them keep, and the evidence {@code overall} is computed from. */
    public record Earned(List<Shift> shifts, Map<String, Double> scoreEvidence, double quoteFidelity, double coverage) {
    }

    public static Earned earn(Analysis analysis, SeverityGate gate) {
        double[] probabilities = new double[analysis.shifts().size()];
        List<Shift> shifts = gate.apply(analysis.shifts(), analysis.evidence(), probabilities);
        Comparison c = analysis.comparison();
        double quoteFidelity = Scoring.quoteFidelity(analysis.quotes());
        double coverage = Scoring.coverage(c.original(), c.alignment());
        return new Earned(shifts, ScoreEvidence.of(shifts, probabilities, c.original().sentences().size(), quoteFidelity,
                coverage, analysis.shape(), analysis.leadCosine()), quoteFidelity, coverage);
    }

    /** The report of an analysis under a calibration (the fitted one, or one being fitted). */
    public static DriftReport report(Analysis analysis, Calibration calibration) {
        Earned earned = earn(analysis, calibration.gate());
        Article original = analysis.comparison().original();
        Article reprint = analysis.comparison().reprint();
        SentenceAligner.Result alignment = analysis.comparison().alignment();
        List<Shift> merged = earned.shifts();
        DriftReport.Scores scores = Scoring.score(original, earned, calibration.overall());
        List<QuoteFinding> quotes = analysis.quotes();
        List<Excerpt> omittedQuotes = analysis.omittedQuotes();
        List<AlignedSentence> aligned = new ArrayList<>();
        for (SentenceAligner.Link link : alignment.links()) {
            List<Excerpt> os = link.originalSentences().stream()
                    .map(i -> Excerpt.of(original.sentences().get(i).span())).toList();
            aligned.add(new AlignedSentence(Excerpt.of(reprint.sentences().get(link.reprintSentence()).span()), os,
                    Math.round(link.similarity() * 1000) / 1000.0));
        }
        return new DriftReport(new DriftReport.Analyzer(NAME, VERSION), source(original), source(reprint), scores,
                quotes, omittedQuotes, merged, aligned);
    }

    private static DriftReport.Source source(Article a) {
        return new DriftReport.Source(a.id(), a.boilerplate().stream().map(b -> Excerpt.of(b.span())).toList(),
                a.sentences().size(), (int) a.quotations().stream().filter(Quotation::speech).count());
    }

    private List<QuoteFinding> judgeQuotes(Article original, Article reprint, TermWeights weights,
                                           SentenceAligner.Result alignment) {
        QuoteJudge judge = new QuoteJudge(original, weights, Detectors::typedChanges, this::meaningDiffers);
        List<QuoteFinding> out = new ArrayList<>();
        for (Quotation q : reprint.quotations()) {
            List<Integer> aligned = renderedBy(reprint, alignment, q.sentenceIndex());
            Set<Integer> candidates = new LinkedHashSet<>(aligned);
            BagOfTerms quoteBag = new BagOfTerms(q.tokens(reprint.text()), weights);
            candidates.addAll(topSentences(quoteBag, alignment.likelySources(quoteBag, weights), alignment.originalBags(), 6));
            QuoteJudge.Judged judged = judge.judge(reprint, q, aligned, List.copyOf(candidates));
            out.add(judged.finding());
        }
        return out;
    }

    /**
     * The original sentences a reprint sentence renders; for a sentence that renders none, those of the sentence
     * before it when that one quotes nothing: a long sentence split in two, whose tail carries the quotation
     * ("..., and must be in the same unit. So the “threshold” is still high.").
     */
    private static List<Integer> renderedBy(Article reprint, SentenceAligner.Result alignment, int sentence) {
        if (sentence < 0 || sentence >= alignment.links().size()) {
            return List.of();
        }
        List<Integer> own = alignment.linkOf(sentence).originalSentences();
        if (!own.isEmpty() || sentence == 0 || !reprint.quotationsIn(sentence - 1).isEmpty()) {
            return own;
        }
        return alignment.linkOf(sentence - 1).originalSentences();
    }

    /**
     * Whether the model, when there is one, is sure a quotation says something else than its source. A quotation
     * is a fragment, shorter than the sentences the decision was fitted on, so only a clear verdict overrides the
     * words.
     */
    private boolean meaningDiffers(String source, String quote) {
        return encoder != null && SameMeaning.probabilityBelow(source, quote, encoder, QUOTE_ALTERED_BELOW);
    }

    /** Of the index's likely sources, those sharing the most of the bag's weight, best first. */
    private static List<Integer> topSentences(BagOfTerms bag, List<Integer> likely, List<BagOfTerms> bags, int limit) {
        List<double[]> scored = new ArrayList<>();
        for (int i : likely) {
            double s = bag.recallIn(bags.get(i));
            if (s > 0) {
                scored.add(new double[] {s, i});
            }
        }
        scored.sort(Comparator.comparingDouble((double[] x) -> -x[0]).thenComparingDouble(x -> x[1]));
        return scored.stream().limit(limit).map(x -> (int) x[1]).toList();
    }

    /**
     * One finding per type and place: the first, most specific one wins. Kept findings are filed by type and by each
     * stretch of {@link #PLACE_BUCKET} characters their excerpt covers, so a finding is compared only with those
     * that could overlap it, not with all.
     */
    private static List<Shift> dedupe(List<Shift> shifts) {
        List<Shift> out = new ArrayList<>();
        Map<Shift, Boolean> seen = new IdentityHashMap<>();
        Map<String, List<Shift>> byPlace = new HashMap<>();
        for (Shift s : shifts) {
            List<String> places = places(s);
            boolean duplicate = places.stream().flatMap(p -> byPlace.getOrDefault(p, List.of()).stream())
                    .anyMatch(o -> o.type() == s.type() && overlaps(o.reprint(), s.reprint())
                            && overlaps(o.original(), s.original()));
            if (!duplicate && seen.put(s, Boolean.TRUE) == null) {
                out.add(s);
                places.forEach(p -> byPlace.computeIfAbsent(p, k -> new ArrayList<>()).add(s));
            }
        }
        out.sort(Comparator.comparingInt((Shift s) -> s.reprint() == null ? Integer.MAX_VALUE : s.reprint().start())
                .thenComparingInt(s -> s.original() == null ? Integer.MAX_VALUE : s.original().start())
                .thenComparing(s -> s.type().name()));
        return out;
    }

    private static final int PLACE_BUCKET = 512;

    /**
     * Two duplicates overlap in the reprint, or both lack a reprint excerpt and overlap in the original (or lack
     * both): either way they share one of these keys.
     */
    private static List<String> places(Shift s) {
        Excerpt e = s.reprint() != null ? s.reprint() : s.original();
        String side = s.type() + (s.reprint() != null ? "/r/" : s.original() != null ? "/o/" : "/none");
        if (e == null) {
            return List.of(side);
        }
        List<String> out = new ArrayList<>();
        for (int b = e.start() / PLACE_BUCKET; b <= Math.max(e.start(), e.end() - 1) / PLACE_BUCKET; b++) {
            out.add(side + b);
        }
        return out;
    }

    private static boolean overlaps(Excerpt a, Excerpt b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.start() < b.end() && b.start() < a.end();
    }
}
