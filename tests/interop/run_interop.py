#!/usr/bin/env python3
"""Interoperability check: requests signed by our Rust runtime must verify with the vendors'
official Python SDKs.

    python3 tests/interop/run_interop.py

Creates a venv under target/interop-venv (once), installs requirements.txt into it, starts
verify_server.py on 127.0.0.1 with an ephemeral port, runs the Rust example
`interop_call --endpoint http://127.0.0.1:PORT` (both protocols, unicode values, a token,
and one wrong-secret request per protocol that must be rejected), then compares the
client's results with the verifier's counts. Exits non-zero unless everything agrees; the
last line is `N passed, M failed`.
"""

import json
import os
import subprocess
import sys
import urllib.request
import venv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENV = os.environ.get("INTEROP_VENV", os.path.join(ROOT, "target", "interop-venv"))
REQUIREMENTS = os.path.join(HERE, "requirements.txt")

# The example's cases: positives must verify, negatives (wrong secret) must be rejected.
EXPECTED_VERIFIED = 5
EXPECTED_REJECTED = 2


def venv_python():
    return os.path.join(VENV, "bin", "python")


def ensure_venv():
    """Create the venv and install the pinned packages, once per requirements content."""
    stamp = os.path.join(VENV, ".requirements")
    with open(REQUIREMENTS, encoding="utf-8") as f:
        wanted = f.read()
    if os.path.exists(stamp):
        with open(stamp, encoding="utf-8") as f:
            if f.read() == wanted:
                return
    if not os.path.exists(venv_python()):
        print("creating %s" % VENV, flush=True)
        venv.create(VENV, with_pip=True)
    subprocess.run([venv_python(), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "-r", REQUIREMENTS], check=True)
    with open(stamp, "w", encoding="utf-8") as f:
        f.write(wanted)


def build_example():
    # Built as `cargo test --workspace` builds it (examples too, with the dev-dependencies'
    # features): after the test command this is a no-op, where `cargo build -p sdk-runtime`
    # built the whole dependency tree again with other features.
    subprocess.run(["cargo", "test", "--quiet", "--workspace", "--no-run"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "debug", "examples", "interop_call")


def main():
    ensure_venv()
    example = build_example()
    server = subprocess.Popen([venv_python(), os.path.join(HERE, "verify_server.py"), "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        if not line.startswith("PORT "):
            print("verify_server did not start: %r" % line)
            print("0 passed, 1 failed")
            return 1
        endpoint = "http://127.0.0.1:%d" % int(line.split()[1])
        client = subprocess.run([example, "--endpoint", endpoint], timeout=120,
                                stdout=subprocess.PIPE, text=True)
        print(client.stdout, end="", flush=True)
        with urllib.request.urlopen(endpoint + "/stats", timeout=10) as r:
            stats = json.load(r)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()

    checks = {
        "every client case passed": client.returncode == 0,
        "verifier accepted %d signatures (got %d)" % (EXPECTED_VERIFIED, stats["verified"]):
            stats["verified"] == EXPECTED_VERIFIED,
        "verifier rejected %d wrong-secret signatures (got %d)" % (EXPECTED_REJECTED, stats["rejected"]):
            stats["rejected"] == EXPECTED_REJECTED,
        "only signature mismatches were rejected":
            all(f.endswith("signature mismatch") for f in stats["failures"]),
    }
    for name, ok in checks.items():
        print("%s %s" % ("ok  " if ok else "FAIL", name))
    if stats["failures"]:
        print("verifier rejections: %s" % "; ".join(stats["failures"]))
    # One result per request case of the example, plus the cross-checks above.
    case_lines = [l for l in client.stdout.splitlines() if l.startswith(("ok   ", "FAIL "))]
    passed = sum(checks.values()) + sum(l.startswith("ok") for l in case_lines)
    failed = len(checks) + len(case_lines) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
