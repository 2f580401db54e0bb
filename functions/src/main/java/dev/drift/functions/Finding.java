package dev.drift.functions;

/**
 * One finding of an analysis as stored in the table: a semantic shift, or a quotation that is not verbatim.
 *
 * @param kind     a shift type (NUMBER, HEDGE, ...) or QUOTE
 * @param severity LOW, MEDIUM or HIGH for shifts; the verdict for quotations
 */
public record Finding(int index, String kind, String severity, String explanation, String reprintText,
                      Integer reprintStart, String originalText, Integer originalStart) {
}
