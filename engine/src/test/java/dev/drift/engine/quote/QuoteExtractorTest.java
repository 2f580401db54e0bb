package dev.drift.engine.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.ArticleParser;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.document.Quotation;
import dev.drift.engine.model.Verdict;
import dev.drift.engine.report.DriftReport;
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

    /**
     * A straight closing mark set off by a space after a nested quotation's closing mark (a wire style) closes the
     * quotation, so the words after it stay outside and credit it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"Voters keep telling me, 'Fix the roads,' \" Mayor Ortiz said.|Ortiz",
        "\"Voters keep telling me, 'Fix the roads,' \" Mayor Ortiz said. \"|Ortiz",
    })
    void spacedClosingMarkAfterANestedQuotation(String text, String speaker) {
        List<Quotation> found = parser.parse("t", text).quotations();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).speaker() != null && found.get(0).speaker().contains(speaker), found.toString());
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
        "Surgeons used a technique called “keyhole repair” on the patient.|keyhole repair|false",
        "The memoir, called “Nothing Left to Hide,” reaches stores next month.|Nothing Left to Hide|false",
        "Called “Parents for Safer Streets,” the group was founded in May.|Parents for Safer Streets|false",
        "The defendant blamed his cousin, whom he called “the real thief,” for the losses.|the real thief|true",
        "The senator called “a betrayal of every worker” the deal her party had backed.|a betrayal of every worker|true",
    })
    void namesTitlesAndCreditedPhrases(String text, String quoted, boolean speech) {
        assertEquals(speech, quotation(text, quoted).speech(), text);
    }

    /**
     * A quotation split by its attribution is one quotation of two parts, whose words leave the attribution out;
     * a conjunction or a full stop between two quotations keeps them two.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“That,” he added, “promises to be a long fight.”|That promises to be a long fight.",
        "“My hope,” the minister said, “is that the talks resume soon.”|My hope is that the talks resume soon.",
        "“In the end,” Gov. Ana Ruiz told reporters, “voters decide.”|In the end voters decide.",
    })
    void quotationSplitByItsAttributionIsOne(String text, String joined) {
        List<Quotation> speech = parser.parse("t", text).quotations().stream().filter(Quotation::speech).toList();
        assertEquals(1, speech.size(), text + ": " + speech);
        Quotation q = speech.get(0);
        assertEquals(joined, q.text());
        assertEquals(2, q.parts().size());
        assertTrue(q.speaker() != null, text);
        int attribution = text.indexOf(',') + 3;
        assertFalse(q.contains(attribution), "the attribution is not quoted: " + text);
    }

    /** A split quotation rendered whole, or split the same way, is the same words: verbatim, with no shift. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“That,” he added, “promises to be a long fight for the whole county.”|“That promises to be a long fight for the whole county,” he added.",
        "“That,” he added, “promises to be a long fight for the whole county.”|“That,” he added, “promises to be a long fight for the whole county.”",
    })
    void splitQuotationJudgedByItsWords(String original, String reprint) {
        String lead = "Budget fight looms\n\nThe mayor spoke on Monday about the budget.\n\n";
        DriftReport r = new DriftAnalyzer().compare("o", lead + original + "\n", "r", lead + reprint + "\n");
        List<DriftReport.QuoteFinding> speech = r.quotes().stream().filter(DriftReport.QuoteFinding::speech).toList();
        assertEquals(1, speech.size(), speech.toString());
        assertEquals(Verdict.VERBATIM, speech.get(0).verdict());
        assertEquals(List.of(), r.shifts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“I trust the mayor,” she said, but “the budget is another matter.”",
        "“We are ready,” he said. “The vote is tomorrow.”",
        "“Keep your promise,” the singer tells him before asking, “where do we go from here?”",
    })
    void quotationsAroundAFullClauseStayTwo(String text) {
        List<Quotation> speech = parser.parse("t", text).quotations().stream().filter(Quotation::speech).toList();
        assertEquals(2, speech.size(), text + ": " + speech);
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
