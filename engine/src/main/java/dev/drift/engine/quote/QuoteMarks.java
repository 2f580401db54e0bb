package dev.drift.engine.quote;

import dev.drift.engine.text.Chars;
import dev.drift.engine.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the outermost quotations of a paragraph from its quotation marks: straight and curly, double
 * and single, guillemets and low-9 marks. Nested quotations stay inside their outer one. A closing mark
 * with no opener starts the quotation at its sentence's start; an opener never closed runs to the
 * paragraph's end (the convention for a quotation continued in the next paragraph). Straight and curly double
 * marks close each other (copy-edited text mixes them); an inch mark after feet (6'3") and the attribute values
 * of markup left in scraped text ({@code <tweet author="...">}) are not quotations.
 */
final class QuoteMarks {
    private record Open(int position, char mark) {
    }

    /** Longest markup tag skipped; scraped tags carry a few attributes, a tweet's text among them. */
    private static final int MAX_TAG_LENGTH = 2000;

    private QuoteMarks() {
    }

    /** Returns spans of quoted content, marks excluded, untrimmed. */
    static List<Span> find(String text, Span paragraph, List<Span> sentences) {
        List<Span> found = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int lastTopLevelEnd = paragraph.start();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            int tagEnd = markupEnd(text, i, paragraph.end());
            if (tagEnd > i) {
                i = tagEnd;
                continue;
            }
            char c = text.charAt(i);
            if (isInchMark(text, i, paragraph.start())) {
                continue;
            }
            char prev = i > paragraph.start() ? text.charAt(i - 1) : ' ';
            char next = i + 1 < paragraph.end() ? text.charAt(i + 1) : ' ';
            char beforePrev = i - 1 > paragraph.start() ? text.charAt(i - 2) : ' ';
            Role role = role(c, prev, next, stack);
            if (c == '"' && role == Role.NONE && Chars.isSpace(prev) && Chars.isSpace(next) && !stack.isEmpty()
                    && isDouble(stack.peek().mark()) && "'’,.?!".indexOf(beforePrev) >= 0) {
                // "say, 'Enough is enough,' " Pataki said: a mark set off by a space after a closing single mark or
                // the quotation's last punctuation closes it (a wire style), and is not a stray mark.
                role = Role.CLOSE;
            }
            if (role == Role.OPEN) {
                stack.push(new Open(i, c));
            } else if (role == Role.CLOSE) {
                Open opener = popMatching(stack, c);
                if (opener != null) {
                    if (stack.isEmpty()) {
                        found.add(Span.of(text, opener.position() + 1, i));
                        lastTopLevelEnd = i + 1;
                    }
                } else if (stack.isEmpty()) {
                    int start = Math.max(sentenceStart(sentences, i, paragraph.start()), lastTopLevelEnd);
                    if (start < i) {
                        found.add(Span.of(text, start, i));
                    }
                    lastTopLevelEnd = i + 1;
                }
            }
        }
        if (!stack.isEmpty()) {
            Open outer = stack.peekLast();
            if (outer.position() + 1 < paragraph.end()) {
                found.add(Span.of(text, outer.position() + 1, paragraph.end()));
            }
        }
        return found;
    }

    private enum Role { OPEN, CLOSE, NONE }

    private static Role role(char c, char prev, char next, Deque<Open> stack) {
        switch (c) {
            case '“' -> {
                // A left mark typed after the closing words ("Mostly False.“ The rate ...") closes its quotation.
                boolean closesOpen = !stack.isEmpty() && isDouble(stack.peek().mark()) && !Chars.isSpace(prev)
                        && !isOpeningContext(prev) && Chars.isSpace(next);
                return closesOpen ? Role.CLOSE : Role.OPEN;
            }
            case '„', '«', '‹' -> {
                return Role.OPEN;
            }
            case '”', '»', '›' -> {
                return Role.CLOSE;
            }
            case '‘' -> {
                return Character.isLetterOrDigit(prev) ? Role.NONE : Role.OPEN;
            }
            case '’' -> {
                // An apostrophe unless a ‘ is open and the mark ends a word.
                boolean singleOpen = stack.stream().anyMatch(o -> o.mark() == '‘');
                return singleOpen && !Character.isLetter(next) ? Role.CLOSE : Role.NONE;
            }
            case '"' -> {
                boolean open = !stack.isEmpty() && isDouble(stack.peek().mark());
                if (open && !Chars.isSpace(prev)) {
                    return Role.CLOSE;
                }
                if (isOpeningContext(prev) && !Chars.isSpace(next)) {
                    return Role.OPEN;
                }
                return Chars.isSpace(prev) ? Role.NONE : Role.CLOSE;
            }
            case '\'' -> {
                boolean open = stack.stream().anyMatch(o -> o.mark() == '\'');
                if (open && !Character.isLetter(next) && !Chars.isSpace(prev)) {
                    return Role.CLOSE;
                }
                if (isOpeningContext(prev) && Character.isLetter(next)) {
                    return Role.OPEN;
                }
                return Role.NONE;
            }
            default -> {
                return Role.NONE;
            }
        }
    }

    private static boolean isDouble(char mark) {
        return mark == '"' || mark == '“' || mark == '„';
    }

    /** Feet and inches, 6'3": the double mark after a digit that follows a digit and an apostrophe. */
    private static boolean isInchMark(String text, int i, int from) {
        return text.charAt(i) == '"' && i - 3 >= from && Character.isDigit(text.charAt(i - 1))
                && (text.charAt(i - 2) == '\'' || text.charAt(i - 2) == '’') && Character.isDigit(text.charAt(i - 3));
    }

    /**
     * The last index of a markup tag opening at {@code i} ("<tweet author=\"x\">", "</p>", "<br/>"), or -1: a
     * '<' followed by a letter or '/', closed by '>' within the paragraph before any other '<'.
     */
    private static int markupEnd(String text, int i, int to) {
        if (text.charAt(i) != '<' || i + 1 >= to
                || !(Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/')) {
            return -1;
        }
        for (int j = i + 1; j < to && j - i <= MAX_TAG_LENGTH; j++) {
            char c = text.charAt(j);
            if (c == '>') {
                return j;
            }
            if (c == '<' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isOpeningContext(char prev) {
        return Chars.isSpace(prev) || "([{—–-:/".indexOf(prev) >= 0 || prev == '“' || prev == '‘';
    }

    private static Open popMatching(Deque<Open> stack, char closer) {
        for (Open o : stack) {
            if (matches(o.mark(), closer)) {
                while (!stack.isEmpty()) {
                    Open top = stack.pop();
                    if (top == o) {
                        return o;
                    }
                }
            }
        }
        return null;
    }

    private static boolean matches(char open, char close) {
        return switch (open) {
            case '“', '„' -> close == '”' || close == '“' || close == '"';
            case '«' -> close == '»';
            case '‹' -> close == '›';
            case '‘' -> close == '’';
            case '"' -> close == '"' || close == '”';
            case '\'' -> close == '\'';
            default -> false;
        };
    }

    private static int sentenceStart(List<Span> sentences, int offset, int fallback) {
        for (Span s : sentences) {
            if (s.start() <= offset && offset <= s.end()) {
                return s.start();
            }
        }
        return fallback;
    }
}
