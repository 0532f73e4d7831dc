#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on 127.0.0.1 and a free port, run as the
# `postgres` system user (as Debian's package sets up).
#   source .ci/postgres.sh && pg_throwaway_start   -> exports TEST_DATABASE_URL
#   pg_throwaway_stop                              -> stops it and deletes its files
pg_throwaway_start() {
  local bin port
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  PG_THROWAWAY_DIR=$(mktemp -d /tmp/pr-pg-XXXXXX)
  PG_THROWAWAY_BIN=$bin
  chown postgres:postgres "$PG_THROWAWAY_DIR"
  su postgres -s /bin/sh -c "cd / && $bin/initdb -D '$PG_THROWAWAY_DIR/data' -A trust -U postgres --no-sync" >/dev/null
  su postgres -s /bin/sh -c "cd / && $bin/pg_ctl -D '$PG_THROWAWAY_DIR/data' -l '$PG_THROWAWAY_DIR/log' -w \
    -o \"-p $port -k '$PG_THROWAWAY_DIR' -c listen_addresses=127.0.0.1 -c max_connections=200\" start" >/dev/null
  export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $TEST_DATABASE_URL"
}

pg_throwaway_stop() {
  [ -n "${PG_THROWAWAY_DIR:-}" ] || return 0
  su postgres -s /bin/sh -c "cd / && $PG_THROWAWAY_BIN/pg_ctl -D '$PG_THROWAWAY_DIR/data' -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$PG_THROWAWAY_DIR"
}
