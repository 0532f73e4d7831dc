#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1:$1 (default 55432) and prints its URL.
# Runs the server as the `postgres` system user, as Debian's package sets up.
set -euo pipefail
port=${1:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/pr-pg-XXXXXX)
chown postgres:postgres "$dir"
su postgres -s /bin/sh -c "$bin/initdb -D '$dir/data' -A trust -U postgres --no-sync" >/dev/null
su postgres -s /bin/sh -c "$bin/pg_ctl -D '$dir/data' -l '$dir/log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null
echo "postgresql://postgres@127.0.0.1:$port/postgres"
