#!/usr/bin/env bash
# Fetch the vendors' pinned API metadata packages into target/vendor-metadata/, one folder per
# package (tccli and tccli-intl-en install the same `tccli` module, so they are never mixed).
# The packages are input for `cargo xtask import`; nothing of them is committed.
#
#   scripts/fetch-metadata.sh            # both packages
#   cargo xtask import target/vendor-metadata/tccli-intl-en-3.1.193.1/tccli/services/tat/v20201028/api.json
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned versions: the Chinese metadata (tccli) and the English one (tccli-intl-en).
PACKAGES=("tccli==3.1.189.1" "tccli-intl-en==3.1.193.1")
OUT=target/vendor-metadata

for spec in "${PACKAGES[@]}"; do
    name=${spec%%==*}
    version=${spec##*==}
    dest="$OUT/$name-$version"
    if [ -f "$dest/tccli/__init__.py" ]; then
        echo "$dest: already there"
        continue
    fi
    tmp=$(mktemp -d)
    python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" "$spec"
    rm -rf "$dest" && mkdir -p "$dest"
    python3 -m zipfile -e "$tmp"/*.whl "$dest"
    rm -rf "$tmp"
    echo "$dest: $(find "$dest/tccli/services" -name api.json | wc -l) service versions"
done
