#!/usr/bin/env python3
"""The vendors' official clients against the mock server.

tccli (with --endpoint) calls every TAT example and the official Alibaba Python SDK
(alibabacloud-eflo-controller20221215) calls eflo-controller DescribeInvocations, signed with
the mock's documented demo credentials: the documented example requests must get the
documented answers, other requests answers of the documented shape, and a wrong secret the
vendor's signature error. Then tccli and cloudcmd share one mock: a command created and run
with one is seen, with its invocation and tasks, by the other.

    python3 tests/interop/run_mock_interop.py [--venv DIR] [--server-cmd CMD] [--endpoint URL]

The venv (default target/interop-venv) is created and filled from requirements-mock.txt when
missing or stale. The mock is started with --server-cmd (default: `cloudcmd mock serve`, cloudcmd as the test command builds it;
the first line with http://127.0.0.1:PORT on stdout is taken as the endpoint, its clock 20
times real time so commands finish quickly) unless --endpoint names a running one; cloudcmd
is run with --cloudcmd (default: the same binary). Prints `N passed, M failed` last and exits non-zero on any failure.
"""

import argparse
import base64
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
REQUIREMENTS = HERE / "requirements-mock.txt"

# The mock's documented demo credentials (crates/mock/src/lib.rs, `sdk_mock::demo`).
TENCENT_ID = "AKIDMOCKDEMO0000000000000000000000000"
TENCENT_KEY = "mockDemoSecretKeyNotARealSecret00"
ALIBABA_ID = "LTAIMOCKDEMO00000000"
ALIBABA_SECRET = "mockDemoAccessKeySecretNotReal0"

RESULTS = {"passed": 0, "failed": 0}


def check(name, ok, detail=""):
    if ok:
        RESULTS["passed"] += 1
        print(f"ok   {name}")
    else:
        RESULTS["failed"] += 1
        print(f"FAIL {name}: {detail}")


def ensure_venv(venv: Path) -> Path:
    python = venv / "bin" / "python"
    stamp = venv / ".requirements-mock.sha256"
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text().strip() == wanted:
        return venv
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-r", str(REQUIREMENTS)],
        check=True,
    )
    stamp.write_text(wanted)
    return venv


def built_cloudcmd():
    """cloudcmd as `cargo test --workspace` builds it (with the dev-dependencies' features):
    after the test command this is a no-op, where `cargo run -p cloudcmd` built the whole
    dependency tree again with other features."""
    subprocess.run(["cargo", "test", "--quiet", "--workspace", "--no-run"], cwd=ROOT, check=True)
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return target / "debug" / "cloudcmd"


def start_server(cmd):
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=sys.stderr, text=True, start_new_session=False
    )
    deadline = time.time() + 600  # the first run may compile
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            if proc.poll() is not None:
                raise SystemExit(f"the mock exited with {proc.returncode} before printing its endpoint")
            continue
        m = re.search(r"http://127\.0\.0\.1:\d+", line)
        if m:
            return proc, m.group(0)
    proc.kill()
    raise SystemExit("the mock did not print its endpoint in time")


def examples(service, action):
    spec = ROOT / "spec" / service
    version = next(p for p in spec.iterdir() if p.is_dir())
    doc = json.loads((version / "actions" / f"{action}.json").read_text())
    return doc.get("examples", [])


def subset(expected, actual, path="$"):
    """`actual` has every value of `expected`; members it has beyond them are null (the
    official SDKs print every model member, absent ones as null)."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{path}: expected an object, got {actual!r}"
        for key, value in expected.items():
            if key not in actual:
                return f"{path}.{key}: missing"
            problem = subset(value, actual[key], f"{path}.{key}")
            if problem:
                return problem
        for key, value in actual.items():
            if key not in expected and value not in (None, [], {}):
                return f"{path}.{key}: unexpected {value!r}"
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return f"{path}: expected {len(expected)} items, got {actual!r}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            problem = subset(e, a, f"{path}[{i}]")
            if problem:
                return problem
        return None
    return None if expected == actual else f"{path}: expected {expected!r}, got {actual!r}"


def tccli(venv, home, endpoint, action, params, secret_key=TENCENT_KEY):
    args = [str(venv / "bin" / "tccli"), "tat", action, "--region", "ap-guangzhou", "--endpoint", endpoint]
    for key, value in params.items():
        args += [f"--{key}", value if isinstance(value, str) else json.dumps(value)]
    env = dict(os.environ, HOME=str(home), TENCENTCLOUD_SECRET_ID=TENCENT_ID, TENCENTCLOUD_SECRET_KEY=secret_key)
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout, done.stderr


def run_tencent(venv, home, endpoint):
    # Every documented example of every TAT action in the spec.
    version = next(p for p in (ROOT / "spec" / "tat").iterdir() if p.is_dir())
    actions = sorted(p.stem for p in (version / "actions").glob("*.json"))
    for action in actions:
        for example in examples("tat", action):
            name = f"tccli tat {action}: {example['title']}"
            code, out, err = tccli(venv, home, endpoint, action, example["request"])
            if code != 0:
                check(name, False, f"exit {code}: {err or out}")
                continue
            check(name, True) if not (p := subset(example["response"]["Response"], json.loads(out))) else check(name, False, p)

    # Not an example: an answer of the documented shape, with consistent pagination.
    code, out, err = tccli(
        venv, home, endpoint, "DescribeInvocations",
        {"InvocationIds": ["inv-aaaaaaaa", "inv-bbbbbbbb", "inv-cccccccc"], "Offset": 1, "Limit": 1},
    )
    body = json.loads(out) if code == 0 else {}
    check(
        "tccli tat DescribeInvocations: ids echoed, paged",
        body.get("TotalCount") == 3 and [i["InvocationId"] for i in body.get("InvocationSet", [])] == ["inv-bbbbbbbb"],
        f"exit {code}: {err or out}",
    )

    # State: a created invoker is seen by DescribeInvokerRecords (no records yet).
    code, out, err = tccli(
        venv, home, endpoint, "CreateInvoker",
        {"Name": "interop", "Type": "SCHEDULE", "CommandId": "cmd-aaaaaaaa", "InstanceIds": ["ins-aaaaaaaa"],
         "ScheduleSettings": {"Policy": "RECURRENCE", "Recurrence": "0 0 * * *"}},
    )
    invoker = json.loads(out).get("InvokerId", "") if code == 0 else ""
    check("tccli tat CreateInvoker: fresh ivk- id", re.fullmatch(r"ivk-[a-z0-9]{8}", invoker or "") is not None, f"exit {code}: {err or out}")
    code, out, err = tccli(venv, home, endpoint, "DescribeInvokerRecords", {"InvokerIds": [invoker]})
    body = json.loads(out) if code == 0 else {}
    check("tccli tat DescribeInvokerRecords: created invoker, no records yet", body.get("TotalCount") == 0, f"exit {code}: {err or out}")

    # Validation: a documented limit.
    code, out, err = tccli(venv, home, endpoint, "DescribeInvocations", {"Limit": 101})
    check("tccli tat DescribeInvocations Limit 101: InvalidParameterValue.LimitExceeded",
          code != 0 and "InvalidParameterValue.LimitExceeded" in (out + err), f"exit {code}: {err or out}")

    # A wrong secret: the signature error, exit 255.
    code, out, err = tccli(venv, home, endpoint, "DescribeInvocations", {"Limit": 1}, secret_key="wrong-secret")
    check("tccli wrong secret: AuthFailure.SignatureFailure",
          code == 255 and "AuthFailure.SignatureFailure" in (out + err), f"exit {code}: {err or out}")


def cloudcmd(command, endpoint, *args):
    env = dict(os.environ, TENCENTCLOUD_SECRET_ID=TENCENT_ID, TENCENTCLOUD_SECRET_KEY=TENCENT_KEY)
    done = subprocess.run(
        [*command, "--endpoint", endpoint, "--region", "ap-guangzhou", "--output", "json", "tat", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    return done.returncode, done.stdout, done.stderr


def until(probe, seconds=30):
    """Call `probe` until it returns a true value or `seconds` pass; its last value."""
    deadline = time.time() + seconds
    while True:
        value = probe()
        if value or time.time() > deadline:
            return value
        time.sleep(0.2)


def run_shared_state(venv, home, endpoint, command):
    """tccli and cloudcmd against one mock: each sees what the other made."""
    content = base64.b64encode(b"echo shared").decode()
    code, out, err = tccli(venv, home, endpoint, "CreateCommand", {"CommandName": "interop-shared", "Content": content})
    command_id = json.loads(out).get("CommandId", "") if code == 0 else ""
    check("tccli CreateCommand: a fresh cmd- id", command_id.startswith("cmd-"), f"exit {code}: {err or out}")

    code, out, err = cloudcmd(command, endpoint, "describe-commands", "--command-ids", command_id)
    listed = json.loads(out).get("CommandSet", []) if code == 0 else []
    check("cloudcmd describe-commands sees tccli's command",
          [c.get("CommandName") for c in listed] == ["interop-shared"] and listed[0].get("Content") == content,
          f"exit {code}: {err or out}")

    code, out, err = cloudcmd(command, endpoint, "invoke-command", "--command-id", command_id,
                              "--instance-ids", "ins-interop1", "ins-interop2")
    invocation = json.loads(out).get("InvocationId", "") if code == 0 else ""
    check("cloudcmd invoke-command: a fresh inv- id", invocation.startswith("inv-"), f"exit {code}: {err or out}")

    def tccli_sees_success():
        code, out, _ = tccli(venv, home, endpoint, "DescribeInvocations", {"InvocationIds": [invocation]})
        body = json.loads(out) if code == 0 else {}
        found = body.get("InvocationSet") or [{}]
        return found[0] if found[0].get("InvocationStatus") == "SUCCESS" else None
    seen = until(tccli_sees_success)
    check("tccli DescribeInvocations sees cloudcmd's invocation of the command, SUCCESS",
          bool(seen) and seen.get("CommandId") == command_id
          and sorted(t.get("InstanceId") for t in seen.get("InvocationTaskBasicInfoSet", [])) == ["ins-interop1", "ins-interop2"],
          seen)

    code, out, err = tccli(venv, home, endpoint, "RunCommand", {"Content": content, "InstanceIds": ["ins-interop3"]})
    ran = json.loads(out).get("InvocationId", "") if code == 0 else ""
    check("tccli RunCommand: a fresh inv- id", ran.startswith("inv-"), f"exit {code}: {err or out}")

    def cloudcmd_sees_output():
        code, out, _ = cloudcmd(command, endpoint, "describe-invocation-tasks", "--hide-output", "false",
                                "--filters", f"Name=invocation-id,Values={ran}")
        tasks = json.loads(out).get("InvocationTaskSet", []) if code == 0 else []
        return tasks if tasks and tasks[0].get("TaskStatus") == "SUCCESS" else None
    tasks = until(cloudcmd_sees_output) or [{}]
    check("cloudcmd describe-invocation-tasks sees tccli's run: SUCCESS on ins-interop3",
          len(tasks) == 1 and tasks[0].get("InstanceId") == "ins-interop3"
          and tasks[0].get("TaskResult", {}).get("ExitCode") == 0, tasks)


ALIBABA_SCRIPT = r"""
import json, sys
from alibabacloud_eflo_controller20221215.client import Client
from alibabacloud_eflo_controller20221215 import models
from alibabacloud_tea_openapi import models as open_api_models

endpoint, key_id, secret, request = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
config = open_api_models.Config(access_key_id=key_id, access_key_secret=secret, endpoint=endpoint,
                                protocol="http", region_id="cn-hangzhou")
try:
    response = Client(config).describe_invocations(models.DescribeInvocationsRequest().from_map(request))
    print(json.dumps({"status": response.status_code, "body": response.body.to_map()}))
except Exception as e:  # the SDK's TeaException carries the vendor's code
    print(json.dumps({"error": getattr(e, "code", None), "status": getattr(e, "statusCode", None) or (getattr(e, "data", None) or {}).get("statusCode"), "message": str(e)}))
"""


def alibaba(venv, endpoint, request, secret=ALIBABA_SECRET):
    host = endpoint.split("://", 1)[1]
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-c", ALIBABA_SCRIPT, host, ALIBABA_ID, secret, json.dumps(request)],
        capture_output=True, text=True, timeout=120,
    )
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {"error": "no output", "message": done.stderr}


def run_alibaba(venv, endpoint):
    for example in examples("eflo-controller", "DescribeInvocations"):
        expected = example["response"]
        invoke_id = expected["Invocations"]["Invocation"][0]["InvokeId"]
        got = alibaba(venv, endpoint, {"InvokeId": invoke_id})
        problem = subset(expected, got.get("body")) if "body" in got else got
        check(f"alibaba eflo-controller DescribeInvocations: {example['title']}", not problem, problem)

    got = alibaba(venv, endpoint, {"InvokeId": "t-interop0001", "NodeId": "e01-cn-interop", "IncludeOutput": True,
                                   "ContentEncoding": "PlainText"})
    inv = (got.get("body") or {}).get("Invocations", {}).get("Invocation", [{}])[0]
    check("alibaba DescribeInvocations: ids echoed (booleans sent as True)",
          inv.get("InvokeId") == "t-interop0001"
          and inv.get("InvokeNodes", {}).get("InvokeNode", [{}])[0].get("NodeId") == "e01-cn-interop", got)

    got = alibaba(venv, endpoint, {"NodeId": "e01-cn-interop"})
    check("alibaba DescribeInvocations without InvokeId: MissingInvokeId", got.get("error") == "MissingInvokeId", got)

    got = alibaba(venv, endpoint, {"InvokeId": "t-interop0001"}, secret="wrong-secret")
    check("alibaba wrong secret: SignatureDoesNotMatch", got.get("error") == "SignatureDoesNotMatch", got)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--venv", default=str(ROOT / "target" / "interop-venv"))
    parser.add_argument("--server-cmd", help="how to start the mock (default: cloudcmd mock serve --clock-speed 20)")
    parser.add_argument("--cloudcmd", help="how to run cloudcmd (default: the one the test command builds)")
    parser.add_argument("--endpoint", help="use a mock that is already running at this URL")
    args = parser.parse_args()
    if args.server_cmd is None or args.cloudcmd is None:
        cloudcmd = shlex.quote(str(built_cloudcmd()))
        args.server_cmd = args.server_cmd or f"{cloudcmd} mock serve --clock-speed 20"
        args.cloudcmd = args.cloudcmd or cloudcmd

    venv = ensure_venv(Path(args.venv))
    proc = None
    if args.endpoint:
        endpoint = args.endpoint.rstrip("/")
    else:
        proc, endpoint = start_server(shlex.split(args.server_cmd))
    print(f"mock at {endpoint}")
    try:
        with tempfile.TemporaryDirectory() as home:
            run_tencent(venv, Path(home), endpoint)
            run_shared_state(venv, Path(home), endpoint, shlex.split(args.cloudcmd))
        run_alibaba(venv, endpoint)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed")
    return 1 if RESULTS["failed"] or not RESULTS["passed"] else 0


if __name__ == "__main__":
    sys.exit(main())
