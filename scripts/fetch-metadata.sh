#!/usr/bin/env bash
# Fetch the vendors' pinned API metadata packages into target/vendor-metadata/, one folder per
# package (tccli and tccli-intl-en install the same `tccli` module, so they are never mixed).
# The packages are input for `cargo xtask import`; nothing of them is committed.
#
#   scripts/fetch-metadata.sh            # every package below
#   cargo xtask import target/vendor-metadata/tccli-intl-en-3.1.193.1/tccli/services/tat/v20201028/api.json
#   cargo xtask import target/vendor-metadata/tencentcloud-sdk-python-intl-en-3.1.193/tencentcloud/tat/v20201028/errorcodes.py
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned versions: the Chinese metadata (tccli), the English one (tccli-intl-en), and the
# English Python SDK of the same release line, whose `errorcodes.py` files list each service's
# own error codes (the metadata has none).
PACKAGES=("tccli==3.1.189.1" "tccli-intl-en==3.1.193.1" "tencentcloud-sdk-python-intl-en==3.1.193")
OUT=target/vendor-metadata

for spec in "${PACKAGES[@]}"; do
    name=${spec%%==*}
    version=${spec##*==}
    dest="$OUT/$name-$version"
    # The top-level module of the package: `tccli`, or `tencentcloud` for the SDK.
    case "$name" in
        tencentcloud-sdk-*) module=tencentcloud ;;
        *) module=tccli ;;
    esac
    if [ -f "$dest/$module/__init__.py" ]; then
        echo "$dest: already there"
        continue
    fi
    mkdir -p "$OUT"
    tmp=$(mktemp -d "$OUT/.fetch.XXXXXX")
    python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp/wheel" "$spec"
    python3 -m zipfile -e "$tmp"/wheel/*.whl "$tmp/unpacked"
    # Renamed into place in one step, so a concurrent run never sees half a package.
    mv -T "$tmp/unpacked" "$dest" 2>/dev/null || true
    rm -rf "$tmp"
    case "$module" in
        tccli) echo "$dest: $(find "$dest/tccli/services" -name api.json | wc -l) service versions" ;;
        *) echo "$dest: $(find "$dest/tencentcloud" -name errorcodes.py | wc -l) service versions with error codes" ;;
    esac
done
