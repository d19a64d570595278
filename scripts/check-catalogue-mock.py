#!/usr/bin/env python3
"""Documented examples of a whole-catalogue cloudcmd, answered by its mock, two ways.

A deterministic sample of actions with a documented example (up to PER per service, COUNT in
all; `cargo run --example sample` of sdk-catalogue reads them from the shape data) is sent:

1. through `cloudcmd --mock <service> <action> --cli-input-json FILE` (the mock started in the
   process for the one call), and
2. for Tencent's services, through `tccli <service> <Action> --cli-input-json file://FILE`
   against one `cloudcmd mock serve` serving every service of the binary (tccli signs with
   TC3 and the mock checks the signature),

and each answer is compared with the example's documented response (its `Response` members
for Tencent; RequestId aside, as the mock makes its own). Prints the counts, every mismatch
and failure, and exits non-zero when any call fails.

    scripts/build-full-cli.sh
    python3 scripts/check-catalogue-mock.py [--count 1000] [--per 4] [--tccli PATH] [--jobs 4]

tccli defaults to target/interop-venv/bin/tccli or target/bench-venv/bin/tccli when there;
without one, only the cloudcmd half runs.
"""

import argparse
import concurrent.futures
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "target" / "full-catalogue"
TENCENT_ID = "AKIDMOCKDEMO0000000000000000000000000"
TENCENT_KEY = "mockDemoSecretKeyNotARealSecret00"


def documented(sample):
    response = json.loads(sample["response"])
    if sample["protocol"] == "tc3":
        response = response.get("Response", response)
    return response


def normal(value):
    """The answer as compared: RequestId aside, at any depth."""
    if isinstance(value, dict):
        return {k: normal(v) for k, v in value.items() if k != "RequestId"}
    if isinstance(value, list):
        return [normal(v) for v in value]
    return value


def drop_nulls(value):
    # tccli fills members the answer lacks with null from its own model.
    if isinstance(value, dict):
        return {k: drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_nulls(v) for v in value]
    return value


def run(cmd, env):
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    return p.returncode, p.stdout, p.stderr


def check(sample, answer):
    try:
        got = json.loads(answer)
    except ValueError as e:
        return f"not JSON: {e}: {answer[:200]}"
    want = normal(documented(sample))
    if normal(drop_nulls(got)) != normal(drop_nulls(want)):
        return f"answer differs:\n      got  {json.dumps(normal(got))[:300]}\n      want {json.dumps(want)[:300]}"
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cloudcmd", default=str(OUT / "cloudcmd"))
    ap.add_argument("--shapes", nargs="*", default=None)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--per", type=int, default=4)
    ap.add_argument("--tccli", default=None)
    ap.add_argument("--jobs", type=int, default=4)
    args = ap.parse_args()
    shapes = args.shapes or [str(p) for p in (OUT / "tencent.bin", OUT / "alibaba.bin") if p.exists()]
    tccli = args.tccli
    if tccli is None:
        for venv in ("interop-venv", "bench-venv"):
            candidate = ROOT / "target" / venv / "bin" / "tccli"
            if candidate.exists():
                tccli = str(candidate)
                break

    lines = subprocess.run(
        ["cargo", "run", "-q", "--release", "-p", "sdk-catalogue", "--example", "sample", "--",
         str(args.count), str(args.per), *shapes],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout.splitlines()
    samples = [json.loads(l) for l in lines]
    services = {s["command"] for s in samples}
    print(f"sample: {len(samples)} actions of {len(services)} services "
          f"({sum(s['protocol'] == 'tc3' for s in samples)} Tencent)")

    home = tempfile.mkdtemp()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home}
    files = []
    for i, s in enumerate(samples):
        f = pathlib.Path(home) / f"request-{i}.json"
        f.write_text(s["request"])
        files.append(f)

    def ours(i):
        s = samples[i]
        cmd = [args.cloudcmd, "--mock", s["command"], s["action_command"], "--cli-input-json", str(files[i])]
        code, out, err = run(cmd, env)
        if code != 0:
            return f"exit {code}: {err.strip()[:300]}"
        return check(s, out)

    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(ours, range(len(samples))))
    failed = [(samples[i], r) for i, r in enumerate(results) if r]
    print(f"cloudcmd --mock: {len(samples) - len(failed)}/{len(samples)} got the documented answer "
          f"in {time.time() - start:.1f} s")
    for s, why in failed:
        print(f"  {s['command']} {s['action']}: {why}")

    tccli_failed = []
    if tccli:
        tencent = [i for i, s in enumerate(samples) if s["protocol"] == "tc3"]
        server = subprocess.Popen([args.cloudcmd, "mock", "serve"], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, env=env)
        started = time.time()
        endpoint = None
        for line in server.stdout:
            if line.startswith("listening on "):
                endpoint = line.split()[-1]
                break
        if endpoint is None:
            sys.exit("error: cloudcmd mock serve did not start")
        print(f"cloudcmd mock serve (every service of the binary) listening after "
              f"{time.time() - started:.2f} s")
        tenv = dict(env, TENCENTCLOUD_SECRET_ID=TENCENT_ID, TENCENTCLOUD_SECRET_KEY=TENCENT_KEY)

        def theirs(i):
            s = samples[i]
            cmd = [tccli, s["service"], s["action"], "--cli-input-json", f"file://{files[i]}",
                   "--endpoint", endpoint, "--region", "ap-guangzhou",
                   "--secretId", TENCENT_ID, "--secretKey", TENCENT_KEY]
            code, out, err = run(cmd, tenv)
            if code != 0:
                return f"exit {code}: {(err or out).strip()[:300]}"
            return check(s, out)

        start = time.time()
        try:
            with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
                results = list(pool.map(theirs, tencent))
        finally:
            server.terminate()
        tccli_failed = [(samples[i], r) for i, r in zip(tencent, results) if r]
        print(f"tccli against cloudcmd mock serve: {len(tencent) - len(tccli_failed)}/{len(tencent)} "
              f"got the documented answer in {time.time() - start:.1f} s")
        for s, why in tccli_failed:
            print(f"  {s['service']} {s['action']}: {why}")
    else:
        print("tccli: not found (pass --tccli PATH); only cloudcmd was checked")
    sys.exit(1 if failed or tccli_failed else 0)


if __name__ == "__main__":
    main()
