package dev.drift.engine.compare;

import dev.drift.engine.shift.Cues;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Tokenizer;
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAligner;
import dev.drift.engine.words.WordAlignment;
import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of reprint text and the original text it renders: an aligned sentence and its source sentences, or a
 * quotation and its source. {@code words} is the word alignment, or null where only typed cues are compared (a
 * quotation against a window of its source, whose edges are arbitrary).
 *
 * @param similarity the sentence aligner's similarity for the pair (1 when not from the aligner)
 * @param reprintCues  the lexicon cues of the reprint side, found once for all detectors
 * @param originalCues the same for the original side
 * @param sourceShared another reprint sentence renders some of the same original sentences (the reprint split
 *                     them), so original words missing here may be rendered there
 */
public record SentencePair(String reprintText, Span reprint, String originalText, List<Span> original,
                           WordAlignment words, double similarity, Cues.Found reprintCues, Cues.Found originalCues,
                           boolean sourceShared) {

    /** A pair compared by typed cues only. */
    public static SentencePair cuesOnly(String reprintText, Span reprint, String originalText, Span original) {
        return new SentencePair(reprintText, reprint, originalText, List.of(original), null, 1,
                Cues.find(reprintText, List.of(reprint)), Cues.find(originalText, List.of(original)), false);
    }

    /** A pair with its words aligned. */
    public static SentencePair aligned(String reprintText, Span reprint, String originalText, List<Span> original,
                                       double similarity, boolean sourceShared) {
        List<Word> r = Word.of(Tokenizer.tokenize(reprintText, reprint.start(), reprint.end()));
        List<Word> o = new ArrayList<>();
        for (Span s : original) {
            o.addAll(Word.of(Tokenizer.tokenize(originalText, s.start(), s.end())));
        }
        return new SentencePair(reprintText, reprint, originalText, List.copyOf(original), WordAligner.align(r, o),
                similarity, Cues.find(reprintText, List.of(reprint)), Cues.find(originalText, original), sourceShared);
    }

    public Span firstOriginal() {
        return original.get(0);
    }

    /** The reprint text of one aligned word. */
    public Span reprintWord(int i) {
        Word w = words.reprint().get(i);
        return Span.of(reprintText, w.start(), w.end());
    }

    /** The original text of one aligned word. */
    public Span originalWord(int i) {
        Word w = words.original().get(i);
        return Span.of(originalText, w.start(), w.end());
    }
}
