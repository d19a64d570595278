#!/usr/bin/env bash
# Scale, in one run on this machine:
#   1. the whole pinned Tencent catalogue (tccli 3.1.189.1, 300 service versions) imported and
#      generated in memory by a release `cargo xtask catalogue`: times, lines per action;
#   2. the build cost of generated crates: TAT, a mid-size service (cvm, 106 actions) and the
#      largest (csip, 751 actions), imported into a throwaway copy of the repository; each
#      crate built from clean (`cargo clean -p`, every dependency already built), debug and
#      release, wall time and peak RSS (GNU time, the largest process: rustc), with cargo's
#      default profiles (the workspace's `[profile]` tables are dropped in the copy);
#   3. the same for the largest Alibaba product (sas 2018-12-03, 962 actions in the pinned
#      snapshot list), imported from its official SDK package;
#   4. the peer, built the same way in the same run: aws-sdk-ssm (152 operations), from
#      crates.io, in a throwaway crate.
#   With `--alibaba-catalogue DIR` (a folder `scripts/fetch-metadata.sh --alibaba-catalogue DIR`
#   filled), the whole Alibaba catalogue is imported and generated in memory too.
# Per-action figures divide by the service's actions (model and client crates together) and
# the peer's operations.
#
#   scripts/bench-scale.sh [--debug-only] [--alibaba-catalogue DIR]
#
# Results go to stdout as markdown; nothing in the repository changes. The machines are
# shared and noisy: compare the rows of one run, not runs.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

profiles="debug release"
alibaba_catalogue=""
while [ $# -gt 0 ]; do
    case "$1" in
        --debug-only) profiles="debug" ;;
        --alibaba-catalogue) alibaba_catalogue=${2:?--alibaba-catalogue needs a DIR}; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }

work=$(mktemp -d /tmp/bench-scale.XXXXXX)
trap 'rm -rf "$work"' EXIT
services=target/vendor-metadata/tccli-3.1.189.1/tccli/services
[ -d "$services" ] || scripts/fetch-metadata.sh >&2

echo "## Whole catalogue: import and generate (release, in memory)"
echo
cargo build -q --release -p xtask
xtask="$repo/${CARGO_TARGET_DIR:-target}/release/xtask"
case "${CARGO_TARGET_DIR:-}" in /*) xtask="$CARGO_TARGET_DIR/release/xtask" ;; esac
/usr/bin/time -f '%e s wall, %U s user, %M KB peak' -o "$work/time" \
    "$xtask" catalogue "$services" | sed 's/^/    /'
sed 's/^/    /' "$work/time"
echo
if [ -n "$alibaba_catalogue" ]; then
    echo "## Whole Alibaba catalogue: import and generate (release, in memory)"
    echo
    /usr/bin/time -f '%e s wall, %U s user, %M KB peak' -o "$work/time" \
        "$xtask" catalogue "$alibaba_catalogue" | tail -n 25 | sed 's/^/    /'
    sed 's/^/    /' "$work/time"
    echo
fi

# The largest Alibaba product of the pinned snapshot list, from its official SDK package.
sas_pin=$(grep '^alibabacloud-sas20181203==' scripts/alibaba-packages.txt)
sas_dir="target/vendor-metadata/${sas_pin/==/-}"
[ -d "$sas_dir" ] || scripts/fetch-metadata.sh "$sas_pin" >&2

# A throwaway copy of the repository (the working tree as committed and not), with the
# two more services imported and everything generated.
copy="$work/repo"
mkdir -p "$copy"
git ls-files -co --exclude-standard | grep -v '^target/' | tar -cf - -T - | tar -xf - -C "$copy"
mkdir -p "$copy/target"
ln -s "$repo/target/vendor-metadata" "$copy/target/vendor-metadata"
# Built as a user builds them (and as the peer is): cargo's default profiles, without the
# workspace's own optimisation of dependencies and of the generator.
awk '/^\[/ { skip = /^\[profile/ } !skip' "$repo/Cargo.toml" >"$copy/Cargo.toml"
(cd "$copy" && "$xtask" --root . import \
    "$repo/$services/cvm/v20170312/api.json" "$repo/$services/csip/v20221121/api.json" \
    "$repo/$sas_dir" >/dev/null &&
    "$xtask" --root . codegen >/dev/null)

# A throwaway crate depending on the peer.
peer="$work/peer"
mkdir -p "$peer/src"
cat >"$peer/Cargo.toml" <<'EOF'
[package]
name = "peer"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
aws-sdk-ssm = "=1.133.0"

[workspace]
EOF
echo 'fn main() {}' >"$peer/src/main.rs"

# `cargo build -p PKG` from clean, everything else built: "seconds peak-MiB".
timed() {
    local dir=$1 target=$2 profile=$3 pkg=$4 flag=""
    [ "$profile" = release ] && flag="--release"
    (cd "$dir" && CARGO_TARGET_DIR="$target" cargo build -q $flag -p "$pkg" >/dev/null 2>&1) ||
        { echo "build of $pkg failed" >&2; exit 1; }
    (cd "$dir" && CARGO_TARGET_DIR="$target" cargo clean -q $flag -p "$pkg")
    (cd "$dir" && CARGO_TARGET_DIR="$target" /usr/bin/time -f '%e %M' -o "$work/time" \
        cargo build -q $flag -p "$pkg" >/dev/null 2>"$work/err") || { cat "$work/err" >&2; exit 1; }
    awk '{ printf "%s %.0f", $1, $2 / 1024 }' "$work/time"
}

lines() { find "$1" -name '*.rs' -exec cat {} + | wc -l; }

echo "## Build cost per action"
echo
echo "| profile | crate | actions | lines | clean build s | peak MiB | s per action |"
echo "|---|---|---|---|---|---|---|"
for profile in $profiles; do
    for svc in tat cvm csip sas; do
        actions=$(ls "$copy"/spec/$svc/*/actions | wc -l)
        for kind in model client; do
            read -r secs mib <<<"$(timed "$copy" "$work/target" "$profile" "$svc-$kind")"
            per=$(awk -v s="$secs" -v a="$actions" 'BEGIN { printf "%.3f", s / a }')
            echo "| $profile | $svc-$kind | $actions | $(lines "$copy/crates/$svc-$kind") | $secs | $mib | $per |"
        done
    done
    read -r secs mib <<<"$(timed "$peer" "$work/peer-target" "$profile" aws-sdk-ssm)"
    src=$(dirname "$(cd "$peer" && cargo metadata -q --format-version 1 |
        python3 -c 'import json,sys; print(next(p["manifest_path"] for p in json.load(sys.stdin)["packages"] if p["name"]=="aws-sdk-ssm"))')")
    per=$(awk -v s="$secs" 'BEGIN { printf "%.3f", s / 152 }')
    echo "| $profile | aws-sdk-ssm 1.133.0 | 152 | $(lines "$src/src") | $secs | $mib | $per |"
done
