#!/usr/bin/env bash
# Does tccli read what `cloudcmd configure` writes, and does cloudcmd read what tccli writes?
# And does Alibaba's official credentials library (alibabacloud-credentials, what its SDKs
# read ~/.aliyun/config.json with) read cloudcmd's aliyun profile? Run by hand (it installs
# both from PyPI into a virtualenv under /tmp): a scratch HOME, never the real one.
#
#   scripts/check-configure-interop.sh            # tccli's newest release
#   TCCLI_VERSION=3.1.189.1 scripts/check-configure-interop.sh
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
venv=${TCCLI_VENV:-/tmp/cloudcmd-tccli-venv}
if [ ! -x "$venv/bin/tccli" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "tccli${TCCLI_VERSION:+==$TCCLI_VERSION}"
fi
"$venv/bin/python" -c 'import alibabacloud_credentials' 2>/dev/null \
    || "$venv/bin/pip" install -q alibabacloud-credentials
tccli="$venv/bin/tccli"
cargo build -q -p cloudcmd --manifest-path "$repo/Cargo.toml"
cloudcmd="${CARGO_TARGET_DIR:-$repo/target}/debug/cloudcmd"

home=$(mktemp -d)
trap 'kill "${mock_pid:-}" 2>/dev/null || true; rm -rf "$home"' EXIT
run() { env -i HOME="$home" PATH="$PATH" "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
echo "tccli $("$venv/bin/pip" show tccli | sed -n 's/^Version: //p'), HOME=$home"

# 1. cloudcmd writes, tccli reads.
run "$cloudcmd" configure set secretId AKIDinterop00000000abcd secretKey interopSecretKey000wxyz \
    region ap-beijing output json --vendor tencent --profile fromcloudcmd
listed=$(run "$tccli" configure list --profile fromcloudcmd)
echo "$listed" | sed -n '1,6p'
grep -qx 'secretId = \*\{16\}abcd' <<<"$listed" || fail "tccli does not list cloudcmd's secretId"
grep -qx 'secretKey = \*\{16\}wxyz' <<<"$listed" || fail "tccli does not list cloudcmd's secretKey"
grep -qx 'region = ap-beijing' <<<"$listed" || fail "tccli does not list cloudcmd's region"
got=$(run "$tccli" configure get region --profile fromcloudcmd)
[ "$got" = "region = ap-beijing" ] || fail "tccli configure get region: $got"

# 2. tccli writes, cloudcmd reads (configure, and a call signed with the profile's keys
#    against the mock, which accepts its demo key only).
# Not through `run`: a function in the background is a subshell, and `$!` would be its id,
# not the server's, which the trap must stop.
env -i HOME="$home" PATH="$PATH" "$cloudcmd" mock serve --service tat >"$home/mock.out" &
mock_pid=$!
for _ in $(seq 50); do grep -q '^listening on' "$home/mock.out" 2>/dev/null && break; sleep 0.1; done
endpoint=$(sed -n 's/^listening on //p' "$home/mock.out")
id=$(grep -o 'TENCENTCLOUD_SECRET_ID=[^ ]*' "$home/mock.out" | cut -d= -f2)
key=$(grep -o 'TENCENTCLOUD_SECRET_KEY=[^ ]*' "$home/mock.out" | cut -d= -f2)
run "$tccli" configure set secretId "$id" secretKey "$key" region ap-guangzhou output table \
    language zh-CN --profile fromtccli
run "$cloudcmd" configure list --vendor tencent --profile fromtccli
got=$(run "$cloudcmd" configure get output language --vendor tencent --profile fromtccli)
[ "$got" = $'output = table\nlanguage = zh-CN' ] || fail "cloudcmd configure get: $got"
run "$cloudcmd" --profile fromtccli --endpoint "$endpoint" tat describe-invocations >/dev/null \
    || fail "a call with tccli's profile was refused"
run "$tccli" configure set secretKey wrongwrongwrongwrong --profile fromtccli
if run "$cloudcmd" --profile fromtccli --endpoint "$endpoint" --max-attempts 1 \
    tat describe-invocations >/dev/null 2>&1; then
    fail "a call with a wrong key from tccli's profile was accepted: the profile was not read"
fi

# 3. Both again after each other's rewrite: tccli's later `set` kept cloudcmd's keys.
run "$tccli" configure set language en-US --profile fromcloudcmd
got=$(run "$cloudcmd" configure get secretId language --vendor tencent --profile fromcloudcmd)
[ "$got" = $'secretId = ****************abcd\nlanguage = en-US' ] || fail "after tccli's rewrite: $got"
echo "OK: tccli and cloudcmd read each other's profiles"

# 4. cloudcmd writes an aliyun profile; Alibaba's credentials library reads it (its default
#    chain, which reads ~/.aliyun/config.json's current profile).
run "$cloudcmd" configure set access_key_id LTAIinterop000abcd access_key_secret interopSecret000wxyz \
    region_id cn-shanghai --vendor alibaba
got=$(run "$venv/bin/python" -c '
from alibabacloud_credentials.client import Client
c = Client().get_credential()
print(c.get_access_key_id(), c.get_access_key_secret()[-4:])')
[ "$got" = "LTAIinterop000abcd wxyz" ] || fail "alibabacloud-credentials read: $got"
echo "OK: alibabacloud-credentials reads cloudcmd's aliyun profile"
