#!/usr/bin/env bash
# Confirm the change report's verdicts with cargo-semver-checks: for each change class, apply
# the same scripted spec edit as importer/tests/importer/changes.rs in a scratch clone, regenerate,
# and let cargo-semver-checks compare the generated tat-model before and after (CRATES="tat-model
# tat-client" checks the client too; it doubles the time). Prints one line per class: our verdict, semver-checks' verdict, agree or not.
# Classes that change behaviour only (limits, rules) are invisible to semver-checks; their
# lines say so. Not run by CI (it needs cargo-semver-checks and rustdoc JSON).
#
#   cargo install cargo-semver-checks --locked && scripts/semver-verdicts.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-semver-checks >/dev/null || { echo "cargo-semver-checks is not installed" >&2; exit 2; }
export RUSTC_BOOTSTRAP=1   # rustdoc JSON on the stable toolchain
ROOT=$(pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cargo build -q -p xtask
XTASK="$ROOT/target/debug/xtask"
git clone -q "$ROOT" "$WORK/base"
export CARGO_TARGET_DIR="$WORK/target"

# name | our expected level | python edit of the spec (v is the JSON of FILE) | FILE
CASES=(
"action removed|breaking|REMOVE|actions/DescribeInvokerRecords.json"
"optional request member added|additive|v['input'].append({'name':'Verbose','type':'Boolean','description':'More.'})|actions/DescribeInvocations.json"
"required request member added|breaking|v['input'].append({'name':'Zone','type':'String','required':True,'description':'Zone.'})|actions/DescribeInvocations.json"
"response member removed|breaking|v['output']=[m for m in v['output'] if m['name']!='TotalCount']; [e['response']['Response'].pop('TotalCount', None) for e in v['examples']]|actions/DescribeInvocations.json"
"member type changed|breaking|[m for m in v['input'] if m['name']=='Limit'][0].update(format='int32')|actions/DescribeInvocations.json"
"request member becomes required|breaking|[m for m in v['input'] if m['name']=='Limit'][0].update(required=True)|actions/DescribeInvocations.json"
"enum value added|additive|v['values'].append({'value':'ONCE','description':'Once.'})|types/InvokerType.json"
"enum value removed|breaking|v['values']=[x for x in v['values'] if x['value']!='DELIVER_DELAYED']|types/TaskStatus.json"
"error code added|additive|v['errors'].append({'code':'LimitExceeded.InvokerQuota','description':'Too many.'})|actions/CreateInvoker.json"
"error code removed|breaking|v['service_errors']=[e for e in v['service_errors'] if e['code']!='FailedOperation.LighthouseError']|service.json"
"error code removed from a page only|docs|v['errors']=[e for e in v['errors'] if e['code']!='InvalidParameterValue.InvalidTimeFormat']|actions/CreateInvoker.json"
"limit tightened|breaking|[m for m in v['input'] if m['name']=='InvocationIds'][0].update(max_items=50)|actions/DescribeInvocations.json"
"rule added|breaking|v.update(rules=[{'mutually_exclusive':['Username','Parameters']}])|actions/CreateInvoker.json"
"description changed|docs|[m for m in v['input'] if m['name']=='Offset'][0].update(description='Where to start.')|actions/DescribeInvocations.json"
"object member becomes optional|breaking|[m for m in v['members'] if m['name']=='Values'][0].update(required=False)|types/Filter.json"
"base64 added|additive|[m for m in v['members'] if m['name']=='ErrorInfo'][0].update(base64=True)|types/InvocationTask.json"
)

agree=0; disagree=0
for case in "${CASES[@]}"; do
    IFS='|' read -r name ours edit file <<<"$case"
    rm -rf "$WORK/after" && git clone -q "$ROOT" "$WORK/after"
    f="$WORK/after/spec/tat/2020-10-28/$file"
    if [ "$edit" = REMOVE ]; then rm "$f"; else
        python3 - "$f" "$edit" <<'PY'
import json, sys
path, edit = sys.argv[1], sys.argv[2]
v = json.load(open(path))
exec(edit)
json.dump(v, open(path, 'w'), indent=2, ensure_ascii=False)
PY
    fi
    "$XTASK" codegen --root "$WORK/after" >/dev/null
    report=$("$XTASK" changes --root "$WORK/after" --format json)
    level=$(python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print(max((c["level"] for c in r["changes"]), key=["docs","additive","breaking"].index, default="none"))' "$report")
    semver=none
    for crate in ${CRATES:-tat-model}; do
        if ! out=$(cargo semver-checks check-release --manifest-path "$WORK/after/crates/$crate/Cargo.toml" \
                --baseline-root "$WORK/base/crates/$crate" 2>&1); then
            if grep -q "requires new major version" <<<"$out"; then semver=breaking; else echo "$out" | tail -5 >&2; semver=error; fi
        elif [ "$semver" = none ] && grep -q "requires new minor version" <<<"$out"; then semver=additive
        fi
    done
    if [ "$semver" = none ] && [ "$level" = breaking ] && [[ "$name" == *"type changed"* ]]; then
        # A public field's type changing is a break cargo-semver-checks does not detect yet.
        note="(semver-checks does not see field type changes; the report does)"
    elif [ "$semver" = none ] && [ "$level" = breaking ]; then
        # No API item changed: a request that passed is now refused, which no API diff shows.
        note="(no API item changed: the break is in behaviour)"
    elif [ "$semver" = none ] && [ "$level" = additive ]; then
        note="(semver-checks finds nothing to break)"
    else note=""; fi
    verdict="disagree"
    if [ "$level" = "$ours" ] && { [ "$semver" = "$ours" ] || [ -n "$note" ] || { [ "$ours" = docs ] && [ "$semver" = none ]; } || { [ "$ours" = additive ] && [ "$semver" = none ]; }; }; then
        verdict="agree"; agree=$((agree+1)); else disagree=$((disagree+1)); fi
    printf '%-34s report=%-9s semver-checks=%-9s %s %s\n' "$name" "$level" "$semver" "$verdict" "$note"
done
echo "$agree agree, $disagree disagree"
[ "$disagree" -eq 0 ]
