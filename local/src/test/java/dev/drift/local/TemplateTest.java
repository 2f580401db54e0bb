package dev.drift.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.drift.functions.ArticleKey;
import dev.drift.functions.DriftPipeline;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** template.yaml, events/ and the LocalStack hook agree with the code. */
class TemplateTest {
    static final Map<String, Class<?>> EVENT_CLASSES = Map.of("S3", S3Event.class, "SQS", SQSEvent.class,
            "Schedule", ScheduledEvent.class, "ScheduleV2", ScheduledEvent.class);

    static Path root() {
        return Path.of(System.getProperty("drift.template", "../template.yaml")).toAbsolutePath().getParent();
    }

    @Test
    void everyHandlerNamesAClassAndMethodThatTakeItsEventType() throws Exception {
        Map<String, Template.FunctionSpec> functions = Template.locate().functions();
        assertEquals(3, functions.size(), functions.toString());
        for (Template.FunctionSpec f : functions.values()) {
            String[] parts = f.handler().split("::");
            assertEquals(2, parts.length, f.handler());
            Class<?> type = Class.forName(parts[0]);
            assertTrue(RequestHandler.class.isAssignableFrom(type), f.handler() + " implements RequestHandler");
            assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), "Lambda needs a public no-argument constructor");
            assertEquals(1, f.eventTypes().stream().distinct().count(), f.logicalId() + " has one kind of trigger");
            Class<?> event = EVENT_CLASSES.get(f.eventTypes().get(0));
            Method m = type.getMethod(parts[1], event, Context.class);
            assertFalse(m.isBridge(), f.handler());
        }
    }

    @Test
    void eventFilesParseIntoTheirHandlersEventTypes() throws IOException {
        Path events = root().resolve("events");
        S3Event original = LambdaEvents.s3(Files.readString(events.resolve("original-upload.json")));
        String key = ArticleKey.decodeEventKey(original.getRecords().get(0).getS3().getObject().getKey());
        assertEquals(ArticleKey.Kind.ORIGINAL, ArticleKey.parse(key).orElseThrow().kind());

        S3Event reprint = LambdaEvents.s3(Files.readString(events.resolve("reprint-upload.json")));
        String reprintKey = ArticleKey.decodeEventKey(reprint.getRecords().get(0).getS3().getObject().getKey());
        assertEquals("reprints/syria-camps/US thwarts escape \u2013 004.txt", reprintKey);
        assertEquals(Template.locate().articlesBucket(), reprint.getRecords().get(0).getS3().getBucket().getName());

        S3Event removed = LambdaEvents.s3(Files.readString(events.resolve("reprint-removed.json")));
        assertTrue(removed.getRecords().get(0).getEventName().startsWith("ObjectRemoved"));
        assertEquals(reprintKey, ArticleKey.decodeEventKey(removed.getRecords().get(0).getS3().getObject().getKey()));

        ScheduledEvent schedule = LambdaEvents.scheduled(Files.readString(events.resolve("schedule.json")));
        assertEquals("aws.events", schedule.getSource());

        SQSEvent batch = LambdaEvents.sqs(Files.readString(events.resolve("sqs-batch.json")));
        assertEquals(2, batch.getRecords().size());
        for (SQSEvent.SQSMessage m : batch.getRecords()) {
            assertTrue(DriftPipeline.reprintKeyOf(m.getBody()).orElseThrow().startsWith("reprints/"));
        }
    }

    @Test
    void keysAreEncodedAsS3EncodesThemAndDecodeBack() {
        String key = "reprints/my story/caf\u00e9 + 50%.txt";
        String encoded = LambdaEvents.encodeKey(key);
        assertEquals("reprints/my+story/caf%C3%A9+%2B+50%25.txt", encoded);
        assertEquals(key, ArticleKey.decodeEventKey(encoded));
    }

    @Test
    void theLocalStackHookCreatesTheTemplatesResources() throws IOException {
        String hook = Files.readString(root().resolve("localstack/init/ready.d/create-resources.sh"));
        Template t = Template.locate();
        for (String name : new String[] {t.articlesBucket(), t.resultsBucket(), t.table(), t.workQueue(),
                t.workDeadLetterQueue(), t.failedEventsQueue(), "ByStory", "ByStatus", "ByOriginal"}) {
            assertTrue(hook.contains(name), "the hook creates " + name);
        }
    }
}
