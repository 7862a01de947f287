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
P="$ROOT/target/pkg/micc-widget"
# The custom elements' snippet (wasm-bindgen writes it under snippets/) and drop-in loader too.
mapfile -t SNIPPETS < <(find "$P/snippets" -name '*.js' | sort)
FILES=("$P/micc_widget_bg.wasm" "$P/micc_widget.js" "${SNIPPETS[@]}" "$P/micc-elements.js" "$ROOT/www/demo.css")
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
SECTION=$(cat <<MD
<!-- BEGIN size -->
## Transfer size

Command: \`bash scripts/bench/widget-size.sh --record\` ($(date -u +%Y-%m-%d); release wasm, wasm-opt -Oz).
Budget: 150 KB (153,600 bytes) gzipped for wasm + js + css: $( [ "$gz" -le 153600 ] && echo "met" || echo "NOT met" ) ($gz bytes; goal 90 KB).

$TABLE
| **together** | **$raw** | **$gz** |
<!-- END size -->
MD
)
echo "$SECTION"
[ "${1:-}" = --record ] && python3 "$ROOT/scripts/bench/record.py" "$ROOT/crates/micc-widget/BENCHMARKS.md" size "$SECTION"
true
