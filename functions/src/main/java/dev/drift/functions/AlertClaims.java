package dev.drift.functions;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The alert state of each analysis, kept on its run item ({@code REPRINT#<key>} / {@code RUN#<analysisId>}) in the
 * results table: {@code alertState} PENDING (claimed at {@code alertClaimedAt} by {@code alertClaim}) or SENT (with
 * {@code alertMessageId}). One item per analysis, so a claim is one conditional write.
 */
public final class AlertClaims {
    private final DynamoDbClient dynamo;
    private final String table;

    public AlertClaims(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The outcome of claiming an analysis's alert. */
    public enum Claim {
        /** This caller may send it. */
        WON,
        /** Sent already (or the run is gone): nothing to do. */
        DONE,
        /** Another caller claimed it within its lease. */
        HELD
    }

    /**
     * Claims the alert of one analysis for {@code token}: won when no alert was claimed yet, or the last claim was
     * made before {@code staleBefore} and never confirmed (its holder died).
     */
    public Claim claimAlert(String reprintKey, String analysisId, String token, long now, long staleBefore) {
        Map<String, AttributeValue> key = runKey(reprintKey, analysisId);
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key)
                    .updateExpression("SET alertState = :pending, alertClaimedAt = :now, alertClaim = :token")
                    .conditionExpression("attribute_exists(pk) AND (attribute_not_exists(alertState) OR "
                            + "(alertState = :pending AND alertClaimedAt < :stale))")
                    .expressionAttributeValues(Map.of(":pending", AttributeValue.fromS("PENDING"),
                            ":now", AttributeValue.fromN(Long.toString(now)), ":token", AttributeValue.fromS(token),
                            ":stale", AttributeValue.fromN(Long.toString(staleBefore)))));
            return Claim.WON;
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key)).item();
            boolean pending = item != null && item.containsKey("alertState") && item.get("alertState").s().equals("PENDING");
            return pending ? Claim.HELD : Claim.DONE;
        }
    }

    /** Records that the claimed alert was sent; a lost claim (taken over) is left as its new holder wrote it. */
    public void confirmAlert(String reprintKey, String analysisId, String token, String messageId) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(runKey(reprintKey, analysisId))
                    .updateExpression("SET alertState = :sent, alertMessageId = :id REMOVE alertClaimedAt")
                    .conditionExpression("alertClaim = :token")
                    .expressionAttributeValues(Map.of(":sent", AttributeValue.fromS("SENT"),
                            ":id", AttributeValue.fromS(messageId), ":token", AttributeValue.fromS(token))));
        } catch (ConditionalCheckFailedException e) {
            // taken over after the lease: the new holder confirms its own
        }
    }

    /** Gives a claim back after publishing failed, so the retried event can send the alert. */
    public void releaseAlert(String reprintKey, String analysisId, String token) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(runKey(reprintKey, analysisId))
                    .updateExpression("REMOVE alertState, alertClaimedAt, alertClaim")
                    .conditionExpression("alertClaim = :token")
                    .expressionAttributeValues(Map.of(":token", AttributeValue.fromS(token))));
        } catch (ConditionalCheckFailedException e) {
            // taken over meanwhile
        }
    }

    /** Whether the alert of one analysis was sent, for the operator's view. */
    public boolean alertSent(String reprintKey, String analysisId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(runKey(reprintKey, analysisId))).item();
        return item != null && item.containsKey("alertState") && item.get("alertState").s().equals("SENT");
    }

    private static Map<String, AttributeValue> runKey(String reprintKey, String analysisId) {
        return Map.of("pk", AttributeValue.fromS(ResultStore.reprintPk(reprintKey)),
                "sk", AttributeValue.fromS("RUN#" + analysisId));
    }
}
