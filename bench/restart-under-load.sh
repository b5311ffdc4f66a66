#!/usr/bin/env bash
# Restart under load: bench/restart-under-load.sh
# Starts the built jar (cms-admin/target/cms-admin-0.1.0-SNAPSHOT.jar; builds nothing) on a fresh H2 database with the
# demo newsroom, on a random free port of 127.0.0.1, and keeps a steady stream of requests on public pages (kept and
# fresh: searches with random words) and admin pages (logged in as admin). Mid-load it sends SIGTERM, waits for the
# process to end, starts it again on the same data and port, and lets the load run on. Then it counts, per request:
#   ok       2xx, 3xx or 304
#   refused  no connection (the listener was closed or not yet open): not in flight, not a failure
#   failed   5xx, an empty or cut-off response, a read error or timeout: a request in flight that was lost
# and exits 1 when any failed. Environment: JAR, JAVA (java), WORKERS (public loops, 4), ADMIN_WORKERS (2),
# BEFORE (seconds of load before SIGTERM, 8), AFTER (seconds of load after the restart, 5), START_TIMEOUT (180).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
JAR=${JAR:-$ROOT/cms-admin/target/cms-admin-0.1.0-SNAPSHOT.jar}
JAVA=${JAVA:-java}
WORKERS=${WORKERS:-4}
ADMIN_WORKERS=${ADMIN_WORKERS:-2}
BEFORE=${BEFORE:-8}
AFTER=${AFTER:-5}
START_TIMEOUT=${START_TIMEOUT:-180}
export DASTAN_ADMIN_PASSWORD='restart bench on the Pamir highway'
[ -f "$JAR" ] || { echo "No jar at $JAR: build it first (./mvnw -B -ntp -q -pl cms-admin -am package -DskipTests)" >&2; exit 2; }

WORK=$(mktemp -d)
APP_PID=
WORKER_PIDS=()
cleanup() {
  touch "$WORK/stop"
  for pid in "${WORKER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

PORT=$(bench_free_port)
BASE=http://127.0.0.1:$PORT

start_app() {
  (cd "$WORK" && exec "$JAVA" -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
    --dastan.rates.import-enabled=false >>"$WORK/app.log" 2>&1) &
  APP_PID=$!
  bench_wait_healthy "$BASE" "$APP_PID" "$START_TIMEOUT" "$WORK/app.log" || exit 2
}

# One request; appends "<kind> <status> <curl exit> <url>" to the worker's log.
request() {
  local log=$1 url=$2 jar=${3:-} status code
  set +e
  status=$(curl -sS -o /dev/null --max-time 20 ${jar:+-b "$jar" -c "$jar"} -w '%{http_code}' "$url" 2>/dev/null)
  code=$?
  set -e
  local kind=ok
  if [ "$code" = 7 ]; then kind=refused
  elif [ "$code" != 0 ] || [ "${status:0:1}" = 5 ] || [ "$status" = 000 ]; then kind=failed
  fi
  echo "$kind $status $code $url" >>"$log"
}

public_worker() {
  local log=$WORK/public-$1.log n=0 paths=("/" "/articles/$ARTICLE" "/rates" "/feed" "/search?q=")
  while [ ! -f "$WORK/stop" ] && [ $n -lt 100000 ]; do
    local path=${paths[$((n % ${#paths[@]}))]}
    local separator='?'
    [ "$path" = "/search?q=" ] && path="/search?q=word$RANDOM" separator='&'
    request "$log" "$BASE$path${separator}utm_source=$RANDOM"
    n=$((n + 1))
  done
}

admin_worker() {
  local log=$WORK/admin-$1.log jar=$WORK/admin-$1.cookies n=0 paths=("/admin" "/admin/articles" "/admin/tags" "/admin/rates")
  bench_admin_login "$BASE" "$jar" || true
  while [ ! -f "$WORK/stop" ] && [ $n -lt 100000 ]; do
    request "$log" "$BASE${paths[$((n % ${#paths[@]}))]}" "$jar"
    # A restart ends the session's connection, not the session (kept in the database); a login page means log in again.
    if tail -1 "$log" | grep -q ' 302 '; then bench_admin_login "$BASE" "$jar" || true; fi
    n=$((n + 1))
  done
}

echo "Starting $JAR on $BASE (work directory $WORK)"
start_app
ARTICLE=$(curl -sS "$BASE/" | grep -o 'href="/articles/[^"?]*"' | head -1 | sed 's|href="/articles/||; s|"$||')
[ -n "$ARTICLE" ] || { echo "No article on the front page" >&2; exit 2; }
for ((w = 1; w <= WORKERS; w++)); do public_worker "$w" & WORKER_PIDS+=($!); done
for ((w = 1; w <= ADMIN_WORKERS; w++)); do admin_worker "$w" & WORKER_PIDS+=($!); done

sleep "$BEFORE"
echo "SIGTERM to $APP_PID"
kill -TERM "$APP_PID"
for ((i = 0; i < 120; i++)); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$APP_PID" 2>/dev/null; then echo "Still running 60 s after SIGTERM" >&2; exit 1; fi
wait "$APP_PID" 2>/dev/null || true
echo "Stopped; restarting"
start_app
sleep "$AFTER"
touch "$WORK/stop"
for pid in "${WORKER_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
WORKER_PIDS=()

cat "$WORK"/public-*.log "$WORK"/admin-*.log >"$WORK/all.log"
ok=$(grep -c '^ok ' "$WORK/all.log" || true)
refused=$(grep -c '^refused ' "$WORK/all.log" || true)
failed=$(grep -c '^failed ' "$WORK/all.log" || true)
closed=$(grep -c 'already closed' "$WORK/app.log" || true)
echo "requests: ok $ok, refused (not in flight) $refused, failed in flight $failed; \"already closed\" in the log: $closed"
grep '^failed ' "$WORK/all.log" | sort | uniq -c | sort -rn | head -10
[ "$failed" = 0 ] && [ "$closed" = 0 ]
