#!/usr/bin/env bash
# The SDK's hot paths beside the vendor's official Python SDK, measured in the same run:
# building and signing one DescribeInvocations request, and decoding a 2.5 MB
# DescribeInvocationTasks answer. Prints each figure and the ratio Python / Rust.
#
#   scripts/bench-sdk.sh
#
# Needs the interop venv (created by tests/interop/run_mock_interop.py, or here).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${INTEROP_VENV:-target/interop-venv}"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import tencentcloud.tat" 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q -r tests/interop/requirements-mock.txt
fi
out=$(mktemp)
cargo bench -q -p sdk-runtime --bench runtime -- --output-format bencher 2>/dev/null | grep '^test ' | tee "$out"
"$VENV/bin/python" scripts/bench_python_baseline.py | tee -a "$out"
python3 - "$out" <<'PY'
import re, sys
ns = {}
for line in open(sys.argv[1]):
    m = re.match(r"test (\S+) \.\.\. bench:\s+([\d,]+) ns/iter", line)
    if m:
        ns[m.group(1)] = int(m.group(2).replace(",", ""))
pairs = [
    ("python/build_and_sign_describe_invocations", "client/prepare_typed_describe_invocations"),
    ("python/build_and_sign_describe_invocations", "tc3/build_and_sign_describe_invocations"),
    ("python/decode_2_5mb_describe_invocation_tasks", "decode_2_5mb_envelope/typed_runtime_decode"),
]
for py, rs in pairs:
    if py in ns and rs in ns:
        print("%-45s %10.1f us   python %10.1f us   %6.1fx faster" % (rs, ns[rs] / 1000, ns[py] / 1000, ns[py] / ns[rs]))
PY
