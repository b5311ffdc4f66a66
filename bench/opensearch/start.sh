#!/usr/bin/env bash
# Starts one OpenSearch 2.19 node from Maven Central's jars (OpenSearchNode.java; no Docker) in the background on
# 127.0.0.1 and waits until GET /_cluster/health answers. Usage: bench/opensearch/start.sh [HTTP_PORT [DIR]]
#   HTTP_PORT  9200 by default; the transport takes a free port 100-199 above it
#   DIR        the node's data, log (node.log) and pid file (node.pid); bench/work/opensearch-PORT by default, kept
#              between runs
# OPENSEARCH_JAVA_OPTS sets the heap (-Xms256m -Xmx512m). Prints the pid; stop it with kill "$(cat DIR/node.pid)".
# Runs as root too: embedding the node skips the distribution's launcher, which refuses root.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PORT=${1:-9200}
DIR=${2:-$ROOT/bench/work/opensearch-$PORT}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)

if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/_cluster/health" 2>/dev/null; then
  echo "Something already answers on http://127.0.0.1:$PORT/_cluster/health; not starting another node" >&2
  exit 1
fi

# Compiles the launcher and lists its class path (Maven resolves and caches the jars once).
"$ROOT/mvnw" -q -B -ntp -f "$HERE/pom.xml" compile dependency:build-classpath \
  -Dmdep.outputFile="$HERE/target/classpath.txt" -Dspring-javaformat.skip=true
nohup java ${OPENSEARCH_JAVA_OPTS:--Xms256m -Xmx512m} -cp "$HERE/target/classes:$(cat "$HERE/target/classpath.txt")" \
  org.dastan.bench.opensearch.OpenSearchNode "$PORT" "$DIR" >"$DIR/node.log" 2>&1 </dev/null &
pid=$!
echo $pid >"$DIR/node.pid"

started=$(date +%s)
until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null; do
  if ! kill -0 $pid 2>/dev/null; then
    echo "OpenSearch ended at start; its log:" >&2
    tail -40 "$DIR/node.log" >&2
    exit 1
  fi
  if [ $(($(date +%s) - started)) -gt ${START_TIMEOUT:-120} ]; then
    echo "OpenSearch did not answer within ${START_TIMEOUT:-120} s; its log:" >&2
    tail -40 "$DIR/node.log" >&2
    kill $pid 2>/dev/null || true
    exit 1
  fi
  sleep 0.5
done
echo "OpenSearch is up on http://127.0.0.1:$PORT in $(($(date +%s) - started)) s (pid $pid, data and log in $DIR)" >&2
echo $pid
