#!/usr/bin/env bash
# Starts the Debian PostgreSQL cluster (creating one if needed) and gives the tests a fresh dastan_test database
# owned by the user dastan. Safe to run more than once.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h localhost -p 5432 && break
  sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
select 'create role dastan login password ''dastan''' where not exists (select from pg_roles where rolname = 'dastan') \gexec
drop database if exists dastan_test;
create database dastan_test owner dastan;
SQL
echo "PostgreSQL $version is up with a fresh dastan_test database"
