#!/usr/bin/env bash
# A release `cloudcmd` with every service of the pinned vendor catalogues built in: every
# Tencent Cloud service of tccli and tccli-intl-en (the union, both languages), and every
# Alibaba Cloud product of scripts/alibaba-packages.txt. Works on a fresh clone: the pinned
# metadata packages are fetched, imported and turned into shape data in memory
# (`cargo xtask catalogue --shapes`), and cloudcmd is built including that data
# (CLOUDCMD_SHAPES); no spec or Rust code is written for the catalogue, and the default
# build of the workspace is left as it is. The binary's path is the last line printed.
#
#   scripts/build-full-cli.sh                 # Tencent and Alibaba
#   scripts/build-full-cli.sh --tencent-only  # Tencent alone (no 700 Alibaba packages to fetch)
#
# Output in target/full-catalogue/: the shape data, each catalogue's report, the binary.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

alibaba=yes
case "${1:-}" in
    "") ;;
    --tencent-only) alibaba=no ;;
    *) echo "usage: scripts/build-full-cli.sh [--tencent-only]" >&2; exit 2 ;;
esac

out=$root/target/full-catalogue
mkdir -p "$out"
pin() { grep -E "^$1==" scripts/metadata-pins.txt | head -1 | sed 's/.*==//'; }
zh=target/vendor-metadata/tccli-$(pin tccli)/tccli/services
en=target/vendor-metadata/tccli-intl-en-$(pin tccli-intl-en)/tccli/services

step() { echo "== $* ($(date +%T))" >&2; }

step "fetching the pinned metadata packages"
scripts/fetch-metadata.sh >&2
shapes=$out/tencent.bin
if [ $alibaba = yes ]; then
    step "fetching every Alibaba product package"
    scripts/fetch-metadata.sh --alibaba-catalogue "$out/alibaba-packages" >&2
fi

step "building the generator"
cargo build --release -p xtask >&2
step "importing and generating the Tencent catalogue (report: $out/tencent.log)"
target/release/xtask catalogue --shapes "$out/tencent.bin" "$zh" "$en" > "$out/tencent.log"
tail -2 "$out/tencent.log" >&2
if [ $alibaba = yes ]; then
    step "importing and generating the Alibaba catalogue (report: $out/alibaba.log)"
    target/release/xtask catalogue --shapes "$out/alibaba.bin" "$out/alibaba-packages" > "$out/alibaba.log"
    tail -2 "$out/alibaba.log" >&2
    shapes=$shapes:$out/alibaba.bin
fi

# The `dist` profile (Cargo.toml): LTO and one codegen unit, the binary cloudcmd ships as.
step "building cloudcmd with the whole catalogue"
CLOUDCMD_SHAPES=$shapes cargo build --profile dist -p cloudcmd >&2
cp target/dist/cloudcmd "$out/cloudcmd"
# The next ordinary build includes the committed spec's services again.
step "done: $(ls -l "$out/cloudcmd" | awk '{print $5}') bytes"
echo "$out/cloudcmd"
