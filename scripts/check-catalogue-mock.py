#!/usr/bin/env python3
"""Documented examples of a whole-catalogue cloudcmd, answered by its mock, two ways.

A deterministic sample of actions with a documented example (up to PER per service, COUNT in
all, 5 and 1,000 by default; `cargo run --example sample` of sdk-catalogue reads them from the shape data) is sent:

1. through `cloudcmd --mock <service> <action> --cli-input-json FILE` (the mock started in the
   process for the one call), and
2. for Tencent's services, through `tccli <service> <Action> --cli-input-json file://FILE`
   against one `cloudcmd mock serve` serving every service of the binary (tccli signs with
   TC3 and the mock checks the signature),

and each answer is compared with the example's documented response (its `Response` members
for Tencent; RequestId aside, as the mock makes its own; an example documenting an error
answer must fail with its code). An example that breaks a fact of its own page (a required
member missing, a date-time not in the documented format) is refused by cloudcmd before
sending, exit 2, and listed as such. Prints the counts, every mismatch and failure, and
exits non-zero when any call fails.

    scripts/build-full-cli.sh
    python3 scripts/check-catalogue-mock.py [--count 1000] [--per 5] [--tccli PATH] [--jobs 4]

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


def documented_error(sample):
    """The error code a documented example answers with (Tencent's `Response.Error`), if any."""
    answer = documented(sample)
    error = answer.get("Error") if isinstance(answer, dict) else None
    return error.get("Code") if isinstance(error, dict) else None


def check_error(sample, code, out, err):
    """A documented error answer: the tool must fail with that code."""
    want = documented_error(sample)
    if want is None:
        return f"exit {code}: {(err or out).strip()[:300]}"
    if code == 0 or want not in err + out:
        return f"expected the documented error {want}, got exit {code}: {(err or out).strip()[:200]}"
    return None


def check(sample, answer):
    if documented_error(sample):
        return f"expected the documented error {documented_error(sample)}, got an answer"
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
    ap.add_argument("--per", type=int, default=5)
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
        if code == 2:
            # Refused before sending: the example breaks a fact its own page documents.
            return f"refused before sending (exit 2): {err.strip()[:300]}"
        if code != 0:
            return check_error(s, code, out, err)
        return check(s, out)

    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(ours, range(len(samples))))
    # An example that breaks its own page's facts is refused before it is sent: that is the
    # documented behaviour, not a wrong answer, so it is listed apart.
    refused = {i for i, r in enumerate(results) if r and r.startswith("refused before sending")}
    failed = [(samples[i], r) for i, r in enumerate(results) if r and i not in refused]
    errors = sum(1 for s in samples if documented_error(s))
    print(f"cloudcmd --mock: {len(samples) - len(failed) - len(refused)}/{len(samples)} got the documented answer "
          f"({errors} of them a documented error), {len(refused)} examples refused before sending as breaking "
          f"their own page's facts, {len(failed)} failed, in {time.time() - start:.1f} s")
    for i in sorted(refused):
        print(f"  refused: {samples[i]['command']} {samples[i]['action']}: {results[i][len('refused before sending (exit 2): '):]}")
    for s, why in failed:
        print(f"  FAILED: {s['command']} {s['action']}: {why}")

    tccli_failed = []
    if tccli:
        # The actions the installed tccli has: a service or action only tccli-intl-en ships
        # (the union has both) is one it cannot call.
        services_dir = next(pathlib.Path(tccli).resolve().parent.parent.glob("lib/python3*/site-packages/tccli/services"), None)

        def tccli_knows(s):
            if services_dir is None:
                return True
            api = services_dir / s["service"] / ("v" + s["version"].replace("-", "")) / "api.json"
            try:
                return s["action"] in json.loads(api.read_text()).get("actions", {})
            except (OSError, ValueError):
                return False

        tencent = [i for i, s in enumerate(samples) if s["protocol"] == "tc3" and tccli_knows(s)]
        unknown = sum(1 for s in samples if s["protocol"] == "tc3") - len(tencent)
        print(f"tccli: {len(tencent)} of the sample's actions are in its own metadata "
              f"({unknown} only in tccli-intl-en's, left out)")
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
            # The version the sample is of (tccli defaults to a service's first).
            cmd = [tccli, s["service"], s["action"], "--version", s["version"],
                   "--cli-input-json", f"file://{files[i]}",
                   "--endpoint", endpoint, "--region", "ap-guangzhou",
                   "--secretId", TENCENT_ID, "--secretKey", TENCENT_KEY]
            code, out, err = run(cmd, tenv)
            if code != 0:
                return check_error(s, code, out, err)
            return check(s, out)

        start = time.time()
        try:
            with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
                results = list(pool.map(theirs, tencent))
        finally:
            server.terminate()
        # The examples cloudcmd refused, tccli sends: the mock refuses them as the service
        # would (MissingParameter, InvalidParameterValue).
        tccli_refused = [(samples[i], r) for i, r in zip(tencent, results) if r and i in refused]
        tccli_failed = [(samples[i], r) for i, r in zip(tencent, results) if r and i not in refused]
        print(f"tccli against cloudcmd mock serve: {len(tencent) - len(tccli_failed) - len(tccli_refused)}/{len(tencent)} "
              f"got the documented answer, {len(tccli_refused)} examples breaking their page's facts refused by the mock, "
              f"{len(tccli_failed)} failed, in {time.time() - start:.1f} s")
        for s, why in tccli_refused:
            print(f"  refused by the mock: {s['service']} {s['action']}: {why}")
        for s, why in tccli_failed:
            print(f"  FAILED: {s['service']} {s['action']}: {why}")
    else:
        print("tccli: not found (pass --tccli PATH); only cloudcmd was checked")
    sys.exit(1 if failed or tccli_failed else 0)


if __name__ == "__main__":
    main()
