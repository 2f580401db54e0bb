package dev.drift.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import dev.drift.functions.AwsClients;

class EmulatorsSmokeTest {
    @Test
    void allThreeAnswer() {
        try (Emulators e = Emulators.start()) {
            AwsClients c = AwsClients.create("us-east-1", e.s3Endpoint(), e.dynamoEndpoint(), e.sqsEndpoint(),
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
            c.s3().createBucket(b -> b.bucket("bucket-one"));
            c.s3().putObject(b -> b.bucket("bucket-one").key("a b/é.txt").metadata(java.util.Map.of("original", "x")),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("hello"));
            var r = c.s3().getObject(b -> b.bucket("bucket-one").key("a b/é.txt"));
            System.out.println(r.response());
            assertEquals(0, c.dynamo().listTables().tableNames().size());
            c.sqs().createQueue(b -> b.queueName("q"));
            System.out.println(c.sqs().listQueues().queueUrls());
        }
    }
}
