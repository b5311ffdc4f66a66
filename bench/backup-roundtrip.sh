#!/usr/bin/env bash
# Backup and restore, end to end: the demo newsroom on H2 (with ARTICLES=N, N generated articles besides), a few
# edits through the admin, a backup taken from the admin page while it runs; restored from the command line into a
# fresh PostgreSQL database, started there, and a backup taken of that from the command line while it runs; that
# one restored into a fresh H2 database and started. Every public page reachable from the home page, the sitemaps
# and the feeds (each article, section, tag and author page and its feed, the rates page, the images), a search for
# the edited article (answered by the index rebuilt after the restore) and the admin's redirects CSV export are
# fetched from each site and compared with the first: prints "0 differences" with the backup's size and the times,
# exits non-zero on any difference.
# Needs PostgreSQL on localhost:5432 with the role dastan/dastan (bash .ci/start-postgres.sh) and runs as a user that
# can `su postgres`. Stops everything it started.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/cms-admin/target/cms-admin-0.1.0-SNAPSHOT.jar
DB=dastan_backup_roundtrip
PORT=${PORT:-18191}
ARTICLES=${ARTICLES:-0}
BASE=http://127.0.0.1:$PORT
export DASTAN_ADMIN_PASSWORD=${DASTAN_ADMIN_PASSWORD:-a backup of the Ili valley newsroom}
export PGPASSWORD=dastan
TMP=$(mktemp -d)
PIDS=()
. "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT INT TERM
PY="python3 $ROOT/bench/backup_roundtrip.py"
now_ms() { date +%s%3N; }

[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
su postgres -c "psql -q -c 'drop database if exists $DB' -c 'create database $DB owner dastan'"

# The options of one site: its database and its own media and index directories under $TMP/NAME. The rate import
# is off, so that rates cannot change between the sites being compared.
site() { # name url user password
  echo "--server.port=$PORT --spring.datasource.url=$2 --spring.datasource.username=$3" \
    "--spring.datasource.password=$4 --dastan.media-dir=$TMP/$1/media" \
    "--spring.jpa.properties.hibernate.search.backend.directory.root=$TMP/$1/index --dastan.rates.import-enabled=false"
}
H2_A=("a" "jdbc:h2:file:$TMP/a/dastan;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" sa "")
PG_B=("b" "jdbc:postgresql://localhost:5432/$DB" dastan dastan)
H2_C=("c" "jdbc:h2:file:$TMP/c/dastan;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" sa "")
JAVA="java ${JAVA_OPTS:--Xmx1g} -jar $JAR"

start() { # name url user password
  $JAVA $(site "$@") >"$TMP/$1.log" 2>&1 &
  SITE=$!
  PIDS+=($SITE)
  bench_wait_healthy "$BASE" $SITE ${START_TIMEOUT:-240} "$TMP/$1.log"
}
stop() {
  kill $SITE
  wait $SITE || true
}
# The search index is rebuilt in the background after a restore: wait for it before searching.
wait_for_index() { # name
  for _ in $(seq 600); do
    grep -q "Rebuilt the search index" "$TMP/$1.log" && return 0
    sleep 1
  done
  echo "The search index of $1 was not rebuilt within 600 s" >&2
  return 1
}
# A backup or a restore from the command line, timed; the command line's log goes to $TMP/NAME-cli.log.
cli() { # name url user password --dastan.backup....
  local started
  started=$(now_ms)
  $JAVA $(site "$1" "$2" "$3" "$4") "$5" >>"$TMP/$1-cli.log" 2>&1 || {
    tail -20 "$TMP/$1-cli.log" >&2
    return 1
  }
  CLI_MS=$(($(now_ms) - started))
}

if [ "$ARTICLES" -gt 0 ]; then
  started=$(now_ms)
  $JAVA $(site "${H2_A[@]}") --dastan.bench.generate=$ARTICLES >"$TMP/generate.log" 2>&1
  echo "Generated $ARTICLES articles in $((($(now_ms) - started) / 1000)) s"
fi

# A: the demo on H2, edited, backed up from the admin while it runs, then read.
start "${H2_A[@]}"
$PY edit "$BASE"
started=$(now_ms)
$PY backup "$BASE" "$TMP/a.zip"
backup_ms=$(($(now_ms) - started))
# Before the crawl: a crawl that follows a redirect adds a hit to it.
$PY export "$BASE" "$TMP/pages-a"
$PY crawl "$BASE" "$TMP/pages-a" backupmarker
stop

# B: restored into a fresh PostgreSQL database, started, backed up from the command line while it runs, then read.
cli "${PG_B[@]}" "--dastan.backup.restore=$TMP/a.zip"
restore_pg_ms=$CLI_MS
start "${PG_B[@]}"
$PY export "$BASE" "$TMP/pages-b"
cli "${PG_B[@]}" "--dastan.backup.create=$TMP/b.zip"
backup_pg_ms=$CLI_MS
wait_for_index b
$PY crawl "$BASE" "$TMP/pages-b" backupmarker
stop

# C: that backup restored into a fresh H2 database, started, then read.
cli "${H2_C[@]}" "--dastan.backup.restore=$TMP/b.zip"
restore_h2_ms=$CLI_MS
start "${H2_C[@]}"
$PY export "$BASE" "$TMP/pages-c"
wait_for_index c
$PY crawl "$BASE" "$TMP/pages-c" backupmarker
stop

rows=$(unzip -p "$TMP/a.zip" manifest.json | python3 -c 'import json, sys; m = json.load(sys.stdin); print(sum(m["tables"].values()), len(m["media"]))')
echo "Backup of H2 from the admin: $(du -k "$TMP/a.zip" | cut -f1) KB (${rows% *} rows, ${rows#* } media files)" \
  "in $backup_ms ms; restored into PostgreSQL in $restore_pg_ms ms (command line, with the JVM's start)"
echo "Backup of PostgreSQL from the command line beside the running site: $(du -k "$TMP/b.zip" | cut -f1) KB in" \
  "$backup_pg_ms ms; restored into H2 in $restore_h2_ms ms"
status=0
echo "H2 -> PostgreSQL:"
$PY diff "$TMP/pages-a" "$TMP/pages-b" || status=1
echo "PostgreSQL -> H2:"
$PY diff "$TMP/pages-a" "$TMP/pages-c" || status=1
exit $status
