package dev.drift.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import dev.drift.engine.DriftAnalyzer;
import dev.drift.functions.AlertRule;
import dev.drift.functions.AnalyzeHandler;
import dev.drift.functions.AwsClients;
import dev.drift.functions.BatchHandler;
import dev.drift.functions.DriftPipeline;
import dev.drift.functions.PairAnalyzer;
import dev.drift.functions.PipelineConfig;
import dev.drift.functions.SnsAlertPublisher;
import dev.drift.functions.WorkerHandler;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The whole pipeline on one machine: the real handlers, wired to the embedded emulators (or to LocalStack/AWS when
 * AWS_ENDPOINT_URL is set), with this class standing in for what AWS does between them: delivering S3
 * notifications, polling the work queue for the worker, and firing the schedule.
 */
public final class LocalPipeline implements AutoCloseable {
    private final Emulators emulators;
    private final AwsClients clients;
    private final Template template;
    private final LocalResources.Queues queues;
    private final DriftPipeline pipeline;
    /** LocalStack's SNS, null on the embedded emulators (which have none). */
    private final SnsClient sns;
    private final AlertRule alertRule;
    private final RecordingAlertPublisher alerts;
    private final HandlerWrites writes;
    private final PairAnalyzer analyzer;
    private final Duration analysisBudget;
    private final AnalyzeHandler analyze;
    private final WorkerHandler worker;
    private final BatchHandler batch;
    private final boolean verbose;
    private final long maxObjectBytes;
    private final boolean owner;
    private static final ThreadLocal<String> INVOKING = new ThreadLocal<>();
    private final AtomicLong sequencer = new AtomicLong(System.currentTimeMillis() << 8);

    private LocalPipeline(Emulators emulators, AwsClients clients, SnsClient sns, Template template, long maxObjectBytes,
                          boolean verbose, HandlerWrites writes) {
        this(emulators, clients, sns, template, LocalResources.create(clients, template), maxObjectBytes, verbose,
                new DriftAnalyzer()::compare, PipelineConfig.DEFAULT_ANALYSIS_BUDGET,
                new AlertRule(template.alertOverallAtLeast()), alertTopic(sns, template), writes, true);
    }

    /** The alert recorder, passing alerts on to the stack's topic when there is an SNS to create it in. */
    private static RecordingAlertPublisher alertTopic(SnsClient sns, Template template) {
        if (sns == null) {
            return new RecordingAlertPublisher(null);
        }
        String arn = sns.createTopic(b -> b.name(template.alertTopic())).topicArn();
        return new RecordingAlertPublisher(new SnsAlertPublisher(sns, arn));
    }

    private LocalPipeline(Emulators emulators, AwsClients clients, SnsClient sns, Template template,
                          LocalResources.Queues queues, long maxObjectBytes, boolean verbose, PairAnalyzer analyzer,
                          Duration analysisBudget, AlertRule alertRule, RecordingAlertPublisher alerts, HandlerWrites writes,
                          boolean owner) {
        this.emulators = emulators;
        this.clients = clients;
        this.sns = sns;
        this.template = template;
        this.verbose = verbose;
        this.queues = queues;
        this.maxObjectBytes = maxObjectBytes;
        this.owner = owner;
        this.alertRule = alertRule;
        this.alerts = alerts;
        this.writes = writes;
        this.analyzer = analyzer;
        this.analysisBudget = analysisBudget;
        PipelineConfig config = new PipelineConfig(template.articlesBucket(), template.resultsBucket(), template.table(),
                queues.work(), maxObjectBytes, Template.LOCAL_REGION, Optional.empty()).withAnalysisBudget(analysisBudget)
                .withAlerts(Optional.empty(), alertRule);
        this.pipeline = new DriftPipeline(config, clients, analyzer, Clock.systemUTC(), alerts);
        this.analyze = new AnalyzeHandler(pipeline);
        this.worker = new WorkerHandler(pipeline);
        this.batch = new BatchHandler(pipeline);
    }

    /**
     * The same resources with handlers around another engine and time budget (a test's failing or slow engine).
     * Closing the view leaves the emulators and clients to this pipeline.
     */
    public LocalPipeline withAnalyzer(PairAnalyzer analyzer, Duration analysisBudget) {
        return new LocalPipeline(emulators, clients, sns, template, queues, maxObjectBytes, verbose, analyzer, analysisBudget,
                alertRule, alerts, writes, false);
    }

    /** The same resources, engine and budget with handlers that alert by another rule (a test's threshold). */
    public LocalPipeline withAlertRule(AlertRule rule) {
        return new LocalPipeline(emulators, clients, sns, template, queues, maxObjectBytes, verbose,
                analyzer, analysisBudget, rule, alerts, writes, false);
    }

    /** Every drift alert the handlers published, oldest first (shared by this pipeline's views). */
    public List<RecordingAlertPublisher.Sent> alertsSent() {
        return alerts.sent();
    }

    /** Embedded emulators, unless AWS_ENDPOINT_URL names LocalStack or another endpoint to use instead. */
    public static LocalPipeline start(Template template, long maxObjectBytes, boolean verbose) {
        return start(template, maxObjectBytes, verbose, null, List.of());
    }

    /** As {@link #start(Template, long, boolean)}, the emulators keeping their state in {@code data} (null: in memory). */
    public static LocalPipeline start(Template template, long maxObjectBytes, boolean verbose, Path data) {
        return start(template, maxObjectBytes, verbose, data, List.of());
    }

    /** As above, with interceptors on every SDK call; {@link #invokingFunction()} tells which function made it. */
    public static LocalPipeline start(Template template, long maxObjectBytes, boolean verbose,
                                      List<ExecutionInterceptor> interceptors) {
        return start(template, maxObjectBytes, verbose, null, interceptors);
    }

    private static LocalPipeline start(Template template, long maxObjectBytes, boolean verbose, Path data,
                                       List<ExecutionInterceptor> interceptors) {
        HandlerWrites writes = new HandlerWrites(template.articlesBucket());
        interceptors = java.util.stream.Stream.concat(interceptors.stream(), java.util.stream.Stream.of(writes)).toList();
        String endpoint = System.getenv("AWS_ENDPOINT_URL");
        if (endpoint != null && !endpoint.isBlank()) {
            URI e = URI.create(endpoint.trim());
            String region = Optional.ofNullable(System.getenv("AWS_REGION")).orElse(Template.LOCAL_REGION);
            return new LocalPipeline(null, AwsClients.create(region, e, e, e,
                    DefaultCredentialsProvider.builder().build(), UrlConnectionHttpClient.builder().build(), interceptors),
                    AwsClients.sns(region, e, DefaultCredentialsProvider.builder().build(),
                            UrlConnectionHttpClient.builder().build()),
                    template, maxObjectBytes, verbose, writes);
        }
        Emulators emulators = Emulators.start(data);
        try {
            AwsClients clients = AwsClients.create(Template.LOCAL_REGION, emulators.s3Endpoint(), emulators.dynamoEndpoint(),
                    emulators.sqsEndpoint(), StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")),
                    // S3Proxy's Jetty drops idle keep-alive connections that HttpURLConnection then reuses for
                    // 100-continue uploads; the Apache client checks a pooled connection before reusing it.
                    ApacheHttpClient.builder().build(), interceptors);
            return new LocalPipeline(emulators, clients, null, template, maxObjectBytes, verbose, writes);
        } catch (RuntimeException e) {
            emulators.close();
            throw e;
        }
    }

    /**
     * S3's notifications for the objects the handlers themselves write to the articles bucket (an inbox upload placed
     * in its story): recorded as each call succeeds, delivered when the handler is done, as S3 would deliver them.
     */
    static final class HandlerWrites implements ExecutionInterceptor {
        private final String bucket;
        private final java.util.concurrent.ConcurrentLinkedQueue<String[]> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();

        HandlerWrites(String bucket) {
            this.bucket = bucket;
        }

        @Override
        public void afterExecution(software.amazon.awssdk.core.interceptor.Context.AfterExecution context,
                                   software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
            if (invokingFunction().isEmpty()) {
                return;
            }
            if (context.request() instanceof software.amazon.awssdk.services.s3.model.PutObjectRequest put
                    && bucket.equals(put.bucket())) {
                pending.add(new String[] {"created", put.key()});
            } else if (context.request() instanceof software.amazon.awssdk.services.s3.model.DeleteObjectRequest delete
                    && bucket.equals(delete.bucket())) {
                pending.add(new String[] {"removed", delete.key()});
            }
        }
    }

    /** Delivers the notifications for what the handlers wrote; returns their outcomes, one per line. */
    private String notifyWrites() {
        StringBuilder out = new StringBuilder();
        for (String[] w = writes.pending.poll(); w != null; w = writes.pending.poll()) {
            String key = w[1];
            out.append('\n').append(w[0].equals("created") ? deliverObjectCreated(key) : deliverObjectRemoved(key));
        }
        return out.toString();
    }

    /** The template's logical id of the function whose handler runs on this thread, if one does. */
    public static Optional<String> invokingFunction() {
        return Optional.ofNullable(INVOKING.get());
    }

    private static <T> T invoke(String logicalId, Supplier<T> handler) {
        String outer = INVOKING.get();
        INVOKING.set(logicalId);
        try {
            return handler.get();
        } finally {
            INVOKING.set(outer);
        }
    }

    public boolean embedded() {
        return emulators != null;
    }

    public DriftPipeline pipeline() {
        return pipeline;
    }

    public AwsClients clients() {
        return clients;
    }

    public Template template() {
        return template;
    }

    public LocalResources.Queues queues() {
        return queues;
    }

    /** Uploads to the articles bucket, then delivers the notification S3 would send for it. */
    public String upload(String key, byte[] body, Map<String, String> metadata) {
        put(key, body, metadata);
        return deliverObjectCreated(key);
    }

    /** Uploads without a notification (to model a delayed or lost one). */
    public void put(String key, byte[] body, Map<String, String> metadata) {
        clients.s3().putObject(b -> b.bucket(template.articlesBucket()).key(key).metadata(metadata), RequestBody.fromBytes(body));
    }

    /** Delivers an ObjectCreated notification for the object as it is now; again for a redelivery. */
    public String deliverObjectCreated(String key) {
        HeadObjectResponse head = clients.s3().headObject(b -> b.bucket(template.articlesBucket()).key(key));
        return deliverObjectCreated(key, head.contentLength(), head.eTag().replace("\"", ""));
    }

    /** Delivers a notification for an object that may no longer exist. */
    public String deliverObjectCreated(String key, long size, String etag) {
        String json = LambdaEvents.objectCreatedJson(Template.LOCAL_REGION, template.articlesBucket(), key, size, etag,
                String.format("%016X", sequencer.incrementAndGet()));
        return invoke("AnalyzeFunction", () -> analyze.handleRequest(LambdaEvents.s3(json), new LocalContext("analyze", verbose)))
                + notifyWrites();
    }

    /** Deletes from the articles bucket, then delivers the notification S3 would send for it. */
    public String delete(String key) {
        clients.s3().deleteObject(b -> b.bucket(template.articlesBucket()).key(key));
        return deliverObjectRemoved(key);
    }

    public String deliverObjectRemoved(String key) {
        String json = LambdaEvents.objectRemovedJson(Template.LOCAL_REGION, template.articlesBucket(), key,
                String.format("%016X", sequencer.incrementAndGet()));
        return invoke("AnalyzeFunction", () -> analyze.handleRequest(LambdaEvents.s3(json), new LocalContext("analyze", verbose)))
                + notifyWrites();
    }

    /** Delivers an S3 notification exactly as given (LocalStack's own, read from its queue). */
    public String deliverS3Event(String json) {
        return invoke("AnalyzeFunction", () -> analyze.handleRequest(LambdaEvents.s3(json), new LocalContext("analyze", verbose)))
                + notifyWrites();
    }

    /** What Lambda's scheduler does: one scheduled event to the batch function. */
    public String runBatch() {
        String json = LambdaEvents.scheduledJson(Template.LOCAL_REGION, Template.LOCAL_ACCOUNT,
                "arn:aws:events:" + Template.LOCAL_REGION + ":" + Template.LOCAL_ACCOUNT + ":rule/drift-nightly");
        return invoke("BatchFunction", () -> batch.handleRequest(LambdaEvents.scheduled(json), new LocalContext("batch", verbose)));
    }

    public record Drained(int delivered, int failed) {
    }

    /**
     * What Lambda's SQS event source does, until the queue is empty: receive up to ten messages, invoke the worker,
     * delete the messages it did not report as failed. Failed ones reappear after the visibility timeout.
     */
    public Drained drainWorkQueue() {
        String queueArn = clients.sqs().getQueueAttributes(b -> b.queueUrl(queues.work()).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        int delivered = 0;
        int failed = 0;
        // Gives up only after two minutes without a message: a long queue drains however long it takes.
        long idleLimit = 120_000_000_000L;
        long deadline = System.nanoTime() + idleLimit;
        while (System.nanoTime() < deadline) {
            List<Message> messages = clients.sqs().receiveMessage(b -> b.queueUrl(queues.work()).maxNumberOfMessages(10)
                    .waitTimeSeconds(0).messageSystemAttributeNamesWithStrings("All")).messages();
            if (messages.isEmpty()) {
                Map<QueueAttributeName, String> a = clients.sqs().getQueueAttributes(b -> b.queueUrl(queues.work()).attributeNames(
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
                if ("0".equals(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                        && "0".equals(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))) {
                    break;
                }
                sleep(100);
                continue;
            }
            deadline = System.nanoTime() + idleLimit;
            SQSBatchResponse response = invoke("WorkerFunction", () -> worker.handleRequest(
                    LambdaEvents.sqs(LambdaEvents.sqsJson(Template.LOCAL_REGION, queueArn, messages)), new LocalContext("worker", verbose)));
            notifyWrites();
            Set<String> failedIds = new HashSet<>();
            response.getBatchItemFailures().forEach(f -> failedIds.add(f.getItemIdentifier()));
            for (Message m : messages) {
                delivered++;
                if (failedIds.contains(m.messageId())) {
                    failed++;
                } else {
                    clients.sqs().deleteMessage(b -> b.queueUrl(queues.work()).receiptHandle(m.receiptHandle()));
                }
            }
        }
        return new Drained(delivered, failed);
    }

    @Override
    public void close() {
        if (!owner) {
            return;
        }
        clients.s3().close();
        clients.dynamo().close();
        clients.sqs().close();
        if (sns != null) {
            sns.close();
        }
        if (emulators != null) {
            emulators.close();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
