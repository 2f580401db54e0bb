package dev.drift.local;

import static dev.drift.local.PipelineTest.seed;
import static dev.drift.local.PipelineTest.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.functions.AnalysisRecord;
import dev.drift.functions.Inbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reprints uploaded under inbox/ find their original by content among every registered original, and are then
 * analysed as reprints of its story; one no original renders waits UNMATCHED until its original arrives.
 */
class InboxTest {
    static LocalPipeline local;

    static final String COUNCIL = "The city council met on Tuesday to debate the budget for parks and schools.\n\n"
            + "After a long debate, members approved the plan by seven votes to two.\n\n"
            + "The mayor said the vote was a victory for families across the city.\n\n"
            + "Opponents said the plan would raise property taxes next year.";
    static final String HARVEST = "Heavy rain fell across the valley all weekend, flooding low fields.\n\n"
            + "Farmers said the grape harvest would start two weeks late this year.\n\n"
            + "Roads near the river were closed on Sunday as the water rose.\n\n"
            + "The regional office said it would assess the damage on Monday.";

    @BeforeAll
    static void start() {
        local = LocalPipeline.start(Template.locate(), PipelineTest.MAX_BYTES, false);
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            local.close();
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReprintInTheInboxFindsItsOriginalAndIsAnalysedInItsStory() throws IOException {
        String story = story();
        String original = "originals/" + story + "/o.txt";
        local.upload(original, seed("001"), Map.of());
        local.upload("originals/" + story() + "/council.txt", bytes(COUNCIL), Map.of());
        String inboxKey = "inbox/" + story + "/feed item 004.txt";
        local.upload(inboxKey, seed("004"), Map.of());
        Inbox.Match m = local.pipeline().inboxMatch(inboxKey).orElseThrow();
        // A redelivery places nothing again: a placed copy changed meanwhile stays as it is.
        byte[] marker = bytes("changed since it was placed");
        if (m.reprintKey() != null) {
            local.put(m.reprintKey(), marker, Map.of());
        }
        local.deliverObjectCreated(inboxKey);
        if (m.reprintKey() != null) {
            assertTrue(java.util.Arrays.equals(marker, local.clients().s3().getObjectAsBytes(b -> b
                    .bucket(local.template().articlesBucket()).key(m.reprintKey())).asByteArray()), "not placed again");
            local.put(m.reprintKey(), seed("004"), Map.of(dev.drift.functions.ArticleStore.ORIGINAL_METADATA, m.original(),
                    Inbox.MATCHED_FROM, inboxKey));
        }

        assertTrue(m.matched(), m.line());
        assertTrue(m.score() >= 0.5, m.line());
        // Other tests sharing the stack (LocalStack) may have registered 001 too: any copy of it is the right original.
        byte[] matchedText = local.clients().s3().getObjectAsBytes(b -> b.bucket(local.template().articlesBucket())
                .key(m.original())).asByteArray();
        assertTrue(m.original().equals(original) || java.util.Arrays.equals(seed("001"), matchedText), m.line());
        String matchedStory = m.original().split("/")[1];
        String placed = "reprints/" + matchedStory + "/inbox-" + story + "/feed item 004.txt";
        assertEquals(placed, m.reprintKey());
        AnalysisRecord r = local.pipeline().results().latest(placed).orElseThrow();
        assertEquals(AnalysisRecord.Status.OK, r.status(), r.reason());
        assertEquals(m.original(), r.originalKey());
        assertEquals(1, local.pipeline().results().runs(placed).size(), "a redelivery analyses nothing again");
        assertTrue(local.pipeline().results().rankedByDrift(matchedStory).stream().anyMatch(x -> x.reprintKey().equals(placed)),
                "it is on its story's page");

        local.delete(inboxKey);
        assertEquals(AnalysisRecord.Status.REMOVED, local.pipeline().results().latest(placed).orElseThrow().status());
        assertEquals("REMOVED", local.pipeline().inboxMatch(inboxKey).orElseThrow().status());
    }

    @Test
    void aTextNoOriginalRendersWaitsUnmatchedUntilItsOriginalArrives() {
        String inboxKey = "inbox/" + story() + ".txt";
        local.upload(inboxKey, bytes(HARVEST.replace("Heavy rain", "Rain").replace("Sunday", "Sunday morning")), Map.of());
        Inbox.Match waiting = local.pipeline().inboxMatch(inboxKey).orElseThrow();
        assertEquals(Inbox.UNMATCHED, waiting.status(), waiting.line());

        String story = story();
        local.upload("originals/" + story + "/harvest.txt", bytes(HARVEST), Map.of()); // queues the unmatched
        local.drainWorkQueue();
        Inbox.Match m = local.pipeline().inboxMatch(inboxKey).orElseThrow();
        assertTrue(m.matched(), m.line());
        assertEquals("originals/" + story + "/harvest.txt", m.original());
        assertEquals(AnalysisRecord.Status.OK, local.pipeline().results().latest(m.reprintKey()).orElseThrow().status());
    }

    @Test
    void aBadInboxKeyOrTextIsStoredAsAnErrorWithItsReason() {
        String inboxKey = "inbox/" + story() + "/../x.txt"; // a key no store keeps: its event alone
        local.deliverObjectCreated(inboxKey, 10, "etag");
        Inbox.Match m = local.pipeline().inboxMatch(inboxKey).orElseThrow();
        assertEquals("ERROR", m.status());
        String empty = "inbox/" + story() + "-empty.txt";
        local.upload(empty, new byte[0], Map.of());
        assertEquals("ERROR", local.pipeline().inboxMatch(empty).orElseThrow().status(),
                List.of(local.pipeline().inboxMatch(empty).orElseThrow().line()).toString());
    }
}
