package dev.drift.local;

import static dev.drift.local.PipelineTest.seed;
import static dev.drift.local.PipelineTest.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.functions.AnalysisRecord;
import dev.drift.functions.AnalysisRecord.Status;
import dev.drift.functions.ArticleKey;
import dev.drift.functions.ResultStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Only against real LocalStack (AWS_ENDPOINT_URL set, see localstack/test-on-localstack.sh): LocalStack's own S3
 * bucket notification to SQS produces the events, and the analysis handler receives exactly those bodies, as the
 * template's S3 trigger delivers them.
 */
class LocalStackNotificationTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static LocalPipeline local;
    static String queueUrl;

    @BeforeAll
    static void start() throws Exception {
        String endpoint = System.getenv("AWS_ENDPOINT_URL");
        assumeTrue(endpoint != null && !endpoint.isBlank(), "runs only against LocalStack (AWS_ENDPOINT_URL)");
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(endpoint.trim() + "/_localstack/health")).build(), HttpResponse.BodyHandlers.ofString());
        assumeTrue(health.statusCode() == 200, "the endpoint is LocalStack");
        System.out.println("LocalStack " + JSON.readTree(health.body()).path("version").asText() + " at " + endpoint);
        local = LocalPipeline.start(Template.locate(), PipelineTest.MAX_BYTES, false);
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            local.clients().s3().putBucketNotificationConfiguration(b -> b.bucket(local.template().articlesBucket())
                    .notificationConfiguration(n -> n.queueConfigurations(List.of())));
            if (queueUrl != null) {
                local.clients().sqs().deleteQueue(b -> b.queueUrl(queueUrl));
            }
            local.close();
        }
    }

    /** The S3 event bodies that arrive for keys in a story, waiting up to twenty seconds for {@code count}. */
    static List<String> eventsFor(String story, int count) throws IOException {
        List<String> bodies = new ArrayList<>();
        List<String> others = new ArrayList<>();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (bodies.size() < count && System.nanoTime() < deadline) {
            for (Message m : local.clients().sqs().receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(1).maxNumberOfMessages(10)).messages()) {
                local.clients().sqs().deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
                JsonNode records = JSON.readTree(m.body()).path("Records"); // the first message is S3's TestEvent
                if (records.isArray() && !records.isEmpty() && ArticleKey.decodeEventKey(
                        records.get(0).path("s3").path("object").path("key").asText()).contains("/" + story + "/")) {
                    bodies.add(m.body());
                } else {
                    others.add(m.body());
                }
            }
        }
        assertEquals(count, bodies.size(), "LocalStack's S3 sent an event per change in " + story + "; other messages: " + others);
        return bodies;
    }

    @Test
    void localStacksOwnS3NotificationsDriveTheAnalysisHandler() throws IOException {
        var sqs = local.clients().sqs();
        queueUrl = sqs.createQueue(b -> b.queueName("drift-s3-events-" + story())).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        local.clients().s3().putBucketNotificationConfiguration(b -> b.bucket(local.template().articlesBucket())
                .notificationConfiguration(n -> n.queueConfigurations(q -> q.id("drift-test").queueArn(queueArn)
                        .events(Event.S3_OBJECT_CREATED, Event.S3_OBJECT_REMOVED))));

        String story = "ls " + story(); // a space: S3 form-encodes it in the event
        String original = "originals/" + story + "/o.txt";
        String reprint = "reprints/" + story + "/r – 004.txt";
        local.put(original, seed("001"), Map.of());
        for (String body : eventsFor(story, 1)) {
            assertTrue(local.deliverS3Event(body).contains("registered"));
        }
        local.put(reprint, seed("004"), Map.of());
        List<String> created = eventsFor(story, 1);
        assertTrue(JSON.readTree(created.get(0)).path("Records").get(0).path("eventName").asText().startsWith("ObjectCreated"));
        local.deliverS3Event(created.get(0));
        ResultStore results = local.pipeline().results();
        AnalysisRecord r = results.latest(reprint).orElseThrow();
        assertEquals(Status.OK, r.status(), r.reason());
        assertEquals(original, r.originalKey());

        local.clients().s3().deleteObject(b -> b.bucket(local.template().articlesBucket()).key(reprint));
        List<String> removed = eventsFor(story, 1);
        assertTrue(JSON.readTree(removed.get(0)).path("Records").get(0).path("eventName").asText().startsWith("ObjectRemoved"));
        local.deliverS3Event(removed.get(0));
        assertEquals(Status.REMOVED, results.latest(reprint).orElseThrow().status());
    }
}
