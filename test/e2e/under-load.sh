#!/usr/bin/env bash
# `npm run test:e2e:load [-- RUNS]`: runs `npm run test:e2e` RUNS times in a row (default 20) with a
# CPU burner (one busy Node process) beside it, and prints one line per run and the tally.
# Exits 1 if any run failed; each run's full output stays in the printed log folder.
set -u
runs=${1:-${GONGWEN_E2E_RUNS:-20}}
cd "$(dirname "$0")/../.."
logs=$(mktemp -d "${TMPDIR:-/tmp}/gongwen-e2e-load-XXXXXX")
node -e 'for (;;) {}' &
burner=$!
trap 'kill "$burner" 2>/dev/null' EXIT
echo "e2e under load: $runs runs of npm run test:e2e beside a CPU burner (pid $burner); logs in $logs"
passed=0
failed=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  if npm run --silent test:e2e >"$logs/run-$i.log" 2>&1; then
    passed=$((passed + 1))
    status=pass
  else
    failed=$((failed + 1))
    status=FAIL
  fi
  echo "run $i/$runs: $status in $(($(date +%s) - start)) s"
  if [ "$status" = FAIL ]; then
    grep -E 'failing|Error|✗|not ok|[0-9]+\) ' "$logs/run-$i.log" | head -n 15 | sed 's/^/    /'
  fi
done
echo "tally: $passed passed, $failed failed of $runs runs (CPU burner beside; logs in $logs)"
[ "$failed" -eq 0 ]
