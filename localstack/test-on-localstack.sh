#!/usr/bin/env bash
# Real LocalStack 4.14.0 as a host process (no Docker): installs it in a virtual environment, lays out DynamoDB Local
# from Maven Central where LocalStack expects it, starts it on 127.0.0.1, runs the pipeline tests against it through
# AWS_ENDPOINT_URL (including LocalStack's own S3 notifications to SQS feeding the handler), and stops it and every
# process it started. Exits non-zero when any step fails, so CI fails when LocalStack cannot run.
#
#   localstack/test-on-localstack.sh            # the pipeline tests against LocalStack
#   DRIFT_LOCALSTACK_HOME=/some/dir ...         # where the venv and DynamoDB Local live (default ~/.cache/drift-localstack)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

version=4.14.0 # the last release that runs without an account token
home=${DRIFT_LOCALSTACK_HOME:-$HOME/.cache/drift-localstack}
port=${LOCALSTACK_PORT:-4566}
venv=$home/venv
fs=$home/fs
lib=$fs/var/lib/localstack/lib
ddb=$lib/dynamodb-local/2
run=$(mktemp -d "${TMPDIR:-/tmp}/drift-localstack.XXXXXX")
log=$run/localstack.log
mkdir -p "$home" "$fs"

say() { echo "localstack: $*"; }
die() { echo "localstack: $*" >&2; exit 1; }

# ---------------------------------------------------------------- Python 3.12 and LocalStack in a venv
# 4.14.0 needs Python 3.13: it uses 3.12 syntax (3.11 fails on every call) and 3.13's warnings.deprecated (3.12
# loads no S3, SQS or DynamoDB provider). pyenv on these machines carries 3.13.
find_python() {
  local candidates=()
  if command -v pyenv >/dev/null; then
    candidates+=("$(pyenv root)"/versions/3.13.*/bin/python3 "$(pyenv root)"/versions/3.14.*/bin/python3)
  fi
  candidates+=("$(command -v python3.13 || true)" "$(command -v python3 || true)")
  for p in "${candidates[@]}"; do
    if [ -x "$p" ] && "$p" -c 'from warnings import deprecated' 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

if ! "$venv/bin/python" -c "from warnings import deprecated; import importlib.metadata as m; assert m.version('localstack-core') == '$version'" 2>/dev/null; then
  python=$(find_python) || die "needs Python 3.13 (pyenv install 3.13); LocalStack $version fails on older ones"
  say "installing LocalStack $version with $python into $venv"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  # Pins: newer releases of these break 4.14.0 (no component plugins; X509.add_extensions; service_identity).
  "$venv/bin/pip" install -q --disable-pip-version-check "localstack-core[runtime]==$version" \
    'cbor2<6' 'pyopenssl<26' 'localstack-twisted==25.5.0'
fi

# ---------------------------------------------------------------- DynamoDB Local, as LocalStack lays it out
if [ ! -f "$ddb/DynamoDBLocal.jar" ]; then
  say "laying out DynamoDB Local from Maven Central in $ddb"
  rm -rf "$ddb" && mkdir -p "$ddb/DynamoDBLocal_lib"
  ./mvnw -B -q -f localstack/dynamodb-local/pom.xml dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$ddb/DynamoDBLocal_lib"
  native=$(ls "$ddb"/DynamoDBLocal_lib/libsqlite4java-linux-amd64-*.so | head -1)
  mv "$native" "$ddb/DynamoDBLocal_lib/libsqlite4java-linux-amd64.so"
  rm -f "$ddb"/DynamoDBLocal_lib/*.dll "$ddb"/DynamoDBLocal_lib/*.dylib "$ddb"/DynamoDBLocal_lib/*-linux-*86*.so 2>/dev/null || true
  build=$run/ddb-build
  mkdir -p "$build/loader"
  # The launcher: a manifest that names the server's main class and every library jar.
  {
    echo "Main-Class: software.amazon.dynamodb.services.local.main.ServerRunner"
    printf 'Class-Path:'
    for j in "$ddb"/DynamoDBLocal_lib/*.jar; do printf ' \n DynamoDBLocal_lib/%s' "$(basename "$j")"; done
    echo
  } > "$build/launcher.mf"
  jar --create --file "$ddb/DynamoDBLocal.jar" --manifest "$build/launcher.mf"
  # LocalStack passes this as -javaagent (its own only lifts the 20-index limit): an agent that does nothing.
  cat > "$build/loader/Loader.java" <<'JAVA'
public final class Loader {
    public static void premain(String args, java.lang.instrument.Instrumentation inst) {
    }
}
JAVA
  javac -d "$build/loader" "$build/loader/Loader.java"
  printf 'Premain-Class: Loader\n' > "$build/loader.mf"
  jar --create --file "$ddb/ddb-local-loader-0.1.jar" --manifest "$build/loader.mf" -C "$build/loader" Loader.class
fi
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
mkdir -p "$lib/java"
ln -sfn "$java_home" "$lib/java/21" # DynamoDB Local 3.x runs on the machine's 17

# ---------------------------------------------------------------- start, and stop whatever we started
pid=
descendants() {
  local p=$1 c
  for c in $(pgrep -P "$p" 2>/dev/null); do
    echo "$c"
    descendants "$c"
  done
}
stop() {
  [ -n "$pid" ] || return 0
  local started
  started=$(descendants "$pid") # noted first: DynamoDB Local may outlive LocalStack
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true # the server loop sometimes hangs on shutdown
  wait "$pid" 2>/dev/null || true
  for c in $started; do kill -KILL "$c" 2>/dev/null || true; done
  say "stopped (pid $pid and ${started:+children $(echo $started)})"
  pid=
}
trap 'stop; [ -n "${KEEP_LOG:-}" ] && cp "$log" "$home/last.log"; rm -rf "$run"' EXIT
trap 'exit 130' INT TERM

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  die "port $port is taken; set LOCALSTACK_PORT"
fi
say "starting LocalStack $version on 127.0.0.1:$port (log $log)"
env -i PATH="$venv/bin:/usr/bin:/bin" HOME="$HOME" JAVA_HOME="$java_home" \
  OVERRIDE_IN_DOCKER=0 FILESYSTEM_ROOT="$fs" \
  GATEWAY_SERVER=hypercorn GATEWAY_LISTEN="127.0.0.1:$port" \
  SERVICES=s3,sqs,dynamodb,sns EAGER_SERVICE_LOADING=1 PERSISTENCE=0 SKIP_SSL_CERT_DOWNLOAD=1 \
  DISABLE_EVENTS=1 DNS_ADDRESS=0 SQS_ENDPOINT_STRATEGY=path LOCALSTACK_HOST="127.0.0.1:$port" \
  "$venv/bin/python" -m localstack.runtime.main > "$log" 2>&1 &
pid=$!

ready=
for _ in $(seq 120); do
  kill -0 "$pid" 2>/dev/null || { tail -20 "$log" >&2; die "LocalStack exited while starting"; }
  health=$(curl -s "http://127.0.0.1:$port/_localstack/health" || true)
  if [ -n "$health" ] && "$venv/bin/python" - "$health" <<'PY'
import json, sys
services = json.loads(sys.argv[1]).get("services", {})
sys.exit(0 if all(services.get(s) in ("running", "available") for s in ("s3", "sqs", "dynamodb", "sns")) else 1)
PY
  then ready=1; break; fi
  sleep 0.5
done
[ -n "$ready" ] || { tail -20 "$log" >&2; die "LocalStack not ready after 60 s"; }
case "$health" in *"\"version\": \"$version\""*) ;; *) die "the endpoint is not LocalStack $version: $health" ;; esac
say "ready: LocalStack $version, s3 sqs dynamodb sns running"

# ---------------------------------------------------------------- the pipeline tests against it
export AWS_ENDPOINT_URL="http://127.0.0.1:$port" AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1
set +e
tests=${LOCALSTACK_TESTS:-PipelineTest,ConsistencyTest,LocalStackNotificationTest,AlertsTest,InboxTest}
./mvnw -B -pl local -am verify -Dtest="$tests" \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee "$run/mvn.log" | grep -E 'Tests run:|FAIL|ERROR\]|BUILD' 
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] || { tail -40 "$log" >&2; die "the pipeline tests failed against LocalStack"; }
for t in ${tests//,/ }; do
  grep -h 'Tests run:' "local/target/surefire-reports/dev.drift.local.$t.txt" | sed 's/^/localstack: /'
done
say "pipeline tests passed against LocalStack $version at $AWS_ENDPOINT_URL"
