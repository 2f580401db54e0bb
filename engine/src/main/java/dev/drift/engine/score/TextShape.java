package dev.drift.engine.score;

import dev.drift.engine.compare.Comparison;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.document.Article;
import dev.drift.engine.text.Token;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The shape of a comparison as a whole: how the two lengths differ, how much of the reprint renders nothing, and how
 * closely the aligned pairs render their originals on average.
 *
 * @param lengthGap      |log| of the ratio of the two texts' token counts (0 for equal lengths)
 * @param reprintShorter log of how many times the original is longer than the reprint, 0 when it is not
 * @param unalignedShare share of the reprint's sentences that render no original sentence
 * @param meanSimilarity mean sentence similarity of the aligned reprint sentences (0 when none is aligned)
 * @param minSimilarity  the lowest of them (0 when none)
 * @param meanCloseness  mean share of words rendered in the aligned pairs (0 when none)
 * @param wordOverlap    Jaccard overlap of the two texts' sets of lower-cased words (1 when neither has any)
 * @param leadShare      the share of the original's tokens in its first sentence (1 for an empty text): how much of
 *                       the text a comparison of the leads speaks for
 */
public record TextShape(double lengthGap, double reprintShorter, double unalignedShare, double meanSimilarity,
                        double minSimilarity, double meanCloseness, double wordOverlap, double leadShare) {

    public static TextShape of(Comparison comparison) {
        double ratio = Math.log((tokens(comparison.original()) + 1.0) / (tokens(comparison.reprint()) + 1.0));
        int aligned = 0;
        double similarity = 0;
        double closeness = 0;
        double min = Double.MAX_VALUE;
        for (SentencePair pair : comparison.pairs()) {
            if (pair != null) {
                aligned++;
                similarity += pair.similarity();
                closeness += pair.words() == null ? 0 : pair.words().closeness();
                min = Math.min(min, pair.similarity());
            }
        }
        int sentences = comparison.pairs().size();
        return new TextShape(Math.abs(ratio), Math.max(0, ratio),
                sentences == 0 ? 0 : 1 - (double) aligned / sentences,
                aligned == 0 ? 0 : similarity / aligned, aligned == 0 ? 0 : min, aligned == 0 ? 0 : closeness / aligned,
                overlap(comparison.original(), comparison.reprint()), leadShare(comparison.original()));
    }

    private static double leadShare(Article a) {
        int all = tokens(a);
        return all == 0 ? 1 : (double) a.sentences().get(0).tokens().size() / all;
    }

    private static double overlap(Article a, Article b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        int both = 0;
        for (String w : x) {
            both += y.contains(w) ? 1 : 0;
        }
        return (double) both / (x.size() + y.size() - both);
    }

    private static Set<String> words(Article a) {
        Set<String> out = new HashSet<>();
        for (Article.Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                {
                    out.add(t.text().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static int tokens(Article a) {
        int n = 0;
        for (Article.Sentence s : a.sentences()) {
            n += s.tokens().size();
        }
        return n;
    }
}
