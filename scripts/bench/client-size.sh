#!/usr/bin/env bash
# Size of the micc-client npm package: the .wasm and .js files browsers load (web entry)
# and Node loads (node entry, the same .wasm), raw and gzipped (-9). With --record, writes the table to
# crates/micc-client/BENCHMARKS.md. Budget (the 1.0 issue): 75 KB gzipped for the web build
# together, 80 KB once the real-time code is in the package.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
bash scripts/setup.sh >/dev/null
bash scripts/build-client-pkg.sh >/dev/null 2>&1 || bash scripts/build-client-pkg.sh
P="$ROOT/target/pkg/micc-client"
row() { printf '| %s | %d | %d |\n' "$1" "$(wc -c <"$P/$1")" "$(gzip -9c "$P/$1" | wc -c)"; }
sum() { local raw=0 gz=0; for f in "$@"; do raw=$((raw + $(wc -c <"$P/$f"))); gz=$((gz + $(gzip -9c "$P/$f" | wc -c))); done; echo "$raw $gz"; }
WEB=(web/micc_client_bg.wasm web/micc_client.js web.js manual.js loader.js facade_generated.js client.js convert.js shapes_generated.js helpers.js)
NODE=(web/micc_client_bg.wasm web/micc_client.js node.mjs manual.js loader.js facade_generated.js client.js convert.js shapes_generated.js helpers.js)
read -r web_raw web_gz < <(sum "${WEB[@]}")
read -r node_raw node_gz < <(sum "${NODE[@]}")
TABLE=$( { echo "| file | bytes | gzipped |"; echo "|---|---|---|"; for f in "${WEB[@]}" node.mjs; do row "$f"; done;
  echo "| **web build together** | **$web_raw** | **$web_gz** |"; echo "| node entry together | $node_raw | $node_gz |"; } )
SECTION=$(cat <<MD
<!-- BEGIN size -->
## Package size

Command: \`bash scripts/bench/client-size.sh --record\` ($(date -u +%Y-%m-%d); release wasm, wasm-opt -Oz).
Budget: 75 KB (76,800 bytes) gzipped for the web build's .wasm and .js together: $( [ "$web_gz" -le 76800 ] && echo "met" || echo "NOT met" ) ($web_gz bytes).

$TABLE
<!-- END size -->
MD
)
echo "$SECTION"
[ "${1:-}" = --record ] && python3 "$ROOT/scripts/bench/record.py" "$ROOT/crates/micc-client/BENCHMARKS.md" size "$SECTION"
true
