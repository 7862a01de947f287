#!/usr/bin/env bash
# Decoding speed of micc-client in headless Chromium: a 2,000-item agents/states page and a
# 300-item queues/state page from micc-sim, typed decode (serde_json from the text, and
# JSON.parse + serde-wasm-bindgen) vs JSON.parse of the same text in the same run (medians). With --record, writes the table to crates/micc-client/BENCHMARKS.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
RECORD=0
[ "${1:-}" = --record ] && RECORD=1
bash scripts/setup.sh >/dev/null
source scripts/env.sh
source scripts/lib.sh
"$CARGO" build -q --profile sim -p micc-sim
export MICC_SIM_BIN="$ROOT/target/sim/micc-sim"
start_sim "$ROOT/target/bench-decode-sim.log" --queues 300 --agents 2000 --page-size 2000 --speed 0
export MICC_SIM_URL="$SIM_URL"
OUT=$(wasm-pack test --release --headless --chrome --chromedriver /usr/bin/chromedriver crates/micc-client --bench decode -- --nocapture 2>&1) || {
  echo "$OUT" | tail -30
  exit 1
}
TABLE=$(sed -n '/BENCH-BEGIN/,/BENCH-END/p' <<<"$OUT" | sed '1d;$d')
[ -n "$TABLE" ] || { echo "no figures in the output:"; echo "$OUT" | tail -30; exit 1; }
# The npm package's path: JSON.parse by the engine, then js/convert.js (the same simulator).
bash scripts/build-client-pkg.sh >/dev/null 2>&1 || bash scripts/build-client-pkg.sh
JS_ROWS=$(node scripts/bench/js-decode.mjs)
stop_sim
SECTION=$(cat <<MD
<!-- BEGIN decode -->
## Decoding in Chromium

Command: \`bash scripts/bench/client-decode.sh --record\` ($(date -u +%Y-%m-%d), $(nproc) cores, headless
Chromium $(chromium --version 2>/dev/null | awk '{print $2}'), release wasm; bodies served by micc-sim in camelCase).
Medians of 21 runs, the three ways interleaved; ratio = typed decode / JSON.parse of the same text.

$TABLE

The npm package (\`scripts/bench/js-decode.mjs\`, same run and simulator): answers are parsed by
the engine's JSON.parse and converted by js/convert.js. Medians of 21 interleaved rounds;
ratio = the median of the per-round ratios (ours / baseline).

| what | items | bytes | ours (ms) | baseline (ms) | ratio |
|---|---|---|---|---|---|
$JS_ROWS
<!-- END decode -->
MD
)
echo "$SECTION"
if [ $RECORD -eq 1 ]; then
  python3 "$ROOT/scripts/bench/record.py" "$ROOT/crates/micc-client/BENCHMARKS.md" decode "$SECTION"
fi
