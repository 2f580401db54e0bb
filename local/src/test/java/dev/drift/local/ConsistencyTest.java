package dev.drift.local;

import static dev.drift.local.PipelineTest.seed;
import static dev.drift.local.PipelineTest.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.functions.AnalysisRecord;
import dev.drift.functions.AnalysisRecord.Status;
import dev.drift.functions.PairAnalyzer;
import dev.drift.functions.ResultStore;
import dev.drift.functions.StalePairs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * No stuck or lost results: ordering decided by S3's current version, removals, story pages rebuilt from the table,
 * engine failures stored. Each test ends with exactly one current result per reprint and a story page that shows
 * exactly the story's OK results, each by its latest analysis. On the emulators, or LocalStack with AWS_ENDPOINT_URL.
 */
class ConsistencyTest {
    static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\"");

    static LocalPipeline local;
    static ResultStore results;
    static final DriftAnalyzer ENGINE = new DriftAnalyzer();

    @BeforeAll
    static void start() {
        local = LocalPipeline.start(Template.locate(), PipelineTest.MAX_BYTES, false);
        results = local.pipeline().results();
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            local.close();
        }
    }

    static String articles() {
        return local.template().articlesBucket();
    }

    static String etag(String key) {
        return local.clients().s3().headObject(b -> b.bucket(articles()).key(key)).eTag().replace("\"", "");
    }

    static String page(String story) {
        try {
            return new String(local.clients().s3().getObjectAsBytes(b -> b.bucket(local.template().resultsBucket())
                    .key("reports/" + story + "/index.html")).asByteArray(), StandardCharsets.UTF_8);
        } catch (NoSuchKeyException e) {
            return "";
        }
    }

    /** One current result per reprint, and the page links exactly the OK ones, each to its latest analysis. */
    static void assertPageMatchesTable(String story, List<String> reprints) {
        List<String> expected = new ArrayList<>();
        for (String key : reprints) {
            AnalysisRecord r = results.latest(key).orElseThrow(() -> new AssertionError("no current result for " + key));
            if (r.status() == Status.OK) {
                expected.add("/" + r.analysisId() + ".html");
            }
        }
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(page(story));
        while (m.find()) {
            links.add(m.group(1));
        }
        assertEquals(expected.size(), links.size(), "links on the page of " + story + ": " + links);
        for (String id : expected) {
            assertTrue(links.stream().anyMatch(l -> l.endsWith(id)), "the page links " + id + ": " + links);
        }
        assertTrue(links.stream().noneMatch(l -> l.contains("..")), "no link leaves the story folder: " + links);
    }

    static Map<String, StalePairs.Reason> staleOf(String story) {
        return local.pipeline().queueStale().stale().entrySet().stream()
                .filter(e -> e.getKey().startsWith("reprints/" + story + "/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static byte[] edited(String seed, String note) throws IOException {
        return (new String(seed(seed), StandardCharsets.UTF_8) + "\n" + note).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aChangedOriginalMetadataIsANewInputEvenWhenItNamesAnOlderOriginal() throws Exception {
        String older = "originals/" + story() + "/older.txt";
        local.upload(older, seed("001"), Map.of());
        Thread.sleep(1100); // the named original is older by whole seconds, as the old "not older" rule compared
        String newer = "originals/" + story() + "/newer.txt";
        local.upload(newer, seed("000"), Map.of());
        String story = story();
        String reprint = "reprints/" + story + "/r.txt";
        local.upload(reprint, seed("004"), Map.of("original", newer));
        assertEquals(newer, results.latest(reprint).orElseThrow().originalKey());

        local.upload(reprint, seed("004"), Map.of("original", older)); // same bytes, same ETag, another original
        AnalysisRecord r = results.latest(reprint).orElseThrow();
        assertEquals(Status.OK, r.status(), r.reason());
        assertEquals(older, r.originalKey(), "the re-upload naming another original is the current input");
        assertTrue(staleOf(story).isEmpty(), "and the batch has nothing to redo");
        assertPageMatchesTable(story, List.of(reprint));
    }

    @Test
    void aNewerVersionStoredWhileAnOlderOneIsAnalysedStaysTheResult() throws IOException {
        String story = story();
        local.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        String reprint = "reprints/" + story + "/r.txt";
        byte[] first = seed("004");
        byte[] second = edited("004", "Editor's note: corrected.");
        AtomicBoolean raced = new AtomicBoolean();
        // While the first version is being analysed, the second is uploaded and fully analysed (same second).
        PairAnalyzer racing = (oid, otext, rid, rtext) -> {
            if (raced.compareAndSet(false, true)) {
                local.upload(reprint, second, Map.of());
            }
            return ENGINE.compare(oid, otext, rid, rtext);
        };
        try (LocalPipeline slow = local.withAnalyzer(racing, Duration.ofSeconds(60))) {
            slow.upload(reprint, first, Map.of());
        }
        assertTrue(raced.get());
        AnalysisRecord r = results.latest(reprint).orElseThrow();
        assertEquals(etag(reprint), r.reprintEtag(), "the result is of the version S3 holds now");
        assertTrue(staleOf(story).isEmpty());
        assertPageMatchesTable(story, List.of(reprint));
    }

    @Test
    void eventsOfTwoVersionsDeliveredInReverseOrderLeaveTheNewer() throws IOException {
        String story = story();
        local.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        String reprint = "reprints/" + story + "/r.txt";
        local.put(reprint, seed("003"), Map.of());
        String firstEtag = etag(reprint);
        local.put(reprint, edited("003", "Update: more."), Map.of());
        local.deliverObjectCreated(reprint);                     // the second version's event first
        local.deliverObjectCreated(reprint, 10, firstEtag);       // then the first's, late
        AnalysisRecord r = results.latest(reprint).orElseThrow();
        assertEquals(etag(reprint), r.reprintEtag());
        assertEquals(1, results.runs(reprint).size(), "the late event found the current version analysed already");
        assertPageMatchesTable(story, List.of(reprint));
    }

    @Test
    void aPageLostAfterTheResultWasStoredIsRebuiltByTheRetry() throws IOException {
        String story = story();
        local.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        String a = "reprints/" + story + "/a.txt";
        String b = "reprints/" + story + "/b.txt";
        local.upload(a, seed("003"), Map.of());
        String pageWithoutB = page(story);
        local.upload(b, seed("004"), Map.of());
        // A crash after b's result was stored and before its page was written leaves the page as it was before.
        local.clients().s3().putObject(x -> x.bucket(local.template().resultsBucket()).key("reports/" + story + "/index.html"),
                RequestBody.fromString(pageWithoutB));
        local.deliverObjectCreated(b); // Lambda's retry of the same event
        assertEquals(1, results.runs(b).size());
        assertPageMatchesTable(story, List.of(a, b));
    }

    @Test
    void aDeletedReprintLeavesItsPageAndSaysSo() throws IOException {
        String story = story();
        local.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        String kept = "reprints/" + story + "/kept.txt";
        String gone = "reprints/" + story + "/gone.txt";
        local.upload(kept, seed("003"), Map.of());
        local.upload(gone, seed("004"), Map.of());
        local.delete(gone);
        AnalysisRecord r = results.latest(gone).orElseThrow();
        assertEquals(Status.REMOVED, r.status());
        assertTrue(staleOf(story).isEmpty());
        assertPageMatchesTable(story, List.of(kept, gone));
        assertFalse(page(story).contains("gone.txt"));
    }

    @Test
    void aDeletedOriginalLeavesItsReprintsWaitingAndOffThePage() throws IOException {
        String story = story();
        String original = "originals/" + story + "/o.txt";
        local.upload(original, seed("001"), Map.of());
        String reprint = "reprints/" + story + "/r.txt";
        local.upload(reprint, seed("004"), Map.of());
        String result = local.delete(original);
        assertTrue(result.contains("1 reprint(s) queued"), result);
        local.drainWorkQueue();
        assertEquals(Status.WAITING, results.latest(reprint).orElseThrow().status());
        assertPageMatchesTable(story, List.of(reprint));
    }

    @Test
    void aKeyThatClimbsOutOfItsStoryIsAnErrorAndNeverALink() throws IOException {
        String story = story();
        local.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        String ok = "reprints/" + story + "/ok.txt";
        local.upload(ok, seed("003"), Map.of());
        String climbing = "reprints/" + story + "/../" + story() + "/x.txt";
        local.deliverObjectCreated(climbing, 100, "0123456789abcdef0123456789abcdef");
        AnalysisRecord r = results.latest(climbing).orElseThrow();
        assertEquals(Status.ERROR, r.status());
        assertTrue(r.reason().contains("\"..\""), r.reason());
        assertPageMatchesTable(story, List.of(ok));
    }

    @Test
    void anEngineErrorIsStoredAsErrorAndNotRetried() throws IOException {
        String story = story();
        local.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        String poison = "reprints/" + story + "/poison.txt";
        String fine = "reprints/" + story + "/fine.txt";
        local.put(poison, seed("004"), Map.of());
        local.put(fine, seed("003"), Map.of());
        PairAnalyzer overflowing = (oid, otext, rid, rtext) -> {
            if (rid.equals(poison)) {
                throw new StackOverflowError();
            }
            return ENGINE.compare(oid, otext, rid, rtext);
        };
        try (LocalPipeline failing = local.withAnalyzer(overflowing, Duration.ofSeconds(60))) {
            failing.pipeline().enqueue(List.of(poison, fine));
            LocalPipeline.Drained drained = failing.drainWorkQueue();
            assertEquals(0, drained.failed(), "an engine Error is an answer, not a failed message");
        }
        AnalysisRecord r = results.latest(poison).orElseThrow();
        assertEquals(Status.ERROR, r.status());
        assertTrue(r.reason().contains("StackOverflowError"), r.reason());
        assertEquals(Status.OK, results.latest(fine).orElseThrow().status(), "the rest of the batch is analysed");
        assertTrue(staleOf(story).isEmpty(), "the batch does not queue it again");
        assertPageMatchesTable(story, List.of(poison, fine));
    }

    @Test
    void anAnalysisOverItsTimeBudgetIsStoredAsError() throws IOException {
        String story = story();
        local.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        String reprint = "reprints/" + story + "/slow.txt";
        PairAnalyzer stuck = (oid, otext, rid, rtext) -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ENGINE.compare(oid, otext, rid, rtext);
        };
        try (LocalPipeline slow = local.withAnalyzer(stuck, Duration.ofMillis(500))) {
            slow.upload(reprint, seed("004"), Map.of());
        }
        AnalysisRecord r = results.latest(reprint).orElseThrow();
        assertEquals(Status.ERROR, r.status());
        assertTrue(r.reason().contains("time budget"), r.reason());
        assertTrue(staleOf(story).isEmpty());
    }

    @Test
    void oneStoryPageRebuiltByConcurrentWorkersShowsEveryReprint() throws Exception {
        String story = story();
        local.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        int writers = 6;
        List<String> reprints = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String key = "reprints/" + story + "/r" + i + ".txt";
            reprints.add(key);
            local.put(key, edited(i % 2 == 0 ? "003" : "004", "Note " + i), Map.of());
        }
        CyclicBarrier together = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<String>> done = new ArrayList<>();
            for (String key : reprints) {
                done.add(pool.submit(() -> {
                    together.await();
                    return local.deliverObjectCreated(key);
                }));
            }
            for (Future<String> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertPageMatchesTable(story, reprints);
    }

    @Test
    void aMalformedMessageReachesTheDeadLetterQueueOnce() {
        String body = "not json " + story();
        local.clients().sqs().sendMessage(b -> b.queueUrl(local.queues().work()).messageBody(body));
        local.drainWorkQueue();
        int copies = 0;
        for (int i = 0; i < 5; i++) {
            var received = local.clients().sqs().receiveMessage(b -> b.queueUrl(local.queues().workDeadLetter())
                    .waitTimeSeconds(1).maxNumberOfMessages(10)).messages();
            for (var m : received) {
                if (m.body().equals(body)) {
                    copies++;
                    local.clients().sqs().deleteMessage(b -> b.queueUrl(local.queues().workDeadLetter()).receiptHandle(m.receiptHandle()));
                }
            }
        }
        assertEquals(1, copies);
    }
}
