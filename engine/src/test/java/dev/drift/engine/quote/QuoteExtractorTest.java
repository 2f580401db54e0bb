package dev.drift.engine.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.ArticleParser;
import dev.drift.engine.document.Quotation;
import dev.drift.engine.text.Span;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which quotations are someone's words and which are names, titles or scare quotes, one rule per test. */
class QuoteExtractorTest {
    private final ArticleParser parser = new ArticleParser();

    private Quotation quotation(String text, String quoted) {
        List<Quotation> found = parser.parse("t", text).quotations();
        return found.stream().filter(q -> q.text().equals(quoted)).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation \"" + quoted + "\" in " + found));
    }

    /** A verb of saying, calling or judging before a short quotation credits it to someone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The senator calls his rivals “losers” at every rally.|losers|true",
        "The agency, which reported “1,200 incidents” last year, declined to comment.|1,200 incidents|true",
        "Lee said the goal of the new bill was to make the agency “leaner.”|leaner.|true",
        "The review concluded his remarks were “largely accurate.”|largely accurate.|true",
        "Jones openly admires the general as a “true patriot” and seldom hides it.|true patriot|true",
        "The town is proud of its “historic” bridge.|historic|false",
        "Residents gathered at the “old mill” on Sunday.|old mill|false",
    })
    void creditingVerbBeforeAShortQuotation(String text, String quoted, boolean speech) {
        assertEquals(speech, quotation(text, quoted).speech(), text);
    }

    /** Quotations listed together share their status, speech or not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The governor called the bill “reckless” and “cruel.”|cruel.|true",
        "Critics describe the deal as “a disaster” and a “betrayal” of voters.|betrayal|true",
        "The senator branded him a “liar,” a “fraud” and a “coward” during the debate.|coward|true",
        "She appeared on “Meet the Press” and “Face the Nation” last week.|Face the Nation|false",
        "The official told the network “Fox News” that “this plan could have changed the region,” aides said.|this plan could have changed the region|true",
    })
    void listedQuotationsShareTheirStatus(String text, String quoted, boolean speech) {
        assertEquals(speech, quotation(text, quoted).speech(), text);
    }

    /** A whole sentence in closed marks is somebody's words, and continues the speaker before it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“Did you win?” she asked. “Not yet.”|Not yet.|she",
        "“I would,” Maria told the crowd. “I would, Tom.”|I would, Tom.|Maria",
    })
    void wholeSentenceQuotationsAreSpeech(String text, String quoted, String speaker) {
        Quotation q = quotation(text, quoted);
        assertTrue(q.speech(), text);
        assertEquals(speaker, q.speaker());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The president had one message for young voters: “Vote early.”|Vote early.|true",
        "The mayor hailed the coach as “The Miracle Worker” after the final.|The Miracle Worker|true",
        "The candidate called his opponent “Little Marco” at the rally.|Little Marco|true",
        "Callers phoned in to his “Morning Show” program all week.|Morning Show|false",
        "Smith said on NBC's “Meet the Press.” that taxes would rise.|Meet the Press.|false",
        "Rep. Robert “Bobby” Jones opened the meeting.|Bobby|false",
        "Clinton's “public option” would let older people buy into Medicare.|public option|true",
        "Her spokeswoman said she expects the campaign “to keep fighting for every vote in the state.”|to keep fighting for every vote in the state.|true",
        "Organizers promoted the hashtag “VoteNow” online.|VoteNow|false",
    })
    void namesTitlesAndCreditedPhrases(String text, String quoted, boolean speech) {
        assertEquals(speech, quotation(text, quoted).speech(), text);
    }

    /** A quotation split by its attribution: both parts are speech of the same speaker, however short the first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“That,” he added, “promises to be a long fight.”|That|promises to be a long fight.",
        "“My hope,” the minister said, “is that the talks resume soon.”|My hope|is that the talks resume soon.",
    })
    void splitQuotationKeepsOneSpeaker(String text, String first, String second) {
        Quotation a = quotation(text, first);
        Quotation b = quotation(text, second);
        assertTrue(a.speech() && b.speech(), text);
        assertEquals(a.speaker(), b.speaker());
    }

    /** A title-case line standing alone between paragraphs is a subheading, whatever its stop. */
    @ParameterizedTest
    @ValueSource(strings = {"'All Bets Are Off.'", "“The Long Road Back.”"})
    void subheadingsAreNotSpeech(String line) {
        String text = "Storm season arrives early\n\nThe first storm hit the coast on Monday.\n\n" + line
                + "\n\nOfficials said the damage was light.\n";
        List<Quotation> found = parser.parse("t", text).quotations();
        assertEquals(1, found.size(), found.toString());
        assertFalse(found.get(0).speech(), line);
    }

    /** Quotation marks: mixed straight and curly pairs, inch marks, markup attributes, a left mark closing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“We will win,\" she said. \"Then we rest.”|We will win,;Then we rest.",
        "He is 6'3\" tall and \"very fit,\" his doctor wrote.|very fit,",
        "<tweet author=\"jdoe\" id=\"123\">We won tonight</tweet> she posted, calling it \"huge.\"|huge.",
        "The site rated the claim “Mostly False.“ The numbers told another story.|Mostly False.",
    })
    void quotationMarks(String text, String expected) {
        List<String> found = QuoteMarks.find(text, Span.of(text, 0, text.length()), List.of(Span.of(text, 0, text.length())))
                .stream().map(Span::text).toList();
        assertEquals(List.of(expected.split(";")), found, text);
    }
}
