package dev.drift.cli;

import dev.drift.engine.text.InputRejectedException;
import dev.drift.engine.text.TextDecoder;
import dev.drift.engine.text.TextFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/** A list of pairs' lines (null for a line that is not UTF-8), or the one-line reason it was refused. */
record PairList(List<String> lines, String problem) {

    /**
     * The list, line by line. A list with a UTF-16 byte-order mark is decoded whole, as any input; otherwise each line
     * is decoded on its own, strictly as UTF-8, so one undecodable line is reported by its own number and skipped and
     * the other pairs are still compared.
     */
    static PairList read(Path file, TextDecoder decoder) {
        byte[] bytes;
        try {
            bytes = TextFiles.readBytes(file, decoder.maxBytes());
        } catch (InputRejectedException e) {
            return new PairList(null, e.getMessage());
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
        if (utf16) {
            try {
                return new PairList(List.of(decoder.decode(bytes).split("\\R", -1)), null);
            } catch (InputRejectedException e) {
                return new PairList(null, e.getMessage());
            }
        }
        if (bytes.length > 0 && IntStream.range(0, bytes.length).anyMatch(i -> bytes[i] == 0)) {
            return new PairList(null, "binary data, not a list of pairs");
        }
        return new PairList(Utf8Lines.split(bytes), null);
    }
}
