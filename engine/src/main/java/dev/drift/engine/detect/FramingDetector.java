package dev.drift.engine.detect;

import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** FRAMING: a loaded or emotive word the original's wording does not have. */
public final class FramingDetector implements ShiftDetector {

    @Override
    public void inPair(SentencePair pair, List<Shift> out) {
        Set<String> originalKeys = new HashSet<>();
        for (Token t : pair.originalCues().tokens()) {
            originalKeys.add(t.key());
        }
        for (Span loaded : pair.reprintCues().loaded()) {
            if (!originalKeys.contains(Tokenizer.stem(loaded.text().toLowerCase(Locale.ROOT)))) {
                out.add(new Shift(ShiftType.FRAMING, Severity.LOW,
                        "The loaded word \"" + loaded.text() + "\" frames the account in a way the original wording does not.",
                        Excerpt.of(loaded), Excerpt.of(pair.firstOriginal())));
                return;
            }
        }
    }
}
