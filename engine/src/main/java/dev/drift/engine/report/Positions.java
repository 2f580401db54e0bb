package dev.drift.engine.report;

import dev.drift.engine.document.Article;
import java.util.List;

/**
 * Places in an article as a reader counts them: "paragraph 3, sentence 2" (both from 1, paragraphs of the article's
 * text without the site chrome set aside), rather than character offsets. Lookups are binary searches.
 */
public final class Positions {
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    private final int[] paragraph;
    private final int[] numberInParagraph;

    public Positions(Article article) {
        List<Article.Sentence> sentences = article.sentences();
        int n = sentences.size();
        sentenceStarts = new int[n];
        sentenceEnds = new int[n];
        paragraph = new int[n];
        numberInParagraph = new int[n];
        for (int i = 0; i < n; i++) {
            Article.Sentence s = sentences.get(i);
            sentenceStarts[i] = s.span().start();
            sentenceEnds[i] = s.span().end();
            paragraph[i] = s.paragraph();
            numberInParagraph[i] = i > 0 && paragraph[i - 1] == s.paragraph() ? numberInParagraph[i - 1] + 1 : 1;
        }
    }

    /** The index of the sentence holding the offset (or the last one starting before it), or -1 before the first. */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentenceStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentenceStarts[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** "paragraph 3, sentence 2", or "before the first sentence" for text above the article (site chrome). */
    public String describe(int offset) {
        int i = sentenceAt(offset);
        if (i < 0) {
            return "before the first sentence";
        }
        String where = "paragraph " + (paragraph[i] + 1) + ", sentence " + numberInParagraph[i];
        return offset < sentenceEnds[i] ? where : "after " + where;
    }
}
