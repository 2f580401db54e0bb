package dev.drift.functions;

import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/** Alerts published to the drift-alert SNS topic, the analysis id as a message attribute for de-duplication. */
public final class SnsAlertPublisher implements AlertPublisher {
    public static final String ANALYSIS_ID = "analysisId";

    private final SnsClient sns;
    private final String topicArn;

    public SnsAlertPublisher(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public String publish(DriftAlert alert) {
        return sns.publish(b -> b.topicArn(topicArn).subject(alert.subject()).message(alert.body())
                .messageAttributes(Map.of(ANALYSIS_ID, MessageAttributeValue.builder().dataType("String")
                        .stringValue(alert.analysisId()).build()))).messageId();
    }
}
