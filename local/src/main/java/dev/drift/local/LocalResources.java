package dev.drift.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drift.functions.AwsClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates the template's buckets, table and queues on an endpoint (emulators or LocalStack), keeping whatever
 * already exists, so that a second run or a LocalStack init hook's resources are reused.
 */
public final class LocalResources {
    /** Work-queue visibility timeout locally: a failed message is retried in seconds, not the deployed 12 minutes. */
    public static final int LOCAL_VISIBILITY_SECONDS = 2;

    private LocalResources() {
    }

    /** The queue URLs it created or found. */
    public record Queues(String work, String workDeadLetter, String failedEvents) {
    }

    public static Queues create(AwsClients clients, Template template) {
        for (String bucket : List.of(template.articlesBucket(), template.resultsBucket())) {
            try {
                clients.s3().createBucket(b -> b.bucket(bucket));
            } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException e) {
                // kept
            }
        }
        createTable(clients, template);
        String dlq = clients.sqs().createQueue(b -> b.queueName(template.workDeadLetterQueue())).queueUrl();
        String dlqArn = clients.sqs().getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String redrive = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + template.workMaxReceiveCount() + "\"}";
        String work = clients.sqs().createQueue(b -> b.queueName(template.workQueue())).queueUrl();
        clients.sqs().setQueueAttributes(b -> b.queueUrl(work).attributes(Map.of(
                QueueAttributeName.REDRIVE_POLICY, redrive,
                QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(LOCAL_VISIBILITY_SECONDS))));
        String failed = clients.sqs().createQueue(b -> b.queueName(template.failedEventsQueue())).queueUrl();
        return new Queues(work, dlq, failed);
    }

    private static void createTable(AwsClients clients, Template template) {
        JsonNode p = template.tableProperties();
        List<AttributeDefinition> attributes = new ArrayList<>();
        p.path("AttributeDefinitions").forEach(a -> attributes.add(AttributeDefinition.builder()
                .attributeName(a.path("AttributeName").asText()).attributeType(a.path("AttributeType").asText()).build()));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        p.path("GlobalSecondaryIndexes").forEach(i -> indexes.add(GlobalSecondaryIndex.builder()
                .indexName(i.path("IndexName").asText()).keySchema(keys(i.path("KeySchema")))
                .projection(Projection.builder().projectionType(i.path("Projection").path("ProjectionType").asText()).build())
                .build()));
        try {
            clients.dynamo().createTable(b -> b.tableName(template.table()).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attributes).keySchema(keys(p.path("KeySchema"))).globalSecondaryIndexes(indexes));
            clients.dynamo().waiter().waitUntilTableExists(b -> b.tableName(template.table()));
        } catch (ResourceInUseException e) {
            // kept
        }
    }

    private static List<KeySchemaElement> keys(JsonNode schema) {
        List<KeySchemaElement> out = new ArrayList<>();
        schema.forEach(k -> out.add(KeySchemaElement.builder().attributeName(k.path("AttributeName").asText())
                .keyType(k.path("KeyType").asText()).build()));
        return out;
    }
}
