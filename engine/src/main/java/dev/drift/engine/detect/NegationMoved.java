package dev.drift.engine.detect;

import dev.drift.engine.compare.Comparison;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.document.Article;
import dev.drift.engine.shift.Cues;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.words.Word;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A negation that moved between sentences, so that one pair shows it added or gone while the text as a whole keeps
 * it: two original sentences merged into one reprint sentence, or one original sentence split into two. What
 * {@link ClaimDetector} asks before it reports a flipped polarity.
 */
final class NegationMoved {
    private NegationMoved() {
    }

    /** Original sentences this far either side of the rendered ones may have been merged into the reprint sentence. */
    private static final int MERGE_REACH = 3;
    /** Content words a merged-in sentence shares with the reprint sentence, at least: its claim, not a stray word. */
    private static final int MERGED_SHARED_WORDS = 3;

    /**
     * Reprint sentence {@code r} adds a negation to the sentences it is aligned with, and an original sentence near
     * them has a negation and shares at least {@link #MERGED_SHARED_WORDS} content words with it ("families held in
     * camps such as al-Hol were not part of the operation" two sentences before): the reprint joined two sentences
     * into one, and the negation is the other sentence's. Asked only where a negation is added, which is rare.
     */
    static boolean merged(Comparison c, int r) {
        SentencePair pair = c.pairs().get(r);
        if (pair.reprintCues().negations().isEmpty() || !pair.originalCues().negations().isEmpty()) {
            return false;
        }
        List<Integer> rendered = c.alignment().linkOf(r).originalSentences();
        Set<String> reprintWords = contentLemmas(pair.reprintCues().tokens());
        int first = rendered.get(0);
        int last = rendered.get(rendered.size() - 1);
        List<Article.Sentence> sentences = c.original().sentences();
        for (int o = Math.max(0, first - MERGE_REACH); o <= Math.min(sentences.size() - 1, last + MERGE_REACH); o++) {
            if (rendered.contains(o)) {
                continue;
            }
            Span s = sentences.get(o).span();
            Cues.Found found = Cues.find(c.original().text(), List.of(s));
            if (found.negations().isEmpty()) {
                continue;
            }
            Set<String> shared = contentLemmas(found.tokens());
            shared.retainAll(reprintWords);
            if (shared.size() >= MERGED_SHARED_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The original sentences that reprint sentence {@code r} renders hold a negation it lacks, and the reprint sentence
     * next to it, split off the same original sentence (aligned with it, or aligned with none), has one ("... many
     * unknown areas. We ... must not stick to the old ways" for "... many unknown areas ..., never carve the boat"):
     * the negation moved with its clause. Asked only where a negation is gone.
     */
    static boolean split(Comparison c, int r) {
        SentencePair pair = c.pairs().get(r);
        if (!pair.reprintCues().negations().isEmpty() || pair.originalCues().negations().isEmpty()) {
            return false;
        }
        List<Integer> rendered = c.alignment().linkOf(r).originalSentences();
        for (int n = r - 1; n <= r + 1; n += 2) {
            if (n < 0 || n >= c.pairs().size() || c.reprint().sentences().get(n).paragraph()
                    != c.reprint().sentences().get(r).paragraph()) {
                continue;
            }
            SentencePair next = c.pairs().get(n);
            List<Integer> its = c.alignment().linkOf(n).originalSentences();
            boolean sameSource = next == null || its.stream().anyMatch(rendered::contains);
            Cues.Found cues = next != null ? next.reprintCues()
                    : Cues.find(c.reprint().text(), List.of(c.reprint().sentences().get(n).span()));
            if (sameSource && !cues.negations().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> contentLemmas(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Word w : Word.of(tokens)) {
            if (w.content()) {
                out.add(w.lemma());
            }
        }
        return out;
    }
}
