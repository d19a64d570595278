#!/usr/bin/env bash
# Debug build cost of one service's generated crates at several commits, in the same run:
# for each REV, a throwaway worktree (all sharing one throwaway target dir, so third-party
# crates are built once); the hand-written crates are built first (not timed), then
# `<service>-model` and `<service>-client` from clean (`cargo clean -p`), then each again
# after touching one generated action file.
# Wall time and peak RSS (GNU time) per step, generated lines and actions per crate.
#
#   scripts/bench-build.sh [--service tat] REV...      # e.g. 4e4e238 HEAD
#
# Results go to stdout as a markdown table; nothing in the repository changes. The machines
# are shared and noisy: compare the rows of one run, not runs.
set -euo pipefail
cd "$(dirname "$0")/.."

service=tat
if [ "${1:-}" = "--service" ]; then
    service=$2
    shift 2
fi
[ $# -gt 0 ] || { echo "usage: $0 [--service NAME] REV..." >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }

work=$(mktemp -d /tmp/bench-build.XXXXXX)
trap 'for w in "$work"/tree-*; do git worktree remove --force "$w" 2>/dev/null || true; done; rm -rf "$work"' EXIT

# `cargo build -p PKG` under GNU time: "seconds peak-MiB".
timed() {
    local dir=$1 target=$2 pkg=$3
    (cd "$dir" && CARGO_TARGET_DIR="$target" /usr/bin/time -f '%e %M' -o "$work/time" \
        cargo build -q -p "$pkg" >/dev/null 2>"$work/err") || { cat "$work/err" >&2; exit 1; }
    awk '{ printf "%s %.0f", $1, $2 / 1024 }' "$work/time"
}

echo "| rev | crate | actions | generated lines | clean build s | peak MiB | after touching one action file s | peak MiB |"
echo "|---|---|---|---|---|---|---|---|"
for rev in "$@"; do
    short=$(git rev-parse --short "$rev")
    tree="$work/tree-$short"
    target="$work/target"
    git worktree add -q --detach "$tree" "$rev"
    # Everything the generated crates depend on, untimed: build them once, then forget them.
    (cd "$tree" && CARGO_TARGET_DIR="$target" cargo build -q -p "$service-client" >/dev/null 2>&1)
    (cd "$tree" && CARGO_TARGET_DIR="$target" cargo clean -q -p "$service-model" -p "$service-client" 2>/dev/null || true)
    for crate in model client; do
        pkg="$service-$crate"
        src="$tree/crates/$pkg/src"
        actions=$(find "$src" \( -path '*actions*' -o -path '*calls*' -o -path '*builders*' \) -name '*.rs' | wc -l)
        lines=$(find "$src" -name '*.rs' -print0 | xargs -0 cat | wc -l)
        read -r clean clean_mib <<<"$(timed "$tree" "$target" "$pkg")"
        one=$(find "$src" \( -path '*actions*' -o -path '*calls*' -o -path '*builders*' \) -name '*.rs' | sort | head -1)
        touch "$one"
        read -r again again_mib <<<"$(timed "$tree" "$target" "$pkg")"
        echo "| $short | $pkg | $actions | $lines | $clean | $clean_mib | $again | $again_mib |"
    done
done
