#!/usr/bin/env bash
# Where the widget's wasm goes: the release wasm as shipped, then built again with one
# panel (or all three) left out of mount(), each through wasm-bindgen and the package's
# wasm-opt flags. The panels are left out in a copy of the sources (target/widget-parts),
# never in the tree. The measured basis for deciding what to make smaller. Prints a
# Markdown section; with --record it replaces the section in crates/micc-widget/BENCHMARKS.md.
#   bash scripts/bench/widget-parts.sh [--record]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
RECORD=0
[ "${1:-}" = --record ] && RECORD=1
bash scripts/setup.sh >/dev/null
source scripts/env.sh
OUT="$ROOT/target/widget-parts"
mkdir -p "$OUT"
source scripts/bench/wasm-lib.sh
MY='s/Box::new\(move \|\| my_presence\(shared, ticker, formatter\)\)/Box::new(move || { let _ = (shared, ticker, formatter); el("div") })/'
AGENTS='s/Box::new\(move \|\| agent_presence\(shared, ticker, formatter, options\)\)/Box::new(move || { let _ = (shared, ticker, formatter, options); el("div") })/'
QUEUES='s/Box::new\(move \|\| queue_now\(shared, ticker, formatter, options\)\)/Box::new(move || { let _ = (shared, ticker, formatter, options); el("div") })/'

# part NAME PERL...: the release wasm with mount.rs edited by each PERL substitution (each
# must match once); prints "NAME raw gzipped".
part() {
  local name=$1
  shift
  local ws="$OUT/ws"
  rm -rf "$ws" && mkdir -p "$ws"
  cp -r Cargo.toml Cargo.lock crates "$ws/"
  local mount="$ws/crates/micc-widget/src/embed/mount.rs"
  for edit in "$@"; do
    local before
    before=$(cksum <"$mount")
    perl -0pi -e "$edit" "$mount"
    [ "$(cksum <"$mount")" != "$before" ] || { echo "widget-parts: an edit for $name matched nothing in mount.rs" >&2; exit 1; }
  done
  # A left-out panel leaves its import unused: not an error here.
  RUSTFLAGS="-A unused_imports" CARGO_TARGET_DIR="$OUT/target" "$CARGO" build -q --offline --release \
    --target wasm32-unknown-unknown --manifest-path "$ws/Cargo.toml" -p micc-widget >"$OUT/build.log" 2>&1 ||
    { tail -30 "$OUT/build.log" >&2; exit 1; }
  rm -rf "$OUT/pkg" && mkdir -p "$OUT/pkg"
  wasm-bindgen --target web --out-dir "$OUT/pkg" "$OUT/target/wasm32-unknown-unknown/release/micc_widget.wasm"
  widget_wasm_opt "$OUT/pkg/micc_widget_bg.wasm" "$OUT/$name.wasm"
  echo "$name $(wc -c <"$OUT/$name.wasm") $(gzip -9c "$OUT/$name.wasm" | wc -c)"
}

ROWS=()
ROWS+=("$(part whole)")
ROWS+=("$(part no-my-presence "$MY")")
ROWS+=("$(part no-agent-presence "$AGENTS")")
ROWS+=("$(part no-queue-now "$QUEUES")")
ROWS+=("$(part no-panel "$MY" "$AGENTS" "$QUEUES")")
TABLE=$(size_table build "${ROWS[@]}")
SECTION=$(cat <<MD
<!-- BEGIN parts -->
## Where the wasm goes

Command: \`bash scripts/bench/widget-parts.sh --record\` ($(date -u +%Y-%m-%d)): the release wasm
(after wasm-bindgen and the package's wasm-opt flags) as shipped, and built again with
panels left out of \`mount()\` (in a copy of the sources). \`no-panel\` is what is left
without any view: config, custom elements, the store with its REST and real-time links,
formatting, the ticker, the DOM builder (src/dom); the panels' own code is then gone.

$TABLE
<!-- END parts -->
MD
)
echo "$SECTION"
[ "$RECORD" = 1 ] && python3 "$ROOT/scripts/bench/record.py" "$ROOT/crates/micc-widget/BENCHMARKS.md" parts "$SECTION"
true
