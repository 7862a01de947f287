#!/usr/bin/env bash
# How much smaller the widget's wasm gets with compiler settings the package does not use
# (yet), each built from clean in its own target dir (about 15 min on 2 cores): the
# measured basis for deciding whether they are worth their cost. Prints a Markdown section;
# with --record it replaces the section in crates/micc-widget/BENCHMARKS.md.
#   bash scripts/bench/widget-size-variants.sh [--record]
# Variants, each on top of the package's release profile (opt-level z, fat LTO, one codegen
# unit, panic=abort) and the package's wasm-opt flags:
#   zflags  -Zlocation-detail=none -Zfmt-debug=none (RUSTC_BOOTSTRAP on the stable compiler;
#           the precompiled std keeps its own)
#   bstd    the standard library rebuilt with the crate (-Zbuild-std) and
#           -Cpanic=immediate-abort plus the zflags: needs std's sources, which rustup's
#           toolchain here lacks, so Debian's rustc-web and rust-web-src (1.96) build it
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
bash scripts/setup.sh >/dev/null
source scripts/env.sh
OUT="$ROOT/target/size-variants"
mkdir -p "$OUT"
source scripts/bench/wasm-lib.sh

# variant NAME CARGO RUSTFLAGS [EXTRA CARGO ARGS...]: builds the widget's release wasm,
# runs wasm-bindgen and wasm-opt on it, and prints a table row.
variant() {
  local name=$1 cargo=$2 flags=$3
  shift 3
  local dir="$OUT/$name"
  mkdir -p "$dir/pkg"
  RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$dir/target" CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$flags" \
    "$cargo" build -q --release --target wasm32-unknown-unknown -p micc-widget "$@" >"$dir/build.log" 2>&1 ||
    { tail -30 "$dir/build.log" >&2; exit 1; }
  wasm-bindgen --target web --out-dir "$dir/pkg" "$dir/target/wasm32-unknown-unknown/release/micc_widget.wasm"
  widget_wasm_opt "$dir/pkg/micc_widget_bg.wasm" "$dir/opt.wasm"
  local raw gz
  raw=$(wc -c <"$dir/opt.wasm")
  gz=$(gzip -9c "$dir/opt.wasm" | wc -c)
  echo "$name $raw $gz"
}

ZFLAGS="-Zlocation-detail=none -Zfmt-debug=none"
ROWS=()
ROWS+=("$(variant release "$CARGO" "")")
ROWS+=("$(variant zflags "$CARGO" "$ZFLAGS")")
# Debian's compiler with std's sources (apt, idempotent), only for this variant.
missing=()
for p in rustc-web cargo-web rust-web-src lld; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=$([ "$(id -u)" = 0 ] || echo sudo)
  $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
ROWS+=("$(PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld \
  variant bstd /usr/bin/cargo "-Zunstable-options -Cpanic=immediate-abort $ZFLAGS" -Zbuild-std=std,panic_abort)")

TABLE=$(size_table variant "${ROWS[@]}")
SECTION=$(cat <<MD
<!-- BEGIN size-variants -->
## Compiler settings the package does not use

Command: \`bash scripts/bench/widget-size-variants.sh --record\` ($(date -u +%Y-%m-%d)); the widget's
wasm only (after wasm-bindgen and the package's wasm-opt flags), each variant built from clean.
\`release\` is the package as shipped; \`zflags\`:
\`-Zlocation-detail=none -Zfmt-debug=none\`; \`bstd\`: std rebuilt with the crate
(\`-Zbuild-std\`, Debian's rustc-web 1.96) with \`-Cpanic=immediate-abort\` and the zflags.

$TABLE
<!-- END size-variants -->
MD
)
echo "$SECTION"
[ "${1:-}" = --record ] && python3 "$ROOT/scripts/bench/record.py" "$ROOT/crates/micc-widget/BENCHMARKS.md" size-variants "$SECTION"
true
