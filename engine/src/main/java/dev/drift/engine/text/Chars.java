package dev.drift.engine.text;

/** Character classes the JDK splits differently: a no-break space is a space in articles. */
public final class Chars {
    private Chars() {
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
