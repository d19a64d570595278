#!/usr/bin/env bash
# Smoke-run every fuzz target in fuzz/ for SECONDS each (default 60), one at a time,
# starting from the committed seed corpus (fuzz/corpus/<target>/seed_*).
#
#   scripts/fuzz-smoke.sh [--dev] [SECONDS]
#
# --dev builds the targets without optimisation (cargo fuzz's `--dev`): still with ASan, and
# with debug assertions and overflow checks, in about a third of the build time of the
# default optimised build (one codegen unit), at fewer executions per second. CI's smoke
# run uses it; long runs want the default.
# Installs cargo-fuzz if missing. cargo-fuzz needs nightly flags (-Zsanitizer=address);
# stable rustc accepts them with RUSTC_BOOTSTRAP=1, which this script sets. Builds go to
# $CARGO_TARGET_DIR (default fuzz/target). New corpus units go to a temporary directory, so
# the committed corpus is left as it is; a crash leaves its input in fuzz/artifacts/<target>/.
# Prints one line per target and exits non-zero if any target crashed.
set -uo pipefail

mode=()
if [ "${1:-}" = "--dev" ]; then
    mode=(--dev)
    shift
fi
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/fuzz/target}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked || exit 1
fi

cd "$root/fuzz" || exit 1
cargo fuzz build "${mode[@]}" || { echo "fuzz targets do not build" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
for target in $(cargo fuzz list); do
    mkdir -p "$work/$target"
    log="$work/$target.log"
    if cargo fuzz run "${mode[@]}" "$target" "$work/$target" "corpus/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=60 -print_final_stats=1 \
        >"$log" 2>&1; then
        verdict=ok
    else
        verdict=CRASH
        failed=1
    fi
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)"
    status="$(grep -E '^#[0-9]+.*(cov|DONE)' "$log" | tail -n1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' || true)"
    printf '%-22s %-5s %10s executions in %ss  %s\n' \
        "$target" "$verdict" "${execs:-?}" "$seconds" "$status"
    if [ "$verdict" = CRASH ]; then
        grep -E 'panicked|ERROR: (libFuzzer|AddressSanitizer)|Test unit written' "$log" | head -n 5 >&2
    fi
done
exit "$failed"
