package dev.drift.engine.detect;

import dev.drift.engine.compare.Comparison;
import dev.drift.engine.document.Article;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.model.Verdict;
import dev.drift.engine.quote.QuoteExtractor;
import dev.drift.engine.quote.SpeakerWords;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.text.Span;
import java.util.List;
import java.util.Locale;

/** ATTRIBUTION: a quotation credited to someone else, or a narrated claim attributed to another source. */
public final class AttributionDetector implements ShiftDetector {

    @Override
    public void detect(Comparison c, List<QuoteFinding> quotes, List<Shift> out) {
        for (QuoteFinding f : quotes) {
            // A pronoun left unresolved says nothing about who spoke, so it cannot contradict the original.
            if (f.verdict() != Verdict.FABRICATED && f.attributionChanged() && !pronoun(f.speaker()) && !pronoun(f.originalSpeaker())) {
                out.add(new Shift(ShiftType.ATTRIBUTION, Severity.HIGH,
                        "The words are credited to \"" + f.speaker() + "\"; the original gives them to \"" + f.originalSpeaker() + "\".",
                        new Excerpt(f.text(), f.start(), f.end()),
                        new Excerpt(f.source().text(), f.source().start(), f.source().end())));
            }
        }
        for (int i = 0; i < c.pairs().size(); i++) {
            if (c.pairs().get(i) != null) {
                narrative(c, i, out);
            }
        }
    }

    private static boolean pronoun(String speaker) {
        // "it" too: an organisation or a document the resolver could not name
        return speaker != null && (Lexicon.PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT))
                || speaker.equalsIgnoreCase("it"));
    }

    private static void narrative(Comparison c, int reprintSentence, List<Shift> out) {
        Article reprint = c.reprint();
        Article.Sentence r = reprint.sentences().get(reprintSentence);
        if (!reprint.quotationsIn(r.index()).isEmpty()) {
            return; // quotations carry their own speaker comparison
        }
        String rSpeaker = r.narrativeSpeaker();
        if (rSpeaker == null || pronoun(rSpeaker)) {
            return;
        }
        Span differing = null;
        String differingSpeaker = null;
        for (int oi : c.alignment().linkOf(reprintSentence).originalSentences()) {
            Article.Sentence o = c.original().sentences().get(oi);
            String oSpeaker = o.narrativeSpeaker();
            if (oSpeaker == null || pronoun(oSpeaker)) {
                continue;
            }
            if (QuoteExtractor.sameSpeaker(rSpeaker, oSpeaker)) {
                return;
            }
            // A source named in both sentences is still there, whichever each sentence was read to credit.
            if (SpeakerWords.namedIn(oSpeaker, r.span().text()) || SpeakerWords.namedIn(rSpeaker, o.span().text())) {
                return;
            }
            if (differing == null) {
                differing = o.span();
                differingSpeaker = oSpeaker;
            }
        }
        if (differing != null) {
            out.add(new Shift(ShiftType.ATTRIBUTION, Severity.MEDIUM,
                    "The claim is attributed to \"" + rSpeaker + "\"; the original attributes it to \"" + differingSpeaker + "\".",
                    Excerpt.of(r.span()), Excerpt.of(differing)));
        }
    }
}
