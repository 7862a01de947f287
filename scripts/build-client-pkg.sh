#!/usr/bin/env bash
# Builds the micc-client npm package: one wasm-pack web build (browsers, bundlers, and Node 20,
# which reads the same .wasm from disk), the generated facade and declarations, the license
# texts, then `npm pack`. The JavaScript is minified (terser, scripts/package.json), with
# source maps.
# Output: target/pkg/micc-client/ and target/pkg/micc-client-<version>.tgz.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/env.sh"
CRATE="$ROOT/crates/micc-client"
OUT="$ROOT/target/pkg/micc-client"
rm -rf "$OUT" && mkdir -p "$OUT"
wasm-pack build --release --target web --no-pack --out-dir "$OUT/web" "$CRATE" -- --features js
rm -f "$OUT/web/.gitignore"
cp "$CRATE"/js/{web.js,node.mjs,manual.js,loader.js,facade_generated.js,client.js,convert.js,shapes_generated.js,helpers.js,index.d.ts,options.d.ts,api_generated.d.ts,models_generated.d.ts,web.d.ts,manual.d.ts} "$OUT/"
# Every page loads these files as they are shipped (a CDN, a <script type="module">):
# minified, each with a source map that carries its readable source.
(cd "$OUT" && for f in web/micc_client.js web.js node.mjs manual.js loader.js facade_generated.js client.js convert.js shapes_generated.js helpers.js; do
  mv "$f" "$f.src"
  "$ROOT/scripts/node_modules/.bin/terser" "$f.src" --module --compress --mangle --comments false \
    --source-map "includeSources,filename='$(basename "$f")',url='$(basename "$f").map'" -o "$f"
  rm "$f.src"
done)
cp "$CRATE/README.md" "$OUT/README.md"
cp "$ROOT"/LICENSE-MIT "$ROOT"/LICENSE-APACHE "$OUT/"
version=$(awk -F'"' '/^version = /{print $2; exit}' "$ROOT/Cargo.toml")
repository=$(awk -F'"' '/^repository = /{print $2; exit}' "$ROOT/Cargo.toml")
sed -e "s/@VERSION@/$version/" -e "s|@REPOSITORY@|$repository|" "$CRATE/js/package.json.in" >"$OUT/package.json"
(cd "$ROOT/target/pkg" && npm pack --silent ./micc-client >/dev/null)
echo "$ROOT/target/pkg/micc-client-$version.tgz"
