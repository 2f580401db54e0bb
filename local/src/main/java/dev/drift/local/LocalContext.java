package dev.drift.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The invocation context a local run hands to a handler; its log goes to standard error when verbose. */
final class LocalContext implements Context {
    private final String functionName;
    private final boolean verbose;

    LocalContext(String functionName, boolean verbose) {
        this.functionName = functionName;
        this.verbose = verbose;
    }

    @Override
    public String getAwsRequestId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + Template.LOCAL_REGION + ":" + Template.LOCAL_ACCOUNT + ":function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    /** Lambda's longest timeout: a local run has no invocation limit, so the configured budget always applies. */
    @Override
    public int getRemainingTimeInMillis() {
        return 900_000;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 3008;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                if (verbose) {
                    System.err.println("[" + functionName + "] " + message);
                }
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
