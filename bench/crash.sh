#!/usr/bin/env bash
# Crash bench: bench/crash.sh [CYCLES]   (default 50)
# Starts the built jar (cms-admin/target/cms-admin-0.1.0-SNAPSHOT.jar; builds nothing) on H2 files in a temporary
# directory, with the database URL the jar ships with (./data, WRITE_DELAY=0), on a free port of 127.0.0.1. A writer
# logs into the admin and goes on creating articles through the real form (its CSRF token and form token, the
# SESSION cookie kept) and saving each once more through its edit form (the version field), every title carrying a
# unique marker. A save counts as acknowledged when it answers 302 to the article's page, which is what an editor
# sees as "saved". Each cycle the JVM gets SIGKILL at a random moment (0 to 3 s after the cycle's first
# acknowledged save), is started again on the same files, and every save acknowledged so far and not yet checked is
# looked up in the admin: the article's page must hold its marker (or the marker of a later save of it, which may
# have been stored without its answer reaching the writer). Prints cycles, saves acknowledged and saves lost, and
# exits 1 when any was lost (2 when the bench itself could not run).
# Environment: JAR, JAVA_OPTS (default -Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC: fast starts count more
# than peak speed here), CDS=0 (start the plain jar; by default it is extracted and started with a class data
# sharing archive, trained once per run), START_TIMEOUT (seconds, 180), KEEP=1 (keep the work directory).
set -euo pipefail
CYCLES=${1:-50}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
JAR=${JAR:-$ROOT/cms-admin/target/cms-admin-0.1.0-SNAPSHOT.jar}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}
START_TIMEOUT=${START_TIMEOUT:-180}
export DASTAN_ADMIN_PASSWORD='crash bench in the Fergana valley'
[ -f "$JAR" ] || { echo "No jar at $JAR: build it first (./mvnw -B -ntp -q -pl cms-admin -am package -DskipTests)" >&2; exit 2; }

WORK=$(mktemp -d)
APP_PID=
WRITER_PID=
cleanup() {
  touch "$WORK/stop"
  [ -n "$WRITER_PID" ] && kill "$WRITER_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill -KILL "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] && echo "Work directory kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

PORT=$(bench_free_port)
BASE=http://127.0.0.1:$PORT
APP_ARGS=(--server.address=127.0.0.1 --server.port="$PORT" --dastan.rates.import-enabled=false)
RUN_JAR=$JAR CDS_OPTS=
if [ "${CDS:-1}" = 1 ]; then
  echo "Extracting the jar and training a class data sharing archive"
  CDS_OPTS=$(bench_cds_train "$JAR" "$WORK/app" "$JAVA_OPTS" --server.address=127.0.0.1 --server.port=0 \
    --dastan.rates.import-enabled=false)
  [ -n "$CDS_OPTS" ] && RUN_JAR=$WORK/app/$(basename "$JAR") || echo "Training failed; starting the plain jar"
  rm -rf "$WORK/app/data"
fi
mkdir -p "$WORK/run"

start_app() {
  # From the work directory: the jar's default database URL, ./data/dastan, is the one under test.
  (cd "$WORK/run" && exec java $JAVA_OPTS $CDS_OPTS -jar "$RUN_JAR" "${APP_ARGS[@]}" >>"$WORK/app.log" 2>&1) &
  APP_PID=$!
  bench_wait_healthy "$BASE" "$APP_PID" "$START_TIMEOUT" "$WORK/app.log" || exit 2
}

# One POST of the article form; answers the id of the article when the save was acknowledged (302 to its page).
post_article() { # path cookie-jar fields...
  local path=$1 jar=$2 answer
  shift 2
  answer=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" "$@" \
    --data-urlencode action=SAVE "$BASE$path" 2>/dev/null) || return 1
  [[ $answer =~ ^302\ .*/admin/articles/([0-9]+)$ ]] && echo "${BASH_REMATCH[1]}"
}

# Appends "acked <id> <marker>" to the writer's log for each acknowledged save, "sent <marker>" before each.
writer() {
  local log=$WORK/writer.log jar=$WORK/writer.cookies n=0 page token form marker id version
  while [ ! -f "$WORK/stop" ] && [ $n -lt 1000000 ]; do
    n=$((n + 1))
    page=$(curl -sS --max-time 30 -b "$jar" -c "$jar" "$BASE/admin/articles/new" 2>/dev/null) || { sleep 0.1; continue; }
    token=$(bench_field _csrf <<<"$page")
    form=$(bench_field formToken <<<"$page")
    if [ -z "$form" ]; then # the login page (no session yet, or the node came back): log in again
      bench_admin_login "$BASE" "$jar" || sleep 0.1
      continue
    fi
    marker=crash-$n-$RANDOM$RANDOM
    echo "sent $marker" >>"$log"
    id=$(post_article /admin/articles "$jar" --data-urlencode "title=Crash bench $marker" \
      --data-urlencode "body=<p>Written by bench/crash.sh: $marker</p>" --data-urlencode "formToken=$form" \
      --data-urlencode "_csrf=$token") || continue
    echo "acked $id $marker" >>"$log"
    # The same article saved again through its edit form, as an editor does, with the version it was opened at.
    page=$(curl -sS --max-time 30 -b "$jar" -c "$jar" "$BASE/admin/articles/$id" 2>/dev/null) || continue
    version=$(bench_field version <<<"$page")
    [ -n "$version" ] || continue
    echo "sent $marker-saved" >>"$log"
    post_article "/admin/articles/$id" "$jar" --data-urlencode "title=Crash bench $marker-saved" \
      --data-urlencode "body=<p>Saved again by bench/crash.sh: $marker-saved</p>" \
      --data-urlencode "version=$version" --data-urlencode "_csrf=$(bench_field _csrf <<<"$page")" >/dev/null \
      && echo "acked $id $marker-saved" >>"$log"
  done
}

# Checks the acknowledged saves from line $checked on: each article's page must hold the last acknowledged marker
# (a marker-saved page holds its create's marker too). Adds to $lost and $checked_saves.
checked=0 lost=0 checked_saves=0
verify() {
  local jar=$WORK/verifier.cookies upto id marker html
  bench_admin_login "$BASE" "$jar" || { echo "The verifier could not log in" >&2; exit 2; }
  upto=$(wc -l <"$WORK/writer.log")
  while read -r _ id marker; do
    checked_saves=$((checked_saves + 1))
    html=$(curl -sS --max-time 30 -b "$jar" "$BASE/admin/articles/$id" 2>/dev/null || true)
    if [[ $html != *"$marker"* ]]; then
      lost=$((lost + 1))
      echo "LOST: article $id, acknowledged with $marker" >&2
    fi
  done < <(sed -n "$((checked + 1)),${upto}p" "$WORK/writer.log" | grep '^acked ' || true)
  checked=$upto
}

echo "Starting $RUN_JAR on $BASE (work directory $WORK; $JAVA_OPTS${CDS_OPTS:+, class data sharing})"
start=$(date +%s)
start_app
touch "$WORK/writer.log"
writer &
WRITER_PID=$!
for ((cycle = 1; cycle <= CYCLES; cycle++)); do
  acked_before=$(grep -c '^acked ' "$WORK/writer.log" || true)
  for ((i = 0; i < 600; i++)); do # the cycle's first acknowledged save, 60 s at most
    [ "$(grep -c '^acked ' "$WORK/writer.log" || true)" -gt "$acked_before" ] && break
    sleep 0.1
  done
  sleep "$((RANDOM % 3)).$((RANDOM % 10))"
  kill -KILL "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  start_app
  verify
  echo "cycle $cycle/$CYCLES: $(grep -c '^acked ' "$WORK/writer.log" || true) saves acknowledged, $checked_saves checked after a kill, $lost lost ($(($(date +%s) - start)) s)"
done
touch "$WORK/stop"
wait "$WRITER_PID" 2>/dev/null || true
WRITER_PID=
verify
echo "crash bench: $CYCLES cycles, $checked_saves saves acknowledged, $lost lost \
($(grep -c '^sent ' "$WORK/writer.log") sent; $(($(date +%s) - start)) s)"
[ "$lost" = 0 ]
