#!/usr/bin/env bash
# A private PostgreSQL server for development, the same kind test.sh starts:
# 127.0.0.1 only, trust auth, role depot (password depot), database depot_test.
#
#   scripts/pg-dev.sh [start]   start it (installing PostgreSQL if missing); prints the connection string
#   scripts/pg-dev.sh stop      stop it, keeping the data
#   scripts/pg-dev.sh destroy   stop it and delete the data
#   scripts/pg-dev.sh status
#
#   export DEPOT_TEST_POSTGRES="$(scripts/pg-dev.sh)"
#
# Environment: DEPOT_TEST_PG_PORT (default 55432), DEPOT_DEV_PG_DIR (default /tmp/depot-pg).
# Note: test.sh starts its own cluster on the same default port; stop this one first,
# or give one of them another DEPOT_TEST_PG_PORT.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/lib/postgres.sh
source "$here/lib/postgres.sh"

dir=${DEPOT_DEV_PG_DIR:-/tmp/depot-pg}
port=${DEPOT_TEST_PG_PORT:-$DEPOT_PG_DEFAULT_PORT}

case ${1:-start} in
  start)
    depot_pg_ensure_installed >&2
    if depot_pg_running "$dir"; then
      echo "PostgreSQL already runs from $dir" >&2
    else
      if [[ ! -f $dir/data/PG_VERSION ]]; then
        rm -rf -- "$dir"
        depot_pg_init "$dir"
      fi
      depot_pg_start "$dir" "$port"
      echo "PostgreSQL started on 127.0.0.1:$port, data in $dir (log: $dir/postgres.log)" >&2
    fi
    port=$(sed -n '4p' "$dir/data/postmaster.pid") # the port it really listens on
    depot_pg_bootstrap "$dir" "$port"
    echo "psql \"$(depot_pg_url "$port")\"" >&2
    depot_pg_connstring "$port"
    ;;
  stop)
    depot_pg_stop "$dir"
    echo "PostgreSQL in $dir stopped" >&2
    ;;
  destroy)
    depot_pg_destroy "$dir"
    echo "PostgreSQL in $dir stopped and removed" >&2
    ;;
  status)
    if depot_pg_running "$dir"; then
      echo "running: $(depot_pg_connstring "$(sed -n '4p' "$dir/data/postmaster.pid")")"
    else
      echo "not running ($dir)"
      exit 3
    fi
    ;;
  -h | --help)
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p;}' "$0"
    ;;
  *)
    echo "usage: $0 [start|stop|destroy|status]" >&2
    exit 2
    ;;
esac
