package dev.drift.engine.shift;

import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A time expression ("late October 2025", "Tuesday", "in 2019", "last week") reduced to comparable parts. */
public record TimeExpression(Span span, Set<String> parts) {
    private static final String MONTH = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
    // Every alternative starts a word with one of these characters: checking that first spares the
    // alternation at most positions.
    /** Days of the month written as ordinal words ("November first"), first to thirty-first. */
    private static final List<String> DAY_WORDS = dayWords();
    private static final Pattern DATE = Pattern.compile(
            "(?=[abdefjlmnostwy0-9])\\b(?<mod>\\b(?:early|late|mid|mid-|end of|beginning of)\\s*)?"
                    + "(?:(?:(?<dayBefore>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?"
                    + "(?<month>\\b(?:" + MONTH + ")(?!\\p{L}))(?:\\s+(?:the\\s+)?(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b"
                    + "|(?<dayWord>" + String.join("|", DAY_WORDS) + ")\\b))?(?:,?\\s+(?<year>(?:19|20)\\d{2})\\b)?"
                    + "|(?<weekday>\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)"
                    + "|(?<rel>\\b(?:yesterday|today|tomorrow|tonight|last|next|this) (?:week|month|year|weekend)\\b|\\byesterday\\b)"
                    + "|(?<ly>(?<![\\d,.])\\b(?:19|20)\\d{2}\\b(?!\\d|[,.]\\d))"
                    + "|(?<decade>(?<![\\d,.])(?:\\b(?:1[5-9]|20)|(?<![\\p{L}])'?)(?<tens>\\d)0'?s\\b))",
            Pattern.CASE_INSENSITIVE);

    private static List<String> dayWords() {
        List<String> units = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");
        List<String> out = new ArrayList<>(units);
        out.addAll(List.of("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth", "twentieth"));
        units.forEach(u -> out.add("twenty-" + u));
        out.add("thirtieth");
        out.add("thirty-first");
        return List.copyOf(out);
    }

    /** "beginning of" is "early", "end of" is "late": one part of the month said two ways. */
    private static String modifier(String written) {
        String m = written.strip().toLowerCase(Locale.ROOT);
        return switch (m) {
            case "beginning of" -> "early";
            case "end of" -> "late";
            case "mid-" -> "mid";
            default -> m;
        };
    }

    /** A modifier of up to two words ("beginning of") and the first word of a relative one ("last" week). */
    private static final int WORDS_BEFORE_ANCHOR = 3;
    /**
     * Every time expression contains one of these words (or a year): a month, a weekday, "yesterday", or the
     * unit a relative expression ends with ("this week"). Most sentences have none and skip the expression.
     */
    private static final Set<String> ANCHOR_WORDS = anchorWords();

    private static Set<String> anchorWords() {
        Set<String> words = new java.util.HashSet<>(Lexicon.MONTHS);
        words.addAll(Lexicon.WEEKDAYS);
        words.addAll(List.of("yesterday", "week", "month", "year", "weekend"));
        return Set.copyOf(words);
    }

    /**
     * Where the expression can first match: a few words before the first anchor word (to take in "beginning of last
     * week"), or -1 when the stretch has no anchor word and so no time expression.
     */
    private static int firstPossibleStart(String text, int from, int to) {
        List<Token> tokens = Tokenizer.tokenize(text, from, to);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (isDecade(text, t, to) || (t.kind() == Token.Kind.NUMBER ? w.length() == 4 && (w.startsWith("19") || w.startsWith("20"))
                    : ANCHOR_WORDS.contains(Tokenizer.stripPossessive(w)) || ANCHOR_WORDS.contains(lettersBeforeDigits(w)))) {
                int start = tokens.get(Math.max(0, i - WORDS_BEFORE_ANCHOR)).start();
                // Starting the search there sees the same word boundary only after whitespace.
                return start > from && Character.isWhitespace(text.charAt(start - 1)) ? start : from;
            }
        }
        return -1;
    }

    /** "1970s", "70s", "70's": the tens of years, whether the "s" is in the token or right after it. */
    private static boolean isDecade(String text, Token t, int to) {
        String w = t.lower();
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
            digits++;
        }
        if (digits != 2 && digits != 4 || w.charAt(digits - 1) != '0') {
            return false;
        }
        String rest = w.substring(digits) + text.substring(t.end(), Math.min(to, t.end() + 2)).toLowerCase(Locale.ROOT);
        return rest.startsWith("s") || rest.startsWith("'s");
    }

    /** "January5" is one token, but the expression finds the month in it. */
    private static String lettersBeforeDigits(String w) {
        int i = 0;
        while (i < w.length() && !Character.isDigit(w.charAt(i))) {
            i++;
        }
        return w.substring(0, i);
    }

    public static List<TimeExpression> find(String text, int from, int to) {
        List<TimeExpression> out = new ArrayList<>();
        int searchFrom = firstPossibleStart(text, from, to);
        if (searchFrom < 0) {
            return out;
        }
        Matcher m = DATE.matcher(text).region(searchFrom, to);
        while (m.find()) {
            Set<String> parts = new TreeSet<>();
            if (m.group("month") != null) {
                String month = m.group("month").toLowerCase(Locale.ROOT);
                // A month is capitalised; lower case, "may" is a modal verb and "march" a walk.
                if (!Character.isUpperCase(m.group("month").charAt(0))) {
                    continue;
                }
                parts.add("month:" + month.substring(0, 3));
                if (m.group("day") != null || m.group("dayBefore") != null) {
                    parts.add("day:" + Integer.parseInt(m.group("day") != null ? m.group("day") : m.group("dayBefore")));
                } else if (m.group("dayWord") != null) {
                    parts.add("day:" + (DAY_WORDS.indexOf(m.group("dayWord").toLowerCase(Locale.ROOT)) + 1));
                }
                if (m.group("year") != null) {
                    parts.add("year:" + m.group("year"));
                }
                if (m.group("mod") != null) {
                    parts.add("mod:" + modifier(m.group("mod")));
                }
            } else if (m.group("weekday") != null) {
                if (!Character.isUpperCase(m.group("weekday").charAt(0))) {
                    continue;
                }
                parts.add("weekday:" + m.group("weekday").toLowerCase(Locale.ROOT));
            } else if (m.group("rel") != null) {
                parts.add("relative:" + m.group("rel").toLowerCase(Locale.ROOT));
            } else if (m.group("ly") != null) {
                parts.add("year:" + m.group("ly"));
            } else if (m.group("decade") != null) {
                // "the 1970s" and "the '70s" are one decade: its tens digit names it
                parts.add("decade:" + m.group("tens"));
                if (m.group("mod") != null) {
                    parts.add("mod:" + modifier(m.group("mod")));
                }
            } else {
                continue;
            }
            int start = m.group("mod") != null && m.group("month") != null ? m.start("mod") : m.start();
            if (m.group("month") == null && m.group("decade") == null && m.group("mod") != null) {
                start = m.end("mod");
            }
            out.add(new TimeExpression(Span.of(text, start, m.end()), parts));
        }
        return out;
    }

    /** Said from the writer's day ("last week", "yesterday"): which date it names depends on when it was written. */
    public boolean relative() {
        return parts.stream().anyMatch(p -> p.startsWith("relative:"));
    }

    public boolean sharesPart(TimeExpression other) {
        for (String p : parts) {
            if (other.parts.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
