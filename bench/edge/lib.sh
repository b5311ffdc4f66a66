# Helpers of the edge scripts (purge-check.sh, run.sh); sourced after bench/lib.sh, never run. They expect TMP (a
# temporary directory), PIDS (an array the caller's cleanup kills) and ROOT, JAR and DASTAN_ADMIN_PASSWORD set.

# A fresh PostgreSQL database owned by dastan (the role .ci/start-postgres.sh creates). edge_database NAME
edge_database() {
  su postgres -c "psql -q -c 'drop database if exists $1' -c 'create database $1 owner dastan'"
}

# Starts one node of the jar on the database, in the background, telling the edge at VARNISH_URL what it changes.
# edge_node NAME PORT DATABASE VARNISH_URL: its log is $TMP/node-NAME.log; JAVA_OPTS as the caller set them.
edge_node() {
  java $JAVA_OPTS -jar "$JAR" --server.address=127.0.0.1 --server.port=$2 \
    --spring.datasource.url=jdbc:postgresql://localhost:5432/$3 --spring.datasource.username=dastan \
    --spring.datasource.password=dastan --dastan.media-dir="$TMP/media" \
    --spring.jpa.properties.hibernate.search.backend.directory.root="$TMP/index-$1" \
    --dastan.rates.import-enabled=false --dastan.edge.purge-urls="$4/" >"$TMP/node-$1.log" 2>&1 &
  PIDS+=($!)
}

# Starts Varnish with bench/edge/dastan.vcl on 127.0.0.1:PORT in front of the nodes on the given ports (which may not
# answer yet). edge_varnish PORT NODE_PORT... Its working directory is $TMP/varnish, its log $TMP/varnish.log.
# -j none keeps every process as the user who started it: as root, the default jail would run the compiler as user
# varnish, which cannot read a VCL in a private temporary directory (mktemp -d makes it 0700).
edge_varnish() {
  local port=$1 name i=0
  shift
  mkdir -p "$TMP/vcl"
  cp "$ROOT/bench/edge/dastan.vcl" "$TMP/vcl/"
  for node in "$@"; do
    name=node_$((i += 1))
    echo "backend $name { .host = \"127.0.0.1\"; .port = \"$node\"; .probe = node_health; }"
  done >"$TMP/vcl/dastan-nodes.vcl"
  echo "sub vcl_init {$(for n in $(seq 1 $#); do printf ' nodes.add_backend(node_%s);' $n; done) }" \
    >>"$TMP/vcl/dastan-nodes.vcl"
  varnishd -F -j none -n "$TMP/varnish" -a 127.0.0.1:$port -p vcl_path="$TMP/vcl" -f "$TMP/vcl/dastan.vcl" \
    -s malloc,${VARNISH_MEMORY:-64m} >"$TMP/varnish.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && return 0
    sleep 0.2
  done
  echo "Varnish did not answer in 10 s; its log:" >&2
  tail -20 "$TMP/varnish.log" >&2
  return 1
}

# Waits until Varnish on 127.0.0.1:PORT serves the home page: its probes mark a node healthy after two good answers,
# two seconds apart. edge_serving PORT
edge_serving() {
  for _ in $(seq 1 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/")" = 200 ] && return 0
    sleep 0.2
  done
  echo "Varnish did not serve the home page in 10 s" >&2
  return 1
}
