package dev.drift.functions;

import dev.drift.engine.model.ShiftType;
import dev.drift.engine.model.Verdict;
import dev.drift.engine.report.Wording;

/**
 * One finding of an analysis as stored in the table: a semantic shift, or a quotation that is not verbatim.
 *
 * @param kind     a shift type (NUMBER, HEDGE, ...) or QUOTE
 * @param severity LOW, MEDIUM or HIGH for shifts; the verdict for quotations
 */
public record Finding(int index, String kind, String severity, String explanation, String reprintText,
                      Integer reprintStart, String originalText, Integer originalStart) {
    public static final String QUOTE = "QUOTE";

    public boolean isQuote() {
        return kind.equals(QUOTE);
    }

    /** What it is, in words: "quotation altered", "HIGH, changed attribution". */
    public String described() {
        if (isQuote()) {
            return "quotation " + Wording.verdict(Verdict.valueOf(severity));
        }
        String type = kind;
        try {
            type = Wording.shiftType(ShiftType.valueOf(kind));
        } catch (IllegalArgumentException e) {
            // a type stored by a newer analyzer: its name is still readable
        }
        return severity + ", " + type;
    }
}
