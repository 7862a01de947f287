#!/usr/bin/env bash
# Builds the micc-client npm package: wasm-pack's web build (browsers, bundlers) and nodejs
# build (Node 20), the generated facade and declarations, then `npm pack`.
# Output: target/pkg/micc-client/ and target/pkg/micc-client-<version>.tgz.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/env.sh"
CRATE="$ROOT/crates/micc-client"
OUT="$ROOT/target/pkg/micc-client"
rm -rf "$OUT" && mkdir -p "$OUT"
for target in web nodejs; do
  dir=$([ $target = nodejs ] && echo node || echo web)
  wasm-pack build --release --target $target --no-pack --out-dir "$OUT/$dir" "$CRATE" -- --features js
  rm -f "$OUT/$dir/.gitignore"
done
# wasm-pack's nodejs build is CommonJS; the package itself is an ES module.
echo '{ "type": "commonjs" }' >"$OUT/node/package.json"
cp "$CRATE"/js/{web.js,node.mjs,facade.js,facade_generated.js,helpers.js,index.d.ts,options.d.ts,api_generated.d.ts,models_generated.d.ts} "$OUT/"
cp "$CRATE/README.md" "$OUT/README.md"
version=$(awk -F'"' '/^version = /{print $2; exit}' "$ROOT/Cargo.toml")
sed "s/@VERSION@/$version/" "$CRATE/js/package.json.in" >"$OUT/package.json"
(cd "$ROOT/target/pkg" && npm pack --silent ./micc-client >/dev/null)
echo "$ROOT/target/pkg/micc-client-$version.tgz"
