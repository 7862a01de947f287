# Sourced by the project's scripts: picks the one Rust toolchain the whole workspace uses, so
# native and wasm builds share a compiler and never invalidate each other. rustup's toolchain
# when it has the wasm32 target; otherwise Debian's rustc-web, if setup.sh built wasm32 for it.
_micc_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# wasm-opt from the npm package binaryen (see scripts/package.json), before any system one.
export PATH="$_micc_root/scripts/node_modules/.bin:$HOME/.cargo/bin:$PATH"
_micc_has_wasm32() {
  local sysroot
  sysroot=$("$1" --print sysroot 2>/dev/null) || return 1
  compgen -G "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib" >/dev/null
}
if command -v rustc >/dev/null && ! _micc_has_wasm32 rustc && [ -x /usr/bin/rustc ] && _micc_has_wasm32 /usr/bin/rustc; then
  export PATH="/usr/bin:$PATH" CARGO=/usr/bin/cargo RUSTC=/usr/bin/rustc
else
  CARGO=$(command -v cargo || echo cargo) RUSTC=$(command -v rustc || echo rustc)
  export CARGO RUSTC
fi
# wasm-bindgen-test-runner gives a whole test binary 20 s by default; the real-time browser
# tests wait for reconnects, polling rounds and an offline spell, and take longer.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}"
