#!/usr/bin/env bash
# Size of the micc-client npm package: the .wasm and .js files browsers load (web entry)
# and Node loads (node entry, the same .wasm), raw and gzipped (-9). With --record, writes the table to
# crates/micc-client/BENCHMARKS.md. Budget: 80 KB gzipped for the web build (75 KB before real time)
# together, 80 KB once the real-time code is in the package (it is: 81,920 bytes).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
bash scripts/setup.sh >/dev/null
bash scripts/build-client-pkg.sh >/dev/null 2>&1 || bash scripts/build-client-pkg.sh
P="$ROOT/target/pkg/micc-client"
row() { printf '| %s | %d | %d |\n' "$1" "$(wc -c <"$P/$1")" "$(gzip -9c "$P/$1" | wc -c)"; }
sum() { local raw=0 gz=0; for f in "$@"; do raw=$((raw + $(wc -c <"$P/$f"))); gz=$((gz + $(gzip -9c "$P/$f" | wc -c))); done; echo "$raw $gz"; }
# The entries share one bundled chunk (core-<hash>.js).
CORE=$(cd "$P" && ls core-*.js)
WEB=(web/micc_client_bg.wasm web.js "$CORE")
NODE=(web/micc_client_bg.wasm node.mjs "$CORE")
read -r web_raw web_gz < <(sum "${WEB[@]}")
read -r node_raw node_gz < <(sum "${NODE[@]}")
TABLE=$( { echo "| file | bytes | gzipped |"; echo "|---|---|---|"; for f in "${WEB[@]}" node.mjs manual.js; do row "$f"; done;
  echo "| **web build together** | **$web_raw** | **$web_gz** |"; echo "| node entry together | $node_raw | $node_gz |"; } )
# What the wasm holds: the same release build through wasm-bindgen and wasm-opt with its
# names kept, broken down by twiggy (installed here on first use).
source scripts/env.sh
command -v twiggy >/dev/null || "$CARGO" install -q --locked twiggy --version 0.8.0
NAMED="$ROOT/target/bench-size-named"
rm -rf "$NAMED" && mkdir -p "$NAMED"
wasm-bindgen --target web --keep-debug --out-dir "$NAMED" "$ROOT/target/wasm32-unknown-unknown/release/micc_client.wasm"
"$ROOT/scripts/node_modules/.bin/wasm-opt" -Oz -g --enable-bulk-memory --enable-mutable-globals \
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types --enable-multivalue \
  "$NAMED/micc_client_bg.wasm" -o "$NAMED/named.wasm"
twiggy top -n 100000 --format csv "$NAMED/named.wasm" >"$NAMED/top.csv"
BREAKDOWN=$(python3 "$ROOT/scripts/bench/wasm-breakdown.py" "$NAMED/top.csv" 12)
SECTION=$(cat <<MD
<!-- BEGIN size -->
## Package size

Command: \`bash scripts/bench/client-size.sh --record\` ($(date -u +%Y-%m-%d); release wasm, wasm-opt -Oz).
Budget: 80 KB (81,920 bytes) gzipped for the web build's .wasm and .js together, real-time code included (75 KB before it): $( [ "$web_gz" -le 81920 ] && echo "met" || echo "NOT met" ) ($web_gz bytes).

$TABLE

What the .wasm holds (twiggy, the same build with its names kept; bytes before gzip):

$BREAKDOWN
<!-- END size -->
MD
)
echo "$SECTION"
[ "${1:-}" = --record ] && python3 "$ROOT/scripts/bench/record.py" "$ROOT/crates/micc-client/BENCHMARKS.md" size "$SECTION"
true
