package dev.drift.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Line-oriented input decoded one line at a time, strictly as UTF-8, so that one undecodable line is reported by its
 * own number and the others are still read (a decoder over the whole input fails at its first bad block).
 */
final class Utf8Lines {
    private Utf8Lines() {
    }

    /** One line's bytes (a trailing CR dropped) as text, or null when they are not UTF-8. */
    static String decode(byte[] bytes, int from, int to) {
        int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes, from, end - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Every line of the bytes (a UTF-8 byte-order mark skipped), null for a line that is not UTF-8. */
    static List<String> split(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                lines.add(decode(bytes, start, i));
                start = i + 1;
            }
        }
        return lines;
    }
}
