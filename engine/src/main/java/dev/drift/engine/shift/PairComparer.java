package dev.drift.engine.shift;

import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares one stretch of reprint text with the original text it renders and lists the changes of
 * meaning between them: numbers, dates, hedges, modality, negation, degree and event verbs, loaded words.
 * Used on aligned sentences and on a quotation and its source. Stateless.
 */
public final class PairComparer {
    private PairComparer() {
    }

    /** A stretch of text: the reprint side is one range, the original side one or more. */
    public record Side(String text, List<Span> ranges) {
        public static Side of(String text, Span range) {
            return new Side(text, List.of(range));
        }
    }

    public static List<Shift> compare(Side reprint, Side original) {
        List<Shift> out = new ArrayList<>();
        Cues.Found rc = Cues.find(reprint.text(), reprint.ranges());
        Cues.Found oc = Cues.find(original.text(), original.ranges());
        numbers(reprint, original, out);
        dates(reprint, original, out);
        hedges(reprint, original, rc, oc, out);
        modality(reprint, original, rc, oc, out);
        claims(reprint, original, rc, oc, out);
        framing(original, rc, oc, out);
        return out;
    }

    private static void numbers(Side r, Side o, List<Shift> out) {
        List<Quantity> rq = new ArrayList<>();
        for (Span s : r.ranges()) {
            rq.addAll(Quantity.find(r.text(), s.start(), s.end()));
        }
        if (rq.isEmpty()) {
            return; // only the reprint's quantities are judged
        }
        List<Quantity> oq = new ArrayList<>();
        for (Span s : o.ranges()) {
            oq.addAll(Quantity.find(o.text(), s.start(), s.end()));
        }
        List<Quantity> unmatchedO = new ArrayList<>(oq);
        List<Quantity> unmatchedR = new ArrayList<>();
        for (Quantity q : rq) {
            Quantity same = unmatchedO.stream().filter(x -> x.sameValue(q)).findFirst().orElse(null);
            if (same == null) {
                unmatchedR.add(q);
                continue;
            }
            unmatchedO.remove(same);
            if (same.boundChanged(q)) {
                out.add(new Shift(ShiftType.NUMBER, Severity.MEDIUM,
                        "The quantity's bound changed: \"" + same.span().text() + "\" became \"" + q.span().text()
                                + "\", which no longer says the same about how many.",
                        Excerpt.of(q.span()), Excerpt.of(same.span())));
            }
        }
        for (Quantity q : unmatchedR) {
            if (!unmatchedO.isEmpty()) {
                Quantity was = unmatchedO.remove(0);
                out.add(new Shift(ShiftType.NUMBER, Severity.HIGH,
                        "The number changed from \"" + was.span().text() + "\" to \"" + q.span().text() + "\".",
                        Excerpt.of(q.span()), Excerpt.of(was.span())));
            }
        }
    }

    private static void dates(Side r, Side o, List<Shift> out) {
        List<TimeExpression> rt = new ArrayList<>();
        for (Span s : r.ranges()) {
            rt.addAll(TimeExpression.find(r.text(), s.start(), s.end()));
        }
        if (rt.isEmpty()) {
            return; // only the reprint's time expressions are judged
        }
        List<TimeExpression> ot = new ArrayList<>();
        for (Span s : o.ranges()) {
            ot.addAll(TimeExpression.find(o.text(), s.start(), s.end()));
        }
        for (TimeExpression t : rt) {
            if (ot.stream().anyMatch(x -> x.parts().equals(t.parts()))) {
                continue;
            }
            TimeExpression related = ot.stream().filter(x -> x.sharesPart(t)).findFirst().orElse(null);
            if (related != null) {
                out.add(new Shift(ShiftType.DATE, Severity.MEDIUM,
                        "The time expression changed from \"" + related.span().text() + "\" to \"" + t.span().text()
                                + "\"" + (t.parts().size() > related.parts().size() ? ": detail the original does not give was added." : "."),
                        Excerpt.of(t.span()), Excerpt.of(related.span())));
            } else if (!ot.isEmpty()) {
                TimeExpression was = ot.get(0);
                out.add(new Shift(ShiftType.DATE, Severity.HIGH,
                        "The date changed from \"" + was.span().text() + "\" to \"" + t.span().text() + "\".",
                        Excerpt.of(t.span()), Excerpt.of(was.span())));
            } else {
                out.add(new Shift(ShiftType.DATE, Severity.LOW,
                        "The time expression \"" + t.span().text() + "\" is not in the original sentence.",
                        Excerpt.of(t.span()), null));
            }
        }
    }

    private static void hedges(Side r, Side o, Cues.Found rc, Cues.Found oc, List<Shift> out) {
        List<Span> rh = rc.hedges();
        List<Span> oh = oc.hedges();
        if (!oh.isEmpty() && rh.isEmpty()) {
            out.add(new Shift(ShiftType.HEDGE, Severity.MEDIUM,
                    "The hedge \"" + oh.get(0).text() + "\" was dropped: what the original presents as uncertain reads as certain.",
                    Excerpt.of(r.ranges().get(0)), Excerpt.of(oh.get(0))));
        } else if (oh.isEmpty() && !rh.isEmpty()) {
            out.add(new Shift(ShiftType.HEDGE, Severity.LOW,
                    "The hedge \"" + rh.get(0).text() + "\" was added: the reprint presents as uncertain what the original states.",
                    Excerpt.of(rh.get(0)), Excerpt.of(o.ranges().get(0))));
        }
    }

    private static void modality(Side r, Side o, Cues.Found rc, Cues.Found oc, List<Shift> out) {
        List<Span> rPossible = rc.possibility();
        List<Span> oPossible = oc.possibility();
        List<Span> rFact = rc.factiveOutcomes();
        List<Span> oFact = oc.factiveOutcomes();
        if (!oPossible.isEmpty() && rPossible.isEmpty() && !rFact.isEmpty() && oFact.isEmpty()) {
            out.add(new Shift(ShiftType.MODALITY, Severity.HIGH,
                    "What the original presents as possible or feared (\"" + oPossible.get(0).text()
                            + "\") the reprint presents as an accomplished fact (\"" + rFact.get(0).text() + "\").",
                    Excerpt.of(r.ranges().get(0)), Excerpt.of(oPossible.get(0))));
        } else if (oPossible.isEmpty() && !rPossible.isEmpty() && !oFact.isEmpty() && rFact.isEmpty()) {
            out.add(new Shift(ShiftType.MODALITY, Severity.LOW,
                    "What the original states as fact (\"" + oFact.get(0).text() + "\") the reprint presents as only possible (\""
                            + rPossible.get(0).text() + "\").",
                    Excerpt.of(rPossible.get(0)), Excerpt.of(o.ranges().get(0))));
        }
    }

    private static void claims(Side r, Side o, Cues.Found rc, Cues.Found oc, List<Shift> out) {
        List<Span> rn = rc.negations();
        List<Span> on = oc.negations();
        if (rn.isEmpty() != on.isEmpty()) {
            Span neg = rn.isEmpty() ? on.get(0) : rn.get(0);
            out.add(new Shift(ShiftType.ALTERED_CLAIM, Severity.HIGH,
                    rn.isEmpty() ? "The original's negation \"" + neg.text() + "\" is gone: the claim's polarity flipped."
                            : "The reprint adds the negation \"" + neg.text() + "\": the claim's polarity flipped.",
                    Excerpt.of(rn.isEmpty() ? r.ranges().get(0) : neg), Excerpt.of(rn.isEmpty() ? neg : o.ranges().get(0))));
            return;
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
                    Excerpt.of(Span.of(r.text(), rEvent.start(), rEvent.end())),
                    Excerpt.of(Span.of(o.text(), oEvent.start(), oEvent.end()))));
            return;
        }
        List<Span> rd = rc.degree();
        List<Span> od = oc.degree();
        Set<String> rdw = Cues.lowerWords(rd);
        Set<String> odw = Cues.lowerWords(od);
        Span rOnly = rd.stream().filter(s -> !odw.contains(s.text().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        Span oOnly = od.stream().filter(s -> !rdw.contains(s.text().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        if (rOnly != null && oOnly != null) {
            out.add(new Shift(ShiftType.ALTERED_CLAIM, Severity.MEDIUM,
                    "The degree or pace changed: \"" + oOnly.text() + "\" in the original became \"" + rOnly.text() + "\".",
                    Excerpt.of(rOnly), Excerpt.of(oOnly)));
        }
    }

    private static void framing(Side o, Cues.Found rc, Cues.Found oc, List<Shift> out) {
        Set<String> oKeys = new HashSet<>();
        for (Token t : oc.tokens()) {
            oKeys.add(t.key());
        }
        for (Span loaded : rc.loaded()) {
            if (!oKeys.contains(Tokenizer.stem(loaded.text().toLowerCase(Locale.ROOT)))) {
                out.add(new Shift(ShiftType.FRAMING, Severity.LOW,
                        "The loaded word \"" + loaded.text() + "\" frames the account in a way the original wording does not.",
                        Excerpt.of(loaded), Excerpt.of(o.ranges().get(0))));
                return;
            }
        }
    }

    /** The event class of each token, -1 for none. */
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
