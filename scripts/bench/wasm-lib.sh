# Sourced by the wasm size benchmarks (after scripts/env.sh).

# widget_wasm_opt IN OUT [FLAG...]: wasm-opt with the flags the widget's package is built
# with (crates/micc-widget/Cargo.toml, [package.metadata.wasm-pack.profile.release]).
widget_wasm_opt() {
  local in=$1 out=$2
  shift 2
  "$(dirname "${BASH_SOURCE[0]}")/../node_modules/.bin/wasm-opt" -Oz --converge --low-memory-unused "$@" --enable-bulk-memory \
    --enable-mutable-globals --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types \
    --enable-multivalue "$in" -o "$out"
}

# size_table FIRST_COLUMN ROW...: a Markdown table of "NAME RAW GZIPPED" rows, each with
# its gzipped size against the first row's.
size_table() {
  local label=$1
  shift
  local first_gz name raw gz
  first_gz=$(echo "$1" | cut -d' ' -f3)
  echo "| $label | wasm bytes | gzipped | gzipped vs $(echo "$1" | cut -d' ' -f1) |"
  echo "|---|---|---|---|"
  for r in "$@"; do
    read -r name raw gz <<<"$r"
    printf '| %s | %d | %d | %+d |\n' "$name" "$raw" "$gz" "$((gz - first_gz))"
  done
}
