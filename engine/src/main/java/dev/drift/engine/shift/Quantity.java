package dev.drift.engine.shift;

import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity as written: its value and whether the writer bounds it from below ("nearly 6,000"),
 * above ("more than"), approximately ("around", "or so") or not at all. Four-digit years are dates, not quantities.
 */
public record Quantity(Span span, double value, Lexicon.Bound bound) {
    /**
     * A unit written against its number ("10km", "5kg"): the number is still a quantity. Not "m", which may be
     * metres or millions ("$5m").
     */
    private static final String UNIT = "km|kg|cm|mm|mi|ft|lbs?|g|mph|kmh|km/h|ha|gb|mb|tb|kw|mw|gw|kwh";
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(?=\\d)(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:st|nd|rd|th)?(\\s*(?:%|percent|per cent))?"
                    + "(\\s+(?:thousand|million|billion|trillion))?(?:" + UNIT + ")?(?![\\p{L}\\d])");
    private static final String CURRENCY_SIGNS = "$€£¥";
    /** A currency code such as "RMB" or "USD": this many capitals. */
    private static final int CURRENCY_CODE_MIN = 2;
    private static final int CURRENCY_CODE_MAX = 4;
    /** "272.000" as some European styles write 272,000: three-digit groups after points, no other decimals. */
    private static final Pattern POINT_GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern OR_SO = Pattern.compile("(?i)^\\s*(?:\\p{L}+\\s+)?or so\\b");

    public static List<Quantity> find(String text, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        if (!hasDigit(text, from, to)) {
            return out;
        }
        Matcher m = NUMBER.matcher(text).region(from, to);
        while (m.find()) {
            String digits = m.group(1);
            if (isYear(digits) && m.group(2) == null && m.group(3) == null) {
                continue; // a year
            }
            double value;
            try {
                value = Double.parseDouble(digits.replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            if (m.group(3) != null) {
                String scale = m.group(3).strip().toLowerCase(Locale.ROOT);
                value *= switch (scale) {
                    case "thousand" -> 1e3;
                    case "million" -> 1e6;
                    case "billion" -> 1e9;
                    default -> 1e12;
                };
            }
            value = clockHour(text, m.end(), to, value);
            int start = m.start();
            Lexicon.Bound bound = Lexicon.Bound.EXACT;
            String raw = text.substring(Math.max(from, start - 30), start);
            // An article or a currency may stand between the bound and the number ("over a 100", "more than RMB 5,000").
            int skipped = betweenBoundAndNumber(raw);
            String before = raw.substring(0, raw.length() - skipped).toLowerCase(Locale.ROOT);
            for (String[] a : Lexicon.APPROXIMATORS) {
                if (endsWithWordAndSpace(before, a[0])) {
                    bound = Lexicon.bound(a[1]);
                    start -= skipped + a[0].length() + 1;
                    break;
                }
            }
            int end = m.end();
            Matcher orSo = OR_SO.matcher(text.substring(end, Math.min(to, end + 25)));
            if (bound == Lexicon.Bound.EXACT && orSo.find()) {
                bound = Lexicon.Bound.APPROX;
                end += orSo.end();
            }
            out.add(new Quantity(Span.of(text, start, end), value, bound));
        }
        return out;
    }

    /** "8:30 p.m." is the hour 20:30 is: an hour before minutes and "p.m." is read on the 24-hour clock. */
    private static final Pattern CLOCK_MINUTES = Pattern.compile(":\\d{2}\\s*(?:([ap])\\.?m\\b\\.?)?", Pattern.CASE_INSENSITIVE);
    private static final int HALF_DAY = 12;

    private static double clockHour(String text, int end, int to, double value) {
        if (end >= to || text.charAt(end) != ':' || value > HALF_DAY) {
            return value;
        }
        Matcher minutes = CLOCK_MINUTES.matcher(text).region(end, to);
        if (!minutes.lookingAt() || minutes.group(1) == null) {
            return value;
        }
        boolean afternoon = Character.toLowerCase(minutes.group(1).charAt(0)) == 'p';
        if (value == HALF_DAY) {
            return afternoon ? HALF_DAY : 0;
        }
        return afternoon ? value + HALF_DAY : value;
    }

    /** What the pattern (19|20)\d{2} matches whole: a year of the last two centuries. */
    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))
                && isAsciiDigit(digits.charAt(2)) && isAsciiDigit(digits.charAt(3));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code s} ends with {@code word} and one space (tested without building the joined string). */
    /**
     * The length of what ends the text before a number and may stand between it and its bound: an article ("a ",
     * "an "), a currency code ("RMB ") or a currency sign ("$"); else 0.
     */
    private static int betweenBoundAndNumber(String raw) {
        int n = raw.length();
        int k = n;
        while (k > 0 && Character.isWhitespace(raw.charAt(k - 1))) {
            k--;
        }
        if (k > 0 && CURRENCY_SIGNS.indexOf(raw.charAt(k - 1)) >= 0) {
            return n - (k - 1);
        }
        if (k == n) {
            return 0; // a word right before the digits is part of the number's token
        }
        int w = k;
        while (w > 0 && Character.isLetter(raw.charAt(w - 1))) {
            w--;
        }
        if (w == k || w > 0 && (Character.isDigit(raw.charAt(w - 1)) || raw.charAt(w - 1) == '_')) {
            return 0;
        }
        String word = raw.substring(w, k);
        boolean article = word.equals("a") || word.equals("an");
        boolean currencyCode = word.length() >= CURRENCY_CODE_MIN && word.length() <= CURRENCY_CODE_MAX
                && word.chars().allMatch(Character::isUpperCase);
        return article || currencyCode ? n - w : 0;
    }

    /** The text ends with the word and a space, the word not being the tail of a longer one ("moreover"). */
    private static boolean endsWithWordAndSpace(String s, String word) {
        int at = s.length() - 1 - word.length();
        return at >= 0 && s.charAt(s.length() - 1) == ' ' && s.startsWith(word, at)
                && (at == 0 || !Character.isLetter(s.charAt(at - 1)));
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Same value within rounding; "6000" and "6,000" are equal, and so are "272,000" and "272.000". */
    public boolean sameValue(Quantity other) {
        return equal(value, other.value) || equal(pointGrouped(), other.value) || equal(value, other.pointGrouped());
    }

    private static boolean equal(double x, double y) {
        double a = Math.abs(x);
        double b = Math.abs(y);
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(a, b));
    }

    /** The value read with points as thousands separators, when the digits allow it; else NaN. */
    private double pointGrouped() {
        Matcher m = POINT_GROUPED.matcher(span.text());
        return m.find() && m.end() == span.text().length() ? Double.parseDouble(m.group().replace(".", "")) : Double.NaN;
    }

    /**
     * A change of direction matters ("nearly" means fewer, "around" may mean more); exact versus
     * approximate alone does not, since reprints round and drop "or so" without changing the claim.
     */
    public boolean boundChanged(Quantity other) {
        return direction(bound) != direction(other.bound);
    }

    private static int direction(Lexicon.Bound b) {
        return switch (b) {
            case BELOW -> -1;
            case ABOVE -> 1;
            default -> 0;
        };
    }
}
