package dev.drift.functions;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.report.DriftReport;
import dev.drift.engine.report.HtmlReport;
import dev.drift.engine.report.ReportJson;
import dev.drift.engine.text.InputRejectedException;
import dev.drift.engine.text.TextDecoder;
import dev.drift.functions.AnalysisRecord.Status;
import dev.drift.functions.ArticleStore.Current;
import dev.drift.functions.ArticleStore.Fetched;
import dev.drift.functions.ArticleStore.Found;
import dev.drift.functions.ArticleStore.Missing;
import dev.drift.functions.ArticleStore.ObjectRef;
import dev.drift.functions.ArticleStore.TooLarge;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the handlers do, free of Lambda types: analyse a reprint, register or remove an original, remove a reprint,
 * find stale pairs. It orchestrates; the parts each do one job: {@link OriginalResolver} (which original),
 * {@link AnalysisInputs} (an analysis's identity), {@link AnalysisRunner} (the engine within a time budget),
 * {@link ResultStore} (the table), {@link StoryPages} (story pages), {@link WorkQueue} (fan-out), {@link DriftAlerts}
 * (an alert per severe analysis, once), {@link Inbox} and {@link OriginalIndex} (uploads of unknown story matched to
 * their original). Past 400 lines because each of its public methods is one handler step that only sequences these.
 * Every input problem ends as a stored result; only infrastructure failures throw (and are retried).
 */
public final class DriftPipeline {
    /** Compare-and-set rounds before giving up to Lambda's retry: each lost round means another writer won. */
    private static final int MAX_SETTLE_ROUNDS = 5;

    private final PipelineConfig config;
    private final ArticleStore articles;
    private final ResultStore results;
    private final WorkQueue queue;
    private final OriginalResolver originals;
    private final StoryPages pages;
    private final AnalysisRunner runner = new AnalysisRunner();
    private final PairAnalyzer analyzer;
    private final TextDecoder decoder;
    private final Clock clock;
    private final DriftAlerts alerts;
    private final OriginalIndex index;
    private final Inbox inbox;

    public DriftPipeline(PipelineConfig config, AwsClients clients, DriftAnalyzer analyzer, Clock clock) {
        this(config, clients, analyzer::compare, clock);
    }

    public DriftPipeline(PipelineConfig config, AwsClients clients, DriftAnalyzer analyzer, Clock clock,
                         AlertPublisher alertPublisher) {
        this(config, clients, analyzer::compare, clock, alertPublisher);
    }

    public DriftPipeline(PipelineConfig config, AwsClients clients, PairAnalyzer analyzer, Clock clock) {
        this(config, clients, analyzer, clock, AlertPublisher.NONE);
    }

    public DriftPipeline(PipelineConfig config, AwsClients clients, PairAnalyzer analyzer, Clock clock,
                         AlertPublisher alertPublisher) {
        this.config = config;
        this.articles = new ArticleStore(clients.s3(), config.articlesBucket(), config.resultsBucket());
        this.results = new ResultStore(clients.dynamo(), config.table());
        this.queue = new WorkQueue(clients.sqs(), config.workQueueUrl());
        this.originals = new OriginalResolver(articles);
        this.pages = new StoryPages(results, articles);
        this.analyzer = analyzer;
        this.decoder = new TextDecoder(config.maxObjectBytes());
        this.clock = clock;
        this.alerts = new DriftAlerts(results, new AlertClaims(clients.dynamo(), config.table()), alertPublisher,
                config.alertRule(), config.resultsBucket(), clock);
        this.index = new OriginalIndex(clients.dynamo(), config.table());
        this.inbox = new Inbox(config, articles, index, clients.dynamo(), decoder, clock);
    }

    public PipelineConfig config() {
        return config;
    }

    public ResultStore results() {
        return results;
    }

    /** What happened to one reprint: the record now standing, and whether this call stored it. */
    public record Outcome(AnalysisRecord record, Effect effect) {
        public enum Effect {
            /** Stored as the reprint's latest result. */
            STORED,
            /** The same inputs were analysed already; nothing written. */
            REPEAT,
            /** The objects changed while this ran: the newer version's own event (or the batch) settles it. */
            SUPERSEDED
        }
    }

    /** Analyses a reprint against its original as they are now in the bucket, stores the outcome, rebuilds the page. */
    public AnalysisRecord analyzeReprint(String reprintKey) {
        return analyzeReprint(reprintKey, config.analysisBudget()).record();
    }

    /** As {@link #analyzeReprint(String)} with a time budget for the engine (the invocation's remaining time). */
    public Outcome analyzeReprint(String reprintKey, Duration budget) {
        Outcome outcome = analyze(reprintKey, budget);
        alerts.afterAnalysis(outcome);
        if (outcome.record().story() != null && !"-".equals(outcome.record().story())) {
            pages.changed(outcome.record().story(), List.of(reprintKey));
        }
        return outcome;
    }

    /**
     * As above, but leaves story pages to {@link #writeStoryPage}: a batch of reprints of one story rebuilds its page
     * once. The story is added to {@code pages} even for a repeat, so that a retry repairs a page a crash missed.
     */
    public Outcome analyzeReprint(String reprintKey, StoryPageUpdates pending, Duration budget) {
        Outcome outcome = analyze(reprintKey, budget);
        alerts.afterAnalysis(outcome);
        pending.add(outcome.record().story(), reprintKey);
        return outcome;
    }

    /** The reprints of a batch by story, whose pages are rebuilt at the end of the batch. */
    public static final class StoryPageUpdates {
        private final Map<String, Set<String>> byStory = new LinkedHashMap<>();

        void add(String story, String reprintKey) {
            if (story != null && !"-".equals(story)) {
                byStory.computeIfAbsent(story, s -> new LinkedHashSet<>()).add(reprintKey);
            }
        }

        public Set<String> stories() {
            return byStory.keySet();
        }

        public Set<String> reprints(String story) {
            return byStory.getOrDefault(story, Set.of());
        }
    }

    /** Rebuilds one story's page from the table after its reprints changed. */
    public void writeStoryPage(String story, Collection<String> reprintKeys) {
        pages.changed(story, reprintKeys);
    }

    /** Rebuilds the page of each story a batch touched. */
    public void writeStoryPages(StoryPageUpdates pending) {
        pending.byStory.forEach(pages::changed);
    }

    private Outcome analyze(String reprintKey, Duration budget) {
        Optional<ArticleKey> parsed = ArticleKey.parse(reprintKey);
        if (parsed.isEmpty() || parsed.get().kind() != ArticleKey.Kind.REPRINT) {
            return settle(AnalysisInputs.unplaced(reprintKey), Status.ERROR, ArticleKey.layoutProblem(reprintKey), null);
        }
        String story = parsed.get().story();
        Fetched reprint = articles.fetch(reprintKey, config.maxObjectBytes());
        String named = reprint instanceof Found f ? f.originalKey().orElse(null) : null;
        AnalysisInputs noOriginal = new AnalysisInputs(reprintKey, story, refOf(reprint, reprintKey), null, null, named);
        String reprintProblem = problem(reprint, "the reprint");
        if (reprintProblem != null) {
            return settle(noOriginal, Status.ERROR, reprintProblem, null);
        }
        String reprintText;
        try {
            reprintText = decoder.decode(((Found) reprint).bytes());
        } catch (InputRejectedException e) {
            return settle(noOriginal, Status.ERROR, "the reprint: " + e.getMessage(), null);
        }

        OriginalResolver.Resolution resolution = originals.resolve(story, Optional.ofNullable(named));
        if (resolution instanceof OriginalResolver.Invalid invalid) {
            return settle(noOriginal, Status.ERROR, invalid.reason(), null);
        }
        if (resolution instanceof OriginalResolver.NoneYet none) {
            return settle(noOriginal, Status.WAITING, "no original uploaded yet under " + none.folder(), null);
        }
        if (resolution instanceof OriginalResolver.Several several) {
            // The folder stands for the original, so the batch can retry once the story is down to one.
            AnalysisInputs ambiguous = new AnalysisInputs(reprintKey, story, noOriginal.reprint(), several.folder(), null, null);
            return settle(ambiguous, Status.ERROR, "story \"" + story + "\" has " + several.count()
                    + " originals; name one with the object metadata \"" + ArticleStore.ORIGINAL_METADATA + "\"", null);
        }
        String originalKey = ((OriginalResolver.Resolved) resolution).key();
        Fetched original = articles.fetch(originalKey, config.maxObjectBytes());
        if (original instanceof Missing) {
            return settle(new AnalysisInputs(reprintKey, story, noOriginal.reprint(), originalKey, null, named), Status.WAITING,
                    "original " + originalKey + " not uploaded yet", null);
        }
        AnalysisInputs inputs = new AnalysisInputs(reprintKey, story, noOriginal.reprint(), originalKey, refOf(original, originalKey), named);
        String originalProblem = problem(original, "the original " + originalKey);
        if (originalProblem != null) {
            return settle(inputs, Status.ERROR, originalProblem, null);
        }
        String originalText;
        try {
            originalText = decoder.decode(((Found) original).bytes());
        } catch (InputRejectedException e) {
            return settle(inputs, Status.ERROR, "the original " + originalKey + ": " + e.getMessage(), null);
        }
        // Checked before the engine runs: a redelivery costs one read. The same read opens the compare-and-set.
        ResultStore.Latest before = results.latestWithRevision(reprintKey);
        Optional<AnalysisRecord> repeat = before.record()
                .filter(previous -> previous.analysisId().equals(inputs.analysisId(Status.OK)));
        if (repeat.isPresent()) {
            return new Outcome(repeat.get(), Outcome.Effect.REPEAT);
        }
        AnalysisRunner.Result<Rendered> analysed = runner.run(() -> {
            DriftReport report = analyzer.compare(originalKey, originalText, reprintKey, reprintText);
            return new Rendered(report, HtmlReport.render(report, story, originalText, reprintText));
        }, budget);
        if (analysed instanceof AnalysisRunner.Done<Rendered> done) {
            return settle(inputs, Status.OK, null, done.value(), before);
        }
        return settle(inputs, Status.ERROR, ((AnalysisRunner.Failed<Rendered>) analysed).reason(), null, before);
    }

    private record Rendered(DriftReport report, String html) {
    }

    /** A deleted reprint: its latest result says so, and it leaves its story page. */
    public Optional<Outcome> removeReprint(String reprintKey) {
        Optional<ArticleKey> parsed = ArticleKey.parse(reprintKey).filter(k -> k.kind() == ArticleKey.Kind.REPRINT);
        if (parsed.isEmpty()) {
            return Optional.empty(); // never analysed: its creation was stored as a layout ERROR at most
        }
        String story = parsed.get().story();
        AnalysisInputs gone = new AnalysisInputs(reprintKey, story, new ObjectRef(reprintKey, "", 0), null, null, null);
        Outcome outcome = settle(gone, Status.REMOVED, "the reprint was deleted", null);
        pages.changed(story, List.of(reprintKey));
        return Optional.of(outcome);
    }

    /** Registers an original and queues its existing reprints for analysis. Returns how many were queued. */
    public int registerOriginal(String originalKey) {
        Optional<ArticleKey> parsed = ArticleKey.parse(originalKey);
        String story = parsed.map(ArticleKey::story).orElse("-");
        Fetched fetched = articles.fetch(originalKey, config.maxObjectBytes());
        if (fetched instanceof Missing) {
            return 0; // deleted before we read it: its removal event re-queues its reprints
        }
        ObjectRef ref = refOf(fetched, originalKey);
        String problem = problem(fetched, "the original");
        String text = null;
        if (problem == null) {
            try {
                text = decoder.decode(((Found) fetched).bytes());
            } catch (InputRejectedException e) {
                problem = "the original: " + e.getMessage();
            }
        }
        results.registerOriginal(ref, story, problem == null ? "OK" : "ERROR", problem);
        if (text != null && parsed.isPresent()) {
            index.put(originalKey, text);
        } else {
            index.remove(originalKey);
        }
        // Inbox uploads no original matched may copy this one.
        return queueReprintsOf(originalKey, parsed) + queue.enqueue(inbox.unmatched());
    }

    /** An upload under inbox/: matched to its original by content and, when matched, placed in its story. */
    public Inbox.Match matchInbox(String inboxKey) {
        return inbox.match(inboxKey);
    }

    /** A deleted inbox upload: its placed reprint goes too. */
    public Inbox.Match removeInbox(String inboxKey) {
        return inbox.remove(inboxKey);
    }

    public Optional<Inbox.Match> inboxMatch(String inboxKey) {
        return inbox.stored(inboxKey);
    }

    /** A deleted original: its reprints are queued, and re-analysed they wait for an original (or use another). */
    public int removeOriginal(String originalKey) {
        Optional<ArticleKey> parsed = ArticleKey.parse(originalKey);
        results.registerOriginal(new ObjectRef(originalKey, "", 0), parsed.map(ArticleKey::story).orElse("-"),
                "REMOVED", "the original was deleted");
        index.remove(originalKey);
        return queueReprintsOf(originalKey, parsed);
    }

    private int queueReprintsOf(String originalKey, Optional<ArticleKey> parsed) {
        Set<String> reprints = new LinkedHashSet<>();
        if (parsed.isPresent()) {
            articles.list(ArticleKey.reprintsPrefix(parsed.get().story())).forEach(r -> reprints.add(r.key()));
        }
        reprints.addAll(results.reprintsOf(originalKey));
        return queue.enqueue(reprints);
    }

    /** Sends reprint keys to the work queue, ten per request. */
    public int enqueue(Collection<String> reprintKeys) {
        return queue.enqueue(reprintKeys);
    }

    /** Finds every reprint whose result is missing or stale and queues it; the scheduled batch. */
    public StalePairs.Selection queueStale() {
        List<ObjectRef> reprints = articles.list(ArticleKey.REPRINTS);
        List<ObjectRef> originalRefs = articles.list(ArticleKey.ORIGINALS);
        List<AnalysisRecord> latest = new ArrayList<>();
        for (Status s : Status.values()) {
            latest.addAll(results.withStatus(s));
        }
        // Originals are only ever read under originals/, which the listing covers: nothing outside it to look up.
        StalePairs.Selection selection = StalePairs.select(reprints, originalRefs, latest, DriftAnalyzer.VERSION, key -> Optional.empty());
        queue.enqueue(selection.stale().keySet());
        queue.enqueue(inbox.unmatched());
        return selection;
    }

    public static String workMessage(String reprintKey) {
        return WorkQueue.message(reprintKey);
    }

    /** The reprint key of a work message; empty when the body is not one. */
    public static Optional<String> reprintKeyOf(String body) {
        return WorkQueue.reprintKeyOf(body);
    }

    /**
     * Stores an outcome as the reprint's latest unless it is a repeat or the objects it was made from are no longer
     * S3's current versions. Newer is decided by S3 (the current version after the analysis), never by timestamps;
     * the latest item is replaced by compare-and-set, so a writer that read a stale latest re-checks and retries.
     */
    private Outcome settle(AnalysisInputs in, Status status, String reason, Rendered rendered) {
        return settle(in, status, reason, rendered, null);
    }

    /**
     * @param known the latest result as read before the objects were checked, or null to read it now; the check of
     *              the objects must follow this read for the compare-and-set to order writers correctly
     */
    private Outcome settle(AnalysisInputs in, Status status, String reason, Rendered rendered, ResultStore.Latest known) {
        String id = in.analysisId(status);
        AnalysisRecord record = null;
        for (int round = 0; round < MAX_SETTLE_ROUNDS; round++) {
            ResultStore.Latest previous = round == 0 && known != null ? known : results.latestWithRevision(in.reprintKey());
            if (previous.record().isPresent() && previous.record().get().analysisId().equals(id)) {
                return new Outcome(previous.record().get(), Outcome.Effect.REPEAT);
            }
            if (!stillCurrent(in)) {
                AnalysisRecord standing = previous.record().orElse(record == null ? unsaved(in, status, reason, id) : record);
                return new Outcome(standing, Outcome.Effect.SUPERSEDED);
            }
            if (record == null) {
                record = writeHistory(in, status, reason, id, rendered);
            }
            if (results.putLatest(record, previous.revision())) {
                Optional<AnalysisRecord> replaced = previous.record();
                if (replaced.isPresent() && !replaced.get().analysisId().equals(id)) {
                    results.expire(in.reprintKey(), replaced.get().analysisId(),
                            clock.instant().plus(config.supersededRetention()).getEpochSecond());
                }
                return new Outcome(record, Outcome.Effect.STORED);
            }
        }
        throw new IllegalStateException("the latest result of " + in.reprintKey() + " kept changing while it was stored");
    }

    /** Whether the objects an outcome was made from are still the current ones (a changed original name counts). */
    private boolean stillCurrent(AnalysisInputs in) {
        if (!in.placed()) {
            return true; // nothing was read for a key outside the layout
        }
        Optional<Current> reprint = articles.current(in.reprintKey());
        boolean readMissing = in.reprint() == null || in.reprint().etag().isEmpty();
        if (readMissing != reprint.isEmpty()) {
            return false;
        }
        if (reprint.isPresent() && (!reprint.get().etag().equals(in.reprint().etag())
                || !Objects.equals(reprint.get().originalMetadata(), in.originalMetadata()))) {
            return false;
        }
        if (in.originalKey() == null || in.originalKey().endsWith("/")) {
            return true;
        }
        Optional<Current> original = articles.current(in.originalKey());
        return in.original() == null ? original.isEmpty()
                : original.isPresent() && original.get().etag().equals(in.original().etag());
    }

    private AnalysisRecord unsaved(AnalysisInputs in, Status status, String reason, String id) {
        return record(in, status, reason, id, null, 0, null, null);
    }

    /** Reports, findings and the run item: written once per analysis id (later writes are identical). */
    private AnalysisRecord writeHistory(AnalysisInputs in, Status status, String reason, String id, Rendered rendered) {
        DriftReport report = rendered == null ? null : rendered.report();
        List<Finding> findings = report == null ? List.of() : FindingRows.of(report);
        String reportKey = null;
        String htmlKey = null;
        if (report != null) {
            ArticleKey k = ArticleKey.parse(in.reprintKey()).orElseThrow();
            String base = "reports/" + k.story() + "/" + k.file() + "/" + id;
            reportKey = base + ".json";
            htmlKey = base + ".html";
            articles.putResult(reportKey, ReportJson.write(report), "application/json");
            articles.putResult(htmlKey, rendered.html(), "text/html; charset=utf-8");
        }
        AnalysisRecord record = record(in, status, reason, id, report, findings.size(), reportKey, htmlKey);
        // Findings first: a stored run always has its findings.
        results.putFindings(in.reprintKey(), id, findings);
        results.putRun(record);
        return record;
    }

    private AnalysisRecord record(AnalysisInputs in, Status status, String reason, String id, DriftReport report,
                                  int findings, String reportKey, String htmlKey) {
        return new AnalysisRecord(in.reprintKey(), in.story(), in.originalKey(), status, reason, id,
                DriftAnalyzer.VERSION, in.reprint() == null ? "" : in.reprint().etag(),
                in.original() == null ? null : in.original().etag(),
                in.reprint() == null ? 0 : in.reprint().lastModified(), in.original() == null ? 0 : in.original().lastModified(),
                clock.instant().toString(), report == null ? null : report.scores(), findings, reportKey, htmlKey);
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
