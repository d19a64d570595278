#!/usr/bin/env bash
# Whole-process wall time and peak memory of one `cloudcmd tat describe-invocations` call
# against a local server, beside `tccli` making the same call against the same server in the
# same run. The server is `cloudcmd mock serve` on loopback (the spec-driven mock, which
# verifies both clients' TC3 signatures), so both tools do the full job: parse arguments,
# sign, send, read and print.
#
#   scripts/bench-cli.sh            # 30 runs each
#   RUNS=100 scripts/bench-cli.sh
#   CLOUDCMD=target/full-catalogue/cloudcmd scripts/bench-cli.sh   # the whole-catalogue build
#
# Needs: cargo; python3 with venv (tccli is pip-installed into target/bench-venv);
# /usr/bin/time and hyperfine (apt-get installed when missing and we are root).
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${RUNS:-30}"
TARGET_DIR="${CARGO_TARGET_DIR:-target}"
VENV="${BENCH_VENV:-$TARGET_DIR/bench-venv}"

note() { printf '== %s\n' "$*" >&2; }

install_apt() {
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        note "installing $*"
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    fi
}

[ -x /usr/bin/time ] || install_apt time
command -v hyperfine >/dev/null || install_apt hyperfine || true
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time is needed" >&2; exit 1; }

if [ -z "${CLOUDCMD:-}" ]; then
    note "building cloudcmd (release)"
    cargo build --release -q -p cloudcmd
    CLOUDCMD="$TARGET_DIR/release/cloudcmd"
fi

if [ ! -x "$VENV/bin/tccli" ]; then
    note "installing tccli into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q tccli
fi
TCCLI="$VENV/bin/tccli"

# The mock accepts the demo key (the environment names none for it).
SECRET_ID=AKIDMOCKDEMO0000000000000000000000000
SECRET_KEY=mockDemoSecretKeyNotARealSecret00
SERVER_LOG="$(mktemp)"
env -u TENCENTCLOUD_SECRET_ID -u TENCENTCLOUD_SECRET_KEY \
    "$CLOUDCMD" mock serve --service tat >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true; rm -f "$SERVER_LOG"' EXIT
for _ in $(seq 100); do
    grep -q '^listening on ' "$SERVER_LOG" && break
    sleep 0.05
done
ENDPOINT="$(sed -n 's/^listening on //p' "$SERVER_LOG" | head -1)"
[ -n "$ENDPOINT" ] || { echo "error: the mock server did not start" >&2; cat "$SERVER_LOG" >&2; exit 1; }
note "server: $ENDPOINT"

# One clean environment for both tools: a fresh HOME (no profile files), the key in the
# variables each tool reads.
BENCH_HOME="$(mktemp -d)"
export HOME="$BENCH_HOME" TENCENTCLOUD_SECRET_ID="$SECRET_ID" TENCENTCLOUD_SECRET_KEY="$SECRET_KEY"
CLOUDCMD_CMD=("$CLOUDCMD" --endpoint "$ENDPOINT" --region ap-guangzhou
    tat describe-invocations --invocation-ids inv-q4zp60g0 --limit 1 --offset 0)
TCCLI_CMD=("$TCCLI" tat DescribeInvocations --endpoint "$ENDPOINT" --region ap-guangzhou
    --secretId "$SECRET_ID" --secretKey "$SECRET_KEY"
    --InvocationIds '["inv-q4zp60g0"]' --Limit 1 --Offset 0)

# Both must succeed and print the same answer before anything is timed.
ours="$("${CLOUDCMD_CMD[@]}")"
theirs="$("${TCCLI_CMD[@]}")"
python3 - "$ours" "$theirs" <<'EOF'
import json, sys
def drop_nulls(v):
    # tccli fills members the answer lacks with null from its own model.
    if isinstance(v, dict):
        return {k: drop_nulls(x) for k, x in v.items() if x is not None}
    if isinstance(v, list):
        return [drop_nulls(x) for x in v]
    return v
a, b = (drop_nulls(json.loads(s)) for s in sys.argv[1:3])
if a != b:
    sys.exit(f"error: the answers differ:\ncloudcmd: {a}\ntccli: {b}")
EOF
note "both print the same answer (tccli adds null for absent members)"

# Median wall time (ms) of RUNS runs: hyperfine when present, else a shell loop with a
# nanosecond clock (fork/exec included either way).
wall_ms() {
    if command -v hyperfine >/dev/null; then
        local json
        json="$(mktemp)"
        hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1
        python3 -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$json"
        rm -f "$json"
    else
        local times=()
        for _ in $(seq "$RUNS"); do
            local t0 t1
            t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N)
            times+=($(( (t1 - t0) / 1000 )))
        done
        printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f\n", a[int((NR+1)/2)]/1000}'
    fi
}

# Median peak RSS (KiB) over a few runs.
peak_kib() {
    local rss=()
    for _ in $(seq 5); do
        rss+=("$(/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1)")
    done
    printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

note "timing $RUNS runs each"
ours_ms="$(wall_ms "${CLOUDCMD_CMD[@]}")"
theirs_ms="$(wall_ms "${TCCLI_CMD[@]}")"
ours_kib="$(peak_kib "${CLOUDCMD_CMD[@]}")"
theirs_kib="$(peak_kib "${TCCLI_CMD[@]}")"

python3 - "$ours_ms" "$theirs_ms" "$ours_kib" "$theirs_kib" "$RUNS" <<'EOF'
import sys
om, tm, ok, tk, runs = sys.argv[1:6]
om, tm, ok, tk = float(om), float(tm), float(ok), float(tk)
print(f"one DescribeInvocations call against a loopback mock, median of {runs} runs")
print(f"{'':10} {'wall ms':>10} {'peak RSS MiB':>14}")
print(f"{'cloudcmd':10} {om:>10.2f} {ok/1024:>14.1f}")
print(f"{'tccli':10} {tm:>10.2f} {tk/1024:>14.1f}")
print(f"cloudcmd is {tm/om:.0f}x faster and uses {ok/tk:.2f}x the memory ({tk/ok:.1f}x less)")
EOF
rm -rf "$BENCH_HOME"
