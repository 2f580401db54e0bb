package dev.drift.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drift.functions.AlertRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Each function's IAM policy in template.yaml grants exactly what its code calls: every SDK call the handlers make
 * while a scenario that takes every path runs (recorded as IAM action and resource ARN) must be allowed by a
 * statement of that function's policy, and every action-resource pair a policy grants must be used by some call.
 */
class PermissionTest {
    static final String REGION = Template.LOCAL_REGION;
    static final String ACCOUNT = Template.LOCAL_ACCOUNT;

    /** One call: IAM action and the ARN it acts on. */
    record Use(String action, String arn) implements Comparable<Use> {
        @Override
        public int compareTo(Use o) {
            return (action + " " + arn).compareTo(o.action + " " + o.arn);
        }

        @Override
        public String toString() {
            return action + " " + arn;
        }
    }

    /** Records the calls made while a handler runs, by the handler's logical id. */
    static final class Recorder implements ExecutionInterceptor {
        final Map<String, Set<Use>> byFunction = new ConcurrentHashMap<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            LocalPipeline.invokingFunction().ifPresent(function -> byFunction
                    .computeIfAbsent(function, f -> ConcurrentHashMap.newKeySet())
                    .add(use(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
                            attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), context.request())));
        }
    }

    static Use use(String service, String operation, SdkRequest request) {
        switch (service.toUpperCase(Locale.ROOT)) {
            case "S3": {
                String bucket = field(request, "Bucket");
                String key = field(request, "Key");
                boolean version = field(request, "VersionId") != null;
                String action = switch (operation) {
                    case "GetObject", "HeadObject" -> version ? "s3:GetObjectVersion" : "s3:GetObject";
                    case "ListObjectsV2", "ListObjects" -> "s3:ListBucket";
                    default -> "s3:" + operation;
                };
                return new Use(action, "arn:aws:s3:::" + bucket + (key == null ? "" : "/" + key));
            }
            case "DYNAMODB": {
                String table = field(request, "TableName");
                if (table == null) {
                    Map<?, ?> items = request.getValueForField("RequestItems", Map.class).orElseThrow();
                    table = (String) items.keySet().iterator().next();
                }
                String index = field(request, "IndexName");
                return new Use("dynamodb:" + operation, tableArn(table) + (index == null ? "" : "/index/" + index));
            }
            case "SQS": {
                String url = field(request, "QueueUrl");
                String action = operation.startsWith("SendMessage") ? "sqs:SendMessage" : "sqs:" + operation;
                return new Use(action, queueArn(url.substring(url.lastIndexOf('/') + 1)));
            }
            default:
                throw new AssertionError("unexpected service " + service);
        }
    }

    static String field(SdkRequest request, String name) {
        return request.getValueForField(name, String.class).orElse(null);
    }

    static String tableArn(String table) {
        return "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + table;
    }

    static String queueArn(String queue) {
        return "arn:aws:sqs:" + REGION + ":" + ACCOUNT + ":" + queue;
    }

    /** A statement's grant: action and resource pattern (IAM wildcards). */
    record Grant(String action, String resource) {
        boolean allows(Use u) {
            return action.equals(u.action()) && Pattern.matches(
                    Pattern.quote(resource).replace("*", "\\E.*\\Q"), u.arn());
        }

        @Override
        public String toString() {
            return action + " " + resource;
        }
    }

    /** The grants of one function's Policies, ARNs resolved for a local stack. */
    static List<Grant> grants(Template template, String function) {
        List<Grant> out = new ArrayList<>();
        for (JsonNode policy : template.propertiesOf(function).path("Policies")) {
            if (policy.has("Statement")) {
                for (JsonNode statement : policy.path("Statement")) {
                    assertEquals("Allow", statement.path("Effect").asText(), function + ": only Allow statements");
                    for (String action : list(statement.path("Action"))) {
                        for (String resource : list(statement.path("Resource"))) {
                            out.add(new Grant(action, resolve(template, resource)));
                        }
                    }
                }
            } else if (policy.has("SQSSendMessagePolicy")) {
                String queue = policy.path("SQSSendMessagePolicy").path("QueueName").asText();
                out.add(new Grant("sqs:SendMessage", resolve(template, queue.replace(".QueueName", ".Arn"))));
            } else {
                throw new AssertionError(function + ": a policy this test cannot read: " + policy);
            }
        }
        return out;
    }

    static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            out.add(node.asText());
        }
        return out;
    }

    /** {@code X.Arn} (a GetAtt) or a Sub string with {@code ${X.Arn}} and pseudo parameters. */
    static String resolve(Template t, String raw) {
        Map<String, String> arns = Map.of(
                "ResultsTable", tableArn(t.table()),
                "WorkQueue", queueArn(t.workQueue()),
                "WorkDeadLetterQueue", queueArn(t.workDeadLetterQueue()),
                "FailedEventsQueue", queueArn(t.failedEventsQueue()),
                "ArticlesBucket", "arn:aws:s3:::" + t.articlesBucket(),
                "ResultsBucket", "arn:aws:s3:::" + t.resultsBucket());
        if (raw.equals("DriftAlertTopic")) {
            return t.alertTopicArn(); // !Ref of a topic is its ARN
        }
        String s = raw;
        if (s.matches("\\w+\\.Arn")) {
            s = "${" + s + "}";
        }
        for (Map.Entry<String, String> e : arns.entrySet()) {
            s = s.replace("${" + e.getKey() + ".Arn}", e.getValue());
        }
        s = Template.substitute(s.replace("${AWS::Partition}", "aws"));
        assertTrue(!s.contains("${"), "unresolved reference in " + raw);
        return s;
    }

    @Test
    void everyFunctionsPolicyGrantsExactlyWhatItsCodeCalls() throws IOException {
        Recorder recorder = new Recorder();
        Template template = Template.locate();
        try (LocalPipeline started = LocalPipeline.start(template, PipelineTest.MAX_BYTES, false, List.of(recorder))) {
            // Every analysis alerts, so each analysing function publishes; the embedded topic is no SDK call, so its
            // publications are added to the recorded calls from the alert recorder.
            LocalPipeline local = started.withAlertRule(new AlertRule(0));
            String story = "perm-" + UUID.randomUUID().toString().substring(0, 8);
            String reprint = "reprints/" + story + "/r.txt";
            local.upload(reprint, PipelineTest.seed("004"), Map.of());                  // waits for its original
            local.upload("inbox/" + story + "-early.txt", PipelineTest.seed("002"), Map.of()); // no original: unmatched
            local.upload("originals/" + story + "/o.txt", PipelineTest.seed("001"), Map.of()); // registers, queues
            local.drainWorkQueue();                                                           // analyses, story page, matches the early one
            local.upload("inbox/" + story + "-late.txt", PipelineTest.seed("000"), Map.of()); // matched, placed in the story
            local.delete("inbox/" + story + "-late.txt");                                    // its placed reprint deleted
            local.upload("reprints/" + story + "/second.txt", PipelineTest.seed("003"), Map.of());
            local.upload("reprints/" + story + "/second.txt", PipelineTest.seed("000"), Map.of()); // supersedes, expires
            local.put("reprints/" + story + "/unnotified.txt", "An unnotified reprint.".getBytes(StandardCharsets.UTF_8), Map.of());
            local.runBatch();                                                                 // lists, reads ByStatus, queues
            local.drainWorkQueue();
            local.delete("reprints/" + story + "/second.txt");                                // marked removed, page rebuilt
            local.delete("originals/" + story + "/o.txt");                                    // its reprints queued
            local.drainWorkQueue();
            for (RecordingAlertPublisher.Sent sent : started.alertsSent()) {
                recorder.byFunction.computeIfAbsent(sent.function(), f -> ConcurrentHashMap.newKeySet())
                        .add(new Use("sns:Publish", template.alertTopicArn()));
            }
        }

        Map<String, String> problems = new TreeMap<>();
        for (String function : template.functions().keySet()) {
            Set<Use> used = new TreeSet<>(recorder.byFunction.getOrDefault(function, Set.of()));
            List<Grant> granted = grants(template, function);
            Set<String> ungranted = new TreeSet<>();
            used.stream().filter(u -> granted.stream().noneMatch(g -> g.allows(u))).forEach(u -> ungranted.add(u.toString()));
            Set<String> unused = new TreeSet<>();
            granted.stream().filter(g -> used.stream().noneMatch(g::allows)).forEach(g -> unused.add(g.toString()));
            if (!ungranted.isEmpty() || !unused.isEmpty()) {
                problems.put(function, "called but not granted " + ungranted + "; granted but never called " + unused);
            }
            assertTrue(!used.isEmpty(), function + " ran in the scenario");
        }
        assertEquals(Map.of(), problems);
    }

    @Test
    void theAnalysingFunctionsMayQueryTheStoryIndex() {
        // The grant the template once missed: a check of the checker itself, independent of the scenario.
        Template template = Template.locate();
        Use storyQuery = new Use("dynamodb:Query", tableArn(template.table()) + "/index/ByStory");
        for (String function : List.of("AnalyzeFunction", "WorkerFunction")) {
            assertTrue(grants(template, function).stream().anyMatch(g -> g.allows(storyQuery)), function);
        }
        assertTrue(grants(template, "BatchFunction").stream().noneMatch(g -> g.allows(storyQuery)));
    }
}
