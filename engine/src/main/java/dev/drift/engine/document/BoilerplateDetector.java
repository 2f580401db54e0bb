package dev.drift.engine.document;

import dev.drift.engine.text.Chars;
import dev.drift.engine.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Separates site chrome from article text, line by line, with general rules on a line's shape:
 * calls to action, headlines in capitals, caption and tag lines, link lists and one-word widgets.
 * Nothing is dropped: lines it takes out are returned as boilerplate spans for the report.
 */
public final class BoilerplateDetector {
    /** Calls to action that mark chrome at any length. */
    private static final Pattern STRONG_CTA = Pattern.compile(
            "(?i)(promo code|free trial|download the [\\p{L} ]{0,30}app|exit mobile version|leave a (reply|comment)"
                    + "|continue with (google|facebook|apple|email)|join the conversation|you can now listen"
                    + "|listen to this (article|story)|skip to (main )?content|all rights reserved"
                    + "|sign up for (our|the) newsletter|unlock premium|subscribe (now|today)|(log|sign) in to)\\b");
    /** Calls to action that mark chrome only on a short line: prose can mention these words. */
    private static final Pattern SHORT_CTA = Pattern.compile(
            "(?i)(^\\s*(read|see|watch|view) (more|the full|also|related)|^\\s*(related|see also|watch|more|also read"
                    + "|recommended|trending|advertisement|sponsored)\\s*[:|]|\\b(click|tap) here\\b|\\bsubscribe\\b"
                    + "|\\bsign (up|in)\\b|\\blog ?in\\b|\\bnewsletter\\b|\\bfollow us\\b|\\bmembership\\b"
                    + "|\\bshare (this|on)\\b|^\\s*share\\b|©|\\bcookies?\\b|\\bpaywall\\b|\\bpremium\\b|\\bunlock\\b)");
    /** Every STRONG_CTA match contains one of these: a cheap test that spares most lines the regular expression. */
    private static final List<String> STRONG_CTA_TRIGGERS = List.of("promo code", "free trial", "download the",
            "exit mobile version", "leave a ", "continue with ", "join the conversation", "you can now listen",
            "listen to this ", "skip to ", "all rights reserved", "sign up for ", "unlock premium", "subscribe ",
            "log in to", "sign in to");
    /**
     * Every SHORT_CTA match contains one of these, lower-cased (its matching ignores ASCII case only, so lower-casing
     * the line can only find more): a cheap test that spares most short lines the regular expression.
     */
    private static final List<String> SHORT_CTA_TRIGGERS = List.of("read", "see", "watch", "view", "related", "more",
            "recommended", "trending", "advertisement", "sponsored", "here", "subscribe", "sign", "log", "newsletter",
            "follow us", "membership", "share", "©", "cookie", "paywall", "premium", "unlock");
    private static final Set<String> TITLE_MINOR_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "and", "or", "but", "as", "by", "with", "from", "amid", "—", "-", "–");
    private static final int SHORT_CTA_MAX_WORDS = 16;

    public enum Kind { CALL_TO_ACTION, CAPITALS_HEADLINE, CAPTION, LINK_LIST, WIDGET }

    public record Boilerplate(Span span, Kind kind) {
    }

    public record Result(List<Span> contentLines, List<Boilerplate> boilerplate) {
    }

    public Result detect(String text) {
        List<Span> lines = nonBlankLines(text);
        Kind[] kinds = new Kind[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            kinds[i] = classify(lines.get(i).text(), i == 0);
        }
        // A title-case line with no closing punctuation beside chrome is a link in a list of links. Each line's
        // shape is decided once: the passes below ask again until nothing changes.
        Boolean[] titleLike = new Boolean[lines.size()];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < lines.size(); i++) {
                if (kinds[i] == null && titleLike(lines, titleLike, i)
                        && (kinds[i - 1] != null || (i + 1 < lines.size() && kinds[i + 1] != null))) {
                    kinds[i] = Kind.LINK_LIST;
                    changed = true;
                }
            }
        }
        List<Span> content = new ArrayList<>();
        List<Boilerplate> chrome = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] == null) {
                content.add(lines.get(i));
            } else {
                chrome.add(new Boilerplate(lines.get(i), kinds[i]));
            }
        }
        return new Result(content, chrome);
    }

    private static boolean titleLike(List<Span> lines, Boolean[] known, int i) {
        if (known[i] == null) {
            known[i] = isTitleLike(lines.get(i).text());
        }
        return known[i];
    }

    static Kind classify(String line, boolean first) {
        int words = wordCount(line);
        String lower = line.toLowerCase(Locale.ROOT);
        if (hasTrigger(lower, STRONG_CTA_TRIGGERS) && STRONG_CTA.matcher(line).find()) {
            return Kind.CALL_TO_ACTION;
        }
        if (words <= SHORT_CTA_MAX_WORDS && hasTrigger(lower, SHORT_CTA_TRIGGERS) && SHORT_CTA.matcher(line).find()) {
            return Kind.CALL_TO_ACTION;
        }
        if (first) {
            return null; // the first line is the headline unless it is a call to action
        }
        if (isCapitals(line)) {
            return Kind.CAPITALS_HEADLINE;
        }
        if (isCaption(line, words)) {
            return Kind.CAPTION;
        }
        if (words <= 3 && !endsLikeSentence(line) || words <= 2 && line.strip().length() <= 12 && line.chars().noneMatch(Character::isDigit)) {
            return Kind.WIDGET;
        }
        if (words >= 4 && isTitleLike(line) && !line.contains("“") && !line.contains("\"")) {
            return Kind.LINK_LIST;
        }
        return null;
    }

    private static boolean isCapitals(String line) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 12 && upper >= 0.85 * letters;
    }

    /** "ISIS militant, Syria, U.S. military": short comma-separated labels with no sentence around them. */
    private static boolean isCaption(String line, int words) {
        String s = line.strip();
        if (words > 10 || endsLikeSentence(s)) {
            return false;
        }
        String[] items = s.split(",");
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            int w = wordCount(item);
            if (w == 0 || w > 3) {
                return false;
            }
            for (String word : item.strip().split("\\s+")) {
                String lw = word.toLowerCase(Locale.ROOT);
                if (lw.equals("the") || lw.equals("is") || lw.equals("are") || lw.equals("was") || lw.equals("to")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasTrigger(String lower, List<String> triggers) {
        for (String trigger : triggers) {
            if (lower.contains(trigger)) {
                return true;
            }
        }
        return false;
    }

    /** Most words capitalised and no closing punctuation: a headline, not a sentence. */
    static boolean isTitleLike(String line) {
        String s = line.strip();
        if (endsLikeSentence(s)) {
            return false;
        }
        // The words are the runs between ASCII whitespace (as a split on \\s+ gives them), walked in place.
        int counted = 0;
        int capitalised = 0;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isAsciiSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !isAsciiSpace(s.charAt(i))) {
                i++;
            }
            if (i == start || TITLE_MINOR_WORDS.contains(s.substring(start, i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            char c = s.charAt(start);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                capitalised++;
            }
        }
        return counted >= 3 && capitalised >= 0.8 * counted;
    }

    private static boolean endsLikeSentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '”' || last == '"' || last == '…' || last == ':'
                || last == '’' || last == '»';
    }

    /** The characters \\s matches. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Runs of characters between ASCII whitespace, once the ends are stripped. */
    private static int wordCount(String s) {
        String t = s.strip();
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    private static List<Span> nonBlankLines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int s = start;
            int e = end;
            while (s < e && Chars.isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && Chars.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(Span.of(text, s, e));
            }
            if (end >= n) {
                break;
            }
            start = end + 1;
        }
        return lines;
    }
}
