#!/usr/bin/env bash
# Fetch the vendors' API metadata packages into target/vendor-metadata/, one folder per
# package and version (tccli and tccli-intl-en install the same `tccli` module, so they are
# never mixed). The packages are input for `cargo xtask import` and `cargo xtask update`;
# nothing of them is committed.
#
#   scripts/fetch-metadata.sh                          # every package pinned in scripts/metadata-pins.txt
#   scripts/fetch-metadata.sh tccli-intl-en==3.1.194.1 # the given versions (`cargo xtask update` does this)
#   cargo xtask import target/vendor-metadata/tccli-intl-en-3.1.193.1/tccli/services/tat/v20201028/api.json
#   cargo xtask import target/vendor-metadata/tencentcloud-sdk-python-intl-en-3.1.193/tencentcloud/tat/v20201028/errorcodes.py
#   cargo xtask import target/vendor-metadata/alibabacloud-cs20151215-7.2.3   # an Alibaba SDK package
#   scripts/fetch-metadata.sh --alibaba-catalogue DIR  # every package of scripts/alibaba-packages.txt,
#                                                      # unpacked side by side into DIR (for `cargo xtask catalogue DIR`)
set -euo pipefail
cd "$(dirname "$0")/.."

PINS=scripts/metadata-pins.txt
OUT=target/vendor-metadata

# `name==version`, as pip writes it; anything else is refused before pip is asked.
check() {
    [[ "$1" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*==[A-Za-z0-9][A-Za-z0-9.+_-]*$ ]]
}

# `--alibaba-catalogue DIR`: every Alibaba product package of the pinned snapshot list, each
# wheel unpacked into DIR beside the others (with its .dist-info), which is what
# `cargo xtask catalogue DIR` reads. Already unpacked packages are skipped.
if [ "${1:-}" = "--alibaba-catalogue" ]; then
    [ $# -eq 2 ] || { echo "error: --alibaba-catalogue needs one DIR" >&2; exit 2; }
    dir=$2
    list=scripts/alibaba-packages.txt
    mkdir -p "$dir/.wheels"
    n=0
    todo=()
    while IFS= read -r line || [ -n "$line" ]; do
        n=$((n + 1))
        line=${line%%#*}
        line=$(echo "$line" | tr -d '[:space:]')
        [ -z "$line" ] && continue
        check "$line" || { echo "error: $list:$n: expected NAME==VERSION, found \`$line\`" >&2; exit 2; }
        name=${line%%==*}
        version=${line##*==}
        module=${name//-/_}
        [ -f "$dir/$module/client.py" ] && [ -d "$dir/$module-$version.dist-info" ] && continue
        todo+=("$line")
    done < "$list"
    if [ ${#todo[@]} -gt 0 ]; then
        # A few products publish a source archive only: taken too.
        python3 -m pip download --quiet --no-deps -d "$dir/.wheels" "${todo[@]}"
        for w in "$dir"/.wheels/*.whl; do
            [ -e "$w" ] && python3 -m zipfile -e "$w" "$dir"
        done
        # A source archive: its module folder, and its PKG-INFO as the METADATA of a
        # .dist-info folder beside it, as a wheel would leave them.
        for a in "$dir"/.wheels/*.tar.gz; do
            [ -e "$a" ] || continue
            tmp=$(mktemp -d "$dir/.sdist.XXXXXX")
            python3 -m tarfile -e "$a" "$tmp"
            top=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d | head -1)
            base=$(basename "$top")
            version=${base##*-}
            for m in "$top"/alibabacloud_*/; do
                m=$(basename "$m")
                [ -f "$top/$m/__init__.py" ] || continue
                rm -rf "${dir:?}/$m"
                mv "$top/$m" "$dir/$m"
                mkdir -p "$dir/$m-$version.dist-info"
                cp "$top/PKG-INFO" "$dir/$m-$version.dist-info/METADATA"
            done
            rm -rf "$tmp"
        done
    fi
    echo "$dir: $(find "$dir" -maxdepth 2 -name client.py | wc -l) packages"
    exit 0
fi

PACKAGES=()
if [ $# -gt 0 ]; then
    for spec in "$@"; do
        check "$spec" || { echo "error: \`$spec\`: expected NAME==VERSION" >&2; exit 2; }
        PACKAGES+=("$spec")
    done
else
    n=0
    while IFS= read -r line || [ -n "$line" ]; do
        n=$((n + 1))
        line=${line%%#*}
        line=$(echo "$line" | tr -d '[:space:]')
        [ -z "$line" ] && continue
        check "$line" || { echo "error: $PINS:$n: expected NAME==VERSION, found \`$line\`" >&2; exit 2; }
        PACKAGES+=("$line")
    done < "$PINS"
fi

for spec in "${PACKAGES[@]}"; do
    name=${spec%%==*}
    version=${spec##*==}
    dest="$OUT/$name-$version"
    # The top-level module of the package: `tccli`, `tencentcloud` for Tencent's SDK, the
    # package's own for Alibaba's (`alibabacloud-cs20151215` → `alibabacloud_cs20151215`).
    case "$name" in
        tencentcloud-sdk-*) module=tencentcloud ;;
        alibabacloud-*) module=${name//-/_} ;;
        *) module=tccli ;;
    esac
    if [ -f "$dest/$module/__init__.py" ]; then
        echo "$dest: already there"
        continue
    fi
    mkdir -p "$OUT"
    tmp=$(mktemp -d "$OUT/.fetch.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp/wheel" "$spec"
    python3 -m zipfile -e "$tmp"/wheel/*.whl "$tmp/unpacked"
    # Renamed into place in one step, so a concurrent run never sees half a package.
    mv -T "$tmp/unpacked" "$dest" 2>/dev/null || true
    rm -rf "$tmp"
    trap - EXIT
    case "$module" in
        tccli) echo "$dest: $(find "$dest/tccli/services" -name api.json | wc -l) service versions" ;;
        alibabacloud_*) echo "$dest: $(grep -c '^    def .*_with_options(' "$dest/$module/client.py") actions" ;;
        *) echo "$dest: $(find "$dest/tencentcloud" -name errorcodes.py | wc -l) service versions with error codes" ;;
    esac
done
