package dev.drift.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drift.functions.ResultStore;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** template.yaml as an operator needs it: alarms, bounds, retention, TLS, logs and traces. */
class OperabilityTest {
    static final JsonNode ROOT = Template.locate().root();
    static final JsonNode RESOURCES = ROOT.path("Resources");

    static Map<String, JsonNode> ofType(String type) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        RESOURCES.fields().forEachRemaining(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                out.put(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    static String logicalIdOf(String getAtt) {
        return getAtt.substring(0, getAtt.indexOf('.'));
    }

    /** Every queue where failed work ends: redrive targets, on-failure destinations, schedule dead-letter queues. */
    static Set<String> failureQueues() {
        Set<String> out = new LinkedHashSet<>();
        ofType("AWS::SQS::Queue").forEach((id, q) -> {
            String target = q.path("Properties").path("RedrivePolicy").path("deadLetterTargetArn").asText();
            if (!target.isEmpty()) {
                out.add(logicalIdOf(target));
            }
        });
        ofType("AWS::Serverless::Function").forEach((id, f) -> {
            String onFailure = f.path("Properties").path("EventInvokeConfig").path("DestinationConfig").path("OnFailure")
                    .path("Destination").asText();
            if (!onFailure.isEmpty()) {
                out.add(logicalIdOf(onFailure));
            }
            f.path("Properties").path("Events").forEach(ev -> {
                String dlq = ev.path("Properties").path("DeadLetterConfig").path("Arn").asText();
                if (!dlq.isEmpty()) {
                    out.add(logicalIdOf(dlq));
                }
            });
        });
        return out;
    }

    @Test
    void everyDeadLetterAndFailedEventsQueueHasAnAlarmThatNotifiesTheTopic() {
        Set<String> queues = failureQueues();
        assertEquals(Set.of("WorkDeadLetterQueue", "FailedEventsQueue"), queues);
        Map<String, JsonNode> topics = ofType("AWS::SNS::Topic");
        for (String queue : queues) {
            JsonNode alarm = ofType("AWS::CloudWatch::Alarm").values().stream()
                    .filter(a -> a.path("Properties").path("Dimensions").path(0).path("Value").asText().equals(queue + ".QueueName"))
                    .findFirst().orElseThrow(() -> new AssertionError("no alarm watches " + queue));
            JsonNode p = alarm.path("Properties");
            assertEquals("ApproximateNumberOfMessagesVisible", p.path("MetricName").asText());
            assertEquals(0, p.path("Threshold").asInt());
            assertEquals("GreaterThanThreshold", p.path("ComparisonOperator").asText());
            String action = p.path("AlarmActions").path(0).asText();
            assertTrue(topics.containsKey(action), queue + "'s alarm notifies a topic of the stack");
        }
        JsonNode subscription = RESOURCES.path("AlarmEmailSubscription").path("Properties");
        assertEquals("AlarmEmail", subscription.path("Endpoint").asText(), "the address is a parameter");
        assertTrue(ROOT.path("Parameters").has("AlarmEmail"));
    }

    @Test
    void driftAlertsHaveATopicOfTheirOwnThatNoAlarmNotifiesAndItsFailuresAlarm() {
        assertEquals("AWS::SNS::Topic", RESOURCES.path("DriftAlertTopic").path("Type").asText());
        for (JsonNode alarm : ofType("AWS::CloudWatch::Alarm").values()) {
            for (String actions : List.of("AlarmActions", "OKActions")) {
                alarm.path("Properties").path(actions).forEach(a ->
                        assertEquals("AlarmTopic", a.asText(), "operators' alarms go to the alarm topic, not to editors"));
            }
        }
        JsonNode failed = ofType("AWS::CloudWatch::Alarm").values().stream()
                .filter(a -> a.path("Properties").path("Namespace").asText().equals("AWS/SNS")).findFirst()
                .orElseThrow(() -> new AssertionError("no alarm watches the alert topic's deliveries"));
        assertEquals("DriftAlertTopic.TopicName", failed.path("Properties").path("Dimensions").path(0).path("Value").asText());
        JsonNode mail = RESOURCES.path("DriftAlertEmailSubscription");
        assertEquals("HasAlertEmail", mail.path("Condition").asText(), "the e-mail subscription is optional");
        assertEquals("AlertEmail", mail.path("Properties").path("Endpoint").asText());
        assertEquals("DriftAlertTopic", mail.path("Properties").path("TopicArn").asText());
    }

    @Test
    void theAnalysisFunctionsConcurrencyIsBoundedByAParameter() {
        String reserved = RESOURCES.path("AnalyzeFunction").path("Properties").path("ReservedConcurrentExecutions").asText();
        assertTrue(ROOT.path("Parameters").has(reserved), "reserved concurrency comes from a parameter: " + reserved);
        assertTrue(RESOURCES.path("WorkerFunction").path("Properties").path("Events").path("Work").path("Properties")
                .path("ScalingConfig").path("MaximumConcurrency").asInt() > 0, "the worker's concurrency is bounded too");
    }

    @Test
    void theTableSurvivesStackDeletionAndExpiresSupersededItems() {
        JsonNode table = RESOURCES.path("ResultsTable");
        assertEquals("Retain", table.path("DeletionPolicy").asText());
        assertEquals("Retain", table.path("UpdateReplacePolicy").asText());
        JsonNode ttl = table.path("Properties").path("TimeToLiveSpecification");
        assertTrue(ttl.path("Enabled").asBoolean());
        assertEquals(ResultStore.EXPIRES_AT, ttl.path("AttributeName").asText(), "the attribute the code sets");
        String retention = ROOT.path("Globals").path("Function").path("Environment").path("Variables")
                .path("SUPERSEDED_RETENTION_DAYS").asText();
        assertTrue(ROOT.path("Parameters").has(retention), "the retention is a parameter: " + retention);
    }

    @Test
    void everyBucketExpiresOldVersionsAfterAParameterisedPeriod() {
        for (Map.Entry<String, JsonNode> bucket : ofType("AWS::S3::Bucket").entrySet()) {
            JsonNode rule = bucket.getValue().path("Properties").path("LifecycleConfiguration").path("Rules").path(0);
            String days = rule.path("NoncurrentVersionExpiration").path("NoncurrentDays").asText();
            assertTrue(ROOT.path("Parameters").has(days), bucket.getKey() + " expires old versions after a parameter: " + days);
        }
    }

    @Test
    void everyQueueRefusesPlainHttp() {
        Set<String> covered = new LinkedHashSet<>();
        for (JsonNode policy : ofType("AWS::SQS::QueuePolicy").values()) {
            JsonNode p = policy.path("Properties");
            boolean denies = false;
            for (JsonNode st : p.path("PolicyDocument").path("Statement")) {
                denies |= st.path("Effect").asText().equals("Deny")
                        && st.path("Condition").path("Bool").path("aws:SecureTransport").asText().equals("false");
            }
            if (denies) {
                p.path("Queues").forEach(q -> covered.add(q.asText()));
            }
        }
        assertEquals(ofType("AWS::SQS::Queue").keySet(), covered);
    }

    @Test
    void functionsLogJsonAndAreTraced() {
        JsonNode globals = ROOT.path("Globals").path("Function");
        assertEquals("Active", globals.path("Tracing").asText());
        for (Map.Entry<String, JsonNode> f : ofType("AWS::Serverless::Function").entrySet()) {
            JsonNode p = f.getValue().path("Properties");
            assertEquals("JSON", p.path("LoggingConfig").path("LogFormat").asText(), f.getKey());
            assertFalse(p.has("Tracing") && !p.path("Tracing").asText().equals("Active"), f.getKey() + " keeps tracing on");
        }
    }

    @Test
    void theWorkerHasTimeForAWholeBatchAtTheBudgetAndTheQueueWaitsForIt() {
        JsonNode worker = RESOURCES.path("WorkerFunction").path("Properties");
        int batch = worker.path("Events").path("Work").path("Properties").path("BatchSize").asInt();
        int budget = ROOT.path("Parameters").path("AnalysisBudgetSeconds").path("Default").asInt();
        int timeout = worker.path("Timeout").asInt();
        assertTrue(timeout >= batch * budget + 15, "timeout " + timeout + " s fits " + batch + " analyses of " + budget + " s and storing");
        int visibility = RESOURCES.path("WorkQueue").path("Properties").path("VisibilityTimeout").asInt();
        assertTrue(visibility >= 6 * timeout, "visibility " + visibility + " s is six times the timeout, as Lambda advises");
    }
}
