package dev.drift.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/** The work queue: one message per reprint to (re-)analyse, {@code {"reprintKey": ...}}. */
public final class WorkQueue {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** SQS takes at most ten entries per batch request. */
    private static final int ENTRIES_PER_REQUEST = 10;
    /** Entries SQS refused (throttling) are resent this many times before the call fails and is retried whole. */
    private static final int RESENDS = 3;

    private final SqsClient sqs;
    private final String url;

    public WorkQueue(SqsClient sqs, String url) {
        this.sqs = sqs;
        this.url = url;
    }

    /** Sends reprint keys, ten per request. Returns how many were sent. */
    public int enqueue(Collection<String> reprintKeys) {
        List<String> keys = List.copyOf(reprintKeys);
        for (int i = 0; i < keys.size(); i += ENTRIES_PER_REQUEST) {
            List<SendMessageBatchRequestEntry> pending = new ArrayList<>();
            for (int j = i; j < Math.min(keys.size(), i + ENTRIES_PER_REQUEST); j++) {
                pending.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(j - i))
                        .messageBody(message(keys.get(j))).build());
            }
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt > RESENDS) {
                    throw new IllegalStateException("SQS refused " + pending.size() + " work messages");
                }
                List<SendMessageBatchRequestEntry> batch = pending;
                SendMessageBatchResponse resp = sqs.sendMessageBatch(b -> b.queueUrl(url).entries(batch));
                Set<String> failed = new HashSet<>();
                resp.failed().forEach(f -> failed.add(f.id()));
                pending = batch.stream().filter(e -> failed.contains(e.id())).toList();
            }
        }
        return keys.size();
    }

    public static String message(String reprintKey) {
        return JSON.createObjectNode().put("reprintKey", reprintKey).toString();
    }

    /** The reprint key of a work message; empty when the body is not one. */
    public static Optional<String> reprintKeyOf(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode key = node == null ? null : node.get("reprintKey");
            return key != null && key.isTextual() && !key.asText().isBlank() ? Optional.of(key.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
