#!/usr/bin/env bash
# Runs every test of the Depot solution, on a fresh Debian 12 machine too:
# installs PostgreSQL and Chromium with apt when missing, starts a private
# throw-away PostgreSQL cluster, builds once, runs all test projects and ends
# with one line: "N passed, N failed[, N skipped]".
#
#   ./test.sh [-- EXTRA DOTNET TEST ARGS]     e.g. ./test.sh -- --filter "FullyQualifiedName~Storage"
#
# Environment:
#   DEPOT_TEST_PG_PORT       port of the private cluster (default 55432)
#   DEPOT_REFERENCE_DATA     reference data for conformance tests (default ../shared/data)
#   DEPOT_TEST_RESULTS       keep the .trx files in this directory (default: a temp dir, removed)
#   DEPOT_TEST_HANG_TIMEOUT  kill a test run whose current test has run this long (default 15m; "off" disables)
# Exported for the tests: DEPOT_TEST_POSTGRES, DEPOT_CHROMIUM, DEPOT_REFERENCE_DATA, DEPOT_VALIDATORS.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"
# shellcheck source=scripts/lib/postgres.sh
source "$root/scripts/lib/postgres.sh"
# shellcheck source=scripts/lib/trx.sh
source "$root/scripts/lib/trx.sh"

extra_args=()
while (($#)); do
  case $1 in
    --) shift; extra_args+=("$@"); break ;;
    -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p;}' "$0"; exit 0 ;;
    *) extra_args+=("$1"); shift ;;
  esac
done

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

pg_dir=
tmp_results=
child=
cleanup() {
  if [[ -n $pg_dir ]]; then
    depot_pg_destroy "$pg_dir" >/dev/null 2>&1 || true
    pg_dir=
  fi
  if [[ -n $tmp_results ]]; then
    rm -rf -- "$tmp_results"
    tmp_results=
  fi
}
on_signal() {
  trap - INT TERM
  if [[ -n $child ]]; then
    kill -TERM -- "-$child" 2>/dev/null || kill -TERM "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  exit "$1"
}
trap cleanup EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

# Runs a long command so that a signal to this script stops it and still cleans up:
# without a terminal it runs as its own process group, which a signal takes down whole
# (bash would otherwise wait for a foreground child before running the trap). On a
# terminal it runs in the foreground, where Ctrl-C reaches it directly.
run() {
  if [[ -t 0 || -t 1 ]]; then
    "$@"
    return
  fi
  local rc=0
  set -m
  "$@" </dev/null &
  child=$!
  set +m
  wait "$child" || rc=$?
  child=
  return "$rc"
}

# Ends the run as one failure, keeping the summary line last.
fail() {
  echo "error: $*" >&2
  cleanup
  echo "0 passed, 1 failed"
  exit 1
}

# --- 1+2. Packages: PostgreSQL server, Chromium, xmllint, the OAI-PMH harvester, Node (one apt-get update at most)
packages=()
depot_pg_installed || packages+=(postgresql)
[[ -x /usr/bin/chromium ]] || packages+=(chromium fonts-dejavu-core)
command -v xmllint >/dev/null || packages+=(libxml2-utils)
command -v oai_pmh >/dev/null || packages+=(libhttp-oai-perl)
command -v npm >/dev/null || packages+=(nodejs npm)
if ((${#packages[@]})); then
  depot_apt_install "${packages[@]}" || fail "could not install: ${packages[*]}"
fi
depot_pg_installed || fail "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)"
[[ -x /usr/bin/chromium ]] || fail "Chromium is not installed (no /usr/bin/chromium)"
export DEPOT_CHROMIUM=/usr/bin/chromium
command -v xmllint >/dev/null || fail "xmllint is not installed (apt-get install libxml2-utils)"
command -v oai_pmh >/dev/null || fail "oai_pmh is not installed (apt-get install libhttp-oai-perl)"

# --- 2b. The npm validators and clients the tests run (SHACL, JSON-LD, Turtle, LDES, JSON Schema)
validators="$root/tests/validators"
if [[ ! -f $validators/node_modules/.package-lock.json || $validators/package-lock.json -nt $validators/node_modules/.package-lock.json ]]; then
  echo "==> npm ci (tests/validators)"
  (cd "$validators" && npm ci --omit-lockfile-registry-resolved --no-audit --no-fund --loglevel=error) ||
    fail "could not install the npm validators in tests/validators (npm ci)"
fi
export DEPOT_VALIDATORS="$validators/node_modules"

# --- 1. Private PostgreSQL cluster ---------------------------------------------------------
pg_port=${DEPOT_TEST_PG_PORT:-$DEPOT_PG_DEFAULT_PORT}
# Clusters left by runs that were killed outright (their owner process is gone).
for stale in /tmp/depot-test-pg.*; do
  owner=$(cat "$stale/owner" 2>/dev/null) || continue
  if [[ ! $owner =~ ^[0-9]+$ ]] || kill -0 "$owner" 2>/dev/null; then continue; fi
  echo "==> removing the abandoned test cluster $stale"
  depot_pg_destroy "$stale" >/dev/null 2>&1 || true
done
# Under /tmp, not $TMPDIR: the postgres user must reach it, and socket paths must stay short.
pg_dir=$(mktemp -d /tmp/depot-test-pg.XXXXXX)
echo $$ >"$pg_dir/owner"
echo "==> PostgreSQL $(basename "$(dirname "$(depot_pg_bindir)")") on 127.0.0.1:$pg_port ($pg_dir)"
depot_pg_init "$pg_dir" || fail "could not create the PostgreSQL test cluster"
depot_pg_start "$pg_dir" "$pg_port" || fail "could not start the PostgreSQL test server"
depot_pg_bootstrap "$pg_dir" "$pg_port" || fail "could not set up role depot and database depot_test"
DEPOT_TEST_POSTGRES=$(depot_pg_connstring "$pg_port")
export DEPOT_TEST_POSTGRES

# --- 3. Reference data -------------------------------------------------------------------
if [[ -z ${DEPOT_REFERENCE_DATA:-} ]]; then
  DEPOT_REFERENCE_DATA="$(cd "$root/.." && pwd)/shared/data"
fi
export DEPOT_REFERENCE_DATA
[[ -d $DEPOT_REFERENCE_DATA ]] ||
  echo "note: $DEPOT_REFERENCE_DATA does not exist; conformance tests will be skipped"

# --- 4. Build once, then test ------------------------------------------------------------
echo "==> dotnet build Depot.slnx -c Release"
build_rc=0
run dotnet build Depot.slnx -c Release || build_rc=$?
((build_rc == 0)) || fail "the build failed (dotnet build exited with $build_rc)"

if [[ -n ${DEPOT_TEST_RESULTS:-} ]]; then
  results=$DEPOT_TEST_RESULTS
  mkdir -p "$results"
  find "$results" -maxdepth 1 -name '*.trx' -type f -delete
else
  tmp_results=$(mktemp -d -t depot-test-results.XXXXXX)
  results=$tmp_results
fi

# One test project at a time (-m:1): on two cores, projects running side by side starve the
# browser and multi-process tests; inside a project xUnit still runs classes in parallel.
test_args=(test Depot.slnx -c Release --no-build -m:1 --logger trx --results-directory "$results")
hang_timeout=${DEPOT_TEST_HANG_TIMEOUT:-15m}
if [[ $hang_timeout != off ]]; then
  test_args+=(--blame-hang-timeout "$hang_timeout" --blame-hang-dump-type none)
fi
echo "==> dotnet ${test_args[*]} ${extra_args[*]}"
test_rc=0
run dotnet "${test_args[@]}" "${extra_args[@]}" || test_rc=$?

# --- 5. Summary --------------------------------------------------------------------------
echo
depot_trx_summary "$results"
passed=$TRX_PASSED failed=$TRX_FAILED skipped=$TRX_SKIPPED
if ((TRX_FILES == 0)); then
  echo "error: dotnet test wrote no .trx file (exit code $test_rc)"
  failed=$((failed + (test_rc != 0)))
elif ((test_rc != 0 && failed == 0)); then
  echo "error: dotnet test exited with $test_rc but no test failed (see its output above)"
  failed=1
fi
((passed + failed > 0)) || echo "error: no test ran"

cleanup
# --- 6. Exit: all green and at least one test ran ----------------------------------------
depot_trx_line "$passed" "$failed" "$skipped"
((failed == 0 && passed > 0))
