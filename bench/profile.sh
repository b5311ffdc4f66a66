#!/usr/bin/env bash
# Profiles fresh renders: bench/profile.sh [articles]   (default 1000; the dataset bench/run.sh generated)
# Starts the jar with the page cache off on the bench dataset, drives one page kind with wrk while Java Flight Recorder
# samples every thread, then prints the hottest methods (own time, then with callees, via `jfr view` of a JDK 21 or
# later) and the classes most allocated. Environment: PAGE (article, home or tag; default article), DURATION (30s),
# PORT (18090), PAGE_CACHE=true (profile kept pages instead), EXTRA_ARGS (more arguments for the jar), JAVA (java), JFR_TOOL (the jfr of a JDK 21+, default the Temurin 25 one), JAVA_OPTS (-Xmx512m).
# The recording stays in bench/work/profile-<page>.jfr for a flame graph (e.g. JDK Mission Control).
set -euo pipefail
ARTICLES=${1:-1000}
PAGE=${PAGE:-article}
PORT=${PORT:-18090}
JAVA=${JAVA:-java}
JFR_TOOL=${JFR_TOOL:-$(ls /usr/lib/jvm/temurin-2*/bin/jfr 2>/dev/null | tail -1)}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
JAR=${JAR:-$ROOT/cms-admin/target/cms-admin-0.1.0-SNAPSHOT.jar}
WORK=$BENCH/work/${DATABASE:-h2}-$ARTICLES
RECORDING=$BENCH/work/profile-$PAGE.jfr
. "$BENCH/lib.sh"
[ -f "$WORK/generated" ] || { echo "No dataset in $WORK: run bench/run.sh $ARTICLES first (GENERATE_ONLY=1 is enough)"; exit 1; }
export DASTAN_ADMIN_PASSWORD=${DASTAN_ADMIN_PASSWORD:-bench run on the Karakum 1000}
TMP=$(mktemp -d)
cleanup() { [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT INT TERM

"$JAVA" ${JAVA_OPTS:--Xmx512m} -XX:FlightRecorderOptions:stackdepth=512 -jar "$JAR" --server.port=$PORT --dastan.cache.pages.enabled=${PAGE_CACHE:-false} \
  --dastan.media-dir=$WORK/data/media \
  --spring.jpa.properties.hibernate.search.backend.directory.root=$WORK/data/index \
  "--spring.datasource.url=jdbc:h2:file:$WORK/data/dastan;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" ${EXTRA_ARGS:-} >"$TMP/app.log" 2>&1 &
APP=$!
bench_wait_healthy "http://127.0.0.1:$PORT" $APP 300 "$TMP/app.log"
BASE=http://127.0.0.1:$PORT
case $PAGE in
  article)
    sitemap=$(curl -sf "$BASE/sitemap.xml")
    if grep -q '<sitemapindex' <<<"$sitemap"; then
      sitemap=$(curl -sf "$(grep -o '<loc>[^<]*/sitemaps/articles-[^<]*' <<<"$sitemap" | awk 'NR == 1' | sed 's/<loc>//')")
    fi
    grep -o '<loc>[^<]*/articles/[^<]*' <<<"$sitemap" | sed 's|.*/articles/|/articles/|' | awk 'NR <= 200' ;;
  home) printf '/\n/?page=2\n/?page=3\n' ;;
  tag) for i in $(seq 1 50); do echo "/tags/bench-topic-$i"; done ;;
esac >"$TMP/paths"
# Warm up the JIT before recording.
wrk -t2 -c8 -d15s -s "$BENCH/rotate.lua" "$BASE" -- "$TMP/paths" >/dev/null
jcmd $APP JFR.start name=profile settings=profile filename="$RECORDING" >/dev/null
wrk -t2 -c${CONNECTIONS:-8} -d"${DURATION:-30s}" -s "$BENCH/rotate.lua" "$BASE" -- "$TMP/paths" | grep RESULT |
  awk '{ printf "%s fresh renders: %s req/s, p50 %s ms, p99 %s ms, %s errors\n", "'"$PAGE"'", $2, $3, $4, $5 }'
jcmd $APP JFR.stop name=profile >/dev/null
"$JFR_TOOL" view --width 160 hot-methods "$RECORDING" | head -30
"$JFR_TOOL" print --json --stack-depth 200 --events jdk.ExecutionSample "$RECORDING" | python3 "$BENCH/jfr_top.py" 45
"$JFR_TOOL" view --width 160 allocation-by-class "$RECORDING" | head -20
