package dev.drift.engine.detect;

import dev.drift.engine.compare.Comparison;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.document.Article;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.lexicon.WordNet.Relation;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.shift.Cues;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAlignment;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ALTERED_CLAIM: the claim itself changed: its polarity (a negation added or gone, a word become its opposite), its
 * event ("arrested" became "released"), its degree or pace, a word generalised or narrowed, replaced by an unrelated
 * one in an otherwise close rendering, left untranslated, or the sentence's words scrambled; and a reprint sentence
 * that stands where an original sentence stood but says something else.
 */
public final class ClaimDetector implements ShiftDetector {
    /**
     * Below this share of neighbours kept in order, a sentence with all its words is no longer the same sentence.
     * Words in random order keep few neighbours (about two in the sentence's length); a translation that moves
     * whole clauses keeps them inside each clause, most of them.
     */
    private static final double SCRAMBLED_BELOW = 0.4;
    /**
     * Content words running backwards at this many places at least: a clause moved whole ("Before the vote, the
     * minister resigned") runs backwards at one place; words in random order, at many.
     */
    private static final int SCRAMBLE_MIN_BREAKS = 2;
    /** Word order says little about sentences this short. */
    private static final int SCRAMBLE_MIN_WORDS = 6;

    @Override
    public void detect(Comparison comparison, List<QuoteFinding> quotes, List<Shift> out) {
        for (int i = 0; i < comparison.pairs().size(); i++) {
            SentencePair pair = comparison.pairs().get(i);
            if (pair != null) {
                inPair(pair, NegationMoved.merged(comparison, i) || NegationMoved.split(comparison, i), out);
            }
        }
        replacedSentences(comparison, out);
    }

    @Override
    public void inPair(SentencePair pair, List<Shift> out) {
        inPair(pair, false, out);
    }

    /**
     * @param negationElsewhere the negation that differs stands in a neighbouring sentence: an original sentence
     *                          merged into this reprint sentence, or a reprint sentence split off the same original
     *                          sentence, so no polarity flipped
     */
    private static void inPair(SentencePair pair, boolean negationElsewhere, List<Shift> out) {
        if (pair.similarity() < Renderings.CLAIM_ALIGNMENT_MIN) {
            return;
        }
        if (cues(pair, negationElsewhere, out)) {
            return;
        }
        if (pair.words() != null) {
            words(pair, out);
        }
    }

    /** Negation, event verbs and degree words, from the lexicon; true when one was found. */
    private static boolean cues(SentencePair pair, boolean negationElsewhere, List<Shift> out) {
        Cues.Found rc = pair.reprintCues();
        Cues.Found oc = pair.originalCues();
        List<Span> rn = rc.negations();
        List<Span> on = oc.negations();
        if (rn.isEmpty() != on.isEmpty() && !Negations.saidInOtherWords(pair, rn.isEmpty()) && !negationElsewhere
                && !Negations.negateOpposites(pair, rn.isEmpty() ? on : rn, !rn.isEmpty())) {
            Span neg = rn.isEmpty() ? on.get(0) : rn.get(0);
            out.add(new Shift(ShiftType.ALTERED_CLAIM, Severity.HIGH,
                    rn.isEmpty() ? "The original's negation \"" + neg.text() + "\" is gone: the claim's polarity flipped."
                            : "The reprint adds the negation \"" + neg.text() + "\": the claim's polarity flipped.",
                    Excerpt.of(rn.isEmpty() ? pair.reprint() : neg), Excerpt.of(rn.isEmpty() ? neg : pair.firstOriginal())));
            return true;
        }
        Token rEvent = null;
        Token oEvent = null;
        int[] oClasses = eventClasses(oc.tokens());
        int[] rClasses = eventClasses(rc.tokens());
        for (int i = 0; i < rClasses.length && rEvent == null; i++) {
            if (rClasses[i] >= 0 && !contains(oClasses, rClasses[i])) {
                rEvent = rc.tokens().get(i);
            }
        }
        if (rEvent != null) {
            for (int i = 0; i < oClasses.length && oEvent == null; i++) {
                if (oClasses[i] >= 0 && !contains(rClasses, oClasses[i])) {
                    oEvent = oc.tokens().get(i);
                }
            }
        }
        if (rEvent != null && oEvent != null) {
            out.add(new Shift(ShiftType.ALTERED_CLAIM, Severity.MEDIUM,
                    "The event changed: \"" + oEvent.text() + "\" in the original became \"" + rEvent.text() + "\".",
                    Excerpt.of(Span.of(pair.reprintText(), rEvent.start(), rEvent.end())),
                    Excerpt.of(Span.of(pair.originalText(), oEvent.start(), oEvent.end()))));
            return true;
        }
        Set<String> rdw = Cues.lowerWords(rc.degree());
        Set<String> odw = Cues.lowerWords(oc.degree());
        for (Span rOnly : rc.degree()) {
            String r = rOnly.text().toLowerCase(Locale.ROOT);
            if (odw.contains(r)) {
                continue;
            }
            // The original's word in its place is one of the same scale that the reprint no longer has.
            Span oOnly = oc.degree().stream().filter(s -> !rdw.contains(s.text().toLowerCase(Locale.ROOT))
                    && scale(s).equals(Lexicon.DEGREE_SCALES.get(r))).findFirst().orElse(null);
            if (oOnly != null && !sameMeaning(r, oOnly.text().toLowerCase(Locale.ROOT))) {
                out.add(new Shift(ShiftType.ALTERED_CLAIM, Severity.MEDIUM,
                        "The degree or pace changed: \"" + oOnly.text() + "\" in the original became \"" + rOnly.text() + "\".",
                        Excerpt.of(rOnly), Excerpt.of(oOnly)));
                return true;
            }
        }
        return false;
    }

    private static String scale(Span degreeWord) {
        return Lexicon.DEGREE_SCALES.getOrDefault(degreeWord.text().toLowerCase(Locale.ROOT), "");
    }

    /** Places where the next rendered content word renders an earlier original word than the one before it. */
    private static int orderBreaks(WordAlignment wa) {
        int breaks = 0;
        int previous = -1;
        for (int r = 0; r < wa.reprint().size(); r++) {
            int o = wa.originalOf()[r];
            if (o < 0 || !wa.reprint().get(r).content()) {
                continue;
            }
            if (o < previous) {
                breaks++;
            }
            previous = o;
        }
        return breaks;
    }

    /**
     * Function words that say the opposite of each other ("before" and "after", "with" and "without"): the word
     * aligner pairs content words only, so these are compared in place.
     */
    private static final Map<String, Set<String>> OPPOSITE_FUNCTION_WORDS = opposites(
            "before after", "above below", "over under", "more less", "more fewer", "most least",
            "inside outside", "within outside", "with without", "up down", "always never", "first last");

    private static Map<String, Set<String>> opposites(String... pairs) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String p : pairs) {
            String[] w = p.split(" ");
            out.computeIfAbsent(w[0], k -> new HashSet<>()).add(w[1]);
            out.computeIfAbsent(w[1], k -> new HashSet<>()).add(w[0]);
        }
        return Map.copyOf(out);
    }

    private static void oppositeFunctionWords(SentencePair pair, boolean close, List<Shift> out) {
        WordAlignment wa = pair.words();
        for (int r = 0; r < wa.reprint().size(); r++) {
            Set<String> opposite = OPPOSITE_FUNCTION_WORDS.get(wa.reprint().get(r).lower());
            if (opposite == null) {
                continue;
            }
            int o = wa.inPlaceOriginal(r);
            if (o < 0 || !opposite.contains(wa.original().get(o).lower()) || boundsANumber(wa.reprint(), r)) {
                continue;
            }
            out.add(new Shift(ShiftType.ALTERED_CLAIM, close ? Severity.HIGH : Severity.MEDIUM,
                    "\"" + wa.original().get(o).text() + "\" became its opposite, \"" + wa.reprint().get(r).text() + "\".",
                    Excerpt.of(pair.reprintWord(r)), Excerpt.of(pair.originalWord(o))));
        }
    }

    /** Words left in another language that no substitution covers (those are judged with their partner below). */
    private static void untranslatedWords(SentencePair pair, List<Shift> out) {
        WordAlignment wa = pair.words();
        Set<Integer> substituted = new HashSet<>();
        wa.substitutions().forEach(s -> substituted.add(s.reprintWord()));
        for (int r = 0; r < wa.reprint().size(); r++) {
            if (substituted.contains(r) || !Renderings.untranslated(wa, r)) {
                continue;
            }
            int o = wa.inPlaceOriginal(r);
            out.add(new Shift(ShiftType.ALTERED_CLAIM, Severity.MEDIUM, o >= 0
                    ? "\"" + wa.reprint().get(r).text() + "\" is left untranslated where the original says \"" + wa.original().get(o).text() + "\"."
                    : "\"" + wa.reprint().get(r).text() + "\" is left untranslated: the reprint says it in another language.",
                    Excerpt.of(pair.reprintWord(r)), o >= 0 ? Excerpt.of(pair.originalWord(o)) : Excerpt.of(pair.firstOriginal())));
            return; // one per sentence: a code-mixed sentence would otherwise repeat itself word by word
        }
    }

    /** "more than 5,000" became "less than 5,000": a quantity's bound, which the number detector reports. */
    private static boolean boundsANumber(List<Word> words, int i) {
        return i + 2 < words.size() && words.get(i + 1).lower().equals("than") && words.get(i + 2).isNumberLike();
    }

    private static boolean sameMeaning(String a, String b) {
        Relation r = WordNet.get().relation(a, b);
        return r == Relation.SAME || r == Relation.SYNONYM;
    }

    private static void words(SentencePair pair, List<Shift> out) {
        WordAlignment wa = pair.words();
        boolean close = Renderings.close(pair);
        if (wa.reprint().size() >= SCRAMBLE_MIN_WORDS && wa.orderKept() < SCRAMBLED_BELOW && wa.closeness() >= Renderings.CLOSE
                && orderBreaks(wa) >= SCRAMBLE_MIN_BREAKS) {
            out.add(new Shift(ShiftType.ALTERED_CLAIM, Severity.HIGH,
                    "The sentence keeps the original's words but not their order, so it no longer says what the original says.",
                    Excerpt.of(pair.reprint()), Excerpt.of(pair.firstOriginal())));
            return;
        }
        oppositeFunctionWords(pair, close, out);
        untranslatedWords(pair, out);
        for (WordAlignment.Substitution s : wa.substitutions()) {
            Word r = wa.reprint().get(s.reprintWord());
            Word o = wa.original().get(s.originalWord());
            if (r.isNumberLike() || o.isNumberLike() || Lexicon.PRONOUNS.contains(o.lower())
                    || Renderings.isName(r, s.reprintWord() == 0) && Renderings.isName(o, s.originalWord() == 0)) {
                continue; // numbers, pronouns and names have detectors of their own
            }
            if (s.originalWord() > 0 && NameForms.countryForOwn(r.lower(), wa.original().get(s.originalWord() - 1).lower(), o.lower())) {
                continue; // "China" for "my country": the country named
            }
            Excerpt re = Excerpt.of(pair.reprintWord(s.reprintWord()));
            Excerpt oe = Excerpt.of(pair.originalWord(s.originalWord()));
            if (Renderings.foreign(r) || close && !WordNet.get().knows(r.lower()) && WordNet.get().knows(o.lower()) && !r.capitalized()) {
                out.add(new Shift(ShiftType.ALTERED_CLAIM, Severity.MEDIUM,
                        "\"" + r.text() + "\" is left untranslated where the original says \"" + o.text() + "\".", re, oe));
            } else if (s.relation() == Relation.ANTONYM && Negations.negatedBefore(wa.reprint(), s.reprintWord())
                    == Negations.negatedBefore(wa.original(), s.originalWord())) {
                out.add(new Shift(ShiftType.ALTERED_CLAIM, close ? Severity.HIGH : Severity.MEDIUM,
                        "\"" + o.text() + "\" became its opposite, \"" + r.text() + "\".", re, oe));
            } else if (!close) {
                continue; // in a free re-wording, other word choices are the translator's
            } else if (s.relation() == Relation.HYPERNYM) {
                out.add(new Shift(ShiftType.ALTERED_CLAIM, Severity.MEDIUM,
                        "\"" + o.text() + "\" is generalised to \"" + r.text() + "\": the claim says less than the original.", re, oe));
            } else if (s.relation() == Relation.HYPONYM) {
                out.add(new Shift(ShiftType.ALTERED_CLAIM, Severity.MEDIUM,
                        "\"" + o.text() + "\" is narrowed to \"" + r.text() + "\": the claim says more than the original.", re, oe));
            } else if (s.relation() == Relation.NONE) {
                out.add(new Shift(ShiftType.ALTERED_CLAIM, Severity.MEDIUM,
                        "\"" + o.text() + "\" became \"" + r.text() + "\", which does not mean the same.", re, oe));
            }
        }
    }

    /**
     * A run of reprint sentences that render nothing, standing where a run of original sentences that nothing
     * renders stood (between the same rendered neighbours): the reprint says something else in their place.
     */
    private static void replacedSentences(Comparison c, List<Shift> out) {
        if (c.alignment().links().stream().anyMatch(l -> !l.originalSentences().isEmpty())) {
            return; // with anchors on both sides, unrendered text is an addition or an omission
        }
        if (c.reprint().sentences().isEmpty() || c.original().sentences().stream().noneMatch(Article.Sentence::saysSomething)) {
            return;
        }
        List<Span> runs = c.unalignedReprintRuns();
        if (runs.isEmpty()) {
            return;
        }
        Span originalText = Span.of(c.original().text(), c.original().sentences().get(0).span().start(),
                c.original().sentences().get(c.original().sentences().size() - 1).span().end());
        out.add(new Shift(ShiftType.ALTERED_CLAIM, Severity.HIGH,
                "Nothing in the reprint renders the original: it says something else in its place.",
                Excerpt.of(runs.get(0)), Excerpt.of(originalText)));
    }

    private static int[] eventClasses(List<Token> tokens) {
        int[] classes = new int[tokens.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = Cues.eventClass(tokens.get(i));
        }
        return classes;
    }

    private static boolean contains(int[] classes, int c) {
        for (int x : classes) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }
}
