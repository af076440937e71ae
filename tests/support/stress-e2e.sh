#!/usr/bin/env bash
# The whole end-to-end suite, RUNS times in a row (default 10), with BURNERS busy-loop processes
# (default: one per core) taking the CPU beside it: races that a quiet machine hides show up here.
# Not part of `npm test`. Usage: bash tests/support/stress-e2e.sh [RUNS] [BURNERS]
# Each run's Playwright report goes to $OUT/run-N (default test-results/stress); the last line
# says how many runs were green.
set -uo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-10}
burners=${2:-$(nproc)}
out=${OUT:-test-results/stress}
rm -rf "$out"
mkdir -p "$out"

npm run --silent build || { echo "build failed"; exit 1; }

pids=()
stop_burners() { [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; }
trap stop_burners EXIT
for _ in $(seq "$burners"); do
  node -e 'for (;;) {}' &
  pids+=($!)
done
echo "$burners CPU burner(s) running beside the suite."

green=0
for run in $(seq "$runs"); do
  started=$(date +%s)
  COPYDESK_TEST_RESULTS="$out/run-$run" npx playwright test >"$out/run-$run.log" 2>&1
  code=$?
  stats=$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).stats;
    console.log(`${r.expected} passed, ${r.unexpected} failed, ${r.flaky} flaky, ${r.skipped} skipped`);
  ' "$out/run-$run/e2e.json" 2>/dev/null || echo "no report")
  if [ "$code" -eq 0 ]; then green=$((green + 1)); verdict=green; else verdict=RED; fi
  echo "run $run/$runs: $verdict — $stats ($(( $(date +%s) - started )) s)"
  [ "$code" -eq 0 ] || grep -E '✘' "$out/run-$run.log" | sed 's/^/    /'
done

echo "$green of $runs runs green under load"
[ "$green" -eq "$runs" ]
