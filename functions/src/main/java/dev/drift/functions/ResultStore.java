package dev.drift.functions;

import dev.drift.engine.report.DriftReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The results table. One table, keyed {@code pk}/{@code sk}:
 * <ul>
 *   <li>{@code REPRINT#<key>} / {@code LATEST}: the reprint's latest analysis; the only item type in the indexes</li>
 *   <li>{@code REPRINT#<key>} / {@code RUN#<analysisId>}: every distinct analysis, written once (conditional put)</li>
 *   <li>{@code REPRINT#<key>} / {@code FINDING#<analysisId>#<nnnn>}: the findings of one analysis</li>
 *   <li>{@code ORIGINAL#<key>} / {@code META}: a registered original</li>
 *   <li>{@code STORY#<story>} / {@code PAGE}: how many times the story's results changed (orders page rebuilds)</li>
 * </ul>
 * Indexes: {@link #BY_STORY} (story, drift: a story's reprints ranked), {@link #BY_STATUS} (status, analyzedAt),
 * {@link #BY_ORIGINAL} (originalKey, reprintKey: the reprints that name an original).
 */
public final class ResultStore {
    public static final String BY_STORY = "ByStory";
    public static final String BY_STATUS = "ByStatus";
    public static final String BY_ORIGINAL = "ByOriginal";
    /** Findings kept in the table per analysis; the full list is in the JSON report. */
    public static final int MAX_STORED_FINDINGS = 200;
    /** The table's time-to-live attribute (epoch seconds): set only on superseded history. */
    public static final String EXPIRES_AT = "expiresAt";

    private final DynamoDbClient dynamo;
    private final String table;

    public ResultStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public static String reprintPk(String reprintKey) {
        return "REPRINT#" + reprintKey;
    }

    /** Stores one analysis unless the same analysis is already stored. Returns false for a repeat. */
    public boolean putRun(AnalysisRecord r) {
        Map<String, AttributeValue> item = attributes(r, false);
        item.put("pk", s(reprintPk(r.reprintKey())));
        item.put("sk", s("RUN#" + r.analysisId()));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            // An analysis that is current again (its inputs came back) must not expire with its superseded copy.
            dynamo.updateItem(b -> b.tableName(table).key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))
                    .updateExpression("REMOVE " + EXPIRES_AT));
            return false;
        }
    }

    /**
     * Marks a superseded analysis's run and findings to expire (the table's time to live) at {@code epochSeconds}:
     * the latest result and its findings are kept; history goes after the retention period.
     */
    public void expire(String reprintKey, String analysisId, long epochSeconds) {
        AttributeValue at = n(epochSeconds);
        try {
            dynamo.updateItem(b -> b.tableName(table).key(Map.of("pk", s(reprintPk(reprintKey)), "sk", s("RUN#" + analysisId)))
                    .conditionExpression("attribute_exists(pk)")
                    .updateExpression("SET " + EXPIRES_AT + " = :t").expressionAttributeValues(Map.of(":t", at)));
        } catch (ConditionalCheckFailedException e) {
            return; // no run stored under that id (an older layout): nothing to expire
        }
        List<Map<String, AttributeValue>> findings = new ArrayList<>();
        for (Map<String, AttributeValue> item : query(QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :f)")
                .expressionAttributeValues(Map.of(":pk", s(reprintPk(reprintKey)), ":f", s("FINDING#" + analysisId + "#"))).build())) {
            Map<String, AttributeValue> expiring = new HashMap<>(item);
            expiring.put(EXPIRES_AT, at);
            findings.add(expiring);
        }
        batchPut(findings);
    }

    /** A reprint's latest result, if any, and the revision a replacement must name. */
    public record Latest(Optional<AnalysisRecord> record, long revision) {
    }

    public Latest latestWithRevision(String reprintKey) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("pk", s(reprintPk(reprintKey)), "sk", s("LATEST")))).item();
        if (item == null || item.isEmpty()) {
            return new Latest(Optional.empty(), 0);
        }
        return new Latest(Optional.of(record(item)), item.containsKey("revision") ? (long) num(item, "revision") : 0);
    }

    /**
     * Makes an analysis the reprint's latest if the latest is still the one read at {@code expectedRevision}
     * (compare and set): of two writers racing, the second re-reads and re-checks. Returns whether it was written.
     */
    public boolean putLatest(AnalysisRecord r, long expectedRevision) {
        Map<String, AttributeValue> item = attributes(r, true);
        item.put("pk", s(reprintPk(r.reprintKey())));
        item.put("sk", s("LATEST"));
        item.put("revision", n(expectedRevision + 1));
        try {
            if (expectedRevision == 0) {
                dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(revision)"));
            } else {
                dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("revision = :rev")
                        .expressionAttributeValues(Map.of(":rev", n(expectedRevision))));
            }
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Counts a change to a story's results; a story page rebuild that saw the count change rebuilds again. */
    public void bumpStory(String story) {
        dynamo.updateItem(b -> b.tableName(table).key(storyKey(story)).updateExpression("ADD revision :one")
                .expressionAttributeValues(Map.of(":one", n(1))));
    }

    public long storyRevision(String story) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(storyKey(story))).item();
        return item == null || !item.containsKey("revision") ? 0 : (long) num(item, "revision");
    }

    private static Map<String, AttributeValue> storyKey(String story) {
        return Map.of("pk", s("STORY#" + story), "sk", s("PAGE"));
    }

    public void putFindings(String reprintKey, String analysisId, List<Finding> findings) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (Finding f : findings.subList(0, Math.min(findings.size(), MAX_STORED_FINDINGS))) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("pk", s(reprintPk(reprintKey)));
            item.put("sk", s("FINDING#" + analysisId + "#" + String.format("%04d", f.index())));
            item.put("kind", s(f.kind()));
            item.put("severity", s(f.severity()));
            item.put("explanation", s(f.explanation()));
            putIfPresent(item, "reprintText", f.reprintText());
            if (f.reprintStart() != null) {
                item.put("reprintStart", n(f.reprintStart()));
            }
            putIfPresent(item, "originalText", f.originalText());
            if (f.originalStart() != null) {
                item.put("originalStart", n(f.originalStart()));
            }
            items.add(item);
        }
        batchPut(items);
    }

    private void batchPut(List<Map<String, AttributeValue>> items) {
        List<WriteRequest> writes = new ArrayList<>();
        items.forEach(item -> writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build()));
        for (int i = 0; i < writes.size(); i += 25) {
            Map<String, List<WriteRequest>> pending = Map.of(table, writes.subList(i, Math.min(writes.size(), i + 25)));
            // Unprocessed items come back under throttling; resubmit them rather than lose findings.
            for (int attempt = 0; !pending.isEmpty() && !pending.getOrDefault(table, List.of()).isEmpty(); attempt++) {
                if (attempt > 8) {
                    throw new IllegalStateException("DynamoDB kept " + pending.get(table).size() + " findings unprocessed");
                }
                Map<String, List<WriteRequest>> request = pending;
                BatchWriteItemResponse resp = dynamo.batchWriteItem(b -> b.requestItems(request));
                pending = resp.unprocessedItems();
                if (!pending.isEmpty()) {
                    sleep(50L << attempt);
                }
            }
        }
    }

    public void registerOriginal(ArticleStore.ObjectRef ref, String story, String status, String reason) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s("ORIGINAL#" + ref.key()));
        item.put("sk", s("META"));
        item.put("objectKey", s(ref.key()));
        item.put("story", s(story));
        item.put("etag", s(ref.etag()));
        item.put("lastModified", n(ref.lastModified()));
        item.put("originalStatus", s(status));
        putIfPresent(item, "reason", reason);
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    public Optional<AnalysisRecord> latest(String reprintKey) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("pk", s(reprintPk(reprintKey)), "sk", s("LATEST")))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(record(item));
    }

    /** Every distinct analysis stored for a reprint, oldest id first. */
    public List<AnalysisRecord> runs(String reprintKey) {
        return query(QueryRequest.builder().tableName(table).keyConditionExpression("pk = :pk AND begins_with(sk, :run)")
                .expressionAttributeValues(Map.of(":pk", s(reprintPk(reprintKey)), ":run", s("RUN#"))).build())
                .stream().map(ResultStore::record).toList();
    }

    /** The findings of the reprint's latest analysis, in report order. */
    public List<Finding> findings(String reprintKey) {
        Optional<AnalysisRecord> latest = latest(reprintKey);
        return latest.isEmpty() ? List.of() : findings(reprintKey, latest.get().analysisId());
    }

    /** The findings of one analysis, in report order. */
    public List<Finding> findings(String reprintKey, String analysisId) {
        return query(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :f)")
                .expressionAttributeValues(Map.of(":pk", s(reprintPk(reprintKey)),
                        ":f", s("FINDING#" + analysisId + "#"))).build())
                .stream().map(ResultStore::finding).toList();
    }

    /** A story's analysed reprints, most drifted first. */
    public List<AnalysisRecord> rankedByDrift(String story) {
        return query(QueryRequest.builder().tableName(table).indexName(BY_STORY).keyConditionExpression("story = :s")
                .expressionAttributeValues(Map.of(":s", s(story))).scanIndexForward(false).build())
                .stream().map(ResultStore::record).toList();
    }

    /** Latest analyses with a status, oldest first. */
    public List<AnalysisRecord> withStatus(AnalysisRecord.Status status) {
        return query(QueryRequest.builder().tableName(table).indexName(BY_STATUS).keyConditionExpression("#st = :s")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":s", s(status.name()))).build())
                .stream().map(ResultStore::record).toList();
    }

    /** Reprints whose latest analysis names this original (including those waiting for it). */
    public List<String> reprintsOf(String originalKey) {
        return query(QueryRequest.builder().tableName(table).indexName(BY_ORIGINAL).keyConditionExpression("originalKey = :o")
                .expressionAttributeValues(Map.of(":o", s(originalKey))).build())
                .stream().map(i -> i.get("reprintKey").s()).toList();
    }

    private List<Map<String, AttributeValue>> query(QueryRequest request) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        dynamo.queryPaginator(request).items().forEach(out::add);
        return out;
    }

    private static Map<String, AttributeValue> attributes(AnalysisRecord r, boolean indexed) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("reprintKey", s(r.reprintKey()));
        item.put("analysisId", s(r.analysisId()));
        item.put("analyzerVersion", s(r.analyzerVersion()));
        item.put("reprintEtag", s(r.reprintEtag()));
        putIfPresent(item, "originalEtag", r.originalEtag());
        item.put("reprintModified", n(r.reprintModified()));
        item.put("originalModified", n(r.originalModified()));
        item.put("analyzedAt", s(r.analyzedAt()));
        putIfPresent(item, "reason", r.reason());
        putIfPresent(item, "reportKey", r.reportKey());
        putIfPresent(item, "htmlKey", r.htmlKey());
        item.put("findings", n(r.findings()));
        if (r.scores() != null) {
            item.put("quoteFidelity", n(r.scores().quoteFidelity()));
            item.put("semanticDrift", n(r.scores().semanticDrift()));
            item.put("coverage", n(r.scores().coverage()));
            item.put("overall", n(r.scores().overall()));
        }
        // Index keys live only on LATEST items, so each index lists current state, not history.
        String story = indexed ? "story" : "runStory";
        String status = indexed ? "status" : "runStatus";
        String original = indexed ? "originalKey" : "runOriginalKey";
        item.put(story, s(r.story()));
        item.put(status, s(r.status().name()));
        putIfPresent(item, original, r.originalKey());
        if (indexed && r.scores() != null) {
            item.put("drift", n(r.scores().overall()));
        }
        return item;
    }

    static AnalysisRecord record(Map<String, AttributeValue> i) {
        DriftReport.Scores scores = i.containsKey("overall")
                ? new DriftReport.Scores(num(i, "quoteFidelity"), num(i, "semanticDrift"), num(i, "coverage"), num(i, "overall"))
                : null;
        return new AnalysisRecord(str(i, "reprintKey"), first(i, "story", "runStory"), first(i, "originalKey", "runOriginalKey"),
                AnalysisRecord.Status.valueOf(first(i, "status", "runStatus")), str(i, "reason"), str(i, "analysisId"),
                str(i, "analyzerVersion"), str(i, "reprintEtag"), str(i, "originalEtag"),
                (long) num(i, "reprintModified"), (long) num(i, "originalModified"), str(i, "analyzedAt"), scores,
                (int) num(i, "findings"), str(i, "reportKey"), str(i, "htmlKey"));
    }

    private static Finding finding(Map<String, AttributeValue> i) {
        String sk = i.get("sk").s();
        return new Finding(Integer.parseInt(sk.substring(sk.lastIndexOf('#') + 1)), str(i, "kind"), str(i, "severity"),
                str(i, "explanation"), str(i, "reprintText"), i.containsKey("reprintStart") ? (int) num(i, "reprintStart") : null,
                str(i, "originalText"), i.containsKey("originalStart") ? (int) num(i, "originalStart") : null);
    }

    private static String first(Map<String, AttributeValue> i, String a, String b) {
        return i.containsKey(a) ? str(i, a) : str(i, b);
    }

    private static String str(Map<String, AttributeValue> i, String name) {
        AttributeValue v = i.get(name);
        return v == null ? null : v.s();
    }

    private static double num(Map<String, AttributeValue> i, String name) {
        AttributeValue v = i.get(name);
        return v == null ? 0 : Double.parseDouble(v.n());
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null && !value.isEmpty()) {
            item.put(name, s(value));
        }
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static AttributeValue n(double v) {
        return AttributeValue.fromN(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying DynamoDB writes", e);
        }
    }
}
