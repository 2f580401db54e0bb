package dev.drift.engine.quote;

import dev.drift.engine.text.Chars;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How two neighbouring quotations relate: the two parts of one quotation split by its attribution
 * ("“That,” he added, “promises ...”"), or quotations listed together that share one status ("a “liar” and a “bully”").
 */
final class QuotationJoins {
    /** Longest title abbreviation with its points: "Gov", "Sen", "U.S". */
    private static final int MAX_ABBREVIATION_LETTERS = 4;
    /** Words that join a second clause to an attribution. */
    private static final Set<String> CLAUSE_LINKS = Set.of("and", "but", "or", "before", "after", "while", "then",
            "when", "as", "because");
    /** Longest attribution splitting a quotation: "the former secretary of state told reporters". */
    private static final int MAX_SPLITTING_ATTRIBUTION_WORDS = 10;
    /** The same in characters, marks and spaces included, checked before any word is read. */
    private static final int MAX_SPLITTING_ATTRIBUTION_CHARS = 120;
    /** Between listed quotations: a comma, a conjunction, one determiner or modifier ("and general"). */
    private static final Pattern LIST_GAP = Pattern.compile(
            "\\s*,?\\s*(?:(and|or|nor|but)\\s+)?(?:(\\p{Ll}+)\\s+)?", Pattern.UNICODE_CHARACTER_CLASS);

    private QuotationJoins() {
    }

    /**
     * Whether two quotations are the parts of one split by its attribution: the first ends with a comma, and
     * between them stands only a short clause with a verb of saying, closed by a comma (“That,” he added, “...”).
     * A full stop, a conjunction or a longer clause between them makes two quotations.
     */
    static boolean splitByAttribution(String text, Span first, Span second) {
        if (first.end() > second.start() || second.start() - first.end() > MAX_SPLITTING_ATTRIBUTION_CHARS) {
            return false;
        }
        String gap = text.substring(first.end(), second.start());
        int from = 0;
        while (from < gap.length() && QuoteExtractor.CLOSING_MARKS.indexOf(gap.charAt(from)) >= 0) {
            from++;
        }
        int to = gap.length();
        while (to > from && (Chars.isSpace(gap.charAt(to - 1)) || "“\"‘'«".indexOf(gap.charAt(to - 1)) >= 0)) {
            to--;
        }
        String clause = gap.substring(from, to).strip();
        int last = first.end() - 1;
        while (last > first.start() && Chars.isSpace(text.charAt(last))) {
            last--;
        }
        boolean commaEnded = text.charAt(last) == ',' || clause.startsWith(",");
        if (!commaEnded || !clause.endsWith(",") || clause.length() < 2) {
            return false;
        }
        clause = clause.substring(clause.startsWith(",") ? 1 : 0, clause.length() - 1);
        for (int i = 0; i < clause.length(); i++) {
            if (".!?;:,“”\"".indexOf(clause.charAt(i)) >= 0 && !(clause.charAt(i) == '.' && endsAbbreviation(clause, i))) {
                return false; // "Gov." is an abbreviation; any other stop or comma ends the attribution
            }
        }
        List<Token> words = Tokenizer.tokenize(clause);
        // One act of saying: "the singer tells him before asking, “...”" reports two.
        return !words.isEmpty() && words.size() <= MAX_SPLITTING_ATTRIBUTION_WORDS && verbsOfSaying(words) == 1
                && words.stream().noneMatch(w -> CLAUSE_LINKS.contains(w.lower()));
    }

    /** Words of the clause that are verbs of saying; after a determiner or "of" one is a noun ("secretary of state"). */
    private static int verbsOfSaying(List<Token> words) {
        int verbs = 0;
        for (int i = 0; i < words.size(); i++) {
            String before = i > 0 ? words.get(i - 1).lower() : "";
            if (AttributionWords.CREDIT_VERBS.contains(words.get(i).lower())
                    && !before.equals("of") && !QuoteExtractor.LIST_DETERMINERS.contains(before)) {
                verbs++;
            }
        }
        return verbs;
    }

    /** A short capitalised word before the point at {@code dot}: "Gov.", "Sen.", "U.S.". */
    private static boolean endsAbbreviation(String s, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
            start--;
        }
        return dot > start && dot - start <= MAX_ABBREVIATION_LETTERS && Character.isUpperCase(s.charAt(start));
    }

    /**
     * Two quotations listed together: only commas, a conjunction and one determiner or modifier between them
     * ("“disgusting” and “a con”", "a “nasty guy,” an “anchor baby,” “unstable” and “sick.”").
     */
    static boolean listed(String text, Span previousRaw, Span raw) {
        char previousLast = text.charAt(Math.max(previousRaw.start(), previousRaw.end() - 1));
        if (previousLast == '.' || previousLast == '?' || previousLast == '!') {
            return false;
        }
        int from = Math.min(previousRaw.end() + 1, raw.start());
        int to = Math.max(from, raw.start() - 1);
        Matcher m = LIST_GAP.matcher(text.substring(from, to));
        if (!m.matches()) {
            return false;
        }
        String word = m.group(2);
        return word == null || m.group(1) != null || QuoteExtractor.LIST_DETERMINERS.contains(word);
    }
}
