#!/usr/bin/env bash
# Check that every publishable crate packages and builds from its .crate file, the way
# crates.io would get it, without uploading anything.
#
# `cargo publish --workspace --dry-run` packages the publishable members in dependency order
# and builds each from its package against the others (a local overlay stands in for the
# registry, since none of them is on crates.io yet). Internal crates (codegen, xtask,
# sdk-tests) inherit `publish = false` and are skipped, as is sdk-test-support (its own
# `publish = false`), which the others only name as a dev-dependency.
#
# The verification builds use their own target directory, so the first run compiles every
# dependency again: expect several minutes. Pass --no-verify to only package and check the
# manifests. Any other argument is handed to cargo.
set -euo pipefail
cd "$(dirname "$0")/.."
# --allow-dirty: a dry run is a check, so it also checks uncommitted work.
exec cargo publish --workspace --dry-run --allow-dirty "$@"
