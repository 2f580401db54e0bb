package dev.drift.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Text on its way to a terminal, with every character that could drive the terminal shown escaped as {@code \}{@code
 * uXXXX}: C0 controls but tab and newline (escape sequences start with ESC; CR and backspace overwrite what was
 * printed), DEL, C1 controls (0x9B is a one-character CSI), line and paragraph separators, and the bidirectional
 * controls that reorder what a reader sees. Articles are written by strangers, and a reprint must not be able to
 * clear the screen, retitle the window or hide words. The escaped form is also a valid JSON string escape, so JSON
 * printed through these streams means the same.
 */
final class TerminalText {
    private TerminalText() {
    }

    static boolean unsafe(char c) {
        return c < 0x20 && c != '\t' && c != '\n'
                || c >= 0x7F && c <= 0x9F
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || c == '\u2028' || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    static String escape(String s) {
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A file name or path as one line: line breaks and tabs escaped as well, so that a name holding them cannot split
     * a one-line message or a summary's heading (the streams escape the rest anyway).
     */
    static String name(Object path) {
        return escape(String.valueOf(path)).replace("\n", "\\u000A").replace("\t", "\\u0009");
    }

    /** A UTF-8 print stream over {@code out} that escapes what it is given to print. */
    static PrintStream stream(OutputStream out) {
        return new SafeStream(out);
    }

    /** A writer for picocli's messages (they quote the user's arguments) that prints through a safe stream. */
    static PrintWriter writer(PrintStream safe) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                safe.print(new String(buf, off, len));
            }

            @Override
            public void flush() {
                safe.flush();
            }

            @Override
            public void close() {
                safe.flush();
            }
        }, true);
    }

    /**
     * Every character path of PrintStream ends in print(String) or print(char)/print(char[]) (printf and append go
     * through print(String)), so those are where the text is escaped; raw bytes pass as they are.
     */
    private static final class SafeStream extends PrintStream {
        SafeStream(OutputStream out) {
            super(out, true, StandardCharsets.UTF_8);
        }

        @Override
        public void print(String s) {
            super.print(escape(String.valueOf(s)));
        }

        @Override
        public void print(char c) {
            super.print(escape(String.valueOf(c)));
        }

        @Override
        public void print(char[] s) {
            super.print(escape(new String(s)));
        }

        @Override
        public void print(Object o) {
            print(String.valueOf(o));
        }

        @Override
        public void println(String s) {
            synchronized (this) {
                print(s);
                println();
            }
        }

        @Override
        public void println(char[] s) {
            synchronized (this) {
                print(s);
                println();
            }
        }

        @Override
        public void println(char c) {
            synchronized (this) {
                print(c);
                println();
            }
        }

        @Override
        public void println(Object o) {
            println(String.valueOf(o));
        }
    }
}
