#!/usr/bin/env bash
# PostgreSQL outage check: bench/pg-outage.sh
# Starts the built jar (builds it when missing) on a fresh database of the PostgreSQL cluster that .ci/start-postgres.sh
# manages, keeps a public article page and opens its editor (logged in), saves it once (a content change: pages are
# dropped, the last good copies stay), then STOPS the cluster (fast shutdown) and checks, printing PASS or FAIL each:
#   stale     the kept article page still answers 200, marked X-Dastan-Stale: 1
#   error     a page never requested answers within 5 s with the site's error page (500/503, no stack trace, not
#             the servlet container's own page)
#   not-saved a save from the open editor answers with the form holding the editor's text and a "Not saved" message
# then starts the cluster again and checks
#   recovered within 60 s a save succeeds and the article page is served fresh, with the saved title
# Exits 1 when any check fails (2 when the node did not start). The cluster is started again on every exit (trap).
# Environment: PG_PORT (5432), PG_CLUSTER ("<newest version> main", for pg_ctlcluster), or PG_DATA (a data directory
# for pg_ctl, run as postgres, instead of a Debian cluster), PORT (18184), START_TIMEOUT (seconds, 170), JAVA_OPTS.
# Runs as a user that can `su postgres` (and run pg_ctlcluster).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
JAR=${JAR:-$ROOT/cms-admin/target/cms-admin-0.1.0-SNAPSHOT.jar}
PG_VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
PG_PORT=${PG_PORT:-5432}
PG_CLUSTER=${PG_CLUSTER:-$PG_VERSION main}
PORT=${PORT:-18184}
DB=dastan_outage
BASE=http://127.0.0.1:$PORT
export DASTAN_ADMIN_PASSWORD=${DASTAN_ADMIN_PASSWORD:-the lights went out in Khujand}
TMP=$(mktemp -d)
APP_PID=
PG_STOPPED=0

pg() { # start|stop: the cluster under test, however it is managed
  if [ -n "${PG_DATA:-}" ]; then
    su postgres -c "/usr/lib/postgresql/$PG_VERSION/bin/pg_ctl -D '$PG_DATA' -w -l '$PG_DATA/outage.log' $1 ${2:-}" >/dev/null
  else
    pg_ctlcluster $PG_CLUSTER "$1" ${2:-} >/dev/null
  fi
}
pg_up() {
  pg start || true
  for _ in $(seq 1 30); do pg_isready -q -h localhost -p "$PG_PORT" && return 0; sleep 1; done
  echo "PostgreSQL on port $PG_PORT did not come back" >&2
  return 1
}
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  # Whatever happened, the cluster runs again: the CI steps after this one, and other runs, need it.
  if [ "$PG_STOPPED" = 1 ]; then pg_up || true; fi
  wait 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

pg_isready -q -h localhost -p "$PG_PORT" || { echo "No PostgreSQL on port $PG_PORT (bash .ci/start-postgres.sh)" >&2; exit 2; }
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
su postgres -c "psql -p $PG_PORT -q -c 'drop database if exists $DB' -c 'create database $DB owner dastan'"

echo "Starting the node on $BASE against PostgreSQL on port $PG_PORT ($DB)"
(cd "$TMP" && exec java ${JAVA_OPTS:--Xmx384m} -jar "$JAR" --server.address=127.0.0.1 --server.port=$PORT \
  --spring.datasource.url=jdbc:postgresql://localhost:$PG_PORT/$DB --spring.datasource.username=dastan \
  --spring.datasource.password=dastan --dastan.media-dir="$TMP/media" --dastan.rates.import-enabled=false \
  --spring.jpa.properties.hibernate.search.backend.directory.root="$TMP/index" >"$TMP/node.log" 2>&1) &
APP_PID=$!
bench_wait_healthy "$BASE" "$APP_PID" "${START_TIMEOUT:-170}" "$TMP/node.log" || exit 2

status=0
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; status=1; }
# As a browser asks: with Accept: text/html, Spring Boot answers errors with the error page, otherwise with JSON.
HTML='Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8'
# code, seconds taken and headers of a GET; the body goes to $TMP/body
get() {
  curl -sS --max-time 20 -H "$HTML" -D "$TMP/headers" -o "$TMP/body" -w '%{http_code} %{time_total}' "$BASE$1" \
    2>/dev/null || echo "000 20"
}
# One save of the article's form kept in $TMP/form with the given title (and its slug, so the page stays where it
# is); answers the code and where it redirects to.
save() {
  curl -sS --max-time 20 -H "$HTML" -o "$TMP/saved" -w '%{http_code} %{redirect_url}' -b "$TMP/cookies" \
    -c "$TMP/cookies" --data-urlencode "title=$1" --data-urlencode "slug=$(bench_field slug <"$TMP/form")" \
    --data-urlencode "body=<p>Outage check: $1</p>" \
    --data-urlencode "version=$(bench_field version <"$TMP/form")" \
    --data-urlencode "_csrf=$(bench_field _csrf <"$TMP/form")" --data-urlencode action=SAVE \
    "$BASE/admin/articles/$ID" 2>/dev/null || echo "000"
}
open_editor() { curl -sS --max-time 20 -H "$HTML" -b "$TMP/cookies" -c "$TMP/cookies" "$BASE/admin/articles/$ID" >"$TMP/form"; }

slugs=$(curl -sS "$BASE/" | grep -o 'href="/articles/[^"?#]*"' | sed 's|href="/articles/||; s|"$||' | awk '!seen[$0]++')
KEPT=/articles/$(sed -n 1p <<<"$slugs")
UNCACHED=/articles/$(sed -n 2p <<<"$slugs")
[ "$KEPT" != /articles/ ] && [ "$UNCACHED" != /articles/ ] || { echo "FAIL setup: no two articles on the front page"; exit 1; }
read -r code _ <<<"$(get "$KEPT")"
ID=$(grep -o 'data-view-url="/views/[0-9]*"' "$TMP/body" | grep -o '[0-9]*' || true)
[ "$code" = 200 ] && [ -n "$ID" ] || { echo "FAIL setup: $KEPT answers $code (article id '${ID}')"; exit 1; }
bench_admin_login "$BASE" "$TMP/cookies" || { echo "FAIL setup: cannot log into the admin"; exit 1; }
open_editor
read -r code _ <<<"$(save "Before the outage $RANDOM")"
[ "$code" = 302 ] || { echo "FAIL setup: the save before the outage answered $code"; exit 1; }
open_editor # the editor's page, open when the database goes away
echo "Kept $KEPT (article $ID), saved it once; stopping PostgreSQL ($([ -n "${PG_DATA:-}" ] && echo "pg_ctl -D $PG_DATA" || echo "pg_ctlcluster $PG_CLUSTER"))"
PG_STOPPED=1
pg stop "-m fast"
outage_started=$(date +%s)

read -r code took <<<"$(get "$KEPT")"
if [ "$code" = 200 ] && grep -qi '^X-Dastan-Stale: 1' "$TMP/headers"; then
  pass "stale: $KEPT answers 200 with X-Dastan-Stale: 1 in ${took} s"
else
  fail "stale: $KEPT answers $code in ${took} s, headers: $(tr -d '\r' <"$TMP/headers" | grep -i '^x-dastan' | tr '\n' ' ')"
fi

read -r code took <<<"$(get "$UNCACHED")"
if [[ $code =~ ^50[03]$ ]] && awk -v t="$took" 'BEGIN { exit !(t <= 5.5) }' && grep -q 'class="error-page' "$TMP/body" \
  && ! grep -qiE 'exception|\.java:[0-9]|whitelabel|apache tomcat' "$TMP/body"; then
  pass "error: $UNCACHED answers $code with the site's error page in ${took} s"
else
  fail "error: $UNCACHED answers $code in ${took} s: $(sed 's/<[^>]*>//g' "$TMP/body" | tr -s ' \n' ' ' | cut -c1-300)"
fi

TYPED="Typed during the outage $RANDOM"
read -r code _ <<<"$(save "$TYPED")"
if [[ $code =~ ^5 ]] && grep -q "value=\"$TYPED\"" "$TMP/saved" && grep -q 'Not saved' "$TMP/saved"; then
  pass "not-saved: the save answers $code with the editor's text and \"Not saved\""
else
  fail "not-saved: the save answers $code: $(sed 's/<[^>]*>//g' "$TMP/saved" | tr -s ' \n' ' ' | cut -c1-300)"
fi

echo "Starting PostgreSQL again after $(($(date +%s) - outage_started)) s down"
pg_up
PG_STOPPED=0
back=$(date +%s) saved=
AFTER="After the outage $RANDOM"
until [ $(($(date +%s) - back)) -ge 60 ]; do
  read -r code _ <<<"$(save "$AFTER")"
  [ "$code" = 302 ] && { saved=$(($(date +%s) - back)); break; }
  sleep 1
done
read -r code _ <<<"$(get "$KEPT")"
if [ -n "$saved" ] && [ "$code" = 200 ] && ! grep -qi '^X-Dastan-Stale' "$TMP/headers" && grep -q "$AFTER" "$TMP/body"; then
  pass "recovered: a save succeeded ${saved} s after PostgreSQL was back, and $KEPT is served fresh with it"
else
  fail "recovered: save after ${saved:-60+} s, then $KEPT answered $code $(grep -i '^X-Dastan-Stale' "$TMP/headers" | tr -d '\r')"
fi
if [ $status = 0 ]; then
  echo "PASS pg outage"
else
  mkdir -p "$ROOT/bench/work"
  cp "$TMP/node.log" "$ROOT/bench/work/pg-outage-node.log"
  echo "FAIL pg outage; the node's log: bench/work/pg-outage-node.log"
fi
exit $status
