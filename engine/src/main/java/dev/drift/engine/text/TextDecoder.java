package dev.drift.engine.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an uploaded article into text, or refuses them with a one-line reason.
 * Accepts UTF-8 with or without BOM and UTF-16 with BOM; the BOM is not part of the decoded text,
 * so report offsets index the text after it.
 */
public final class TextDecoder {
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;

    public TextDecoder(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public TextDecoder() {
        this(DEFAULT_MAX_BYTES);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public String decode(byte[] bytes) throws InputRejectedException {
        if (bytes == null || bytes.length == 0) {
            throw new InputRejectedException(InputRejectedException.Reason.EMPTY, "empty input: the file has no bytes");
        }
        if (bytes.length > maxBytes) {
            throw new InputRejectedException(InputRejectedException.Reason.OVERSIZED,
                    "oversized input: " + bytes.length + " bytes exceeds the limit of " + maxBytes + " bytes");
        }
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strictDecode(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strictDecode(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strictDecode(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        } else {
            if (looksBinary(bytes)) {
                throw new InputRejectedException(InputRejectedException.Reason.BINARY,
                        "binary input: the file contains NUL or control bytes, not text");
            }
            text = strictDecode(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
        }
        if (looksBinary(text)) {
            throw new InputRejectedException(InputRejectedException.Reason.BINARY,
                    "binary input: the decoded text is mostly control characters");
        }
        if (text.isBlank()) {
            throw new InputRejectedException(InputRejectedException.Reason.EMPTY, "empty input: the file holds only whitespace");
        }
        return text;
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset, String name) throws InputRejectedException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new InputRejectedException(InputRejectedException.Reason.UNDECODABLE,
                    "undecodable input: not valid " + name + " (use UTF-8, or UTF-16 with a byte-order mark)");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes never occur in UTF-8 text; other C0 controls are tolerated only in small numbers. */
    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        int limit = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls > Math.max(8, limit / 100);
    }

    private static boolean looksBinary(String text) {
        int controls = 0;
        int limit = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                controls++;
            }
        }
        return controls > Math.max(8, limit / 100);
    }
}
