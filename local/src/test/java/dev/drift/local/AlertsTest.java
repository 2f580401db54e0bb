package dev.drift.local;

import static dev.drift.local.PipelineTest.seed;
import static dev.drift.local.PipelineTest.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.functions.AlertClaims;
import dev.drift.functions.AlertRule;
import dev.drift.functions.AnalysisRecord;
import dev.drift.functions.DriftAlert;
import dev.drift.functions.SnsAlertPublisher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Drift alerts over real protocols: one per severe analysis, however often its events come back. On the embedded
 * emulators the topic is a recorder; on LocalStack (AWS_ENDPOINT_URL) alerts go to a real SNS topic, and an SQS
 * queue subscribed to it must receive each one exactly once.
 */
class AlertsTest {
    static LocalPipeline local;
    /** LocalStack only: the queue subscribed to the alert topic, and the messages it received by analysis id. */
    static String subscribedQueue;
    static final Map<String, Integer> received = new HashMap<>();

    @BeforeAll
    static void start() {
        local = LocalPipeline.start(Template.locate(), PipelineTest.MAX_BYTES, false);
        if (!local.embedded()) {
            String endpoint = System.getenv("AWS_ENDPOINT_URL").trim();
            subscribedQueue = local.clients().sqs().createQueue(b -> b.queueName("alerts-test-" + story())).queueUrl();
            String queueArn = local.clients().sqs().getQueueAttributes(b -> b.queueUrl(subscribedQueue)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            try (SnsClient sns = SnsClient.builder().region(software.amazon.awssdk.regions.Region.of(Template.LOCAL_REGION))
                    .endpointOverride(java.net.URI.create(endpoint)).build()) {
                String topic = sns.createTopic(b -> b.name(local.template().alertTopic())).topicArn();
                sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn)
                        .attributes(Map.of("RawMessageDelivery", "true")));
            }
        }
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            if (subscribedQueue != null) {
                local.clients().sqs().deleteQueue(b -> b.queueUrl(subscribedQueue));
            }
            local.close();
        }
    }

    static List<DriftAlert> alertsFor(String reprint) {
        return local.alertsSent().stream().map(RecordingAlertPublisher.Sent::alert)
                .filter(a -> a.reprintKey().equals(reprint)).toList();
    }

    /** On LocalStack: how many messages the subscribed queue received for an analysis (waiting a few seconds). */
    static int deliveredOnce(String analysisId) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (Message m : local.clients().sqs().receiveMessage(b -> b.queueUrl(subscribedQueue).waitTimeSeconds(1)
                    .maxNumberOfMessages(10).messageAttributeNames("All")).messages()) {
                local.clients().sqs().deleteMessage(b -> b.queueUrl(subscribedQueue).receiptHandle(m.receiptHandle()));
                var id = m.messageAttributes().get(SnsAlertPublisher.ANALYSIS_ID);
                received.merge(id == null ? "?" : id.stringValue(), 1, Integer::sum);
            }
        }
        return received.getOrDefault(analysisId, 0);
    }

    @Test
    void aSevereAnalysisAlertsOnceHoweverOftenItsEventsComeBack() throws IOException {
        String story = story();
        local.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        String reprint = "reprints/" + story + "/003.txt";
        local.upload(reprint, seed("003"), Map.of());
        local.deliverObjectCreated(reprint);                       // a redelivered upload event
        local.pipeline().enqueue(List.of(reprint, reprint));       // a re-run through the worker, twice
        local.drainWorkQueue();
        local.runBatch();                                          // the schedule
        local.drainWorkQueue();

        List<DriftAlert> alerts = alertsFor(reprint);
        assertEquals(1, alerts.size(), "one alert for one analysis: " + alerts);
        DriftAlert alert = alerts.get(0);
        AnalysisRecord latest = local.pipeline().results().latest(reprint).orElseThrow();
        assertEquals(latest.analysisId(), alert.analysisId());
        assertEquals(story, alert.story());
        assertTrue(alert.reason().contains("serious finding"), alert.reason());
        assertEquals(3, alert.topFindings().size(), alert.body());
        assertTrue(alert.body().contains("Reprint: " + reprint) && alert.body().contains("Scores: overall drift"), alert.body());
        String html = new String(local.clients().s3().getObjectAsBytes(b -> b.bucket(local.template().resultsBucket())
                .key(latest.htmlKey())).asByteArray(), StandardCharsets.UTF_8);
        assertTrue(alert.reportLocation().endsWith("/" + latest.htmlKey()) && !html.isEmpty(), "the alert names the stored report");
        if (subscribedQueue != null) {
            assertEquals(1, deliveredOnce(alert.analysisId()), "the subscribed queue received the alert once");
        }
    }

    @Test
    void aChangedOriginalIsANewAnalysisWithItsOwnAlert() throws IOException {
        String story = story();
        String original = "originals/" + story + "/o.txt";
        local.upload(original, seed("001"), Map.of());
        String reprint = "reprints/" + story + "/004.txt";
        local.upload(reprint, seed("004"), Map.of());
        byte[] revised = (new String(seed("001"), StandardCharsets.UTF_8) + "\n\nThe article was updated on Friday.")
                .getBytes(StandardCharsets.UTF_8);
        local.upload(original, revised, Map.of());
        local.drainWorkQueue();
        local.drainWorkQueue();

        List<DriftAlert> alerts = alertsFor(reprint);
        assertEquals(2, alerts.size(), "an alert per analysis: " + alerts);
        assertNotEquals(alerts.get(0).analysisId(), alerts.get(1).analysisId());
        if (subscribedQueue != null) {
            for (DriftAlert a : alerts) {
                assertEquals(1, deliveredOnce(a.analysisId()), "each delivered once");
            }
        }
    }

    @Test
    void noAlertBelowTheRuleNorForAnArticleAgainstItself() throws IOException {
        LocalPipeline never = local.withAlertRule(new AlertRule(1.01));
        String story = story();
        never.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        never.upload("reprints/" + story + "/same.txt", seed("001"), Map.of());
        never.upload("reprints/" + story + "/000.txt", seed("000"), Map.of());
        assertEquals(List.of(), alertsFor("reprints/" + story + "/same.txt"));
        assertEquals(List.of(), alertsFor("reprints/" + story + "/000.txt"), "000 has no serious finding");

        LocalPipeline always = local.withAlertRule(new AlertRule(0));
        String other = story();
        always.upload("originals/" + other + "/o.txt", seed("001"), Map.of());
        always.upload("reprints/" + other + "/same.txt", seed("001"), Map.of());
        assertEquals(1, alertsFor("reprints/" + other + "/same.txt").size(), "at threshold 0 every analysis alerts");
    }

    @Test
    void aClaimWhoseHolderDiedIsTakenOverAfterItsLease() throws IOException {
        String story = story();
        local.upload("originals/" + story + "/o.txt", seed("001"), Map.of());
        String reprint = "reprints/" + story + "/000.txt";
        local.upload(reprint, seed("000"), Map.of());              // below the rule: its run has no alert state
        String id = local.pipeline().results().latest(reprint).orElseThrow().analysisId();
        AlertClaims claims = new AlertClaims(local.clients().dynamo(), local.template().table());

        assertEquals(AlertClaims.Claim.WON, claims.claimAlert(reprint, id, "first", 1_000, 1_000 - 480));
        assertEquals(AlertClaims.Claim.HELD, claims.claimAlert(reprint, id, "second", 1_100, 1_100 - 480));
        assertEquals(AlertClaims.Claim.WON, claims.claimAlert(reprint, id, "third", 2_000, 2_000 - 480), "the first died");
        claims.confirmAlert(reprint, id, "first", "late");          // the dead holder's confirmation is ignored
        assertTrue(!claims.alertSent(reprint, id));
        claims.confirmAlert(reprint, id, "third", "m-3");
        assertTrue(claims.alertSent(reprint, id));
        assertEquals(AlertClaims.Claim.DONE, claims.claimAlert(reprint, id, "fourth", 9_000, 9_000 - 480));
        assertEquals(AlertClaims.Claim.DONE, claims.claimAlert(reprint, "no-such-run", "x", 9_000, 0), "no run, no alert");
    }
}
