#!/usr/bin/env bash
# Leptos' share of the widget's wasm: the smallest live table of the widget's shape in
# Leptos 0.8 (scripts/bench/leptos-floor/: keyed rows with a signal each, reactive text and
# attributes, a memo, an effect, a button, mount and unmount), built with the workspace's
# release profile, wasm-bindgen and the package's wasm-opt flags. What the widget ships
# beyond it is its own views, store and glue. Prints a Markdown section; with --record it
# replaces the section in crates/micc-widget/BENCHMARKS.md.
#   bash scripts/bench/leptos-floor.sh [--record]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
RECORD=0
[ "${1:-}" = --record ] && RECORD=1
bash scripts/setup.sh >/dev/null
source scripts/env.sh
DIR="$ROOT/target/leptos-floor"
rm -rf "$DIR/crate" "$DIR/pkg" && mkdir -p "$DIR/pkg"
cp -r scripts/bench/leptos-floor "$DIR/crate"
# The workspace's lock file: the same Leptos and wasm-bindgen as the widget, offline.
cp Cargo.lock "$DIR/crate/"
CARGO_TARGET_DIR="$DIR/target" "$CARGO" build -q --offline --release --target wasm32-unknown-unknown \
  --manifest-path "$DIR/crate/Cargo.toml"
wasm-bindgen --target web --out-dir "$DIR/pkg" "$DIR/target/wasm32-unknown-unknown/release/leptos_floor.wasm"
source scripts/bench/wasm-lib.sh
widget_wasm_opt "$DIR/pkg/leptos_floor_bg.wasm" "$DIR/floor.wasm"
floor_raw=$(wc -c <"$DIR/floor.wasm")
floor_gz=$(gzip -9c "$DIR/floor.wasm" | wc -c)
# The widget's wasm as shipped, for the comparison (built by widget-size.sh's step).
source scripts/lib.sh
build_widget_pkg >"$ROOT/target/bench-widget-build.log" 2>&1 || { tail -30 "$ROOT/target/bench-widget-build.log"; exit 1; }
W="$ROOT/target/pkg/micc-widget/micc_widget_bg.wasm"
widget_raw=$(wc -c <"$W")
widget_gz=$(gzip -9c "$W" | wc -c)
SECTION=$(cat <<MD
<!-- BEGIN leptos-floor -->
## Leptos' share

Command: \`bash scripts/bench/leptos-floor.sh --record\` ($(date -u +%Y-%m-%d)): the smallest live
table of the widget's shape in Leptos 0.8 (\`scripts/bench/leptos-floor/\`), built as the
widget is (release profile, wasm-bindgen, the package's wasm-opt flags), beside the
widget's wasm.

| wasm | bytes | gzipped |
|---|---|---|
| Leptos floor | $floor_raw | $floor_gz |
| micc-widget | $widget_raw | $widget_gz |
| the widget beyond the floor | $((widget_raw - floor_raw)) | $((widget_gz - floor_gz)) |
<!-- END leptos-floor -->
MD
)
echo "$SECTION"
[ "$RECORD" = 1 ] && python3 "$ROOT/scripts/bench/record.py" "$ROOT/crates/micc-widget/BENCHMARKS.md" leptos-floor "$SECTION"
true
