#!/usr/bin/env bash
# How long README's run command takes to be ready with the demo newsroom, on this machine: the extracted jar with the
# class data sharing archive the build records (cms-admin/target/dastan), and the plain jar beside it; each on a fresh
# data directory (a first start, which seeds the demo) and then again on that data (a restart). Ready means
# /actuator/health/readiness answers 200, which it does only after the demo is seeded; the home page is then checked
# to list the demo's articles. Builds the jar if there is none. RUNS (2) starts of each kind; prints the median.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
JAVA=${JAVA:-java}
RUNS=${RUNS:-2}
APP=$ROOT/cms-admin/target/dastan
PLAIN=$ROOT/cms-admin/target/cms-admin-0.1.0-SNAPSHOT.jar
export DASTAN_ADMIN_PASSWORD=${DASTAN_ADMIN_PASSWORD:-bench run on the Karakum 1000}
TMP=$(mktemp -d)
PIDS=()
trap bench_cleanup EXIT INT TERM

if [ ! -f "$APP/dastan.jsa" ] || [ ! -f "$PLAIN" ]; then
  (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
fi

# ready_in DATA_DIR JAVA_ARGS...: starts the CMS in DATA_DIR (its ./data), prints the seconds until it was ready.
ready_in() {
  local dir=$1 port start_ms pid
  shift
  port=$(bench_free_port)
  mkdir -p "$dir"
  start_ms=$(date +%s%3N)
  (cd "$dir" && exec "$JAVA" "$@" --server.port="$port" >>"$dir/app.log" 2>&1) &
  pid=$!
  PIDS+=("$pid")
  bench_wait_healthy "http://127.0.0.1:$port" "$pid" 300 "$dir/app.log" /actuator/health/readiness
  local ready_ms=$(($(date +%s%3N) - start_ms))
  local articles
  articles=$(curl -fsS "http://127.0.0.1:$port/" | grep -o 'href="/articles/[^"]*"' | sort -u | wc -l)
  [ "$articles" -ge 10 ] || { echo "the home page lists $articles articles, not the demo's" >&2; return 1; }
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  awk -v ms=$ready_ms 'BEGIN { printf "%.1f", ms / 1000 }'
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() {
  local label=$1 first="" again="" i
  shift
  for i in $(seq 1 "$RUNS"); do
    rm -rf "$TMP/run"
    first="$first $(ready_in "$TMP/run" "$@")"
    again="$again $(ready_in "$TMP/run" "$@")"
  done
  printf '%-58s first start %5s s (%s)   restart %5s s (%s)\n' "$label" "$(median <<<"$first")" "${first# }" \
    "$(median <<<"$again")" "${again# }"
}

echo "$(nproc) cores, $("$JAVA" -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')"
measure "README's command (extracted jar, class data sharing)" -XX:SharedArchiveFile="$APP/dastan.jsa" -jar "$APP/dastan.jar"
measure "plain jar (java -jar cms-admin-0.1.0-SNAPSHOT.jar)" -jar "$PLAIN"
