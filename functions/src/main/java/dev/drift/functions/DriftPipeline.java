package dev.drift.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.report.DriftReport;
import dev.drift.engine.report.HtmlReport;
import dev.drift.engine.report.ReportJson;
import dev.drift.engine.report.StoryPage;
import dev.drift.engine.text.InputRejectedException;
import dev.drift.engine.text.TextDecoder;
import dev.drift.functions.AnalysisRecord.Status;
import dev.drift.functions.ArticleStore.Fetched;
import dev.drift.functions.ArticleStore.Found;
import dev.drift.functions.ArticleStore.Missing;
import dev.drift.functions.ArticleStore.ObjectRef;
import dev.drift.functions.ArticleStore.TooLarge;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * What the handlers do, free of Lambda types: analyse a reprint, register an original, fan work out, find stale
 * pairs. Every input problem ends as a stored result; only infrastructure failures throw (and are retried).
 */
public final class DriftPipeline {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PipelineConfig config;
    private final ArticleStore articles;
    private final ResultStore results;
    private final SqsClient sqs;
    private final DriftAnalyzer analyzer;
    private final TextDecoder decoder;
    private final Clock clock;

    public DriftPipeline(PipelineConfig config, AwsClients clients, DriftAnalyzer analyzer, Clock clock) {
        this.config = config;
        this.articles = new ArticleStore(clients.s3(), config.articlesBucket(), config.resultsBucket());
        this.results = new ResultStore(clients.dynamo(), config.table());
        this.sqs = clients.sqs();
        this.analyzer = analyzer;
        this.decoder = new TextDecoder(config.maxObjectBytes());
        this.clock = clock;
    }

    public PipelineConfig config() {
        return config;
    }

    public ResultStore results() {
        return results;
    }

    /**
     * Analyses a reprint against its original, as they are now in the bucket, stores the outcome once and rewrites
     * the story page when the outcome changed it.
     */
    public AnalysisRecord analyzeReprint(String reprintKey) {
        Outcome outcome = analyze(reprintKey);
        if (outcome.storyPageOutdated()) {
            writeStoryPage(List.of(outcome.record()));
        }
        return outcome.record();
    }

    /**
     * As {@link #analyzeReprint(String)}, but leaves story pages to {@link #writeStoryPages}: a batch of reprints of one
     * story rewrites its page once, not once per reprint.
     */
    public AnalysisRecord analyzeReprint(String reprintKey, StoryPageUpdates pages) {
        Outcome outcome = analyze(reprintKey);
        if (outcome.storyPageOutdated()) {
            pages.add(outcome.record());
        }
        return outcome.record();
    }

    /** The OK results of a batch whose story pages are out of date, by story. */
    public static final class StoryPageUpdates {
        private final Map<String, List<AnalysisRecord>> byStory = new LinkedHashMap<>();

        void add(AnalysisRecord record) {
            byStory.computeIfAbsent(record.story(), s -> new ArrayList<>()).add(record);
        }

        public Set<String> stories() {
            return byStory.keySet();
        }
    }

    /** Rewrites the page of each story a batch changed. */
    public void writeStoryPages(StoryPageUpdates pages) {
        pages.byStory.values().forEach(this::writeStoryPage);
    }

    private record Outcome(AnalysisRecord record, boolean storyPageOutdated) {
    }

    private static Outcome done(AnalysisRecord record) {
        return new Outcome(record, false);
    }

    private Outcome analyze(String reprintKey) {
        Optional<ArticleKey> parsed = ArticleKey.parse(reprintKey);
        if (parsed.isEmpty() || parsed.get().kind() != ArticleKey.Kind.REPRINT) {
            return done(store(new Inputs(reprintKey, "-", null, null, null), Status.ERROR, ArticleKey.layoutProblem(reprintKey), null, null));
        }
        String story = parsed.get().story();
        Fetched reprint = articles.fetch(reprintKey, config.maxObjectBytes());
        ObjectRef reprintRef = refOf(reprint, reprintKey);
        Inputs noOriginal = new Inputs(reprintKey, story, reprintRef, null, null);
        String reprintProblem = problem(reprint, "the reprint");
        if (reprintProblem != null) {
            return done(store(noOriginal, Status.ERROR, reprintProblem, null, null));
        }
        Found reprintFound = (Found) reprint;
        String reprintText;
        try {
            reprintText = decoder.decode(reprintFound.bytes());
        } catch (InputRejectedException e) {
            return done(store(noOriginal, Status.ERROR, "the reprint: " + e.getMessage(), null, null));
        }

        String originalKey;
        if (reprintFound.originalKey().isPresent()) {
            originalKey = reprintFound.originalKey().get();
            if (ArticleKey.parse(originalKey).filter(k -> k.kind() == ArticleKey.Kind.ORIGINAL).isEmpty()) {
                // The functions may read only originals/ and reprints/; a name elsewhere could never be read.
                return done(store(noOriginal, Status.ERROR, "the metadata \"" + ArticleStore.ORIGINAL_METADATA
                        + "\" names " + originalKey + ", which is not originals/<story>/<file>", null, null));
            }
        } else {
            List<ObjectRef> candidates = articles.list(ArticleKey.originalsPrefix(story));
            if (candidates.isEmpty()) {
                return done(store(noOriginal, Status.WAITING, "no original uploaded yet under " + ArticleKey.originalsPrefix(story), null, null));
            }
            if (candidates.size() > 1) {
                // The folder stands for the original, so the batch can retry once the story is down to one.
                Inputs ambiguous = new Inputs(reprintKey, story, reprintRef, ArticleKey.originalsPrefix(story), null);
                return done(store(ambiguous, Status.ERROR, "story \"" + story + "\" has " + candidates.size()
                        + " originals; name one with the object metadata \"" + ArticleStore.ORIGINAL_METADATA + "\"", null, null));
            }
            originalKey = candidates.get(0).key();
        }
        Fetched original = articles.fetch(originalKey, config.maxObjectBytes());
        if (original instanceof Missing) {
            return done(store(new Inputs(reprintKey, story, reprintRef, originalKey, null), Status.WAITING,
                    "original " + originalKey + " not uploaded yet", null, null));
        }
        Inputs inputs = new Inputs(reprintKey, story, reprintRef, originalKey, refOf(original, originalKey));
        String originalProblem = problem(original, "the original " + originalKey);
        if (originalProblem != null) {
            return done(store(inputs, Status.ERROR, originalProblem, null, null));
        }
        String originalText;
        try {
            originalText = decoder.decode(((Found) original).bytes());
        } catch (InputRejectedException e) {
            return done(store(inputs, Status.ERROR, "the original " + originalKey + ": " + e.getMessage(), null, null));
        }
        Optional<AnalysisRecord> repeat = storedAlready(inputs, Status.OK);
        if (repeat.isPresent()) {
            return done(repeat.get()); // checked before the engine runs: a redelivery costs one read
        }
        DriftReport report;
        try {
            report = analyzer.compare(originalKey, originalText, reprintKey, reprintText);
        } catch (RuntimeException e) {
            // An engine defect on one input must not become a retry storm; the reason is kept for a fix.
            return done(store(inputs, Status.ERROR, "analysis failed: " + e, null, null));
        }
        return write(inputs, Status.OK, null, report, HtmlReport.render(report, story, originalText, reprintText));
    }

    /** Registers an original and queues its existing reprints for analysis. Returns how many were queued. */
    public int registerOriginal(String originalKey) {
        Optional<ArticleKey> parsed = ArticleKey.parse(originalKey);
        String story = parsed.map(ArticleKey::story).orElse("-");
        Fetched fetched = articles.fetch(originalKey, config.maxObjectBytes());
        if (fetched instanceof Missing) {
            return 0; // deleted before we read it: its reprints keep their results and are re-checked by the batch
        }
        ObjectRef ref = refOf(fetched, originalKey);
        String problem = problem(fetched, "the original");
        if (problem == null) {
            try {
                decoder.decode(((Found) fetched).bytes());
            } catch (InputRejectedException e) {
                problem = "the original: " + e.getMessage();
            }
        }
        results.registerOriginal(ref, story, problem == null ? "OK" : "ERROR", problem);
        Set<String> reprints = new LinkedHashSet<>();
        if (parsed.isPresent()) {
            articles.list(ArticleKey.reprintsPrefix(story)).forEach(r -> reprints.add(r.key()));
        }
        reprints.addAll(results.reprintsOf(originalKey));
        return enqueue(reprints);
    }

    /** Sends reprint keys to the work queue, ten per request. */
    public int enqueue(Collection<String> reprintKeys) {
        List<String> keys = List.copyOf(reprintKeys);
        for (int i = 0; i < keys.size(); i += 10) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int j = i; j < Math.min(keys.size(), i + 10); j++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(j - i))
                        .messageBody(workMessage(keys.get(j))).build());
            }
            List<SendMessageBatchRequestEntry> pending = entries;
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt > 3) {
                    throw new IllegalStateException("SQS refused " + pending.size() + " work messages");
                }
                List<SendMessageBatchRequestEntry> batch = pending;
                SendMessageBatchResponse resp = sqs.sendMessageBatch(b -> b.queueUrl(config.workQueueUrl()).entries(batch));
                Set<String> failed = new java.util.HashSet<>();
                resp.failed().forEach(f -> failed.add(f.id()));
                pending = batch.stream().filter(e -> failed.contains(e.id())).toList();
            }
        }
        return keys.size();
    }

    /** Finds every reprint whose result is missing or stale and queues it; the scheduled batch. */
    public StalePairs.Selection queueStale() {
        List<ObjectRef> reprints = articles.list(ArticleKey.REPRINTS);
        List<ObjectRef> originals = articles.list(ArticleKey.ORIGINALS);
        List<AnalysisRecord> latest = new ArrayList<>();
        for (Status s : Status.values()) {
            latest.addAll(results.withStatus(s));
        }
        // Originals are only ever read under originals/, which the listing covers: nothing outside it to look up.
        StalePairs.Selection selection = StalePairs.select(reprints, originals, latest, DriftAnalyzer.VERSION, key -> Optional.empty());
        enqueue(selection.stale().keySet());
        return selection;
    }

    public static String workMessage(String reprintKey) {
        return JSON.createObjectNode().put("reprintKey", reprintKey).toString();
    }

    /** The reprint key of a work message; empty when the body is not one. */
    public static Optional<String> reprintKeyOf(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode key = node == null ? null : node.get("reprintKey");
            return key != null && key.isTextual() && !key.asText().isBlank() ? Optional.of(key.asText()) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private record Inputs(String reprintKey, String story, ObjectRef reprint, String originalKey, ObjectRef original) {
        String analysisId(Status status) {
            String material = String.join("|", DriftAnalyzer.VERSION, status == Status.OK ? "" : status.name(),
                    reprintKey, reprint == null ? "" : reprint.etag(),
                    originalKey == null ? "story:" + story : originalKey, original == null ? "" : original.etag());
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The stored latest result when it was made from the same inputs: the event is a redelivery. */
    private Optional<AnalysisRecord> storedAlready(Inputs in, Status status) {
        String id = in.analysisId(status);
        return results.latest(in.reprintKey()).filter(previous -> previous.analysisId().equals(id));
    }

    /** Stores an ERROR or WAITING outcome unless the same one is stored already. */
    private AnalysisRecord store(Inputs in, Status status, String reason, DriftReport report, String html) {
        return storedAlready(in, status).orElseGet(() -> write(in, status, reason, report, html).record());
    }

    private Outcome write(Inputs in, Status status, String reason, DriftReport report, String html) {
        String id = in.analysisId(status);
        List<Finding> findings = report == null ? List.of() : FindingRows.of(report);
        String reportKey = null;
        String htmlKey = null;
        if (report != null) {
            ArticleKey k = ArticleKey.parse(in.reprintKey()).orElseThrow();
            String base = "reports/" + k.story() + "/" + k.file() + "/" + id;
            reportKey = base + ".json";
            htmlKey = base + ".html";
            articles.putResult(reportKey, ReportJson.write(report), "application/json");
            articles.putResult(htmlKey, html, "text/html; charset=utf-8");
        }
        AnalysisRecord record = new AnalysisRecord(in.reprintKey(), in.story(), in.originalKey(), status, reason, id,
                DriftAnalyzer.VERSION, in.reprint() == null ? "" : in.reprint().etag(),
                in.original() == null ? null : in.original().etag(),
                in.reprint() == null ? 0 : in.reprint().lastModified(), in.original() == null ? 0 : in.original().lastModified(),
                clock.instant().toString(), report == null ? null : report.scores(), findings.size(), reportKey, htmlKey);
        // Findings first: a stored run always has its findings.
        results.putFindings(in.reprintKey(), id, findings);
        results.putRun(record);
        // Only an OK result that became the latest changes what the story page shows.
        return new Outcome(record, results.putLatest(record) && status == Status.OK);
    }

    /**
     * reports/<story>/index.html: the story's analysed reprints ranked by drift, linking to their reports.
     *
     * @param written this story's results just written, which the index may not show yet
     */
    private void writeStoryPage(List<AnalysisRecord> written) {
        AnalysisRecord current = written.get(written.size() - 1);
        String prefix = "reports/" + current.story() + "/";
        Map<String, AnalysisRecord> byKey = new LinkedHashMap<>();
        results.rankedByDrift(current.story()).forEach(r -> byKey.put(r.reprintKey(), r));
        written.forEach(r -> byKey.put(r.reprintKey(), r));
        List<StoryPage.Entry> entries = new ArrayList<>();
        for (AnalysisRecord r : byKey.values()) {
            if (r.htmlKey() != null && r.htmlKey().startsWith(prefix) && r.scores() != null) {
                entries.add(new StoryPage.Entry(ArticleKey.parse(r.reprintKey()).map(ArticleKey::file).orElse(r.reprintKey()),
                        r.scores(), r.findings(), StoryPage.Entry.relative(r.htmlKey().substring(prefix.length()))));
            }
        }
        articles.putResult(prefix + "index.html", StoryPage.render(current.story(), current.originalKey(), entries),
                "text/html; charset=utf-8");
    }

    private static ObjectRef refOf(Fetched f, String key) {
        if (f instanceof Found found) {
            return found.ref();
        }
        if (f instanceof TooLarge t) {
            return t.ref();
        }
        return new ObjectRef(key, "", 0);
    }

    private String problem(Fetched f, String what) {
        if (f instanceof Missing) {
            return what + " was deleted before it could be read";
        }
        if (f instanceof TooLarge t) {
            return what + " is " + t.size() + " bytes, over the limit of " + config.maxObjectBytes();
        }
        return null;
    }
}
