package dev.drift.engine.align;

import dev.drift.engine.document.Article;
import dev.drift.engine.meaning.EncodingCache;
import dev.drift.engine.meaning.SentenceEncoder;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** Candidates the model compares: the lexical ones first, then the sentences after the previous one's source. */
    private static final int MEANING_CANDIDATES = 5;
    private static final int FOLLOWING_SOURCES = 2;
    /**
     * bge-small's cosine between sentences of one news story rarely falls below this, so it maps to no evidence of
     * meaning; at {@link #COSINE_SAME} and above two sentences say the same. Between, the score rises linearly onto the
     * scale of the lexical similarity (0.22, the alignment threshold, is reached at a cosine of about 0.79).
     */
    private static final double COSINE_UNRELATED = 0.75;
    private static final double COSINE_SAME = 0.95;

    /** The sentence-meaning model (cached), or null: align by words alone. */
    private final EncodingCache encoder;

    /** Lexical only. */
    public SentenceAligner() {
        this(null);
    }

    public SentenceAligner(EncodingCache encoder) {
        this.encoder = encoder;
    }

    public record Link(int reprintSentence, List<Integer> originalSentences, double similarity) {
    }

    /** {@code firstRendering}: for each original sentence, the first reprint sentence linked to it, or -1. */
    public record Result(List<Link> links, double[] originalCoverage, List<BagOfTerms> originalBags,
                         List<BagOfTerms> reprintBags, BagIndex originalIndex, int[] firstRendering) {
        public Link linkOf(int reprintSentence) {
            return links.get(reprintSentence);
        }

        /** The first reprint sentence that renders this original sentence, or -1 when none does. */
        public int renderingSentence(int originalSentence) {
            return originalSentence >= 0 && originalSentence < firstRendering.length ? firstRendering[originalSentence] : -1;
        }

        /** Original sentences most likely to be the source of a bag of words, from the index, best first. */
        public List<Integer> likelySources(BagOfTerms bag, TermWeights weights) {
            return candidates(bag, originalIndex, originalBags.size(), weights);
        }
    }

    public Result align(Article original, Article reprint, TermWeights weights) {
        List<BagOfTerms> oBags = bags(original, weights);
        List<BagOfTerms> rBags = bags(reprint, weights);
        BagIndex index = new BagIndex(oBags, weights);
        Map<String, List<Integer>> wordlessSentences = wordlessSentences(original, oBags);
        List<Link> links = new ArrayList<>();
        double[] coverage = new double[oBags.size()];
        int lastSource = -1; // the last original sentence rendered so far: where a rewording most likely continues
        for (int r = 0; r < rBags.size(); r++) {
            BagOfTerms bag = rBags.get(r);
            List<Integer> candidates = candidates(bag, index, oBags.size(), weights);
            // The sentence after the last source is always weighed too: where a text repeats a passage, the index's
            // few candidates are all its first copy, and a reprint in order continues at the next one.
            int next = lastSource + 1;
            if (!bag.isEmpty() && next < oBags.size() && !candidates.contains(next)) {
                candidates = new ArrayList<>(candidates);
                candidates.add(next);
            }
            int best = -1;
            int second = -1;
            double bestSim = 0;
            double secondSim = 0;
            for (int o : candidates) {
                double sim = bag.dice(oBags.get(o));
                // Equal sentences render equally: the one continuing the order wins, so a repeated passage is read as
                // rendered in each of its places, not all in its first.
                if (sim > bestSim || sim == bestSim && sim > 0 && o == next) {
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
            if (bag.isEmpty()) {
                // "No.", "Again.": nothing to weigh, so such a sentence renders the same words at the nearest place.
                int same = nearestSame(wordlessSentences.get(reprint.sentences().get(r).text()), r, rBags.size(), oBags.size());
                links.add(same < 0 ? new Link(r, List.of(), 0) : new Link(r, List.of(same), 1));
                if (same >= 0) {
                    lastSource = same;
                }
                continue;
            }
            double threshold = isHeadline(reprint, r) ? HEADLINE_THRESHOLD : ALIGN_THRESHOLD;
            if (encoder != null && bestSim < threshold) {
                // A sentence its words do not align may be a rewording or re-translation: then meaning is asked, and
                // the better of the two scores counts. Sentences the words align (a headline by its rare words
                // included) keep that alignment, and cost no model time.
                float[] meaning = encoder.encode(reprint.sentences().get(r).text());
                for (int o : meaningCandidates(candidates, lastSource, oBags.size())) {
                    double m = meaningScore(meaning, encoder.encode(original.sentences().get(o).text()));
                    double sim = Math.max(m, bag.dice(oBags.get(o)));
                    if (sim > bestSim) {
                        if (best != o) {
                            second = best;
                            secondSim = bestSim;
                        }
                        best = o;
                        bestSim = sim;
                    }
                    coverage[o] = Math.max(coverage[o], m);
                }
            }
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
            lastSource = sources.get(sources.size() - 1);
        }
        int[] firstRendering = new int[oBags.size()];
        Arrays.fill(firstRendering, -1);
        for (Link link : links) {
            for (int o : link.originalSentences()) {
                if (firstRendering[o] < 0) {
                    firstRendering[o] = link.reprintSentence();
                }
            }
        }
        return new Result(links, coverage, oBags, rBags, index, firstRendering);
    }

    /** Original sentences without a content word, by their exact text. */
    private static Map<String, List<Integer>> wordlessSentences(Article original, List<BagOfTerms> bags) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int i = 0; i < bags.size(); i++) {
            if (bags.get(i).isEmpty()) {
                out.computeIfAbsent(original.sentences().get(i).text(), k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    /** Cosine of two unit embeddings mapped onto the lexical similarity's scale, in [0,1]. */
    private static double meaningScore(float[] a, float[] b) {
        double cosine = SentenceEncoder.cosine(a, b);
        return Math.max(0, Math.min(1, (cosine - COSINE_UNRELATED) / (COSINE_SAME - COSINE_UNRELATED)));
    }

    /** The first lexical candidates, then the original sentences following the previous reprint sentence's source. */
    private static List<Integer> meaningCandidates(List<Integer> lexical, int lastSource, int originalCount) {
        List<Integer> out = new ArrayList<>(lexical.subList(0, Math.min(MEANING_CANDIDATES, lexical.size())));
        for (int o = lastSource + 1; o <= lastSource + FOLLOWING_SOURCES && o < originalCount; o++) {
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Of the candidates (ascending), the one nearest in relative position to reprint sentence r, or -1. */
    private static int nearestSame(List<Integer> candidates, int r, int reprintSentences, int originalSentences) {
        if (candidates == null) {
            return -1;
        }
        double at = (double) r / Math.max(1, reprintSentences) * originalSentences;
        // The candidates ascend: the nearest is one of the two around the insertion point (a text of thousands of
        // "No." must not cost a scan per sentence).
        int lo = 0;
        int hi = candidates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (candidates.get(mid) < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int best = -1;
        for (int i = Math.max(0, lo - 1); i <= Math.min(candidates.size() - 1, lo); i++) {
            int c = candidates.get(i);
            if (best < 0 || Math.abs(c - at) < Math.abs(best - at)) {
                best = c;
            }
        }
        return best;
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

    /**
     * The original sentences sharing the most weight with the bag's rarest keys (at most {@link #PROBE_KEYS} that
     * the index lists in few enough sentences), best first, ties to the earlier sentence.
     */
    private static List<Integer> candidates(BagOfTerms bag, BagIndex index, int sentences, TermWeights weights) {
        Integer[] probe = Arrays.stream(bag.ids()).boxed().toArray(Integer[]::new);
        Arrays.sort(probe, Comparator.comparingDouble((Integer id) -> -weights.weight(id))
                .thenComparing(id -> weights.key(id)));
        double[] score = SCORES.get();
        if (score.length < sentences) {
            score = new double[Math.max(sentences, 2 * score.length)];
            SCORES.set(score);
        }
        int[] touched = new int[Math.min(sentences, PROBE_KEYS * MAX_POSTINGS)];
        int touchedCount = 0;
        int used = 0;
        for (int id : probe) {
            int[] postings = index.postings(id);
            if (postings.length == 0 || postings.length > MAX_POSTINGS) {
                continue;
            }
            double w = weights.weight(id);
            for (int o : postings) {
                if (score[o] == 0) {
                    touched[touchedCount++] = o;
                }
                score[o] += w;
            }
            if (++used >= PROBE_KEYS) {
                break;
            }
        }
        Integer[] ranked = new Integer[touchedCount];
        double[] scores = new double[touchedCount];
        for (int i = 0; i < touchedCount; i++) {
            ranked[i] = i;
            scores[i] = score[touched[i]];
            score[touched[i]] = 0; // leave the shared scratch clean for the next call
        }
        int[] sentenceOf = Arrays.copyOf(touched, touchedCount);
        Arrays.sort(ranked, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> sentenceOf[i]));
        List<Integer> out = new ArrayList<>(Math.min(CANDIDATES, touchedCount));
        for (int i = 0; i < Math.min(CANDIDATES, touchedCount); i++) {
            out.add(sentenceOf[ranked[i]]);
        }
        return out;
    }

    /**
     * Per-thread score accumulator, one slot per original sentence, all zero between calls: allocating it per
     * sentence would make alignment quadratic in article length.
     */
    private static final ThreadLocal<double[]> SCORES = ThreadLocal.withInitial(() -> new double[64]);
}
