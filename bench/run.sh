#!/usr/bin/env bash
# The benchmark: bench/run.sh [articles]   (default 1000; see bench/README.md)
# Generates a dataset of that many published articles (kept under bench/work/<articles>/ for the next run), starts
# the jar on it, warms it up, drives the public pages with wrk (32 connections, 2 threads, Accept-Encoding: gzip as
# browsers send it), then again while a newsroom works (newsroom.py: reporters saving drafts every second, an editor
# fixing a published article every second, a publication every 30 s), then starts the jar again with the page cache
# off and drives the article, home and tag pages (fresh renders), then runs bench/edge/run.sh (Varnish in front of
# two nodes), bench/start.sh (README's run command ready with the demo) and bench/lighthouse.sh (Lighthouse on seven
# page kinds). nginx serves one saved article page, the same
# compressed bytes, as the static yardstick; every figure is printed as a ratio to it.
# Environment: DURATION (per page, default 20s), BUILD=1 (rebuild the jar), PORT (18080), NGINX_PORT (18081),
# GENERATE_ONLY=1 (stop after the dataset), CDS=0 (start the plain jar, no class data sharing or AOT cache),
# JAR (another jar), DATABASE=postgresql (generate into PostgreSQL database dastan_bench_<articles> instead of H2;
# needs bash .ci/start-postgres.sh), JAVA (the java launcher, default java; a JDK 25 gets an AOT cache instead of a
# class data sharing archive), JAVA_OPTS (default -Xmx512m), START_TIMEOUT (seconds, 300), PAGES (the page kinds to
# drive, default "article tracking home section tag author search feed"; "tracking" is the article pages with random
# utm_source and fbclid on every request), WITH_NEWSROOM=0 (skip the run with the newsroom working), DRAFTS (4
# reporters), PUBLISH_EVERY (30 s), FRESH=0 (skip the run with the page cache off), FRESH_PAGES ("article home
# tag"), FRESH_DURATION (10s), EDGE=0 (skip bench/edge/run.sh, Varnish in front of two nodes, run at the end when
# varnishd and PostgreSQL are there), START=0 (skip bench/start.sh), LIGHTHOUSE=0 (skip bench/lighthouse.sh).
set -euo pipefail
ARTICLES=${1:-1000}
DURATION=${DURATION:-20s}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
JCMD=$(dirname "$(command -v "$JAVA")")/jcmd
[ -x "$JCMD" ] || JCMD=jcmd
JAVA_FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk '/java.specification.version/ { print $3 }')
export DASTAN_ADMIN_PASSWORD=${DASTAN_ADMIN_PASSWORD:-bench run on the Karakum 1000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
JAR=${JAR:-$ROOT/cms-admin/target/cms-admin-0.1.0-SNAPSHOT.jar}
WORK=$BENCH/work/${DATABASE:-h2}-$ARTICLES
TMP=$(mktemp -d)
chmod 755 "$TMP"
PIDS=()
. "$BENCH/lib.sh"
trap bench_cleanup EXIT INT TERM
trap 'echo "bench/run.sh: failed at line $LINENO" >&2' ERR

if [ "${BUILD:-0}" = 1 ] || [ ! -f "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
fi

DB_ARGS=()
if [ "${DATABASE:-h2}" = postgresql ]; then
  DB=dastan_bench_$ARTICLES
  DB_ARGS=(--spring.datasource.url=jdbc:postgresql://localhost:5432/$DB --spring.datasource.username=dastan
    --spring.datasource.password=dastan)
  if [ ! -f "$WORK/generated" ]; then
    rm -rf "$WORK"
    su postgres -c "psql -q -c 'drop database if exists $DB' -c 'create database $DB owner dastan'"
  fi
fi
APP_ARGS=(--dastan.media-dir=$WORK/data/media
  --spring.jpa.properties.hibernate.search.backend.directory.root=$WORK/data/index "${DB_ARGS[@]}")
[ "${DATABASE:-h2}" = h2 ] && APP_ARGS+=("--spring.datasource.url=jdbc:h2:file:$WORK/data/dastan;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE")

if [ ! -f "$WORK/generated" ]; then
  rm -rf "$WORK/data"
  mkdir -p "$WORK"
  echo "Generating $ARTICLES articles into $WORK (log: $WORK/generate.log)"
  start=$(date +%s)
  timeout 3600 "$JAVA" $JAVA_OPTS -jar "$JAR" "${APP_ARGS[@]}" --server.port=0 --dastan.bench.generate=$ARTICLES \
    --spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false \
    --spring.jpa.properties.hibernate.jdbc.batch_size=100 --spring.jpa.properties.hibernate.order_inserts=true \
    >"$WORK/generate.log" 2>&1
  echo "Generated in $(($(date +%s) - start)) s"
  touch "$WORK/generated"
fi
[ "${GENERATE_ONLY:-0}" = 1 ] && exit 0

# Start-up: by default the jar is extracted and started with what a training run recorded, Spring Boot's documented
# way (reference: packaging/class-data-sharing, packaging/aot-cache): a class data sharing archive on JDK 17 to 24,
# an AOT cache (JEP 483, 514, 515: classes loaded and linked, method profiles) on JDK 25 and later. CDS=0 starts the
# jar as it is.
RUN_DIR=$(dirname "$JAR")
CDS_OPTS=()
STARTED_AS="plain jar, Java $JAVA_FEATURE"
if [ "${CDS:-1}" = 1 ]; then
  APP_DIR=$BENCH/work/app-java$JAVA_FEATURE
  if [ "${JAVA_FEATURE%%.*}" -ge 25 ]; then
    ARCHIVE=application.aot TRAIN_OPT=-XX:AOTCacheOutput=application.aot STARTED_AS="extracted, AOT cache"
  else
    ARCHIVE=application.jsa TRAIN_OPT=-XX:ArchiveClassesAtExit=application.jsa STARTED_AS="extracted, class data sharing"
  fi
  if [ ! -f "$APP_DIR/$ARCHIVE" ] || [ "$JAR" -nt "$APP_DIR/$ARCHIVE" ]; then
    echo "Extracting the jar and training ($ARCHIVE, log: $APP_DIR/training.log)"
    rm -rf "$APP_DIR"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >/dev/null
    (cd "$APP_DIR" && "$JAVA" $JAVA_OPTS $TRAIN_OPT -Dspring.context.exit=onRefresh \
      -jar "$(basename "$JAR")" "${APP_ARGS[@]}" --server.port=0 >training.log 2>&1)
    sync # the archive and the database pages the training run wrote, out before the start is timed
  fi
  # Started as trained: from the same directory, with the same relative class path, or Java ignores the archive in
  # silence and the start is as slow as the plain jar's; -Xshare:on and AOTMode=on make that an error instead.
  RUN_DIR=$APP_DIR
  [ "$ARCHIVE" = application.aot ] && CDS_OPTS=(-XX:AOTMode=on -XX:AOTCache=$ARCHIVE) \
    || CDS_OPTS=(-Xshare:on -XX:SharedArchiveFile=$ARCHIVE)
  STARTED_AS="$STARTED_AS, Java $JAVA_FEATURE"
fi

echo "Starting the CMS on port $PORT ($STARTED_AS)"
start_ms=$(date +%s%3N)
(cd "$RUN_DIR" && exec "$JAVA" $JAVA_OPTS "${CDS_OPTS[@]}" -jar "$(basename "$JAR")" "${APP_ARGS[@]}" --server.port=$PORT \
  >"$WORK/app.log" 2>&1) &
APP=$!
PIDS+=($APP)
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
  kill -0 $APP 2>/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
  [ $(($(date +%s%3N) - start_ms)) -gt ${START_TIMEOUT:-300}000 ] && { echo "no start in ${START_TIMEOUT:-300} s"; exit 1; }
  sleep 0.1
done
echo "Started in $(( $(date +%s%3N) - start_ms )) ms (to a healthy /actuator/health; Spring says: \
$(grep -o 'Started DastanApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]* seconds'))"

BASE=http://127.0.0.1:$PORT
# Request paths, one file per page kind; articles from the sitemap (its first file of articles when it is an index).
sitemap=$(curl -sf "$BASE/sitemap.xml")
if grep -q '<sitemapindex' <<<"$sitemap"; then
  sitemap=$(curl -sf "$(grep -o '<loc>[^<]*/sitemaps/articles-[^<]*' <<<"$sitemap" | awk 'NR == 1' | sed 's/<loc>//')")
fi
grep -o '<loc>[^<]*/articles/[^<]*' <<<"$sitemap" | sed 's|.*/articles/|/articles/|' | awk -v n=${ARTICLE_URLS:-500} 'NR <= n' \
  >"$TMP/article"
home=$(curl -sf "$BASE/")
printf '/\n/?page=2\n/?page=3\n' >"$TMP/home"
# Sections from the masthead (topics in it link to /tags/); only those that answer 200 are driven.
for path in $(grep -o 'href="/sections/[^"?]*"' <<<"$home" | sed 's/href="//;s/"$//' | sort -u); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")" = 200 ] && echo "$path" || true
done >"$TMP/section"
for i in $(seq 1 50); do echo "/tags/bench-topic-$i"; done >"$TMP/tag"
for i in $(seq 1 60); do echo "/authors/bench-author-$i"; done >"$TMP/author"
for q in almaty budget railway "water reservoir" election inflation cotton harvest "hydropower energy" border \
  tenge migrants tourism "winter coal" bridge parliament festival students airport "pipeline gas"; do
  echo "/search?q=${q// /+}"
done >"$TMP/search"
echo /feed >"$TMP/feed"
# The article pages again, each request with random tracking parameters (rotate.lua adds them): one kept copy
# per page must serve them all, so this row should match the article row.
cp "$TMP/article" "$TMP/tracking"
read -r -a PAGES <<<"${PAGES:-article tracking home section tag author search feed}"
for page in "${PAGES[@]}"; do
  first=$(head -1 "$TMP/$page")
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$first")
  [ "$code" = 200 ] || { echo "$page page $first answers $code"; exit 1; }
done

# The yardstick: one rendered article page as a static file served by nginx, with the very bytes the CMS sends
# compressed beside it (gzip_static), as the CMS sends them to browsers.
bench_nginx "$BASE$(head -1 "$TMP/article")" "$NGINX_PORT"
echo /article.html >"$TMP/static"

drive() { # page base duration -> "req/s p50 p99 errors requests"
  wrk -t2 -c32 -d"$3" --timeout 5s -s "$BENCH/rotate.lua" "$2" -- "$TMP/$1" "$([ "$1" = tracking ] && echo tracking)" |
    grep '^RESULT' | cut -d' ' -f2-
}
memory() {
  local rss heap
  rss=$(($(ps -o rss= -p $APP) / 1024))
  heap=$($JCMD $APP GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | awk 'NR == 1 { print $2 + 0 }' || true)
  echo "JVM: RSS ${rss} MB, heap used $((${heap:-0} / 1024)) MB"
}

# Warm-up: every URL once, the way the first readers of a page find it (rendered afresh, 8 at a time; timed for the
# article pages, the figure for fresh renders), then each kind driven for 5 s.
first_requests() { # page -> seconds taken to request each of its URLs once
  local start=$(date +%s%N)
  sed "s|^|$BASE|" "$TMP/$1" | xargs -P 8 -I{} curl -s -o /dev/null {}
  awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.2f", ns / 1e9 }'
}
echo "Warming up"
fresh=$(first_requests article)
echo "First request of each of $(wc -l <"$TMP/article") article pages (fresh renders, 8 at a time): $fresh s, \
$(awk -v n=$(wc -l <"$TMP/article") -v s=$fresh 'BEGIN { printf "%.0f", n / s }') pages/s"
for page in "${PAGES[@]}"; do
  [ "$page" = article ] || first_requests "$page" >/dev/null
  drive "$page" "$BASE" 5s >/dev/null
done

echo "Static file (nginx): $(wc -c <"$TMP/www/article.html") bytes, $(wc -c <"$TMP/www/article.html.gz") compressed"
read -r static_rps static_p50 static_p99 static_errors _ <<<"$(drive static "http://127.0.0.1:$NGINX_PORT" "$DURATION")"
printf '%-8s %9s %8s %8s %7s %7s\n' page 'req/s' 'p50 ms' 'p99 ms' errors ratio
printf '%-8s %9s %8s %8s %7s %7s\n' static "$static_rps" "$static_p50" "$static_p99" "$static_errors" 1.00
report() {
  local article_rps=
  for page in "${PAGES[@]}"; do
    read -r rps p50 p99 errors _ <<<"$(drive "$page" "$BASE" "$DURATION")"
    [ "$page" = article ] && article_rps=$rps
    printf '%-8s %9s %8s %8s %7s %7s%s\n' "$page" "$rps" "$p50" "$p99" "$errors" \
      "$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf (a / b < 0.1) ? "%.4f" : "%.2f", a / b }')" \
      "$([ "$page" = tracking ] && [ -n "$article_rps" ] &&
        awk -v a="$rps" -v b="$article_rps" 'BEGIN { printf "  (%.2f of the article row)", a / b }')"
  done
  memory
}
echo "== $ARTICLES articles, readers only (load: $(cut -d' ' -f1-3 /proc/loadavg))"
report
if [ "${WITH_NEWSROOM:-1}" = 1 ]; then
  seconds=$(( ${#PAGES[@]} * ${DURATION%s} + 5 ))
  echo "== $ARTICLES articles, a newsroom working: ${DRAFTS:-4} reporters saving drafts every second, an editor fixing \
$(head -1 "$TMP/article") every second, a publication every ${PUBLISH_EVERY:-30} s (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  python3 "$BENCH/newsroom.py" "$BASE" "$(head -1 "$TMP/article")" $seconds >"$TMP/newsroom.out" 2>"$TMP/newsroom.err" &
  NEWSROOM=$!
  PIDS+=($NEWSROOM)
  report
  wait $NEWSROOM || true
  cat "$TMP/newsroom.out"
  sort "$TMP/newsroom.err" | uniq -c | head -5
fi
READERS_DURATION=$DURATION
if [ "${FRESH:-1}" = 1 ]; then
  # Fresh renders: the same jar started again with the page cache off, so every request renders its page.
  kill $APP
  wait $APP 2>/dev/null || true
  echo "Starting the CMS again with the page cache off"
  (cd "$RUN_DIR" && exec "$JAVA" $JAVA_OPTS "${CDS_OPTS[@]}" -jar "$(basename "$JAR")" "${APP_ARGS[@]}" --server.port=$PORT \
    --dastan.cache.pages.enabled=false >"$WORK/app-fresh.log" 2>&1) &
  APP=$!
  PIDS+=($APP)
  bench_wait_healthy "$BASE" $APP ${START_TIMEOUT:-300} "$WORK/app-fresh.log"
  read -r -a PAGES <<<"${FRESH_PAGES:-article home tag}"
  for page in "${PAGES[@]}"; do drive "$page" "$BASE" 5s >/dev/null; done
  DURATION=${FRESH_DURATION:-10s}
  echo "== $ARTICLES articles, fresh renders, page cache off (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  report
fi

# Varnish in front of two nodes: bench/edge/run.sh, with its own nodes, database and nginx yardstick.
kill $APP 2>/dev/null || true
wait $APP 2>/dev/null || true
if [ "${EDGE:-1}" = 1 ] && command -v varnishd >/dev/null && pg_isready -q -h localhost 2>/dev/null; then
  echo "== Varnish in front of two nodes (bench/edge/run.sh: the demo newsroom on PostgreSQL; load: $(cut -d' ' -f1-3 /proc/loadavg))"
  DURATION=$READERS_DURATION bash "$BENCH/edge/run.sh"
else
  echo "== Varnish row skipped: it needs varnishd with vmod xkey and PostgreSQL on localhost (EDGE=0 skips it)"
fi

# README's run command ready with the demo (bench/start.sh), and Lighthouse on seven page kinds (bench/lighthouse.sh,
# which needs Chromium and npm): the issue's remaining figures, so that this one command prints them all.
if [ "${START:-1}" = 1 ]; then
  echo "== Start-up of README's run command with the demo newsroom (bench/start.sh; load: $(cut -d' ' -f1-3 /proc/loadavg))"
  JAVA=$JAVA bash "$BENCH/start.sh" || echo "bench/start.sh failed"
else
  echo "== Start-up row skipped (START=0)"
fi
if [ "${LIGHTHOUSE:-1}" != 1 ]; then
  echo "== Lighthouse row skipped (LIGHTHOUSE=0)"
elif command -v chromium >/dev/null && command -v npm >/dev/null; then
  echo "== Lighthouse performance, phone (bench/lighthouse.sh; load: $(cut -d' ' -f1-3 /proc/loadavg))"
  bash "$BENCH/lighthouse.sh" || echo "bench/lighthouse.sh: a page scored under its target or the run failed"
else
  echo "== Lighthouse row skipped: it needs chromium and npm"
fi
