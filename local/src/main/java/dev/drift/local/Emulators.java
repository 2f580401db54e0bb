package dev.drift.local;

import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;

/**
 * DynamoDB Local, S3Proxy and ElasticMQ started in this JVM, each on a free loopback port. They speak the real
 * AWS wire protocols, so the SDK clients talk to them exactly as they would to AWS.
 */
public final class Emulators implements AutoCloseable {
    private final DynamoDBProxyServer dynamo;
    private final S3Proxy s3;
    private final SQSRestServer sqs;
    private final URI dynamoEndpoint;
    private final URI s3Endpoint;
    private final URI sqsEndpoint;

    private Emulators(DynamoDBProxyServer dynamo, URI dynamoEndpoint, S3Proxy s3, URI s3Endpoint, SQSRestServer sqs,
                      URI sqsEndpoint) {
        this.dynamo = dynamo;
        this.dynamoEndpoint = dynamoEndpoint;
        this.s3 = s3;
        this.s3Endpoint = s3Endpoint;
        this.sqs = sqs;
        this.sqsEndpoint = sqsEndpoint;
    }

    public static Emulators start() {
        return start(null);
    }

    /**
     * With a data folder, DynamoDB Local keeps its database file in {@code data/dynamodb} and S3Proxy its objects in
     * {@code data/s3}, so a later start finds them again; without one, both keep everything in memory. ElasticMQ's
     * queues are always in memory: the batch re-queues whatever a stopped run left unanalysed.
     */
    public static Emulators start(Path folder) {
        // S3Proxy's file store lists nothing under a relative base folder: always hand it an absolute one.
        Path data = folder == null ? null : folder.toAbsolutePath().normalize();
        try {
            int dynamoPort = freePort();
            DynamoDBProxyServer dynamo = dynamoLocal(dynamoPort, data);
            Properties s3Properties = new Properties();
            String s3Store = "transient";
            if (data != null) {
                s3Store = "filesystem";
                s3Properties.setProperty("jclouds.filesystem.basedir", Files.createDirectories(data.resolve("s3")).toString());
            }

            int s3Port = freePort();
            URI s3Endpoint = URI.create("http://127.0.0.1:" + s3Port);
            S3Proxy s3 = S3Proxy.builder().blobStore(BlobStores.create(s3Store, s3Properties)).endpoint(s3Endpoint)
                    .awsAuthentication(AuthenticationType.NONE, null, null).build();
            s3.start();
            while (!s3.getState().equals("STARTED")) {
                Thread.sleep(10);
            }

            int sqsPort = freePort();
            SQSRestServer sqs = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(sqsPort).start();
            sqs.waitUntilStarted();
            return new Emulators(dynamo, URI.create("http://127.0.0.1:" + dynamoPort), s3, s3Endpoint, sqs,
                    URI.create("http://127.0.0.1:" + sqsPort));
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded emulators: " + e.getMessage(), e);
        }
    }

    /** DynamoDB Local alone, for reading stored results: {@code data/dynamodb}, or in memory when data is null. */
    static DynamoDBProxyServer dynamoLocal(int port, Path data) throws Exception {
        List<String> args = new ArrayList<>(List.of("-port", Integer.toString(port), "-disableTelemetry"));
        if (data == null) {
            args.add("-inMemory");
        } else {
            // One database file whatever the credentials and region, as one user's folder should be.
            args.addAll(List.of("-sharedDb", "-dbPath", Files.createDirectories(data.resolve("dynamodb")).toString()));
        }
        return quietly(() -> {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            server.start();
            return server;
        });
    }

    static int freeLoopbackPort() throws IOException {
        return freePort();
    }

    public URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    public URI s3Endpoint() {
        return s3Endpoint;
    }

    public URI sqsEndpoint() {
        return sqsEndpoint;
    }

    @Override
    public void close() {
        try {
            sqs.stopAndWait();
        } catch (RuntimeException ignored) {
            // shutting down anyway
        }
        try {
            s3.stop();
        } catch (Exception ignored) {
            // shutting down anyway
        }
        try {
            dynamo.stop();
        } catch (Exception ignored) {
            // shutting down anyway
        }
    }

    private interface Starter<T> {
        T start() throws Exception;
    }

    /** DynamoDB Local prints its configuration banner on standard output, which is the run's own report. */
    private static <T> T quietly(Starter<T> starter) throws Exception {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return starter.start();
        } finally {
            System.setOut(out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
