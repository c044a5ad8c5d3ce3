# shellcheck shell=bash
# Sums VSTest .trx result files with grep and sed only (no python, no xmllint).
# Source this file, then:
#   depot_trx_summary DIR
# prints the names of failed tests and aborted test runs, and sets
#   TRX_FILES TRX_PASSED TRX_FAILED TRX_SKIPPED
# Failed counts failed/error/timeout/aborted results, plus one for each run
# that broke off (test host crashed or was killed as hung, or no summary was
# written): its remaining tests never reported.
# Skipped is total - executed: xunit's skipped tests (outcome="NotExecuted")
# are not in the notExecuted counter.

_depot_trx_attr() { # NAME COUNTERS-ELEMENT -> the number, or 0
  local v
  v=$(sed -n "s/.*[[:space:]]$1=\"\([0-9]*\)\".*/\1/p" <<<"$2")
  echo "${v:-0}"
}

_depot_trx_unescape() {
  sed -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' \
    -e 's/&#x[aAdD];/ /g' -e 's/&#1[03];/ /g' -e 's/&amp;/\&/g'
}

_depot_trx_name() { # FILE -> the test assembly the file is about
  local f=$1 name
  name=$(sed -n 's/.*Discovering:[[:space:]]*\([^[:space:]<]*\).*/\1/p' "$f" | head -n 1)
  [[ -n $name ]] || name=$(grep -o 'storage="[^"]*"' "$f" | head -n 1 | sed 's/^storage="//; s/"$//')
  [[ -n $name ]] || name=$f
  basename "$name"
}

depot_trx_summary() {
  local dir=$1 f counters total executed passed failed skipped outcome reason
  local -a files=() failures=() aborts=()
  TRX_FILES=0 TRX_PASSED=0 TRX_FAILED=0 TRX_SKIPPED=0
  if [[ -d $dir ]]; then
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -name '*.trx' -type f -print0 | sort -z)
  fi
  for f in "${files[@]}"; do
    TRX_FILES=$((TRX_FILES + 1))
    counters=$(grep -o '<Counters[[:space:]][^>]*>' "$f" | head -n 1 || true)
    if [[ -n $counters ]]; then
      total=$(_depot_trx_attr total "$counters")
      executed=$(_depot_trx_attr executed "$counters")
      passed=$(_depot_trx_attr passed "$counters")
      failed=$(($(_depot_trx_attr failed "$counters") + $(_depot_trx_attr error "$counters") \
        + $(_depot_trx_attr timeout "$counters") + $(_depot_trx_attr aborted "$counters")))
      skipped=$((total - executed))
      local not_executed
      not_executed=$(_depot_trx_attr notExecuted "$counters")
      ((not_executed > skipped)) && skipped=$not_executed
      ((skipped >= 0)) || skipped=0
    else # no summary written: count the results themselves
      passed=$(grep -o '<UnitTestResult[[:space:]][^>]*outcome="Passed"' "$f" | wc -l)
      failed=$(grep -oE '<UnitTestResult[[:space:]][^>]*outcome="(Failed|Error|Timeout|Aborted)"' "$f" | wc -l)
      skipped=$(grep -o '<UnitTestResult[[:space:]][^>]*outcome="NotExecuted"' "$f" | wc -l)
    fi
    while IFS= read -r name; do
      [[ -n $name ]] && failures+=("$name")
    done < <(grep -oE '<UnitTestResult[[:space:]][^>]*outcome="(Failed|Error|Timeout|Aborted)"[^>]*>' "$f" |
      sed -n 's/.*[[:space:]]testName="\([^"]*\)".*/\1/p' | _depot_trx_unescape)

    outcome=$(sed -n 's/.*<ResultSummary[[:space:]][^>]*outcome="\([^"]*\)".*/\1/p' "$f" | head -n 1)
    # Error run infos also carry the adapter's "[FAIL]" lines; only these mean the run broke off.
    reason=$(sed -n '/<RunInfo[[:space:]][^>]*outcome="Error"/,/<\/RunInfo>/{s/.*<Text>//p;}' "$f" |
      grep -iE -m 1 'abort|crash|catastrophic' | sed 's/<\/Text>.*//' | _depot_trx_unescape || true)
    if [[ -z $counters || -n $reason ]] ||
      [[ $failed -eq 0 && -n $outcome && ! $outcome =~ ^(Completed|Passed|Warning)$ ]]; then
      [[ -n $counters ]] || reason=${reason:-no result summary in the file: the run was cut short}
      aborts+=("$(_depot_trx_name "$f"): ${reason:-the run ended with outcome $outcome}")
      failed=$((failed + 1))
    fi
    TRX_PASSED=$((TRX_PASSED + passed))
    TRX_FAILED=$((TRX_FAILED + failed))
    TRX_SKIPPED=$((TRX_SKIPPED + skipped))
  done
  if ((${#failures[@]})); then
    echo "Failed tests:"
    printf '  %s\n' "${failures[@]}"
  fi
  if ((${#aborts[@]})); then
    echo "Aborted test runs:"
    printf '  %s\n' "${aborts[@]}"
  fi
  return 0
}

# N passed, N failed[, N skipped]
depot_trx_line() {
  local line="$1 passed, $2 failed"
  (($3 > 0)) && line+=", $3 skipped"
  echo "$line"
}
