#!/usr/bin/env bash
# Transfer size of the micc-widget package a page loads: its .wasm, .js and the demo's
# stylesheet, raw and gzipped (-9). With --record, writes the table to
# crates/micc-widget/BENCHMARKS.md. Budget (the widget issue): 150 KB gzipped, goal 90 KB.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
bash scripts/setup.sh >/dev/null
source scripts/env.sh
source scripts/lib.sh
build_widget_pkg >/dev/null 2>&1 || build_widget_pkg
mapfile -t FILES < <(widget_transfer_files)
raw=0 gz=0
TABLE=$( {
  echo "| file | bytes | gzipped |"
  echo "|---|---|---|"
  for f in "${FILES[@]}"; do
    printf '| %s | %d | %d |\n' "${f#"$ROOT"/}" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
  done
} )
for f in "${FILES[@]}"; do
  raw=$((raw + $(wc -c <"$f")))
  gz=$((gz + $(gzip -9c "$f" | wc -c)))
done
# What the wasm holds: the same release build through wasm-bindgen and wasm-opt with its
# names kept, broken down by twiggy (installed on first use), as client-size.sh does.
command -v twiggy >/dev/null || "$CARGO" install -q --locked twiggy --version 0.8.0
NAMED="$ROOT/target/bench-widget-size-named"
rm -rf "$NAMED" && mkdir -p "$NAMED"
wasm-bindgen --target web --keep-debug --out-dir "$NAMED" "$ROOT/target/wasm32-unknown-unknown/release/micc_widget.wasm"
source scripts/bench/wasm-lib.sh
widget_wasm_opt "$NAMED/micc_widget_bg.wasm" "$NAMED/named.wasm" -g
twiggy top -n 100000 --format csv "$NAMED/named.wasm" >"$NAMED/top.csv"
BREAKDOWN=$(python3 "$ROOT/scripts/bench/wasm-breakdown.py" "$NAMED/top.csv" 12)
SECTION=$(cat <<MD
<!-- BEGIN size -->
## Transfer size

Command: \`bash scripts/bench/widget-size.sh --record\` ($(date -u +%Y-%m-%d); release wasm, wasm-opt -Oz).
Budget: 150 KB (153,600 bytes) gzipped for wasm + js + css: $( [ "$gz" -le "$WIDGET_TRANSFER_BUDGET" ] && echo "met" || echo "NOT met" ) ($gz bytes; goal 90 KB).

$TABLE
| **together** | **$raw** | **$gz** |

What the .wasm holds (twiggy, the same build with its names kept; bytes before gzip):

$BREAKDOWN
<!-- END size -->
MD
)
echo "$SECTION"
[ "${1:-}" = --record ] && python3 "$ROOT/scripts/bench/record.py" "$ROOT/crates/micc-widget/BENCHMARKS.md" size "$SECTION"
true
