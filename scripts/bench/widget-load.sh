#!/usr/bin/env bash
# The widget's speed in Chromium (issue 12's figures): navigation start to the first queue
# row with data (median of 10 loads; budget 300 ms, goal 150 ms), and a load run of 300
# queues and 2,000 agents at 100 changes/s (main-thread busy share, budget 25 %; longest
# task; JS heap at the start and the end). Prints a Markdown section; with --record it also
# replaces the section in crates/micc-widget/BENCHMARKS.md.
#   bash scripts/bench/widget-load.sh [--record] [--loads 10] [--load-seconds 300] [--rate 100]
#     [--profile FILE]
# --profile FILE: a CPU profile of the load run (Chrome's, through CDP) to FILE, its summary
# (busiest functions) on stderr; the package is then a profiling build that keeps the wasm's
# function names (target/pkg-profiling, without wasm-opt), so do not --record with it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
RECORD=0
PROFILE=
ARGS=()
while [ $# -gt 0 ]; do
  case $1 in
    --record) RECORD=1 ;;
    --loads|--load-seconds|--rate) ARGS+=("$1" "$2"); shift ;;
    --profile) PROFILE=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
bash scripts/setup.sh >/dev/null
source scripts/env.sh
source scripts/lib.sh
if [ -n "$PROFILE" ]; then
  [ "$RECORD" = 0 ] || { echo "--profile measures a profiling build: not with --record" >&2; exit 2; }
  case $PROFILE in /*) ;; *) PROFILE="$PWD/$PROFILE" ;; esac
  wasm-pack build --profiling --no-opt --target web --no-pack --out-dir "$ROOT/target/pkg-profiling/micc-widget" \
    "$ROOT/crates/micc-widget" >"$ROOT/target/bench-widget-build.log" 2>&1 || { tail -30 "$ROOT/target/bench-widget-build.log"; exit 1; }
  ARGS+=(--profile "$PROFILE" --pkg "$ROOT/target/pkg-profiling")
else
  build_widget_pkg >"$ROOT/target/bench-widget-build.log" 2>&1 || { tail -30 "$ROOT/target/bench-widget-build.log"; exit 1; }
fi
"$CARGO" build -q --profile sim -p micc-sim --bin micc-sim
export MICC_SIM_BIN="$ROOT/target/sim/micc-sim"
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
OUT=$(node scripts/bench/widget-load.mjs "${ARGS[@]}")
SECTION=$(cat <<MD
<!-- BEGIN load -->
## Speed in Chromium

Command: \`bash scripts/bench/widget-load.sh --record\` ($(date -u +%Y-%m-%d), $(nproc) cores shared, load
average $LOAD when it started; release package \`target/pkg/micc-widget\`, micc-sim \`--profile sim\`
on 127.0.0.1, the page on http://localhost (another origin); Debian Chromium headless through
playwright-core).

$OUT
<!-- END load -->
MD
)
echo "$SECTION"
[ "$RECORD" = 1 ] && python3 "$ROOT/scripts/bench/record.py" "$ROOT/crates/micc-widget/BENCHMARKS.md" load "$SECTION"
true
