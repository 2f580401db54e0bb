package dev.drift.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.report.ReportJson;
import dev.drift.functions.AnalysisRecord;
import dev.drift.functions.AnalysisRecord.Status;
import dev.drift.functions.Finding;
import dev.drift.functions.ResultStore;
import dev.drift.functions.StalePairs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline end to end over real protocols: embedded DynamoDB Local, S3Proxy and ElasticMQ by default, or
 * LocalStack/AWS when AWS_ENDPOINT_URL is set. Each test works in a story of its own, so tests share resources
 * without seeing each other's pairs.
 */
class PipelineTest {
    /** Small enough that an oversized object is cheap to make, large enough for every seed. */
    static final long MAX_BYTES = 100_000;

    static LocalPipeline local;
    static ResultStore results;

    @BeforeAll
    static void start() {
        local = LocalPipeline.start(Template.locate(), MAX_BYTES, false);
        results = local.pipeline().results();
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            local.close();
        }
    }

    static byte[] seed(String prefix) throws IOException {
        Path dir = Path.of(System.getProperty("drift.seeds", "../seeds"));
        try (var files = Files.list(dir)) {
            return Files.readAllBytes(files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow());
        }
    }

    static String story() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void uploadedReprintIsAnalysedAndStored() throws IOException {
        String story = story();
        local.upload("originals/" + story + "/original.txt", seed("001"), Map.of());
        String reprint = "reprints/" + story + "/004.txt";
        local.upload(reprint, seed("004"), Map.of());

        AnalysisRecord r = results.latest(reprint).orElseThrow();
        assertEquals(Status.OK, r.status(), r.reason());
        assertEquals("originals/" + story + "/original.txt", r.originalKey());
        assertTrue(r.scores().overall() > 0 && r.scores().overall() < 1, "a reprint that drifted scores between 0 and 1");
        List<Finding> findings = results.findings(reprint);
        assertEquals(r.findings(), findings.size());
        assertTrue(findings.stream().anyMatch(f -> f.kind().equals("NUMBER")), "004 changes numbers");

        String json = new String(local.clients().s3().getObjectAsBytes(b -> b.bucket(local.template().resultsBucket())
                .key(r.reportKey())).asByteArray(), StandardCharsets.UTF_8);
        assertEquals(r.scores(), ReportJson.read(json).scores(), "the stored report is the analysis the table summarises");
        assertEquals(List.of(r.reprintKey()), results.rankedByDrift(story).stream().map(AnalysisRecord::reprintKey).toList());

        String html = text(r.htmlKey());
        assertTrue(r.htmlKey().endsWith(".html") && html.contains("Content-Security-Policy"), "the side-by-side report is stored next to the JSON");
        String storyPage = text("reports/" + story + "/index.html");
        assertTrue(storyPage.contains("./004.txt/" + r.analysisId() + ".html"), "the story page links the report");
    }

    /** Runs the batch's selection and queueing; returns what it found stale in this story (tests share the buckets). */
    static Map<String, StalePairs.Reason> queueStaleOf(String story) {
        return local.pipeline().queueStale().stale().entrySet().stream()
                .filter(e -> e.getKey().startsWith("reprints/" + story + "/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static String text(String resultKey) {
        return new String(local.clients().s3().getObjectAsBytes(b -> b.bucket(local.template().resultsBucket())
                .key(resultKey)).asByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void duplicateDeliveryStoresOneResult() throws IOException {
        String story = story();
        local.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        String reprint = "reprints/" + story + "/r.txt";
        local.upload(reprint, seed("003"), Map.of());
        local.deliverObjectCreated(reprint);
        local.deliverObjectCreated(reprint);
        local.pipeline().enqueue(List.of(reprint, reprint));
        local.drainWorkQueue();

        assertEquals(1, results.runs(reprint).size());
        AnalysisRecord latest = results.latest(reprint).orElseThrow();
        assertEquals(latest.findings(), results.findings(reprint).size(), "findings are not doubled either");
    }

    @Test
    void reprintUploadedBeforeItsOriginalWaitsThenIsAnalysed() throws IOException {
        String story = story();
        String reprint = "reprints/" + story + "/early.txt";
        local.upload(reprint, seed("000"), Map.of());
        assertEquals(Status.WAITING, results.latest(reprint).orElseThrow().status());

        String result = local.upload("originals/" + story + "/late.txt", seed("001"), Map.of());
        assertTrue(result.contains("1 reprint(s) queued"), result);
        local.drainWorkQueue();
        AnalysisRecord r = results.latest(reprint).orElseThrow();
        assertEquals(Status.OK, r.status(), r.reason());
        assertEquals("originals/" + story + "/late.txt", r.originalKey());
    }

    @Test
    void metadataNamesTheOriginalAcrossStories() throws IOException {
        String elsewhere = "originals/" + story() + "/source.txt";
        String reprint = "reprints/" + story() + "/named.txt";
        local.upload(reprint, seed("002"), Map.of("original", elsewhere));
        AnalysisRecord waiting = results.latest(reprint).orElseThrow();
        assertEquals(Status.WAITING, waiting.status());
        assertEquals(elsewhere, waiting.originalKey());

        local.upload(elsewhere, seed("001"), Map.of());
        local.drainWorkQueue();
        AnalysisRecord r = results.latest(reprint).orElseThrow();
        assertEquals(Status.OK, r.status(), r.reason());
        assertEquals(elsewhere, r.originalKey());
    }

    @Test
    void replacingTheOriginalReanalysesItsReprints() throws IOException {
        String story = story();
        String original = "originals/" + story + "/o.txt";
        local.upload(original, seed("001"), Map.of());
        String a = "reprints/" + story + "/a.txt";
        String b = "reprints/" + story + "/b.txt";
        local.upload(a, seed("003"), Map.of());
        local.upload(b, seed("004"), Map.of());
        String before = results.latest(a).orElseThrow().originalEtag();

        String changed = new String(seed("001"), StandardCharsets.UTF_8).replace("6,000", "9,000");
        local.upload(original, changed.getBytes(StandardCharsets.UTF_8), Map.of());
        local.drainWorkQueue();

        String storyPage = text("reports/" + story + "/index.html");
        for (String reprint : List.of(a, b)) {
            AnalysisRecord r = results.latest(reprint).orElseThrow();
            assertEquals(Status.OK, r.status());
            assertNotEquals(before, r.originalEtag(), reprint + " was analysed against the new original");
            assertEquals(2, results.runs(reprint).size());
            assertTrue(storyPage.contains("/" + r.analysisId() + ".html"),
                    "the story page, rewritten once after the worker's batch, links the new report of " + reprint);
        }
    }

    @Test
    void aRemovedOriginalLeavesItsReprintsWaiting() throws IOException {
        String story = story();
        String original = "originals/" + story + "/o.txt";
        local.upload(original, seed("001"), Map.of());
        String reprint = "reprints/" + story + "/r.txt";
        local.upload(reprint, seed("004"), Map.of());
        assertEquals(Status.OK, results.latest(reprint).orElseThrow().status());

        local.clients().s3().deleteObject(b -> b.bucket(local.template().articlesBucket()).key(original));
        assertEquals(StalePairs.Reason.ORIGINAL_REMOVED, local.pipeline().queueStale().stale().get(reprint));
        local.drainWorkQueue();
        assertEquals(Status.WAITING, results.latest(reprint).orElseThrow().status());
        assertFalse(local.pipeline().queueStale().stale().containsKey(reprint), "nothing to redo until an original arrives");
        local.drainWorkQueue();
    }

    @Test
    void badObjectsAreStoredAsErrorsWithTheirReason() throws IOException {
        String story = story();
        local.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        byte[] oversized = new byte[(int) MAX_BYTES + 1];
        Arrays.fill(oversized, (byte) 'a');
        Map<String, byte[]> bad = Map.of(
                "empty.txt", new byte[0],
                "binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0, 1, 2, 3, 0, 0, 0},
                "undecodable.txt", "caf\u00e9 au lait, tr\u00e8s bien".getBytes(StandardCharsets.ISO_8859_1),
                "oversized.txt", oversized);
        Map<String, String> reasons = new HashMap<>();
        for (Map.Entry<String, byte[]> e : bad.entrySet()) {
            String key = "reprints/" + story + "/" + e.getKey();
            local.upload(key, e.getValue(), Map.of());
            AnalysisRecord r = results.latest(key).orElseThrow();
            assertEquals(Status.ERROR, r.status(), key);
            reasons.put(e.getKey(), r.reason());
        }
        assertTrue(reasons.get("empty.txt").contains("empty"), reasons.toString());
        assertTrue(reasons.get("binary.txt").contains("binary"), reasons.toString());
        assertTrue(reasons.get("undecodable.txt").contains("UTF"), reasons.toString());
        assertTrue(reasons.get("oversized.txt").contains("over the limit"), reasons.toString());

        String deleted = "reprints/" + story + "/deleted.txt";
        local.put(deleted, seed("004"), Map.of());
        local.clients().s3().deleteObject(b -> b.bucket(local.template().articlesBucket()).key(deleted));
        local.deliverObjectCreated(deleted, 4944, "0123456789abcdef0123456789abcdef");
        AnalysisRecord gone = results.latest(deleted).orElseThrow();
        assertEquals(Status.ERROR, gone.status());
        assertTrue(gone.reason().contains("deleted"), gone.reason());

        String misplaced = "reprints/no-story-folder.txt";
        local.upload(misplaced, seed("004"), Map.of());
        assertTrue(results.latest(misplaced).orElseThrow().reason().contains("reprints/<story>/<file>"));

        // A redelivery of a bad object stores nothing new: errors do not become a retry storm.
        local.deliverObjectCreated("reprints/" + story + "/binary.txt");
        assertEquals(1, results.runs("reprints/" + story + "/binary.txt").size());
        assertEquals(bad.size() + 1, results.withStatus(Status.ERROR).stream()
                .filter(r -> r.reprintKey().startsWith("reprints/" + story + "/")).count());
    }

    @Test
    void aStoryWithTwoOriginalsIsRetriedByTheBatchOnceOneIsRemoved() throws IOException {
        String story = story();
        String kept = "originals/" + story + "/kept.txt";
        String extra = "originals/" + story + "/extra.txt";
        local.upload(kept, seed("001"), Map.of());
        local.upload(extra, seed("000"), Map.of());
        String reprint = "reprints/" + story + "/r.txt";
        local.upload(reprint, seed("004"), Map.of());
        AnalysisRecord ambiguous = results.latest(reprint).orElseThrow();
        assertEquals(Status.ERROR, ambiguous.status());
        assertTrue(ambiguous.reason().contains("2 originals"), ambiguous.reason());

        local.clients().s3().deleteObject(b -> b.bucket(local.template().articlesBucket()).key(extra));
        assertEquals(Map.of(reprint, StalePairs.Reason.ORIGINALS_RESOLVED), queueStaleOf(story));
        local.drainWorkQueue();
        AnalysisRecord resolved = results.latest(reprint).orElseThrow();
        assertEquals(Status.OK, resolved.status(), resolved.reason());
        assertEquals(kept, resolved.originalKey());
    }

    @Test
    void keysWithSpacesAndNonAsciiCharactersArriveDecoded() throws IOException {
        String story = "Syria camps " + UUID.randomUUID().toString().substring(0, 6);
        String original = "originals/" + story + "/Fox News – exclusive.txt";
        String reprint = "reprints/" + story + "/Khaberni (عربي) 50% + more.txt";
        local.upload(original, seed("001"), Map.of());
        local.upload(reprint, seed("003"), Map.of());
        AnalysisRecord r = results.latest(reprint).orElseThrow();
        assertEquals(Status.OK, r.status(), r.reason());
        assertEquals(original, r.originalKey());
        assertEquals(story, r.story());
    }

    @Test
    void theBatchQueuesExactlyTheStalePairs() throws IOException {
        String story = story();
        String original = "originals/" + story + "/o.txt";
        local.upload(original, seed("001"), Map.of());
        String unchanged = "reprints/" + story + "/unchanged.txt";
        String edited = "reprints/" + story + "/edited.txt";
        String unnotified = "reprints/" + story + "/unnotified.txt";
        local.upload(unchanged, seed("000"), Map.of());
        local.upload(edited, seed("002"), Map.of());
        // Changes S3 never told the functions about (lost notifications): only the batch can find them.
        local.put(edited, (new String(seed("002"), StandardCharsets.UTF_8) + "\nEditor's note: updated.").getBytes(StandardCharsets.UTF_8), Map.of());
        local.put(unnotified, seed("003"), Map.of());

        assertEquals(Map.of(edited, StalePairs.Reason.REPRINT_CHANGED, unnotified, StalePairs.Reason.MISSING),
                queueStaleOf(story));

        LocalPipeline.Drained drained = local.drainWorkQueue();
        assertEquals(0, drained.failed());
        for (String key : List.of(unchanged, edited, unnotified)) {
            assertEquals(Status.OK, results.latest(key).orElseThrow().status());
        }
        assertEquals(1, results.runs(unchanged).size());
        assertEquals(2, results.runs(edited).size());
        assertTrue(queueStaleOf(story).isEmpty(),
                "after the worker ran, nothing of this story is stale");
        local.drainWorkQueue();
    }

    @Test
    void theScheduledHandlerReportsWhatItQueued() throws IOException {
        String story = story();
        local.put("originals/" + story + "/o.txt", seed("001"), Map.of());
        local.put("reprints/" + story + "/r.txt", seed("004"), Map.of());
        String summary = local.runBatch();
        assertTrue(summary.matches("queued \\d+ reprint\\(s\\).*"), summary);
        local.drainWorkQueue();
        assertEquals(Status.OK, results.latest("reprints/" + story + "/r.txt").orElseThrow().status());
    }

    @Test
    void aMalformedWorkMessageIsReportedAsAFailureAndTheRestSucceed() throws IOException {
        String story = story();
        local.put("originals/" + story + "/o.txt", seed("001"), Map.of());
        String reprint = "reprints/" + story + "/r.txt";
        local.put(reprint, seed("000"), Map.of());
        var sqs = local.clients().sqs();
        String queue = local.queues().work();
        sqs.sendMessage(b -> b.queueUrl(queue).messageBody("not json"));
        local.pipeline().enqueue(List.of(reprint));

        LocalPipeline.Drained drained = local.drainWorkQueue();
        assertTrue(drained.failed() >= 1, "the malformed message was reported as a batch item failure");
        assertEquals(Status.OK, results.latest(reprint).orElseThrow().status());
        // After maxReceiveCount failures the queue moves it to the dead-letter queue: nothing is dropped silently.
        String dlqBody = sqs.receiveMessage(b -> b.queueUrl(local.queues().workDeadLetter()).waitTimeSeconds(2)
                .maxNumberOfMessages(10)).messages().stream().map(m -> m.body()).filter("not json"::equals).findFirst().orElse(null);
        assertNotNull(dlqBody, "the malformed message reached the dead-letter queue");
    }
}
