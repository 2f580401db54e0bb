#!/bin/bash
# LocalStack ready hook: the resources of template.yaml for a stack named "drift" in account 000000000000
# (TemplateTest checks that the names here match the template). If the functions jar is mounted, it also deploys
# the three functions and wires the bucket notifications, the work-queue event source and the schedule.
set -euo pipefail
region=us-east-1
account=000000000000
articles=drift-articles-000000000000
results=drift-results-000000000000

for bucket in "$articles" "$results"; do
  awslocal s3api create-bucket --bucket "$bucket" >/dev/null 2>&1 || true
done
awslocal s3api put-bucket-versioning --bucket "$articles" --versioning-configuration Status=Enabled

awslocal dynamodb create-table --table-name drift-results --billing-mode PAY_PER_REQUEST \
  --attribute-definitions AttributeName=pk,AttributeType=S AttributeName=sk,AttributeType=S \
    AttributeName=story,AttributeType=S AttributeName=drift,AttributeType=N \
    AttributeName=status,AttributeType=S AttributeName=analyzedAt,AttributeType=S \
    AttributeName=originalKey,AttributeType=S AttributeName=reprintKey,AttributeType=S \
  --key-schema AttributeName=pk,KeyType=HASH AttributeName=sk,KeyType=RANGE \
  --global-secondary-indexes \
    '[{"IndexName":"ByStory","KeySchema":[{"AttributeName":"story","KeyType":"HASH"},{"AttributeName":"drift","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}},
      {"IndexName":"ByStatus","KeySchema":[{"AttributeName":"status","KeyType":"HASH"},{"AttributeName":"analyzedAt","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}},
      {"IndexName":"ByOriginal","KeySchema":[{"AttributeName":"originalKey","KeyType":"HASH"},{"AttributeName":"reprintKey","KeyType":"RANGE"}],"Projection":{"ProjectionType":"KEYS_ONLY"}}]' \
  >/dev/null 2>&1 || echo "table drift-results already exists"

awslocal sqs create-queue --queue-name drift-work-dlq >/dev/null
awslocal sqs create-queue --queue-name drift-failed-events >/dev/null
awslocal sns create-topic --name drift-drift-alerts >/dev/null
awslocal sqs create-queue --queue-name drift-work --attributes "{\"VisibilityTimeout\":\"2520\",\"RedrivePolicy\":\"{\\\"deadLetterTargetArn\\\":\\\"arn:aws:sqs:$region:$account:drift-work-dlq\\\",\\\"maxReceiveCount\\\":\\\"3\\\"}\"}" >/dev/null
work_url="http://sqs.$region.localhost.localstack.cloud:4566/$account/drift-work"

jar=$(ls /opt/drift/drift-functions-*-lambda.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then
  echo "drift: resources created; no functions jar mounted, so no functions or notifications (use sam local invoke)."
  exit 0
fi
mkdir -p /tmp/drift/lib && cp "$jar" /tmp/drift/lib/ && (cd /tmp/drift && zip -qr /tmp/drift.zip lib)
env="Variables={ARTICLES_BUCKET=$articles,RESULTS_BUCKET=$results,RESULTS_TABLE=drift-results,WORK_QUEUE_URL=$work_url,DRIFT_ALERT_TOPIC_ARN=arn:aws:sns:$region:$account:drift-drift-alerts,ALERT_OVERALL_AT_LEAST=0.7,AWS_ENDPOINT_URL=http://localhost.localstack.cloud:4566}"
for fn in analyze:AnalyzeHandler worker:WorkerHandler batch:BatchHandler; do
  name=drift-${fn%%:*}
  awslocal lambda create-function --function-name "$name" --runtime java21 --memory-size 3008 --timeout 420 \
    --handler "dev.drift.functions.${fn##*:}::handleRequest" --zip-file fileb:///tmp/drift.zip \
    --role "arn:aws:iam::$account:role/drift" --environment "$env" >/dev/null
  awslocal lambda wait function-active-v2 --function-name "$name"
done
awslocal lambda put-function-event-invoke-config --function-name drift-analyze --maximum-retry-attempts 2 \
  --destination-config "{\"OnFailure\":{\"Destination\":\"arn:aws:sqs:$region:$account:drift-failed-events\"}}" >/dev/null
awslocal s3api put-bucket-notification-configuration --bucket "$articles" --notification-configuration "{
  \"LambdaFunctionConfigurations\": [
    {\"Id\":\"OriginalUploaded\",\"LambdaFunctionArn\":\"arn:aws:lambda:$region:$account:function:drift-analyze\",\"Events\":[\"s3:ObjectCreated:*\",\"s3:ObjectRemoved:*\"],
     \"Filter\":{\"Key\":{\"FilterRules\":[{\"Name\":\"prefix\",\"Value\":\"originals/\"}]}}},
    {\"Id\":\"ReprintUploaded\",\"LambdaFunctionArn\":\"arn:aws:lambda:$region:$account:function:drift-analyze\",\"Events\":[\"s3:ObjectCreated:*\",\"s3:ObjectRemoved:*\"],
     \"Filter\":{\"Key\":{\"FilterRules\":[{\"Name\":\"prefix\",\"Value\":\"reprints/\"}]}}}]}"
awslocal lambda create-event-source-mapping --function-name drift-worker --batch-size 2 \
  --event-source-arn "arn:aws:sqs:$region:$account:drift-work" --function-response-types ReportBatchItemFailures >/dev/null
awslocal events put-rule --name drift-nightly --schedule-expression "rate(1 day)" >/dev/null
awslocal events put-targets --rule drift-nightly --targets "Id=batch,Arn=arn:aws:lambda:$region:$account:function:drift-batch" >/dev/null
echo "drift: resources, functions and notifications ready"
