package dev.drift.engine.shift;

import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity as written: its value and whether the writer bounds it from below ("nearly 6,000"),
 * above ("more than"), approximately ("around", "or so") or not at all. Four-digit years are dates, not quantities.
 */
public record Quantity(Span span, double value, Lexicon.Bound bound, Kind kind) {
    /** What the number counts by its form: a share, a rank, or anything else. */
    public enum Kind { SHARE, RANK, AMOUNT }

    /** Values this many times apart are two different figures, not one figure changed. */
    private static final double COMPARABLE_RATIO = 1000;

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
    /**
     * A bound written after the number, past a unit and a word: "165 cm or above", "165 cm tall or above", "18 and
     * over". Not a comparative opening the next number: "20,665 in Turkey and more than 3,000 in Syria".
     */
    private static final Pattern TRAILING_BOUND = Pattern.compile(
            "(?i)^\\s*(?:\\p{L}+\\s+){0,2}(?:or|and)\\s+(more|above|higher|over|greater|older|less|fewer|below|under|younger)\\b"
                    + "(?!\\s+than\\b)");
    private static final Set<String> TRAILING_BELOW = Set.of("less", "fewer", "below", "under", "younger");
    /**
     * The second end of a range that carries its scale for both: in "12 to 14 million" and "between 12 and 14
     * million" the 12 is millions too.
     */
    private static final Pattern RANGE_SCALE = Pattern.compile(
            "(?i)^\\s*(?:to|and|-|–|—)\\s*(?:[A-Z]{0,3}[$€£¥]\\s*)?\\d[\\d,]*(?:\\.\\d+)?\\s+(thousand|million|billion|trillion)\\b");

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
            String scale = m.group(3);
            if (scale == null) {
                Matcher range = RANGE_SCALE.matcher(text).region(m.end(), to);
                scale = range.lookingAt() ? range.group(1) : null;
            }
            if (scale != null) {
                value *= scale(scale);
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
            Matcher trailing = TRAILING_BOUND.matcher(text).region(end, to);
            if (bound == Lexicon.Bound.EXACT && trailing.lookingAt()) {
                bound = TRAILING_BELOW.contains(trailing.group(1).toLowerCase(Locale.ROOT))
                        ? Lexicon.Bound.BELOW : Lexicon.Bound.ABOVE;
                end = trailing.end();
            }
            Kind kind = m.group(2) != null ? Kind.SHARE
                    : m.group().toLowerCase(Locale.ROOT).matches("[\\d.,]+(?:st|nd|rd|th)") ? Kind.RANK : Kind.AMOUNT;
            out.add(new Quantity(Span.of(text, start, end), value, bound, kind));
        }
        return out;
    }

    private static double scale(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "thousand" -> 1e3;
            case "million" -> 1e6;
            case "billion" -> 1e9;
            default -> 1e12;
        };
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
            int sign = k - 1;
            int letters = sign;
            // a country's capitals before the sign: "S$", "US$", "HK$"
            while (letters > 0 && sign - letters < CURRENCY_CODE_MAX - 1 && Character.isUpperCase(raw.charAt(letters - 1))) {
                letters--;
            }
            boolean wordStart = letters == 0 || !Character.isLetterOrDigit(raw.charAt(letters - 1));
            return n - (wordStart ? letters : sign);
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

    /**
     * Whether a reprint may have changed this figure into the other: the same kind of number, and of a comparable
     * size. A share does not become a count, and "1.89 billion" is not "6" rewritten.
     */
    public boolean comparable(Quantity other) {
        if (kind != other.kind) {
            return false;
        }
        double a = Math.abs(value);
        double b = Math.abs(other.value);
        return Math.max(a, b) <= COMPARABLE_RATIO * Math.max(1, Math.min(a, b));
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
