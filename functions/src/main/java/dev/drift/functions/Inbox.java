package dev.drift.functions;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.engine.match.OriginalMatcher;
import dev.drift.engine.text.InputRejectedException;
import dev.drift.engine.text.TextDecoder;
import dev.drift.functions.ArticleStore.Fetched;
import dev.drift.functions.ArticleStore.Found;
import dev.drift.functions.ArticleStore.TooLarge;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reprints uploaded under {@code inbox/} without a story: each is matched by content to a registered original
 * ({@link OriginalIndex} for candidates, the engine's sentence alignment to confirm) and, when matched, placed as
 * {@code reprints/<story>/inbox-<name>} naming its original, where it is analysed like any reprint of the story (the
 * upload of that object triggers the analysis). The match is stored, {@code INBOX#<key>} / {@code MATCH}: the
 * original and its score, the runner-up and its score; an unmatched text keeps its best candidates, carries
 * {@code status = UNMATCHED} (so index {@code ByStatus} lists it) and is matched again when an original is registered
 * and by the scheduled batch.
 */
public final class Inbox {
    public static final String PREFIX = "inbox/";
    /** Object metadata on the placed reprint: the inbox key it came from. */
    public static final String MATCHED_FROM = "matched-from";
    public static final String UNMATCHED = "UNMATCHED";

    private final PipelineConfig config;
    private final ArticleStore articles;
    private final OriginalIndex index;
    private final DynamoDbClient dynamo;
    private final TextDecoder decoder;
    private final Clock clock;
    /** The lexical engine: alignment needs no sentence model. */
    private final DriftAnalyzer aligner = new DriftAnalyzer();

    public Inbox(PipelineConfig config, ArticleStore articles, OriginalIndex index, DynamoDbClient dynamo,
                 TextDecoder decoder, Clock clock) {
        this.config = config;
        this.articles = articles;
        this.index = index;
        this.dynamo = dynamo;
        this.decoder = decoder;
        this.clock = clock;
    }

    /** A stored match: MATCHED, UNMATCHED, ERROR or REMOVED, with what it found. */
    public record Match(String inboxKey, String status, String reason, String original, double score,
                        String runnerUp, double runnerUpScore, String reprintKey, String inboxEtag) {
        public boolean matched() {
            return status.equals("MATCHED");
        }

        /** One line: the inbox key, then the original and score, or why not. */
        public String line() {
            return switch (status) {
                case "MATCHED" -> String.format(Locale.ROOT, "%s -> %s (score %.3f%s) as %s", inboxKey, original, score,
                        runnerUp == null ? "" : String.format(Locale.ROOT, ", runner-up %s %.3f", runnerUp, runnerUpScore),
                        reprintKey);
                case UNMATCHED -> String.format(Locale.ROOT, "%s: UNMATCHED (best %s %.3f)", inboxKey,
                        original == null ? "none" : original, score);
                default -> inboxKey + ": " + status + (reason == null ? "" : " (" + reason + ")");
            };
        }
    }

    public static boolean isInboxKey(String key) {
        return key.startsWith(PREFIX);
    }

    /** Matches an inbox upload as it is now in the bucket, stores the match, and places a matched one in its story. */
    public Match match(String inboxKey) {
        String name = inboxKey.substring(PREFIX.length());
        if (!ArticleKey.safeSegments(name)) {
            return store(new Match(inboxKey, "ERROR", "key \"" + inboxKey + "\" is not inbox/<file> (no empty, \".\" or \"..\" parts)",
                    null, 0, null, 0, null, null));
        }
        Fetched fetched = articles.fetch(inboxKey, config.maxObjectBytes());
        if (!(fetched instanceof Found found)) {
            String reason = fetched instanceof TooLarge t ? "the text is " + t.size() + " bytes, over the limit of "
                    + config.maxObjectBytes() : "the text was deleted before it could be read";
            return store(new Match(inboxKey, "ERROR", reason, null, 0, null, 0, null, null));
        }
        Optional<Match> before = stored(inboxKey);
        if (before.isPresent() && before.get().matched() && found.ref().etag().equals(before.get().inboxEtag())) {
            return before.get(); // a redelivery: placed already, and placing it again would only repeat its analysis
        }
        String text;
        try {
            text = decoder.decode(found.bytes());
        } catch (InputRejectedException e) {
            return store(new Match(inboxKey, "ERROR", "the text: " + e.getMessage(), null, 0, null, 0, null,
                    found.ref().etag()));
        }
        OriginalMatcher matcher = new OriginalMatcher(aligner, this::originalText);
        OriginalMatcher.Match m = matcher.confirm(text, index.candidates(text));
        if (!m.matched()) {
            return store(new Match(inboxKey, UNMATCHED, null, m.best(), m.score(), m.runnerUp(), m.runnerUpScore(), null,
                    found.ref().etag()));
        }
        String story = ArticleKey.parse(m.best()).map(ArticleKey::story).orElseThrow();
        String reprintKey = ArticleKey.reprintsPrefix(story) + "inbox-" + name;
        articles.putArticle(reprintKey, found.bytes(), Map.of(ArticleStore.ORIGINAL_METADATA, m.best(), MATCHED_FROM, inboxKey));
        return store(new Match(inboxKey, "MATCHED", null, m.best(), m.score(), m.runnerUp(), m.runnerUpScore(), reprintKey,
                found.ref().etag()));
    }

    /** A deleted inbox upload: its placed reprint is deleted too (its removal event marks it REMOVED). */
    public Match remove(String inboxKey) {
        Optional<Match> before = stored(inboxKey);
        if (before.isPresent() && before.get().reprintKey() != null) {
            articles.deleteArticle(before.get().reprintKey());
        }
        return store(new Match(inboxKey, "REMOVED", "the text was deleted", null, 0, null, 0, null, null));
    }

    /** Inbox uploads no original matched yet, to match again. */
    public List<String> unmatched() {
        QueryRequest.Builder q = QueryRequest.builder().tableName(config.table()).indexName(ResultStore.BY_STATUS)
                .keyConditionExpression("#st = :s").expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(UNMATCHED)));
        return dynamo.queryPaginator(q.build()).items().stream().map(i -> i.get("inboxKey").s()).toList();
    }

    public Optional<Match> stored(String inboxKey) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(config.table()).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("INBOX#" + inboxKey), "sk", AttributeValue.fromS("MATCH")))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Match(inboxKey, item.get("matchStatus").s(), text(item, "reason"), text(item, "matchedOriginal"),
                number(item, "score"), text(item, "runnerUp"), number(item, "runnerUpScore"), text(item, "placedAs"),
                text(item, "inboxEtag")));
    }

    private Match store(Match m) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS("INBOX#" + m.inboxKey()));
        item.put("sk", AttributeValue.fromS("MATCH"));
        item.put("inboxKey", AttributeValue.fromS(m.inboxKey()));
        item.put("matchStatus", AttributeValue.fromS(m.status()));
        item.put("matchedAt", AttributeValue.fromS(clock.instant().toString()));
        item.put("score", AttributeValue.fromN(Double.toString(m.score())));
        item.put("runnerUpScore", AttributeValue.fromN(Double.toString(m.runnerUpScore())));
        putIfPresent(item, "reason", m.reason());
        putIfPresent(item, "matchedOriginal", m.original());
        putIfPresent(item, "runnerUp", m.runnerUp());
        putIfPresent(item, "placedAs", m.reprintKey());
        putIfPresent(item, "inboxEtag", m.inboxEtag());
        if (m.status().equals(UNMATCHED)) {
            // Only unmatched ones enter index ByStatus, under a status no analysis has.
            item.put("status", AttributeValue.fromS(UNMATCHED));
            item.put("analyzedAt", AttributeValue.fromS(clock.instant().toString()));
        }
        dynamo.putItem(b -> b.tableName(config.table()).item(item));
        return m;
    }

    private String originalText(String originalKey) {
        Fetched f = articles.fetch(originalKey, config.maxObjectBytes());
        if (!(f instanceof Found found)) {
            return null;
        }
        try {
            return decoder.decode(found.bytes());
        } catch (InputRejectedException e) {
            return null;
        }
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value));
        }
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? item.get(name).s() : null;
    }

    private static double number(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Double.parseDouble(item.get(name).n()) : 0;
    }
}
