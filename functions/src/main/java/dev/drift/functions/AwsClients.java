package dev.drift.functions;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The three SDK clients, sharing one HTTP client. Built once per container and reused by every invocation. */
public record AwsClients(S3Client s3, DynamoDbClient dynamo, SqsClient sqs) {

    /** Clients for AWS, or for one endpoint that serves all services (LocalStack) when the config names one. */
    public static AwsClients create(PipelineConfig config) {
        URI e = config.endpoint().orElse(null);
        return create(config.region(), e, e, e, DefaultCredentialsProvider.builder().build());
    }

    /** The client of the drift-alert topic, for AWS or the config's endpoint (LocalStack). */
    public static SnsClient sns(PipelineConfig config) {
        return sns(config.region(), config.endpoint().orElse(null), DefaultCredentialsProvider.builder().build(),
                UrlConnectionHttpClient.builder().build());
    }

    public static SnsClient sns(String region, URI endpoint, AwsCredentialsProvider credentials, SdkHttpClient http) {
        var sns = SnsClient.builder().region(Region.of(region)).httpClient(http).credentialsProvider(credentials);
        if (endpoint != null) {
            sns.endpointOverride(endpoint);
        }
        return sns.build();
    }

    /** Clients with one endpoint per service, as the embedded emulators need (each listens on its own port). */
    public static AwsClients create(String region, URI s3Endpoint, URI dynamoEndpoint, URI sqsEndpoint,
                                    AwsCredentialsProvider credentials) {
        return create(region, s3Endpoint, dynamoEndpoint, sqsEndpoint, credentials, UrlConnectionHttpClient.builder().build());
    }

    /** As above with a given HTTP client (the emulators need one that checks pooled connections before reuse). */
    public static AwsClients create(String region, URI s3Endpoint, URI dynamoEndpoint, URI sqsEndpoint,
                                    AwsCredentialsProvider credentials, SdkHttpClient http) {
        return create(region, s3Endpoint, dynamoEndpoint, sqsEndpoint, credentials, http, List.of());
    }

    /** As above, with interceptors that observe every call (the permission test records what each function calls). */
    public static AwsClients create(String region, URI s3Endpoint, URI dynamoEndpoint, URI sqsEndpoint,
                                    AwsCredentialsProvider credentials, SdkHttpClient http,
                                    List<ExecutionInterceptor> interceptors) {
        Region r = Region.of(region);
        ClientOverrideConfiguration observed = ClientOverrideConfiguration.builder().executionInterceptors(interceptors).build();
        var s3 = S3Client.builder().region(r).httpClient(http).credentialsProvider(credentials).overrideConfiguration(observed);
        if (s3Endpoint != null) {
            // Emulators and LocalStack serve buckets by path, not by virtual host name.
            s3.endpointOverride(s3Endpoint).forcePathStyle(true);
        }
        var dynamo = DynamoDbClient.builder().region(r).httpClient(http).credentialsProvider(credentials).overrideConfiguration(observed);
        if (dynamoEndpoint != null) {
            dynamo.endpointOverride(dynamoEndpoint);
        }
        var sqs = SqsClient.builder().region(r).httpClient(http).credentialsProvider(credentials).overrideConfiguration(observed);
        if (sqsEndpoint != null) {
            sqs.endpointOverride(sqsEndpoint);
        }
        return new AwsClients(s3.build(), dynamo.build(), sqs.build());
    }
}
