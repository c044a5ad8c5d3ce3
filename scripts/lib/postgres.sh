# shellcheck shell=bash
# Private, throw-away PostgreSQL clusters for tests (test.sh) and development
# (scripts/pg-dev.sh). Source this file; it only defines functions.
#
# A cluster lives entirely in one directory DIR:
#   DIR/data          the data directory (initdb)
#   DIR/socket        the unix socket directory
#   DIR/postgres.log  the server log
# It listens on 127.0.0.1:PORT only, trusts every local and loopback
# connection, and trades durability for speed (fsync off and friends).
# PostgreSQL refuses to run as root, so as root everything runs as the
# `postgres` OS user, which owns DIR.

# shellcheck disable=SC2034 # used by the scripts that source this file
DEPOT_PG_DEFAULT_PORT=55432
DEPOT_APT_UPDATED=${DEPOT_APT_UPDATED:-0}

# apt-get install, running `apt-get update` once per shell first. apt's chatter
# goes to a log that is shown only when it fails.
depot_apt_install() {
  (($#)) || return 0
  if [[ $(id -u) -ne 0 ]]; then
    echo "error: root is needed to install: $* (apt-get install -y $*)" >&2
    return 1
  fi
  local apt=(apt-get -y -q -o DPkg::Lock::Timeout=300) log rc=0
  log=$(mktemp -t depot-apt.XXXXXX)
  if [[ $DEPOT_APT_UPDATED != 1 ]]; then
    echo "==> apt-get update"
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" update >"$log" 2>&1 || rc=$?
    ((rc == 0)) && DEPOT_APT_UPDATED=1
  fi
  if ((rc == 0)); then
    echo "==> apt-get install $*"
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" install "$@" >>"$log" 2>&1 || rc=$?
  fi
  if ((rc != 0)); then
    echo "error: apt-get failed (exit $rc):" >&2
    tail -n 40 "$log" >&2
  fi
  rm -f -- "$log"
  return "$rc"
}

# The bin directory of the newest installed PostgreSQL server, if any.
depot_pg_bindir() {
  local initdb
  initdb=$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
  [[ -x $initdb ]] || return 1
  dirname "$initdb"
}

depot_pg_installed() {
  depot_pg_bindir >/dev/null
}

depot_pg_ensure_installed() {
  depot_pg_installed && return 0
  depot_apt_install postgresql
  depot_pg_installed || {
    echo "error: postgresql was installed but no /usr/lib/postgresql/*/bin/initdb exists" >&2
    return 1
  }
}

# Runs a command as the cluster's owner: `postgres` when we are root, else us.
depot_pg_as_owner() {
  if [[ $(id -u) -ne 0 ]]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
  fi
}

depot_pg_connstring() {
  echo "Host=127.0.0.1;Port=$1;Username=depot;Password=depot;Database=depot_test"
}

depot_pg_url() {
  echo "postgresql://depot:depot@127.0.0.1:$1/depot_test"
}

# depot_pg_init DIR: creates the directory and an empty cluster in it.
depot_pg_init() {
  local dir=$1 bindir locale=(--no-locale)
  bindir=$(depot_pg_bindir) || { echo "error: PostgreSQL is not installed" >&2; return 1; }
  if [[ $(id -u) -eq 0 ]] && ! id -u postgres >/dev/null 2>&1; then
    echo "error: there is no 'postgres' OS user to run PostgreSQL as" >&2
    return 1
  fi
  mkdir -p "$dir"
  chmod 700 "$dir"
  [[ $(id -u) -ne 0 ]] || chown postgres:postgres "$dir"
  depot_pg_as_owner mkdir -p "$dir/socket"
  # C.UTF-8 keeps byte-order collation but knows upper/lower case beyond ASCII.
  if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then locale=(--locale=C.UTF-8); fi
  if ! depot_pg_as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
      "${locale[@]}" >"$dir/initdb.log" 2>&1; then
    echo "error: initdb failed:" >&2
    cat "$dir/initdb.log" >&2
    return 1
  fi
  cat >>"$dir/data/postgresql.conf" <<CONF

# Depot: private throw-away test cluster (scripts/lib/postgres.sh)
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/socket'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
}

depot_pg_running() {
  local dir=$1 bindir
  bindir=$(depot_pg_bindir) || return 1
  [[ -f $dir/data/postmaster.pid ]] &&
    depot_pg_as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

# depot_pg_start DIR PORT: starts the cluster and waits until it accepts connections.
depot_pg_start() {
  local dir=$1 port=$2 bindir
  bindir=$(depot_pg_bindir) || { echo "error: PostgreSQL is not installed" >&2; return 1; }
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "error: port $port on 127.0.0.1 is already in use; stop what listens there" \
      "(scripts/pg-dev.sh stop?) or pick another port with DEPOT_TEST_PG_PORT" >&2
    return 1
  fi
  if ! depot_pg_as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" \
      -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
    echo "error: PostgreSQL failed to start on port $port; server log:" >&2
    tail -n 40 "$dir/postgres.log" >&2 2>/dev/null || true
    return 1
  fi
}

# depot_pg_bootstrap DIR PORT: creates role depot (superuser) and database depot_test.
depot_pg_bootstrap() {
  local dir=$1 port=$2 bindir
  bindir=$(depot_pg_bindir) || return 1
  depot_pg_as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$port" \
    -U postgres -d postgres >/dev/null <<'SQL'
SELECT 'CREATE ROLE depot LOGIN SUPERUSER PASSWORD ''depot'''
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'depot')\gexec
SELECT 'CREATE DATABASE depot_test OWNER depot'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'depot_test')\gexec
SQL
  # The way the tests will connect: TCP on loopback as depot.
  "$bindir/psql" -X -q -t -A -v ON_ERROR_STOP=1 -c 'SELECT 1' "$(depot_pg_url "$port")" >/dev/null || {
    echo "error: cannot connect to $(depot_pg_url "$port")" >&2
    return 1
  }
}

# depot_pg_stop DIR: stops the cluster if it runs; keeps the data.
depot_pg_stop() {
  local dir=$1 bindir pid
  [[ -f $dir/data/postmaster.pid ]] || return 0
  bindir=$(depot_pg_bindir) || return 1
  depot_pg_running "$dir" || return 0
  depot_pg_as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
    depot_pg_as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || {
      pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
      [[ $pid =~ ^[0-9]+$ ]] && kill -9 "$pid" 2>/dev/null
      ! depot_pg_running "$dir"
    }
}

# depot_pg_destroy DIR: stops the cluster and removes DIR.
depot_pg_destroy() {
  local dir=$1 rc=0
  [[ -n $dir && $dir != / && -d $dir ]] || return 0
  depot_pg_stop "$dir" || rc=$?
  rm -rf -- "$dir"
  return "$rc"
}
