#!/usr/bin/env bash
# The edge tier, checked: two nodes of the jar on one fresh PostgreSQL database, Varnish with bench/edge/dastan.vcl in
# front of them, and each node telling Varnish what it changes (--dastan.edge.purge-urls). Prints PASS or FAIL for:
#   publish   an article published on node B is on the home page through Varnish within 1 s (the home page was
#             kept before: the publication purged it)
#   hit       the article's page through Varnish is a MISS, then a HIT; tracking parameters and another reader of
#             the same language get the same copy; a Russian reader gets a Russian copy
#   edits     the article's title edited through the admin 10 times on node A and 10 times on node B: each time the
#             page through Varnish shows the new title within 1 s (no stale page kept after a purge)
#   draft     saving a draft, on either node, leaves the kept home page in Varnish (still a HIT)
# Needs the built jar, varnishd with vmod xkey (apt-get install varnish varnish-modules), PostgreSQL on
# localhost:5432 with the role dastan/dastan (bash .ci/start-postgres.sh) and a user that can `su postgres`. Exits
# non-zero if any check fails; stops everything it started. Environment: JAVA_OPTS (default -Xmx384m
# -XX:TieredStopAtLevel=1: quick starts count more than peak speed here), START_TIMEOUT (seconds, 150).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/bench/lib.sh"
. "$ROOT/bench/edge/lib.sh"
JAR=$ROOT/cms-admin/target/cms-admin-0.1.0-SNAPSHOT.jar
JAVA_OPTS=${JAVA_OPTS:--Xmx384m -XX:TieredStopAtLevel=1}
DB=dastan_edge_check
export DASTAN_ADMIN_PASSWORD=${DASTAN_ADMIN_PASSWORD:-edge check by the Issyk-Kul}
export PGPASSWORD=dastan
TMP=$(mktemp -d)
PIDS=()
trap bench_cleanup EXIT INT TERM

[ -f "$JAR" ] || { echo "FAIL edge: no jar at $JAR (./mvnw -q -B -ntp -DskipTests package)"; exit 1; }
command -v varnishd >/dev/null || { echo "FAIL edge: no varnishd (apt-get install varnish varnish-modules)"; exit 1; }
started=$(date +%s)
PORT_A=$(bench_free_port) PORT_B=$(bench_free_port) PORT_V=$(bench_free_port)
edge_database $DB
# Varnish first, so that it hears every purge, the first start's included; its probes find the nodes once they are up.
edge_varnish "$PORT_V" "$PORT_A" "$PORT_B" || { echo "FAIL edge: Varnish did not start"; exit 1; }
edge_node a "$PORT_A" $DB "http://127.0.0.1:$PORT_V"
edge_node b "$PORT_B" $DB "http://127.0.0.1:$PORT_V"
bench_wait_healthy "http://127.0.0.1:$PORT_A" "${PIDS[1]}" "${START_TIMEOUT:-150}" "$TMP/node-a.log" &&
  bench_wait_healthy "http://127.0.0.1:$PORT_B" "${PIDS[2]}" "${START_TIMEOUT:-150}" "$TMP/node-b.log" &&
  edge_serving "$PORT_V" || { echo "FAIL edge: the nodes did not start"; exit 1; }
echo "Two nodes and Varnish up in $(($(date +%s) - started)) s"

status=0
python3 "$ROOT/bench/edge/purge_check.py" "http://127.0.0.1:$PORT_V" "http://127.0.0.1:$PORT_A" \
  "http://127.0.0.1:$PORT_B" || status=1
if grep -q 'Could not purge\|answered [0-9]' "$TMP"/node-*.log; then
  echo "FAIL purges: a node could not purge Varnish:"
  grep -h 'Could not purge\|answered [0-9]' "$TMP"/node-*.log | head -5
  status=1
fi
echo "$([ $status = 0 ] && echo PASS || echo FAIL) edge tier, in $(($(date +%s) - started)) s"
exit $status
