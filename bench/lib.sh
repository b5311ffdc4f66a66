# Helpers shared by the bench scripts; sourced (". bench/lib.sh"), never run. Everything talks to 127.0.0.1 only.

# A free TCP port of 127.0.0.1.
bench_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until BASE/actuator/health (or BASE/PATH) answers, at most TIMEOUT seconds; fails at once when the process PID
# ended. bench_wait_healthy BASE PID TIMEOUT LOG [PATH]: on failure prints the log's tail and returns 1.
bench_wait_healthy() {
  local base=$1 pid=$2 timeout=$3 log=$4 path=${5:-/actuator/health} until_ms=$(($(date +%s%3N) + $3 * 1000))
  until curl -fsS -o /dev/null "$base$path" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The application ended at start; see its log:" >&2
      tail -30 "$log" >&2
      return 1
    fi
    if [ "$(date +%s%3N)" -gt "$until_ms" ]; then
      echo "The application did not start within $timeout s; see its log:" >&2
      tail -30 "$log" >&2
      return 1
    fi
    sleep 0.05
  done
}

# The value of the named field (input or meta) in the HTML on stdin; empty when there is none.
bench_field() {
  grep -o "<input[^>]*name=\"$1\"[^>]*>" | head -1 | grep -o 'value="[^"]*"' | sed 's/^value="//; s/"$//' || true
}

# Logs into the admin with the login form's CSRF token, keeping the SESSION cookie in the cookie jar.
# bench_admin_login BASE JAR [USER] [PASSWORD]: returns 1 unless the login landed outside the login page.
bench_admin_login() {
  local base=$1 jar=$2 user=${3:-admin} password=${4:-$DASTAN_ADMIN_PASSWORD} token landed
  rm -f "$jar"
  token=$(curl -sS --max-time 20 -c "$jar" -b "$jar" "$base/admin/login" 2>/dev/null | bench_field _csrf)
  [ -n "$token" ] || return 1
  landed=$(curl -sS --max-time 20 -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
    "$base/admin/login" 2>/dev/null) || return 1
  [[ $landed == 302* ]] && [[ $landed != *"/admin/login"* ]]
}

# Extracts the jar and records a class data sharing archive for it (Spring Boot's recipe, as bench/run.sh does), so
# that the many starts of a bench script take seconds less each. bench_cds_train JAR DIR JAVA_OPTS ARGS...: prints
# the options to start "$DIR/<jar name>" with (from inside DIR), nothing when training failed (start plainly then).
bench_cds_train() {
  local jar=$1 dir=$2 opts=$3
  shift 3
  rm -rf "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null 2>&1 || return 0
  (cd "$dir" && java $opts -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
    -jar "$(basename "$jar")" "$@" >training.log 2>&1) || true
  [ -f "$dir/application.jsa" ] && echo "-Xshare:auto -XX:SharedArchiveFile=$dir/application.jsa"
}

# Stops what a script started: the processes listed in PIDS, and nginx when $TMP/nginx.pid names one; then removes
# TMP. Scripts set TMP and PIDS, then `trap bench_cleanup EXIT INT TERM`.
bench_cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$TMP/nginx.pid" ] && kill "$(cat "$TMP/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$TMP"
}

# The yardstick: the page at URL saved as $TMP/www/article.html, with the very bytes it is sent gzip-compressed in
# beside it, served by nginx on 127.0.0.1:PORT (gzip_static: compressed to clients that accept it, as the CMS does;
# pid in $TMP/nginx.pid, stopped by bench_cleanup). TMP must be readable by nginx's workers (chmod 755).
# bench_nginx URL PORT: returns 1 when the page did not come compressed.
bench_nginx() {
  mkdir -p "$TMP/www"
  curl -sf "$1" >"$TMP/www/article.html"
  curl -sf -H 'Accept-Encoding: gzip' "$1" >"$TMP/www/article.html.gz"
  gzip -t "$TMP/www/article.html.gz" 2>/dev/null || { echo "the page $1 did not come gzip-compressed" >&2; return 1; }
  cat >"$TMP/nginx.conf" <<NGINX
worker_processes auto;
pid $TMP/nginx.pid;
error_log $TMP/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $TMP/nginx-body;
  gzip_static on;
  gzip_vary on;
  server { listen 127.0.0.1:$2; root $TMP/www; }
}
NGINX
  nginx -c "$TMP/nginx.conf" -p "$TMP" -g 'daemon on;'
}
