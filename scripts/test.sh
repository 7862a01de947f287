#!/usr/bin/env bash
# Runs every test of the project, after setting up what they need (scripts/setup.sh).
# Ends with one line "N passed, N failed" summed over every suite, also written to
# target/test-summary so .ci/run can repeat it last.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
bash scripts/setup.sh || exit 1
source scripts/env.sh
source scripts/lib.sh

passed=0
failed=0
failures=()
OUT="$ROOT/target/test-output"
mkdir -p "$OUT"

# Adds the counts of every "test result: ok. N passed; M failed" line of a cargo/wasm-bindgen run.
count_rust() {
  local log=$1 p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
  echo "$p $f"
}

# run_suite NAME KIND CMD...: KIND is "check" (one pass or fail), "rust" (cargo/wasm-bindgen
# counts) or "node" (node --test counts).
run_suite() {
  local name=$1 kind=$2
  shift 2
  local log="$OUT/$name.log" rc p f
  printf '%-28s' "$name"
  "$@" >"$log" 2>&1
  rc=$?
  case $kind in
    check) if [ $rc -eq 0 ]; then p=1 f=0; else p=0 f=1; fi ;;
    rust) read -r p f < <(count_rust "$log") ;;
    node)
      p=$(grep -Eo '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
      f=$(grep -Eo '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
      ;;
  esac
  # A suite that exits non-zero without reporting a failed test still failed (a build error).
  if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  if [ $rc -eq 0 ] && [ "$p" -eq 0 ]; then
    echo "suite ran no test" >>"$log"
    f=$((f + 1))
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$f" -eq 0 ]; then
    echo "ok      $p passed"
  else
    echo "FAILED  $p passed, $f failed (log: ${log#"$ROOT"/})"
    failures+=("$name")
    tail -n 40 "$log" | sed 's/^/    /'
  fi
}

WASM=wasm32-unknown-unknown
run_suite fmt check "$CARGO" fmt --all -- --check
run_suite clippy-native check "$CARGO" clippy --workspace --all-targets -- -D warnings
run_suite clippy-wasm check "$CARGO" clippy --workspace --exclude micc-sim --all-features --all-targets --target $WASM -- -D warnings
run_suite docs check env RUSTDOCFLAGS="-D warnings" "$CARGO" doc --no-deps --workspace -q
run_suite native-tests rust "$CARGO" test --workspace --no-fail-fast
run_suite api-spec-validation node node --test tests/spec/
run_suite iframe-messages node node --test tests/iframe/
run_suite widget-js node node --test tests/widget-js/

# Browser suites talk to a simulator that this script starts on a free port and stops on exit.
"$CARGO" build -q -p micc-sim >"$OUT/sim-build.log" 2>&1 || { cat "$OUT/sim-build.log"; exit 1; }
export MICC_SIM_BIN="$ROOT/target/debug/micc-sim"
# A larger world (paging), short-lived tokens so renewal happens during the suite, and a
# busy hour of the simulated day (10:00 UTC) whatever the time the suite runs, and long polls
# held 5 s at most (so that a stalled poll is noticed within the tests' patience).
start_sim "$OUT/sim-wasm-tests.log" --queues 40 --agents 300 --token-lifetime 10 --start-time 1767261600000 --signalr-connection-timeout 5
export MICC_SIM_URL="$SIM_URL"
for crate in micc-client micc-widget; do
  run_suite "wasm-$crate" rust wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver "crates/$crate"
done
stop_sim

run_suite build-widget-pkg check build_widget_pkg
run_suite build-client-pkg check bash scripts/build-client-pkg.sh
# The widget issue's transfer budget, on the package just built (a size, not a timing).
run_suite widget-transfer node node --test tests/size/
run_suite e2e node node --test tests/e2e/
run_suite npm-consumer node node --test tests/npm/
# Node 20 has WebSocket behind a flag; the real-time tests use it (and long polling).
run_suite realtime-js node node --experimental-websocket --test tests/realtime/
run_suite bundlers node node --test tests/bundlers/
run_suite signalr-interop node node --test tests/signalr/
run_suite public-code-rest node node --test tests/compat/
run_suite bench-tools node node --test tests/bench/

summary="$passed passed, $failed failed"
echo "$summary" >"$ROOT/target/test-summary"
[ ${#failures[@]} -eq 0 ] || echo "failed suites: ${failures[*]}"
echo "$summary"
[ "$failed" -eq 0 ]
