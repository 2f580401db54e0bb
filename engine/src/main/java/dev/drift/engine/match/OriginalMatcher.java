package dev.drift.engine.match;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.align.SentenceAligner;
import dev.drift.engine.document.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds which registered original a reprint copies: candidates from the {@link ShingleIndex}, each confirmed by the
 * engine's own sentence alignment (the share of the reprint's sentences that render a sentence of the candidate),
 * so that a text on the same topic written independently, which shares words but renders no sentence, is not taken
 * for a copy. Thread-safe.
 */
public final class OriginalMatcher {
    /**
     * Share of the reprint's sentences that must render the original. Chosen, not fitted: no labelled reuse data
     * was at hand, so it sits where a reprint renders most of itself from its source.
     */
    public static final double THRESHOLD = 0.5;
    /** Candidates confirmed by alignment, most similar shingles first: alignment is the costly step. */
    public static final int CONFIRMED = 3;

    private final DriftAnalyzer analyzer;
    private final ShingleIndex index;
    /** An original's text by id, read only for the few candidates a lookup confirms; null when it is gone. */
    private final Function<String, String> texts;
    private final Map<String, String> registered = new ConcurrentHashMap<>();

    /** A matcher that keeps each registered original's text itself: for a folder of originals. */
    public OriginalMatcher(DriftAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.index = new ShingleIndex();
        this.texts = registered::get;
    }

    /** A matcher that confirms candidates found elsewhere ({@link #confirm}), reading their texts from {@code texts}. */
    public OriginalMatcher(DriftAnalyzer analyzer, Function<String, String> texts) {
        this(analyzer, new ShingleIndex(), texts);
    }

    /**
     * A matcher over an index kept elsewhere, reading the texts of its candidates from {@code texts} (a store of
     * originals): at the scale of a news archive only the index is held in memory.
     */
    public OriginalMatcher(DriftAnalyzer analyzer, ShingleIndex index, Function<String, String> texts) {
        this.analyzer = analyzer;
        this.index = index;
        this.texts = texts;
    }

    /**
     * The best candidate and the runner-up, each with the share of the reprint's sentences it renders; no
     * candidate gives null ids and 0.
     */
    public record Match(String best, double score, String runnerUp, double runnerUpScore) {
        /** The best candidate renders enough of the reprint to be its original. */
        public boolean matched() {
            return best != null && score >= THRESHOLD;
        }
    }

    public void register(String id, String text) {
        registered.put(id, text);
        index.put(id, text);
    }

    public void remove(String id) {
        registered.remove(id);
        index.remove(id);
    }

    public Match match(String reprint) {
        return match(reprint, Set.of());
    }

    /** The match among the originals other than {@code excluded} (the reprint's own id, when it is registered too). */
    public Match match(String reprint, Set<String> excluded) {
        return confirm(reprint, index.candidates(reprint).stream().map(ShingleIndex.Candidate::id)
                .filter(id -> !excluded.contains(id)).toList());
    }

    /**
     * The match among candidates found elsewhere (an index kept in a store), most promising first: the first
     * {@value #CONFIRMED} are aligned with the reprint.
     */
    public Match confirm(String reprint, List<String> candidates) {
        Article parsed = analyzer.parse("reprint", reprint);
        List<Scored> scored = new ArrayList<>();
        for (String id : candidates.stream().limit(CONFIRMED).toList()) {
            String original = texts.apply(id);
            if (original != null) {
                scored.add(new Scored(id, renderedShare(analyzer.align(analyzer.parse(id, original), parsed))));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
        Scored best = scored.isEmpty() ? null : scored.get(0);
        Scored second = scored.size() < 2 ? null : scored.get(1);
        return new Match(best == null ? null : best.id(), best == null ? 0 : best.score(),
                second == null ? null : second.id(), second == null ? 0 : second.score());
    }

    private record Scored(String id, double score) {
    }

    /** Share of the reprint's sentences the alignment gives a source sentence. */
    static double renderedShare(SentenceAligner.Result alignment) {
        if (alignment.links().isEmpty()) {
            return 0;
        }
        long rendered = alignment.links().stream().filter(l -> !l.originalSentences().isEmpty()).count();
        return Math.round(1000.0 * rendered / alignment.links().size()) / 1000.0;
    }
}
