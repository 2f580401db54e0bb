package dev.drift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.align.TermWeights;
import dev.drift.engine.document.Article;
import dev.drift.engine.ArticleParser;
import dev.drift.engine.document.SentenceSplitter;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.document.Quotation;
import dev.drift.engine.shift.Cues;
import dev.drift.engine.shift.Entities;
import dev.drift.engine.shift.Quantity;
import dev.drift.engine.shift.TimeExpression;
import dev.drift.engine.text.InputRejectedException;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.TextDecoder;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per stage, on real sentences and the edge cases the issue names. */
class StagesTest {
    private final ArticleParser parser = new ArticleParser();

    @Test
    void decoderAcceptsUtf8WithAndWithoutBomAndUtf16WithBom() throws Exception {
        TextDecoder d = new TextDecoder();
        assertEquals("“Hi”", d.decode("“Hi”".getBytes(StandardCharsets.UTF_8)));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertEquals("a", d.decode(bom));
        byte[] utf16 = "\uFEFFSyria’s".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Syria’s", d.decode(utf16));
    }

    @Test
    void decoderRefusesEmptyBinaryUndecodableAndOversized() {
        TextDecoder d = new TextDecoder(100);
        assertEquals(InputRejectedException.Reason.EMPTY, assertThrows(InputRejectedException.class, () -> d.decode(new byte[0])).reason());
        assertEquals(InputRejectedException.Reason.EMPTY, assertThrows(InputRejectedException.class, () -> d.decode(" \n ".getBytes())).reason());
        assertEquals(InputRejectedException.Reason.BINARY, assertThrows(InputRejectedException.class, () -> d.decode(new byte[] {'P', 'K', 3, 4, 0, 0})).reason());
        assertEquals(InputRejectedException.Reason.UNDECODABLE, assertThrows(InputRejectedException.class, () -> d.decode(new byte[] {'a', (byte) 0xC3, '('})).reason());
        assertEquals(InputRejectedException.Reason.OVERSIZED, assertThrows(InputRejectedException.class, () -> d.decode(new byte[101])).reason());
    }

    @Test
    void sentencesSurviveAbbreviationsInitialsNumbersAndEllipses() {
        String t = "Gen. John F. Smith met U.S. officials on Jan. 5 about $2.5 million. “Thanks to the efforts… moving in helicopters,” he said. The U.S. Embassy agreed. Then it ended.";
        List<String> s = SentenceSplitter.split(t, Span.of(t, 0, t.length())).stream().map(Span::text).toList();
        assertEquals(List.of("Gen. John F. Smith met U.S. officials on Jan. 5 about $2.5 million.",
                "“Thanks to the efforts… moving in helicopters,” he said.", "The U.S. Embassy agreed.", "Then it ended."), s);
    }

    @Test
    void sentenceTokensAreTheFullParsesSentencesAndWeighWordsAlike() {
        String t = "NEW You can now listen to this article!\n\nWASHINGTON (AP) — Officials said on Monday that “nearly 6,000 detainees” were moved. "
                + "The U.S. Embassy agreed.\n\n“It was a race against time,” he said.";
        Article article = parser.parse("a", t);
        List<List<Token>> tokens = parser.sentenceTokens(t);
        assertEquals(article.sentences().stream().map(Article.Sentence::tokens).toList(), tokens);
        TermWeights full = TermWeights.of(List.of(article));
        TermWeights light = TermWeights.ofSentences(tokens);
        tokens.stream().flatMap(List::stream).map(Token::key).forEach(key -> assertEquals(full.weight(key), light.weight(key), key));
        assertEquals(full.weight("no-such-word"), light.weight("no-such-word"));
    }

    @Test
    void boilerplateIsReportedNotDropped() {
        String t = "Headline of the story\n\nOfficials said the talks went well on Monday.\n\nCLICK HERE TO DOWNLOAD THE NEWS APP\n\n"
                + "Read More: Strikes Pound Targets In The North\nTroops Hit Targets in New Strike Amid Threats\n\nShare.\n";
        Article a = parser.parse("t", t);
        assertEquals(4, a.boilerplate().size(), a.boilerplate().toString());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void quotationsSpeechNamesAndSpeakers() {
        String t = "The official told the network \"Fox News\" that \"this kind of escape could have changed the region,\" describing the detainees as \"the worst of the worst.\"\n"
                + "He said the so-called “safe zone” was failing. “We saw a crisis,” Marco Rubio said. “It was bad. It got worse.”\n"
                + "This is a rare good story,” the official said.\n";
        Article a = parser.parse("t", t);
        List<Quotation> q = a.quotations();
        assertEquals("Fox News", q.get(0).text());
        assertFalse(q.get(0).speech());
        assertTrue(q.get(1).speech());
        assertEquals("The official", q.get(1).speaker());
        assertEquals("the worst of the worst.", q.get(2).text());
        assertFalse(q.get(3).speech(), "scare quote");
        assertEquals("Marco Rubio", q.get(4).speaker());
        assertEquals("It was bad. It got worse.", q.get(5).text());
        assertEquals("Marco Rubio", q.get(5).speaker(), "a quotation standing alone continues the speaker");
        assertEquals("This is a rare good story", q.get(6).text(), "only the closing mark");
        assertEquals("the official", q.get(6).speaker());
    }

    @Test
    void pronounsPointBackToTheLastNamedSpeaker() {
        String t = "The minister spoke first.\n“We will not relent,” Defence Minister Jane Doe said.\n“Nothing changes,” she added.\n";
        List<Quotation> q = parser.parse("t", t).quotations();
        assertEquals("Defence Minister Jane Doe", q.get(1).speaker());
    }

    @Test
    void quantitiesKeepTheirBounds() {
        String t = "nearly 6,000 detainees, roughly 6000 fighters, 30 targets, 6,000 or so, more than 2.5 million, in 2014";
        List<Quantity> q = Quantity.find(t, 0, t.length());
        assertEquals(5, q.size());
        assertEquals(Lexicon.Bound.BELOW, q.get(0).bound());
        assertTrue(q.get(0).sameValue(q.get(1)));
        assertTrue(q.get(0).boundChanged(q.get(1)));
        assertEquals(Lexicon.Bound.APPROX, q.get(3).bound());
        assertFalse(q.get(1).boundChanged(q.get(3)));
        assertEquals(2_500_000, q.get(4).value());
    }

    @Test
    void quantitiesReadRangesTrailingBoundsAndKinds() {
        String t = "12 to 14 million visitors, 165 cm or above, 18 and under, nearly US$5 billion, 6%, the 20th";
        List<Quantity> q = Quantity.find(t, 0, t.length());
        assertEquals(12_000_000, q.get(0).value());
        assertEquals(Lexicon.Bound.ABOVE, q.get(2).bound());
        assertEquals(Lexicon.Bound.BELOW, q.get(3).bound());
        assertEquals(Lexicon.Bound.BELOW, q.get(4).bound());
        assertEquals(Quantity.Kind.SHARE, q.get(5).kind());
        assertEquals(Quantity.Kind.RANK, q.get(6).kind());
        assertFalse(q.get(5).comparable(q.get(6)));
        assertFalse(q.get(4).comparable(q.get(2)), "5 billion is not 165 rewritten");
        assertTrue(q.get(0).comparable(q.get(1)));
        String two = "killed 20,665 in Turkey and more than 3,000 in Syria";
        List<Quantity> deaths = Quantity.find(two, 0, two.length());
        assertEquals(Lexicon.Bound.EXACT, deaths.get(0).bound(), "'and more than' opens the next number");
        assertEquals(Lexicon.Bound.ABOVE, deaths.get(1).bound());
    }

    @Test
    void timeExpressionsAreReducedToParts() {
        String t = "In late October 2025, Mayor Augusta Ames said on Tuesday that last week's vote, set for May 3, "
                + "was delayed; it may slip to 2026, not 2026.5 or 12,2026.";
        List<java.util.Set<String>> parts = TimeExpression.find(t, 0, t.length()).stream().map(TimeExpression::parts).toList();
        assertEquals(List.of(java.util.Set.of("mod:late", "month:oct", "year:2025"), java.util.Set.of("weekday:tuesday"),
                java.util.Set.of("relative:last week"), java.util.Set.of("month:may", "day:3"), java.util.Set.of("year:2026")), parts);
        String far = "Officials who spoke to reporters said that at the beginning of last week (2019) and "
                + "by the end of   January, 2020 too, x2019 and 1.2019 were not years.";
        assertEquals(List.of(java.util.Set.of("relative:last week"), java.util.Set.of("year:2019"),
                        java.util.Set.of("mod:late", "month:jan", "year:2020")),
                TimeExpression.find(far, 0, far.length()).stream().map(TimeExpression::parts).toList());
        assertEquals(List.of(java.util.Set.of("relative:last week")),
                TimeExpression.find(far, far.indexOf("of last"), far.indexOf(" (")).stream().map(TimeExpression::parts).toList());
        String glued = "Filed on January5.";
        assertEquals(List.of(java.util.Set.of("month:jan")),
                TimeExpression.find(glued, 0, glued.length()).stream().map(TimeExpression::parts).toList());
        String none = "The mayor may meet the sept members on the march, weekly.";
        assertEquals(List.of(), TimeExpression.find(none, 0, none.length()));
    }

    @Test
    void eventClassIsTheFirstClassWithAStemBeginningTheWord() {
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            for (Token t : Tokenizer.tokenize(Seeds.text(prefix))) {
                int expected = -1;
                for (int c = Lexicon.EVENT_CLASSES.length - 1; c >= 0; c--) {
                    for (String stem : Lexicon.EVENT_CLASSES[c]) {
                        if (t.lower().startsWith(stem) && t.lower().length() - stem.length() <= 4) {
                            expected = c;
                        }
                    }
                }
                assertEquals(expected, Cues.eventClass(t), t.text());
            }
        }
        assertTrue(Cues.eventClass(Tokenizer.tokenize("born").get(0)) >= 0);
        assertTrue(Cues.eventClass(Tokenizer.tokenize("born").get(0)) != Cues.eventClass(Tokenizer.tokenize("grew").get(0)));
    }

    @Test
    void entitiesMatchAcronymsAndTellGarbledNames() {
        assertTrue(Entities.sameEntity("SDF", "Syrian Democratic Forces"));
        assertTrue(Entities.sameEntity("ODNI", "Office of the Director of National Intelligence"));
        assertTrue(Entities.sameEntity("CENTCOM", "U.S. Central Command"));
        assertTrue(Entities.sameEntity("Rubio", "Marco Rubio"));
        assertFalse(Entities.sameEntity("Syria", "Syrian Democratic Forces"));
        assertFalse(Entities.sameEntity("Damascus", "Baghdad"));
    }

    @Test
    void alignmentHandlesOneToManyAndNone() {
        String o = "The army moved the prisoners to Iraq. The transfer took three weeks. Officials praised the embassy.";
        String r = "The army moved the prisoners to Iraq in a transfer that took three weeks. A columnist called it historic.";
        var report = new DriftAnalyzer().compare("o", o, "r", r);
        assertEquals(2, report.alignment().get(0).original().size());
        assertTrue(report.alignment().get(1).original().isEmpty());
        assertNull(report.shifts().stream().filter(s -> s.type().name().equals("NUMBER")).findFirst().orElse(null));
    }
}
