#!/usr/bin/env bash
# Coverage-guided fuzzing of micc-client's real-time parsers (cargo-fuzz, libFuzzer).
#   scripts/fuzz.sh [SECONDS] [TARGET...]   default: 120 s for each of frame, hub_message, connection
# Installs cargo-fuzz if missing (idempotent), seeds each corpus from the captured frames
# (crates/micc-client/tests/fixtures/signalr/), runs each target for SECONDS and prints the
# executions and crashes. Crash inputs land in crates/micc-client/fuzz/artifacts/<target>/;
# turn each into a regression test in crates/micc-client/tests/realtime_fuzz_regressions.rs.
# Not part of `make test` (its regression cases are).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-120}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(frame hub_message connection)
source "$root/scripts/env.sh"

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz from crates.io"
  cargo install cargo-fuzz --locked --quiet
fi
# libFuzzer needs nightly-only flags (-Z sanitizer, -C passes=sancov-module). A rustup
# nightly is used when present; otherwise the stable compiler is told to allow them.
if rustup run nightly rustc --version >/dev/null 2>&1; then
  toolchain=(+nightly)
else
  toolchain=()
  export RUSTC_BOOTSTRAP=1
fi
fuzz_dir="$root/crates/micc-client/fuzz"
cd "$root/crates/micc-client"
fixtures="$root/crates/micc-client/tests/fixtures/signalr"
summary=()
for t in "${targets[@]}"; do
  corpus="$fuzz_dir/corpus/$t"
  mkdir -p "$corpus" "$fuzz_dir/artifacts/$t"
  if [ -z "$(ls -A "$corpus")" ]; then
    n=0
    for f in "$fixtures"/*.jsonl "$fixtures"/*.json; do
      [ -f "$f" ] || continue
      if [[ $f == *.jsonl ]]; then
        while IFS= read -r line; do n=$((n + 1)); printf '%s' "$line" >"$corpus/seed-$n"; done <"$f"
      else
        n=$((n + 1)); cp "$f" "$corpus/seed-$n"
      fi
    done
  fi
  before=$(ls "$fuzz_dir/artifacts/$t" | wc -l)
  log="$fuzz_dir/artifacts/$t.log"
  echo "== $t: ${seconds}s"
  # -s none: the code under test is safe Rust, so address sanitizing buys nothing and halves
  # the speed; -a keeps debug assertions (overflow checks) on. Crashes do not stop the run
  # early beyond the first (libFuzzer's default), so rerun after fixing.
  set +e
  cargo "${toolchain[@]}" fuzz run -s none -a "$t" "$corpus" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$fuzz_dir/artifacts/$t/" -print_final_stats=1 >"$log" 2>&1
  status=$?
  set -e
  runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | grep -Eo '[0-9]+' | tail -1 || true)
  [ -n "$runs" ] || runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1 || true)
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+' || true)
  after=$(ls "$fuzz_dir/artifacts/$t" | wc -l)
  crashes=$((after - before))
  line="$t: ${runs:-?} executions in ${seconds}s, coverage ${cov:-?} edges, $crashes new crash(es), exit $status (log: ${log#$root/})"
  echo "$line"
  summary+=("$line")
  if [ "$crashes" -gt 0 ]; then ls -1 "$fuzz_dir/artifacts/$t"; tail -30 "$log"; fi
done
echo "== summary"
printf '%s\n' "${summary[@]}"
