package dev.drift.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Events in the JSON shapes AWS sends, turned into handler inputs by the Lambda Java runtime's own deserializers,
 * so a handler sees locally exactly what it would see on Lambda.
 */
public final class LambdaEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LambdaEvents() {
    }

    public static S3Event s3(String json) {
        return serializer(S3Event.class).fromJson(json);
    }

    public static SQSEvent sqs(String json) {
        return serializer(SQSEvent.class).fromJson(json);
    }

    public static ScheduledEvent scheduled(String json) {
        return serializer(ScheduledEvent.class).fromJson(json);
    }

    private static <T> PojoSerializer<T> serializer(Class<T> type) {
        return LambdaEventSerializers.serializerFor(type, LambdaEvents.class.getClassLoader());
    }

    /** An S3 ObjectCreated:Put notification, the key form-encoded per path segment as S3 sends it. */
    public static String objectCreatedJson(String region, String bucket, String key, long size, String etag, String sequencer) {
        return objectJson("ObjectCreated:Put", region, bucket, key, size, etag, sequencer);
    }

    /** An S3 ObjectRemoved:Delete notification (no size or ETag, as S3 sends it). */
    public static String objectRemovedJson(String region, String bucket, String key, String sequencer) {
        return objectJson("ObjectRemoved:Delete", region, bucket, key, -1, null, sequencer);
    }

    private static String objectJson(String eventName, String region, String bucket, String key, long size, String etag,
                                     String sequencer) {
        ObjectNode record = JSON.createObjectNode();
        record.put("eventVersion", "2.1").put("eventSource", "aws:s3").put("awsRegion", region)
                .put("eventTime", Instant.now().toString()).put("eventName", eventName);
        record.putObject("userIdentity").put("principalId", "AWS:LOCAL");
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        record.putObject("responseElements").put("x-amz-request-id", UUID.randomUUID().toString()).put("x-amz-id-2", "local");
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0").put("configurationId", "local");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket)
                .putObject("ownerIdentity").put("principalId", "LOCAL");
        ObjectNode object = s3.putObject("object").put("key", encodeKey(key));
        if (etag != null) {
            object.put("size", size).put("eTag", etag);
        }
        object.put("sequencer", sequencer);
        ObjectNode root = JSON.createObjectNode();
        root.putArray("Records").add(record);
        return root.toString();
    }

    /** The event Lambda's SQS poller builds from received messages. */
    public static String sqsJson(String region, String queueArn, List<Message> messages) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        for (Message m : messages) {
            ObjectNode r = records.addObject();
            r.put("messageId", m.messageId()).put("receiptHandle", m.receiptHandle()).put("body", m.body())
                    .put("md5OfBody", m.md5OfBody()).put("eventSource", "aws:sqs").put("eventSourceARN", queueArn)
                    .put("awsRegion", region);
            ObjectNode attributes = r.putObject("attributes");
            m.attributesAsStrings().forEach(attributes::put);
            r.putObject("messageAttributes");
        }
        return root.toString();
    }

    /** The event an EventBridge schedule rule sends. */
    public static String scheduledJson(String region, String account, String ruleArn) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", "0").put("id", UUID.randomUUID().toString()).put("detail-type", "Scheduled Event")
                .put("source", "aws.events").put("account", account).put("time", Instant.now().toString().replaceAll("\\.\\d+Z$", "Z"))
                .put("region", region);
        root.putArray("resources").add(ruleArn);
        root.putObject("detail");
        return root.toString();
    }

    static String encodeKey(String key) {
        StringBuilder out = new StringBuilder();
        for (String segment : key.split("/", -1)) {
            if (out.length() > 0 || key.startsWith("/")) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
