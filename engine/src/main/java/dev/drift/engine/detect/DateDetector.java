package dev.drift.engine.detect;

import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.shift.TimeExpression;
import dev.drift.engine.text.Span;
import java.util.ArrayList;
import java.util.List;

/** DATE: a time expression changed, gained detail, or appeared where the original has none. */
public final class DateDetector implements ShiftDetector {

    @Override
    public void inPair(SentencePair pair, List<Shift> out) {
        List<TimeExpression> rt = TimeExpression.find(pair.reprintText(), pair.reprint().start(), pair.reprint().end());
        if (rt.isEmpty()) {
            return; // only the reprint's time expressions are judged
        }
        List<TimeExpression> ot = new ArrayList<>();
        for (Span s : pair.original()) {
            ot.addAll(TimeExpression.find(pair.originalText(), s.start(), s.end()));
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
            } else if (!ot.isEmpty() && !ot.stream().allMatch(x -> rt.stream().anyMatch(y -> y.parts().equals(x.parts())))) {
                TimeExpression was = ot.get(0);
                if (was.relative() != t.relative()) {
                    // "last year" for "2017": the same time said from the writer's day, or another; the text cannot tell.
                    out.add(new Shift(ShiftType.DATE, Severity.LOW,
                            "\"" + t.span().text() + "\" stands where the original says \"" + was.span().text()
                                    + "\": check that both name the same time.",
                            Excerpt.of(t.span()), Excerpt.of(was.span())));
                    continue;
                }
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
}
