#!/usr/bin/env bash
# The edge benchmark: bench/edge/run.sh   (see bench/README.md, "Edge tier")
# Two nodes of the jar on a fresh PostgreSQL database with the demo newsroom, Varnish with bench/edge/dastan.vcl in
# front of them, and nginx serving one article page's bytes as a static file, all started here. After a warm-up,
# wrk (32 connections, 2 threads, Accept-Encoding: gzip, as bench/run.sh) drives the static file through nginx
# (its compressed bytes beside it, gzip_static), then every demo article
# page through Varnish, plain and with random tracking parameters on each request, and prints req/s, p50, p99,
# errors, the ratio to nginx and Varnish's hits and misses. Then editors save an article's title on node A and on
# node B and the time until the new title shows through Varnish is printed (median and max).
# Environment: DURATION (per row, default 20s), JAVA_OPTS (default -Xmx512m), EDITS_PER_NODE (10),
# START_TIMEOUT (seconds, 180), VARNISH_MEMORY (256m). Needs what purge-check.sh needs, plus wrk and nginx.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/bench/lib.sh"
. "$ROOT/bench/edge/lib.sh"
JAR=$ROOT/cms-admin/target/cms-admin-0.1.0-SNAPSHOT.jar
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
DURATION=${DURATION:-20s}
export VARNISH_MEMORY=${VARNISH_MEMORY:-256m}
DB=dastan_edge_bench
export DASTAN_ADMIN_PASSWORD=${DASTAN_ADMIN_PASSWORD:-edge bench on the Naryn river}
TMP=$(mktemp -d)
chmod 755 "$TMP" # nginx's workers read the page as their own user
PIDS=()
trap bench_cleanup EXIT INT TERM
trap 'echo "bench/edge/run.sh: failed at line $LINENO" >&2' ERR

[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
PORT_A=$(bench_free_port) PORT_B=$(bench_free_port) PORT_V=$(bench_free_port) PORT_N=$(bench_free_port)
EDGE=http://127.0.0.1:$PORT_V
edge_database $DB
edge_varnish "$PORT_V" "$PORT_A" "$PORT_B"
edge_node a "$PORT_A" $DB "$EDGE"
edge_node b "$PORT_B" $DB "$EDGE"
bench_wait_healthy "http://127.0.0.1:$PORT_A" "${PIDS[1]}" "${START_TIMEOUT:-180}" "$TMP/node-a.log"
bench_wait_healthy "http://127.0.0.1:$PORT_B" "${PIDS[2]}" "${START_TIMEOUT:-180}" "$TMP/node-b.log"
edge_serving "$PORT_V"

# The demo's article pages, from the sitemap.
curl -sf "$EDGE/sitemap.xml" | grep -o '<loc>[^<]*/articles/[^<]*' | sed 's|.*/articles/|/articles/|' >"$TMP/article"
cp "$TMP/article" "$TMP/tracking"
bench_nginx "$EDGE$(head -1 "$TMP/article")" "$PORT_N"
echo /article.html >"$TMP/static"

drive() { # paths base duration -> "req/s p50 p99 errors requests"
  wrk -t2 -c32 -d"$3" --timeout 5s -s "$ROOT/bench/rotate.lua" "$2" -- "$TMP/$1" \
    "$([ "$1" = tracking ] && echo tracking)" | grep '^RESULT' | cut -d' ' -f2-
}
counter() { varnishstat -n "$TMP/varnish" -1 -f "MAIN.$1" | awk '{ print $2 }'; }
echo "Warming up: $(wc -l <"$TMP/article") article pages through Varnish, then 5 s of each row"
sed "s|^|$EDGE|" "$TMP/article" | xargs -P 8 -I{} curl -s -o /dev/null {}
drive static "http://127.0.0.1:$PORT_N" 5s >/dev/null
drive article "$EDGE" 5s >/dev/null

echo "== $(wc -l <"$TMP/article") demo article pages; nginx serves the first, $(wc -c <"$TMP/www/article.html") bytes, \
$(wc -c <"$TMP/www/article.html.gz") compressed \
(load: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-28s %9s %8s %8s %7s %7s\n' row 'req/s' 'p50 ms' 'p99 ms' errors ratio
read -r static_rps p50 p99 errors _ <<<"$(drive static "http://127.0.0.1:$PORT_N" "$DURATION")"
printf '%-28s %9s %8s %8s %7s %7s\n' 'static file (nginx)' "$static_rps" "$p50" "$p99" "$errors" 1.00
for row in article tracking; do
  hits=$(counter cache_hit) misses=$(counter cache_miss)
  read -r rps p50 p99 errors _ <<<"$(drive $row "$EDGE" "$DURATION")"
  printf '%-28s %9s %8s %8s %7s %7s  (Varnish: %s hits, %s misses)\n' "$row (Varnish)" "$rps" "$p50" "$p99" \
    "$errors" "$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.2f", a / b }')" \
    $(($(counter cache_hit) - hits)) $(($(counter cache_miss) - misses))
done

echo "== Edits through the admin, each node's copy and Varnish's kept before each (load: $(cut -d' ' -f1-3 /proc/loadavg))"
python3 "$ROOT/bench/edge/purge_check.py" "$EDGE" "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B" edits
