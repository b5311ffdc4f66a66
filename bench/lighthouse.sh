#!/usr/bin/env bash
# Lighthouse performance of the public pages: bench/lighthouse.sh
# Starts the jar on a fresh H2 database with the demo newsroom, then runs Lighthouse (npm's lighthouse 12, installed
# under bench/work/lighthouse on the first run; Node.js 18.16 or newer) in Debian's Chromium, headless, with its
# default phone emulation and simulated slow 4G, three times per page: home, an article, a section, a tag, an author,
# a search and /rates. Prints each page's median performance score, its largest contentful paint and total blocking
# time, and fails when a median is under TARGET (95). Every page is asked for once before, as a reader's visit would
# find it kept. Environment: PORT (18195), RUNS (3), TARGET (95), CHROME_PATH (/usr/bin/chromium), JAVA_OPTS.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/cms-admin/target/cms-admin-0.1.0-SNAPSHOT.jar
PORT=${PORT:-18195}
RUNS=${RUNS:-3}
TARGET=${TARGET:-95}
BASE=http://127.0.0.1:$PORT
TOOLS=$ROOT/bench/work/lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export DASTAN_ADMIN_PASSWORD=${DASTAN_ADMIN_PASSWORD:-lighthouse over the Ili valley}
TMP=$(mktemp -d)
PIDS=()
. "$ROOT/bench/lib.sh"
trap bench_cleanup EXIT INT TERM

[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests package)
if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --silent lighthouse@12.8.2 >/dev/null
fi

java ${JAVA_OPTS:--Xmx512m} -jar "$JAR" --server.port=$PORT \
  --spring.datasource.url="jdbc:h2:file:$TMP/dastan" --dastan.media-dir="$TMP/media" \
  --spring.jpa.properties.hibernate.search.backend.directory.root="$TMP/index" \
  --dastan.rates.import-enabled=false >"$TMP/site.log" 2>&1 &
PIDS+=($!)
bench_wait_healthy "$BASE" $! 240 "$TMP/site.log"

# The first link of each kind, as a reader would follow it: the lead article and a section from the home page, a tag
# and the author from that article.
first() { { grep -o "href=\"/$1/[^\"?#]*\"" <<<"$2" || true; } | head -1 | sed 's/^href="//; s/"$//'; }
home=$(curl -fsS "$BASE/")
article=$(first articles "$home")
story=$(curl -fsS "$BASE$article")
pages=(/ "$article" "$(first sections "$home")" "$(first tags "$story")" "$(first authors "$story")" "/search?q=gas"
  /rates)
for page in "${pages[@]}"; do
  [ -n "$page" ] || { echo "No article, section, tag or author link found: ${pages[*]}" >&2; exit 1; }
  curl -fsS -o /dev/null "$BASE$page"
done

status=0
printf '%-40s %6s %9s %8s  %s\n' page score "LCP ms" "TBT ms" "scores of the runs"
for page in "${pages[@]}"; do
  for run in $(seq "$RUNS"); do
    "$TOOLS/node_modules/.bin/lighthouse" "$BASE$page" --quiet --only-categories=performance --output=json \
      --output-path="$TMP/run-$run.json" --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage"
  done
  line=$(python3 - "$TMP" "$RUNS" <<'PY'
import json, statistics, sys
runs = [json.load(open(f"{sys.argv[1]}/run-{n}.json")) for n in range(1, int(sys.argv[2]) + 1)]
scores = [round(r["categories"]["performance"]["score"] * 100) for r in runs]
median = sorted(runs, key=lambda r: r["categories"]["performance"]["score"])[len(runs) // 2]
audit = lambda name: round(median["audits"][name]["numericValue"])
print(statistics.median_low(scores), audit("largest-contentful-paint"), audit("total-blocking-time"),
      " ".join(map(str, scores)))
PY
)
  read -r score lcp tbt rest <<<"$line"
  printf '%-40s %6s %9s %8s  %s\n' "$page" "$score" "$lcp" "$tbt" "$rest"
  [ "$score" -ge "$TARGET" ] || status=1
done
[ $status = 0 ] && echo "PASS every page at $TARGET or more" || echo "FAIL a page under $TARGET"
exit $status
