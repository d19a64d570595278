#!/usr/bin/env bash
# Start-up with the whole catalogue built in, against a build with two services, in one run:
# the median wall time (hyperfine, fork and exec included) and peak memory of
#
#   cloudcmd --version
#   cloudcmd cvm describe-instances --help
#   cloudcmd --mock cvm describe-instances --limit 1     (the built-in mock: one call)
#
# for the binary scripts/build-full-cli.sh built (every Tencent service, and every Alibaba
# product unless it was built --tencent-only) and for one built the same way with only CVM
# and TAT (the "two-service build"), both in the `dist` profile. The two differ only in the
# shape data they include, so any difference is what the catalogue's size costs at start-up.
#
#   scripts/build-full-cli.sh && scripts/bench-catalogue.sh      # RUNS=20 by default
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
RUNS="${RUNS:-20}"
out=$root/target/full-catalogue
full=$out/cloudcmd
[ -x "$full" ] || { echo "error: no $full: run scripts/build-full-cli.sh first" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "error: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }

pin() { grep -E "^$1==" scripts/metadata-pins.txt | head -1 | sed 's/.*==//'; }
note() { printf '== %s\n' "$*" >&2; }

# The two-service build: the same generator on a catalogue of CVM and TAT alone, both
# packages, both languages.
two=$out/cloudcmd-two
if [ ! -x "$two" ]; then
    note "building the two-service cloudcmd (cvm, tat)"
    for package in "tccli-$(pin tccli)" "tccli-intl-en-$(pin tccli-intl-en)"; do
        dir=$out/two/$package/tccli/services
        mkdir -p "$dir"
        # What tells the importer which package and release this is.
        ln -sfn "$root/target/vendor-metadata/$package/tccli/__init__.py" "$out/two/$package/tccli/__init__.py"
        for info in "$root/target/vendor-metadata/$package"/*.dist-info; do
            ln -sfn "$info" "$out/two/$package/$(basename "$info")"
        done
        for s in cvm tat; do
            ln -sfn "$root/target/vendor-metadata/$package/tccli/services/$s" "$dir/$s"
        done
    done
    target/release/xtask catalogue --shapes "$out/two.bin" \
        "$out/two/tccli-$(pin tccli)/tccli/services" \
        "$out/two/tccli-intl-en-$(pin tccli-intl-en)/tccli/services" >/dev/null
    CLOUDCMD_SHAPES=$out/two.bin cargo build --profile dist -q -p cloudcmd
    cp target/dist/cloudcmd "$two"
fi

export HOME=$(mktemp -d)
trap 'rm -rf "$HOME"' EXIT

median_ms() {
    local json
    json=$(mktemp)
    hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$json"
    rm -f "$json"
}
peak_mib() {
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1/1024}'
}

printf '%-44s %12s %12s %8s %12s %12s\n' "median of $RUNS runs" "full ms" "two ms" "diff ms" "full MiB" "two MiB"
for case in "--version" "cvm describe-instances --help" "--mock cvm describe-instances --limit 1"; do
    # shellcheck disable=SC2086
    set -- $case
    "$full" "$@" >/dev/null
    "$two" "$@" >/dev/null
    f=$(median_ms "$full" "$@")
    t=$(median_ms "$two" "$@")
    fm=$(peak_mib "$full" "$@")
    tm=$(peak_mib "$two" "$@")
    printf '%-44s %12s %12s %8s %12s %12s\n' "cloudcmd $case" "$f" "$t" \
        "$(python3 -c "print('%+.2f' % ($f - $t))")" "$fm" "$tm"
done
printf 'binary size: full %s bytes, two-service %s bytes\n' "$(stat -c %s "$full")" "$(stat -c %s "$two")"
printf 'services: full %s, two-service %s\n' \
    "$("$full" __complete '' | grep -cv -e '^completions$' -e '^configure$' -e '^mock$' -e '^help$')" \
    "$("$two" __complete '' | grep -cv -e '^completions$' -e '^configure$' -e '^mock$' -e '^help$')"
