package dev.drift.engine.compare;

import dev.drift.engine.align.SentenceAligner;
import dev.drift.engine.align.TermWeights;
import dev.drift.engine.document.Article;
import dev.drift.engine.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the detectors read about one reprint and its original, built once: both parsed articles, the term
 * weights, the sentence alignment, and the word alignment of every aligned sentence pair. Immutable.
 */
public final class Comparison {
    private final Article original;
    private final Article reprint;
    private final TermWeights weights;
    private final SentenceAligner.Result alignment;
    private final List<SentencePair> pairs;

    private Comparison(Article original, Article reprint, TermWeights weights, SentenceAligner.Result alignment,
                       List<SentencePair> pairs) {
        this.original = original;
        this.reprint = reprint;
        this.weights = weights;
        this.alignment = alignment;
        this.pairs = pairs;
    }

    public static Comparison of(Article original, Article reprint, SentenceAligner aligner) {
        TermWeights weights = TermWeights.of(List.of(original, reprint));
        SentenceAligner.Result alignment = aligner.align(original, reprint, weights);
        List<SentencePair> pairs = new ArrayList<>(alignment.links().size());
        int[] renderings = new int[original.sentences().size()];
        for (SentenceAligner.Link link : alignment.links()) {
            for (int o : link.originalSentences()) {
                renderings[o]++;
            }
        }
        for (SentenceAligner.Link link : alignment.links()) {
            if (link.originalSentences().isEmpty()) {
                pairs.add(null);
                continue;
            }
            List<Span> sources = link.originalSentences().stream().map(i -> original.sentences().get(i).span()).toList();
            pairs.add(SentencePair.aligned(reprint.text(), reprint.sentences().get(link.reprintSentence()).span(),
                    original.text(), sources, link.similarity(),
                    link.originalSentences().stream().anyMatch(o -> renderings[o] > 1)));
        }
        return new Comparison(original, reprint, weights, alignment, Collections.unmodifiableList(pairs));
    }

    public Article original() {
        return original;
    }

    public Article reprint() {
        return reprint;
    }

    public TermWeights weights() {
        return weights;
    }

    public SentenceAligner.Result alignment() {
        return alignment;
    }

    /** The word-aligned pair of each reprint sentence, by reprint sentence index; null where it renders nothing. */
    public List<SentencePair> pairs() {
        return pairs;
    }

    /**
     * Runs of consecutive reprint sentences in one paragraph that render nothing, as spans of the reprint; sentences of
     * punctuation alone neither join nor break a run.
     */
    public List<Span> unalignedReprintRuns() {
        List<Span> out = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (int i = 0; i < reprint.sentences().size(); i++) {
            Article.Sentence s = reprint.sentences().get(i);
            if (!s.saysSomething()) {
                continue;
            }
            boolean unaligned = pairs.get(i) == null;
            if (runStart >= 0 && (!unaligned || s.paragraph() != reprint.sentences().get(runStart).paragraph())) {
                out.add(Span.of(reprint.text(), reprint.sentences().get(runStart).span().start(),
                        reprint.sentences().get(runEnd).span().end()));
                runStart = -1;
            }
            if (unaligned) {
                if (runStart < 0) {
                    runStart = i;
                }
                runEnd = i;
            }
        }
        if (runStart >= 0) {
            out.add(Span.of(reprint.text(), reprint.sentences().get(runStart).span().start(),
                    reprint.sentences().get(runEnd).span().end()));
        }
        return out;
    }
}
