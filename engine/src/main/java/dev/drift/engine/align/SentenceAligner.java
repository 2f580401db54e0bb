package dev.drift.engine.align;

import dev.drift.engine.document.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns each reprint sentence with the original sentence or sentences it renders, by weighted word
 * overlap and independent of order (a moved paragraph aligns as well as one in place). Candidates come
 * from an inverted index over each sentence's rarest words, so cost grows with text length, not its square.
 */
public final class SentenceAligner {
    /** Below this similarity a reprint sentence renders no original sentence. */
    public static final double ALIGN_THRESHOLD = 0.22;
    /** Headlines compress a whole story into a few words, so they align on less shared weight. */
    private static final double HEADLINE_THRESHOLD = 0.12;
    private static final double SECOND_SOURCE_MIN = 0.15;
    private static final double SECOND_SOURCE_GAIN = 0.04;
    private static final int PROBE_KEYS = 12;
    /** Words in more sentences than this say little about which sentence is the source, at any article length. */
    private static final int MAX_POSTINGS = 64;
    private static final int CANDIDATES = 8;

    public record Link(int reprintSentence, List<Integer> originalSentences, double similarity) {
    }

    public record Result(List<Link> links, double[] originalCoverage, List<BagOfTerms> originalBags,
                         List<BagOfTerms> reprintBags, Map<String, List<Integer>> originalIndex) {
        public Link linkOf(int reprintSentence) {
            return links.get(reprintSentence);
        }

        /** Original sentences most likely to be the source of a bag of words, from the index, best first. */
        public List<Integer> likelySources(BagOfTerms bag, TermWeights weights) {
            return candidates(bag, originalIndex, weights);
        }
    }

    public Result align(Article original, Article reprint, TermWeights weights) {
        List<BagOfTerms> oBags = bags(original, weights);
        List<BagOfTerms> rBags = bags(reprint, weights);
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < oBags.size(); i++) {
            for (String k : oBags.get(i).keys()) {
                index.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        List<Link> links = new ArrayList<>();
        double[] coverage = new double[oBags.size()];
        for (int r = 0; r < rBags.size(); r++) {
            BagOfTerms bag = rBags.get(r);
            List<Integer> candidates = candidates(bag, index, weights);
            int best = -1;
            int second = -1;
            double bestSim = 0;
            double secondSim = 0;
            for (int o : candidates) {
                double sim = bag.dice(oBags.get(o));
                if (sim > bestSim) {
                    second = best;
                    secondSim = bestSim;
                    best = o;
                    bestSim = sim;
                } else if (sim > secondSim) {
                    second = o;
                    secondSim = sim;
                }
                coverage[o] = Math.max(coverage[o], oBags.get(o).recallIn(bag));
            }
            double threshold = isHeadline(reprint, r) ? HEADLINE_THRESHOLD : ALIGN_THRESHOLD;
            if (best < 0 || bestSim < threshold) {
                links.add(new Link(r, List.of(), bestSim));
                continue;
            }
            List<Integer> sources = new ArrayList<>(List.of(best));
            double sim = bestSim;
            if (second >= 0 && secondSim >= SECOND_SOURCE_MIN) {
                double merged = bag.dice(oBags.get(best).union(oBags.get(second)));
                if (merged >= bestSim + SECOND_SOURCE_GAIN) {
                    sources.add(second);
                    sources.sort(Comparator.naturalOrder());
                    sim = merged;
                }
            }
            links.add(new Link(r, List.copyOf(sources), sim));
        }
        return new Result(links, coverage, oBags, rBags, index);
    }

    /** A first paragraph of one sentence with no closing punctuation. */
    private static boolean isHeadline(Article a, int sentence) {
        Article.Sentence s = a.sentences().get(sentence);
        if (s.paragraph() != 0 || a.sentences().size() > sentence + 1 && a.sentences().get(sentence + 1).paragraph() == 0) {
            return false;
        }
        char last = s.text().charAt(s.text().length() - 1);
        return Character.isLetterOrDigit(last);
    }

    private static List<BagOfTerms> bags(Article a, TermWeights w) {
        List<BagOfTerms> out = new ArrayList<>(a.sentences().size());
        for (Article.Sentence s : a.sentences()) {
            out.add(new BagOfTerms(s.tokens(), w));
        }
        return out;
    }

    private static List<Integer> candidates(BagOfTerms bag, Map<String, List<Integer>> index, TermWeights weights) {
        List<String> probe = new ArrayList<>(bag.keys());
        probe.sort(Comparator.comparingDouble((String k) -> -weights.weight(k)).thenComparing(Comparator.naturalOrder()));
        Map<Integer, Double> score = new HashMap<>();
        int used = 0;
        for (String k : probe) {
            List<Integer> postings = index.get(k);
            if (postings == null || postings.size() > MAX_POSTINGS) {
                continue;
            }
            double w = weights.weight(k);
            for (int o : postings) {
                score.merge(o, w, Double::sum);
            }
            if (++used >= PROBE_KEYS) {
                break;
            }
        }
        return score.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
    }
}
