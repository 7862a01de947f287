#!/usr/bin/env bash
# Installs everything the build, the demo and the tests need, idempotently.
# Each step checks before it acts, so a second run on a ready machine finishes in
# seconds and prints one line. Both README commands and .ci/run call this.
#
# Toolchain routes (see docs/toolchain.md in the shared docs):
#   1. rustup's wasm32 target, when rustup can fetch it within a time limit;
#   2. otherwise Debian's rustc-web 1.96 with a wasm32 std built from its sources.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

LOG="$ROOT/target/setup.log"
mkdir -p "$ROOT/target"
: >"$LOG"
did=()

log() { printf '%s\n' "$*" >>"$LOG"; }
step() { did+=("$1"); log "== $1"; }
fail() {
  echo "setup: $*; details in $LOG" >&2
  tail -n 30 "$LOG" >&2 || true
  exit 1
}

apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  step "apt ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update >>"$LOG" 2>&1 || fail "apt-get update failed"
  $sudo apt-get install -y --no-install-recommends "${missing[@]}" >>"$LOG" 2>&1 ||
    fail "apt-get install ${missing[*]} failed"
}

# --- Rust wasm32 target -----------------------------------------------------
wasm_target_ready() {
  local sysroot
  sysroot=$("$RUSTC" --print sysroot 2>/dev/null) || return 1
  compgen -G "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib" >/dev/null &&
    compgen -G "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib/libtest-*.rlib" >/dev/null
}

debian_rust_route() {
  apt_install rustc-web cargo-web rust-web-src rust-web-clippy rustfmt-web lld
  local scratch="$ROOT/target/std-build"
  rm -rf "$scratch" && mkdir -p "$scratch/src"
  printf '[package]\nname = "stdbuild"\nversion = "0.0.0"\nedition = "2021"\n[workspace]\n' >"$scratch/Cargo.toml"
  echo 'pub fn f() {}' >"$scratch/src/lib.rs"
  (cd "$scratch" && PATH="/usr/bin:$PATH" RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 /usr/bin/cargo build --release \
    --target wasm32-unknown-unknown -Z build-std=std,panic_abort,test) >>"$LOG" 2>&1 ||
    fail "building the wasm32 std from Debian's sources failed"
  local dest=/usr/lib/rustlib/wasm32-unknown-unknown/lib
  mkdir -p "$dest"
  find "$scratch/target/wasm32-unknown-unknown/release/deps" -name 'lib*.rlib' ! -name 'libstdbuild-*' \
    -exec cp {} "$dest/" \;
  ln -sf /usr/bin/lld /usr/local/bin/rust-lld
}

if ! wasm_target_ready; then
  step "wasm32 target"
  if [ "${MICC_RUST_ROUTE:-}" != debian ] && command -v rustup >/dev/null &&
    timeout 60 rustup target add wasm32-unknown-unknown >>"$LOG" 2>&1 && wasm_target_ready; then
    :
  else
    log "rustup route unavailable; using Debian's rustc-web"
    debian_rust_route
    source "$ROOT/scripts/env.sh"
    wasm_target_ready || fail "the wasm32 target is still missing after the Debian route"
  fi
fi

# --- system packages: browser, driver, wasm-opt ---------------------------------
apt_install chromium chromium-driver

# A tool's own lock file first; if the registry mirror lacks one of its pinned versions,
# let cargo resolve within the tool's semver ranges instead.
cargo_install() {
  "$CARGO" install --locked "$1" --version "=$2" --force >>"$LOG" 2>&1 ||
    "$CARGO" install "$1" --version "=$2" --force >>"$LOG" 2>&1 ||
    fail "cargo install $1 $2 failed"
}

# --- wasm-bindgen-cli at exactly the version in Cargo.lock -------------------------
want_bindgen=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' "$ROOT/Cargo.lock")
[ -n "$want_bindgen" ] || fail "no wasm-bindgen version in Cargo.lock"
have_bindgen=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have_bindgen" != "$want_bindgen" ]; then
  step "wasm-bindgen-cli $want_bindgen"
  cargo_install wasm-bindgen-cli "$want_bindgen"
fi

# --- wasm-pack -----------------------------------------------------------------
WASM_PACK_VERSION=0.15.1
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
  step "wasm-pack $WASM_PACK_VERSION"
  cargo_install wasm-pack "$WASM_PACK_VERSION"
fi

# --- npm packages from lock files: build tools (wasm-opt) and the tests' ---------------
npm_ci() {
  local dir="$ROOT/$1" stamp="$ROOT/$1/node_modules/.micc-lock-stamp"
  cmp -s "$dir/package-lock.json" "$stamp" 2>/dev/null && return 0
  step "npm ci ($1/)"
  (cd "$dir" && npm ci --no-audit --no-fund) >>"$LOG" 2>&1 || fail "npm ci in $1/ failed"
  cp "$dir/package-lock.json" "$stamp"
}
npm_ci scripts
npm_ci tests
# The bundler consumer apps: this online install also fills the npm cache from which
# tests/bundlers/ installs each app again offline (`npm ci --offline`, lock files without
# `resolved` need the cached registry documents).
npm_ci tests/bundlers/vite
npm_ci tests/bundlers/webpack

if [ ${#did[@]} -eq 0 ]; then
  echo "setup: toolchain ready (nothing to do)"
else
  echo "setup: installed ${did[*]}"
fi
