package dev.drift.engine.detect;

import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.text.Span;
import java.util.List;

/**
 * MODALITY: what the original presents as possible or feared stated as fact (or the reverse), and a statement
 * turned into a question (or the reverse).
 */
public final class ModalityDetector implements ShiftDetector {

    @Override
    public void inPair(SentencePair pair, List<Shift> out) {
        List<Span> rPossible = pair.reprintCues().possibility();
        List<Span> oPossible = pair.originalCues().possibility();
        List<Span> rFact = pair.reprintCues().factiveOutcomes();
        List<Span> oFact = pair.originalCues().factiveOutcomes();
        if (!oPossible.isEmpty() && rPossible.isEmpty() && !rFact.isEmpty() && oFact.isEmpty()) {
            out.add(new Shift(ShiftType.MODALITY, Severity.HIGH,
                    "What the original presents as possible or feared (\"" + oPossible.get(0).text()
                            + "\") the reprint presents as an accomplished fact (\"" + rFact.get(0).text() + "\").",
                    Excerpt.of(pair.reprint()), Excerpt.of(oPossible.get(0))));
        } else if (oPossible.isEmpty() && !rPossible.isEmpty() && !oFact.isEmpty() && rFact.isEmpty()) {
            out.add(new Shift(ShiftType.MODALITY, Severity.LOW,
                    "What the original states as fact (\"" + oFact.get(0).text() + "\") the reprint presents as only possible (\""
                            + rPossible.get(0).text() + "\").",
                    Excerpt.of(rPossible.get(0)), Excerpt.of(pair.firstOriginal())));
        }
        if (pair.words() != null) {
            question(pair, out);
        }
    }

    private static void question(SentencePair pair, List<Shift> out) {
        boolean reprintAsks = asks(pair.reprint().text());
        Span last = pair.original().get(pair.original().size() - 1);
        boolean originalAsks = pair.original().stream().anyMatch(s -> asks(s.text()));
        if (reprintAsks && !originalAsks) {
            out.add(new Shift(ShiftType.MODALITY, Severity.MEDIUM,
                    "The original states \"" + last.text() + "\"; the reprint asks it as a question.",
                    Excerpt.of(pair.reprint()), Excerpt.of(last)));
        } else if (originalAsks && !reprintAsks) {
            out.add(new Shift(ShiftType.MODALITY, Severity.MEDIUM,
                    "The original asks a question; the reprint states it as fact: \"" + pair.reprint().text() + "\".",
                    Excerpt.of(pair.reprint()), Excerpt.of(last)));
        }
    }

    /** A sentence that ends with a question mark, closing quotation marks and brackets aside. */
    static boolean asks(String sentence) {
        for (int i = sentence.length() - 1; i >= 0; i--) {
            char c = sentence.charAt(i);
            if (c == '?') {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'”’»)].".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }
}
