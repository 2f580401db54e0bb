package dev.drift.functions;

import dev.drift.engine.match.ShingleIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * The shingle index of every registered original ({@link ShingleIndex}'s bands), kept in the results table so that
 * every function reads the same index at any scale: one item per band value, {@code MATCHBAND#<band>#<value>} /
 * {@code ORIGINALS}, holding the originals that share it (a string set, no longer grown once crowded); and per
 * original its band values, {@code ORIGINAL#<key>} / {@code BANDS}, to take it out again. DynamoDB rather than an
 * index file in S3: a lookup is one batch read of the text's 64 band items, and registering or removing an
 * original changes only its own 64 items, so concurrent registrations need no rewrite of a shared file.
 */
public final class OriginalIndex {
    private static final String MEMBERS = "originals";

    private final DynamoDbClient dynamo;
    private final String table;

    public OriginalIndex(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Indexes an original's text under its key, replacing the text it was indexed with before. */
    public void put(String originalKey, String text) {
        long[] keys = ShingleIndex.bandKeys(text);
        long[] old = storedBands(originalKey);
        if (old != null && Arrays.equals(old, keys)) {
            return;
        }
        if (old != null) {
            removeBands(originalKey, old);
        }
        for (int b = 0; b < keys.length; b++) {
            try {
                dynamo.updateItem(bandKey(b, keys[b]).tableName(table)
                        .updateExpression("ADD " + MEMBERS + " :k")
                        .conditionExpression("attribute_not_exists(" + MEMBERS + ") OR size(" + MEMBERS + ") <= :crowded")
                        .expressionAttributeValues(Map.of(":k", AttributeValue.fromSs(List.of(originalKey)),
                                ":crowded", AttributeValue.fromN(Integer.toString(ShingleIndex.CROWDED)))).build());
            } catch (ConditionalCheckFailedException e) {
                // crowded: a lookup skips this band, so it need not grow
            }
        }
        StringBuilder joined = new StringBuilder();
        for (long k : keys) {
            joined.append(joined.length() == 0 ? "" : ",").append(Long.toHexString(k));
        }
        dynamo.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("ORIGINAL#" + originalKey),
                "sk", AttributeValue.fromS("BANDS"), "bands", AttributeValue.fromS(joined.toString()))));
    }

    /** Takes an original out of the index. */
    public void remove(String originalKey) {
        long[] old = storedBands(originalKey);
        if (old != null) {
            removeBands(originalKey, old);
            dynamo.deleteItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("ORIGINAL#" + originalKey),
                    "sk", AttributeValue.fromS("BANDS"))));
        }
    }

    /** Originals sharing a band with the text (crowded bands skipped), most shared bands first. */
    public List<String> candidates(String text) {
        long[] keys = ShingleIndex.bandKeys(text);
        List<Map<String, AttributeValue>> wanted = new ArrayList<>();
        for (int b = 0; b < keys.length; b++) {
            wanted.add(Map.of("pk", AttributeValue.fromS(bandPk(b, keys[b])), "sk", AttributeValue.fromS("ORIGINALS")));
        }
        Map<String, Integer> shared = new HashMap<>();
        // One request holds at most 100 keys; a throttled read returns the rest as unprocessed, asked for again.
        Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(wanted).consistentRead(true).build());
        while (!request.isEmpty()) {
            Map<String, KeysAndAttributes> ask = request;
            BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(ask));
            for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                List<String> members = item.containsKey(MEMBERS) ? item.get(MEMBERS).ss() : List.of();
                if (members.size() <= ShingleIndex.CROWDED) {
                    members.forEach(m -> shared.merge(m, 1, Integer::sum));
                }
            }
            request = response.unprocessedKeys();
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private long[] storedBands(String originalKey) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("ORIGINAL#" + originalKey), "sk", AttributeValue.fromS("BANDS")))).item();
        if (item == null || !item.containsKey("bands")) {
            return null;
        }
        return Arrays.stream(item.get("bands").s().split(",")).mapToLong(h -> Long.parseUnsignedLong(h, 16)).toArray();
    }

    private void removeBands(String originalKey, long[] keys) {
        for (int b = 0; b < keys.length; b++) {
            dynamo.updateItem(bandKey(b, keys[b]).tableName(table).updateExpression("DELETE " + MEMBERS + " :k")
                    .expressionAttributeValues(Map.of(":k", AttributeValue.fromSs(List.of(originalKey)))).build());
        }
    }

    private static software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.Builder bandKey(int band, long key) {
        return software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.builder()
                .key(Map.of("pk", AttributeValue.fromS(bandPk(band, key)), "sk", AttributeValue.fromS("ORIGINALS")));
    }

    private static String bandPk(int band, long key) {
        return "MATCHBAND#" + band + "#" + Long.toHexString(key);
    }
}
