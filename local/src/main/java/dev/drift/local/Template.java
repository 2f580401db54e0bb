package dev.drift.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of {@code template.yaml} the local pipeline needs: resource names (with {@code !Sub} pseudo parameters
 * resolved for a local stack), the table's keys and indexes, and each function's handler and event types.
 * CloudFormation tags ({@code !Sub}, {@code !Ref}) are read as their plain scalar argument.
 */
public final class Template {
    public static final String LOCAL_STACK_NAME = "drift";
    public static final String LOCAL_ACCOUNT = "000000000000";
    public static final String LOCAL_REGION = "us-east-1";

    private final JsonNode root;
    private final JsonNode resources;

    private Template(JsonNode root) {
        this.root = root;
        this.resources = root.path("Resources");
        if (!resources.isObject()) {
            throw new IllegalArgumentException("template has no Resources");
        }
    }

    public static Template read(Path file) {
        try {
            return new Template(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The template next to the working directory or named by the drift.template system property. */
    public static Template locate() {
        String configured = System.getProperty("drift.template");
        Path p = configured != null ? Path.of(configured) : Path.of("template.yaml");
        return read(p);
    }

    public String articlesBucket() {
        return name("ArticlesBucket", "BucketName");
    }

    public String resultsBucket() {
        return name("ResultsBucket", "BucketName");
    }

    public String table() {
        return name("ResultsTable", "TableName");
    }

    public String workQueue() {
        return name("WorkQueue", "QueueName");
    }

    public String workDeadLetterQueue() {
        return name("WorkDeadLetterQueue", "QueueName");
    }

    public String failedEventsQueue() {
        return name("FailedEventsQueue", "QueueName");
    }

    public String alertTopic() {
        return name("DriftAlertTopic", "TopicName");
    }

    /** The topic's ARN in a local stack (LocalStack's account and region). */
    public String alertTopicArn() {
        return "arn:aws:sns:" + LOCAL_REGION + ":" + LOCAL_ACCOUNT + ":" + alertTopic();
    }

    /** The template's default for the overall drift that alerts. */
    public double alertOverallAtLeast() {
        return root().path("Parameters").path("AlertOverallAtLeast").path("Default").asDouble();
    }

    /** How many receives before a work message moves to the dead-letter queue. */
    public int workMaxReceiveCount() {
        return properties("WorkQueue").path("RedrivePolicy").path("maxReceiveCount").asInt(3);
    }

    /** The whole template, CloudFormation tags read as their plain argument (for checks of the template itself). */
    public JsonNode root() {
        return root;
    }

    /** A resource's properties, CloudFormation tags read as their plain argument. */
    public JsonNode propertiesOf(String logicalId) {
        return properties(logicalId);
    }

    public JsonNode tableProperties() {
        return properties("ResultsTable");
    }

    /** Functions by logical id. */
    public Map<String, FunctionSpec> functions() {
        Map<String, FunctionSpec> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if ("AWS::Serverless::Function".equals(e.getValue().path("Type").asText())) {
                JsonNode p = e.getValue().path("Properties");
                List<String> eventTypes = new ArrayList<>();
                p.path("Events").forEach(ev -> eventTypes.add(ev.path("Type").asText()));
                out.put(e.getKey(), new FunctionSpec(e.getKey(), p.path("Handler").asText(), eventTypes));
            }
        }
        return out;
    }

    public record FunctionSpec(String logicalId, String handler, List<String> eventTypes) {
    }

    private JsonNode properties(String logicalId) {
        JsonNode r = resources.path(logicalId);
        if (r.isMissingNode()) {
            throw new IllegalArgumentException("template has no resource " + logicalId);
        }
        return r.path("Properties");
    }

    private String name(String logicalId, String property) {
        String raw = properties(logicalId).path(property).asText();
        if (raw.isEmpty()) {
            throw new IllegalArgumentException(logicalId + " has no " + property);
        }
        return substitute(raw);
    }

    /** Resolves the pseudo parameters a {@code !Sub} name may use, as a stack named "drift" would see them. */
    static String substitute(String s) {
        return s.replace("${AWS::StackName}", LOCAL_STACK_NAME).replace("${AWS::AccountId}", LOCAL_ACCOUNT)
                .replace("${AWS::Region}", LOCAL_REGION);
    }
}
