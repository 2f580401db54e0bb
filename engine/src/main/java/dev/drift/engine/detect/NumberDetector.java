package dev.drift.engine.detect;

import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.shift.Quantity;
import dev.drift.engine.text.Span;
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAlignment;
import java.util.ArrayList;
import java.util.List;

/** NUMBER: a quantity's value or its bound changed ("nearly 6,000" became "roughly 6,000"; "three" became "two"). */
public final class NumberDetector implements ShiftDetector {

    @Override
    public void inPair(SentencePair pair, List<Shift> out) {
        quantities(pair, out);
        if (pair.words() != null) {
            numberWords(pair, out);
        }
    }

    private static void quantities(SentencePair pair, List<Shift> out) {
        List<Quantity> rq = Quantity.find(pair.reprintText(), pair.reprint().start(), pair.reprint().end());
        if (rq.isEmpty()) {
            return; // only the reprint's quantities are judged
        }
        List<Quantity> oq = new ArrayList<>();
        for (Span s : pair.original()) {
            oq.addAll(Quantity.find(pair.originalText(), s.start(), s.end()));
        }
        List<Quantity> unmatchedO = new ArrayList<>(oq);
        List<Quantity> unmatchedR = new ArrayList<>();
        for (Quantity q : rq) {
            Quantity same = unmatchedO.stream().filter(x -> x.sameValue(q)).findFirst().orElse(null);
            if (same == null) {
                unmatchedR.add(q);
                continue;
            }
            unmatchedO.remove(same);
            if (same.boundChanged(q)) {
                out.add(new Shift(ShiftType.NUMBER, Severity.MEDIUM,
                        "The quantity's bound changed: \"" + same.span().text() + "\" became \"" + q.span().text()
                                + "\", which no longer says the same about how many.",
                        Excerpt.of(q.span()), Excerpt.of(same.span())));
            }
        }
        for (Quantity q : unmatchedR) {
            Quantity was = unmatchedO.stream().filter(x -> x.comparable(q)).findFirst().orElse(null);
            if (was != null) {
                unmatchedO.remove(was);
                out.add(new Shift(ShiftType.NUMBER, Severity.HIGH,
                        "The number changed from \"" + was.span().text() + "\" to \"" + q.span().text() + "\".",
                        Excerpt.of(q.span()), Excerpt.of(was.span())));
            }
        }
    }

    /** Number words the word alignment found standing for one another. */
    private static void numberWords(SentencePair pair, List<Shift> out) {
        for (WordAlignment.Substitution s : pair.words().substitutions()) {
            Word r = pair.words().reprint().get(s.reprintWord());
            Word o = pair.words().original().get(s.originalWord());
            if (Lexicon.NUMBER_WORDS.contains(r.lower()) && Lexicon.NUMBER_WORDS.contains(o.lower())) {
                out.add(new Shift(ShiftType.NUMBER, Severity.HIGH,
                        "The number changed from \"" + o.text() + "\" to \"" + r.text() + "\".",
                        Excerpt.of(pair.reprintWord(s.reprintWord())), Excerpt.of(pair.originalWord(s.originalWord()))));
            }
        }
    }
}
