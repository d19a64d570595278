#!/usr/bin/env python3
"""Alibaba Cloud products end to end against the vendor's official Python SDK packages:

1. Every action of each product: `cloudcmd` sends a request made from the spec (every
   member, in every place it goes: path, query, headers, form or JSON body, JSON-string
   "shrink" members) to verify_server.py, which checks the signature with the official SDK's
   signing code; the official client sends the same request; both must verify and the two
   requests must be the same on the wire (method, path, query, body members, header members).
2. Every action of each product: the official client against `cloudcmd mock serve` gets an
   answer, not an error (the command actions chained: the runs' ids from RunCommand and
   SendFile are the ids the others ask about).

    python3 tests/interop/run_alibaba_interop.py [eflo-controller cs ...]

Without names, every Alibaba product in spec/. The last line is `N passed, M failed`.
"""

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
from run_mock_interop import ensure_venv, built_cloudcmd, start_server  # noqa: E402

# Test-only keys: the verifier's (verify_server.py) and the mock's demo keys.
VERIFY_ID, VERIFY_SECRET = "LTAIinterop000000000000", "ali-interop-secret-000000000000"
RESULTS = {"passed": 0, "failed": 0}


def check(name, ok, detail=""):
    RESULTS["passed" if ok else "failed"] += 1
    print(("ok   " if ok else "FAIL ") + name + ("" if ok or not detail else ": " + str(detail)[:3000]), flush=True)


def kebab(name):
    """heck's kebab case, as the generator names commands."""
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z]+[0-9]*", name)
    return "-".join(w.lower() for w in words)


def snake(name):
    return kebab(name).replace("-", "_")


class Product:
    def __init__(self, folder):
        self.folder = folder
        self.service = json.loads((folder / "service.json").read_text())
        self.name = self.service["service"]
        self.types = {p.stem: json.loads(p.read_text()) for p in sorted((folder / "types").glob("*.json"))}
        self.actions = [json.loads(p.read_text()) for p in sorted((folder / "actions").glob("*.json"))]
        packages = {a.get("source_package", "") for a in self.actions}
        package = sorted(p for p in packages if p.startswith("alibabacloud-"))
        self.module = package[0].split()[0].replace("-", "_") if package else None

    def value(self, member, depth=0, path=False, within=()):
        ty = member["type"]
        if ty == "String":
            one = "v-%s" % member["name"] if path else "v %s é/%s" % (member["name"], depth)
        elif ty == "Integer":
            one = max(member.get("minimum", 1), min(member.get("maximum", 3), 3))
        elif ty == "Number":
            one = 1.5
        elif ty == "Boolean":
            one = True
        elif ty == "Json":
            one = {"k": "v", "n": 1}
        elif ty in self.types and self.types[ty].get("values"):
            one = self.types[ty]["values"][0]["value"]
        elif ty in self.types:
            # Every member at every depth, but a type inside itself once: the official SDK
            # writes a list member it was not given as `[]`, so a member left out would
            # differ from it.
            if ty in within:
                return None
            one = {}
            for m in self.types[ty].get("members", []):
                v = self.value(m, depth + 1, within=within + (ty,))
                if v is not None:
                    one[m["name"]] = v
        else:
            one = "v"
        return [one] if member.get("list") else one

    def request(self, action):
        """Every member of the action, with a value of its type; path members apart."""
        request, path = {}, {}
        for m in action.get("input", []):
            if m.get("location") == "path":
                path[snake(m["name"])] = request[m["name"]] = self.value(m, path=True)
            else:
                v = self.value(m)
                if v is not None:
                    request[m["name"]] = v
        return request, path


def cloudcmd(binary, product, action, request, endpoint, key_id, secret):
    env = dict(os.environ, ALIBABA_CLOUD_ACCESS_KEY_ID=key_id, ALIBABA_CLOUD_ACCESS_KEY_SECRET=secret,
               HOME=tempfile.gettempdir())
    done = subprocess.run([binary, product.name, kebab(action["name"]), "--cli-input-json", "-",
                           "--endpoint", endpoint, "--region", "cn-hangzhou", "--output", "json"],
                          input=json.dumps(request), capture_output=True, text=True, timeout=60, env=env)
    return done.returncode, done.stdout, done.stderr


def official(venv, plan):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(plan, f)
    try:
        done = subprocess.run([str(venv / "bin" / "python"), str(HERE / "alibaba_official.py"), f.name],
                              capture_output=True, text=True, timeout=600)
    finally:
        os.unlink(f.name)
    answers = []
    for line in done.stdout.splitlines():
        try:
            answers.append(json.loads(line))
        except ValueError:
            pass
    if len(answers) != len(plan["calls"]):
        print(done.stderr[-2000:])
    return answers


def received(endpoint):
    with urllib.request.urlopen(endpoint + "/__interop/requests", timeout=10) as r:
        return json.load(r)


def normal(value):
    """The Python SDK writes booleans in forms as True/False; both mean the same."""
    if isinstance(value, dict):
        return {k: normal(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normal(v) for v in value]
    if value in ("True", "False"):
        return value.lower()
    return value


def wire(request):
    return {k: normal(request[k]) for k in ("method", "path", "query", "content_type", "body", "headers")}


def difference(ours, theirs):
    """What differs, down to the members of a body or query that both send as objects."""
    out = {}
    for key in sorted(set(ours) | set(theirs)):
        a, b = ours.get(key), theirs.get(key)
        if a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            out[key] = difference(a, b)
        else:
            out[key] = [a, b]
    return out


def same_wire(venv, binary, products, endpoint):
    for product in products:
        calls, ours = [], []
        for action in product.actions:
            request, path = product.request(action)
            code, out, err = cloudcmd(binary, product, action, request, endpoint, VERIFY_ID, VERIFY_SECRET)
            got = received(endpoint)
            ours.append((action, code, err, got))
            calls.append({"module": product.module, "action": action["name"], "path": path, "request": request})
        answers = official(venv, {"endpoint": endpoint.split("://", 1)[1], "key_id": VERIFY_ID,
                                  "secret": VERIFY_SECRET, "calls": calls})
        theirs = received(endpoint)
        by_action = {}
        for r in theirs:
            by_action.setdefault(r["action"], r)
        for (action, code, err, got), answer in zip(ours, answers + [None] * len(ours)):
            name = "%s %s" % (product.name, action["name"])
            mine = got[0] if len(got) == 1 else None
            other = by_action.get(action["name"])
            problems = []
            if code != 0:
                problems.append("cloudcmd exit %d: %s" % (code, err.strip()[:300]))
            if mine is None:
                problems.append("cloudcmd sent %d requests" % len(got))
            elif not mine["verified"]:
                problems.append("our signature: " + str(mine["problem"]))
            if other is None:
                problems.append("the official client sent nothing: %s" % (answer or {}).get("message"))
            elif not other["verified"]:
                problems.append("official signature: " + str(other["problem"]))
            if mine and other and wire(mine) != wire(other):
                problems.append("wire differs (ours, official): %s" % json.dumps(
                    difference(wire(mine), wire(other)), ensure_ascii=False))
            check("%s: signed as the official SDK signs, same wire request" % name, not problems, "; ".join(problems))


def chained(product, action, made):
    """Requests of the command actions name what RunCommand and SendFile made."""
    request, path = product.request(action)
    if action["name"] in ("DescribeInvocations", "StopInvocation") and "RunCommand" in made:
        request["InvokeId"] = "$%d.InvokeId" % made["RunCommand"]
    if action["name"] == "DescribeSendFileResults" and "SendFile" in made:
        request["InvokeId"] = "$%d.InvokeId" % made["SendFile"]
    if action["name"] in ("RunCommand", "SendFile"):
        request["ContentEncoding"] = request["ContentType"] = "PlainText"
        request.pop("ContentType" if action["name"] == "RunCommand" else "ContentEncoding", None)
    return request, path


def against_mock(venv, products, endpoint):
    from run_mock_interop import ALIBABA_ID, ALIBABA_SECRET
    for product in products:
        calls, made = [], {}
        order = sorted(product.actions, key=lambda a: a["name"] not in ("RunCommand", "SendFile"))
        for action in order:
            request, path = chained(product, action, made)
            made[action["name"]] = len(calls)
            calls.append({"module": product.module, "action": action["name"], "path": path, "request": request})
        answers = official(venv, {"endpoint": endpoint.split("://", 1)[1], "key_id": ALIBABA_ID,
                                  "secret": ALIBABA_SECRET, "calls": calls})
        for action, answer in zip(order, answers + [None] * len(order)):
            ok = answer is not None and "error" not in answer and answer.get("status") == 200
            check("%s %s: the official client against the mock" % (product.name, action["name"]), ok, answer)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("products", nargs="*")
    parser.add_argument("--venv", default=str(ROOT / "target" / "interop-venv"))
    args = parser.parse_args()
    products = []
    for service_json in sorted((ROOT / "spec").glob("*/*/service.json")):
        product = Product(service_json.parent)
        if product.service["protocol"].startswith("acs3") and (not args.products or product.name in args.products):
            if product.module is None:
                check("%s: names its SDK package" % product.name, False, "no action has a source_package")
                continue
            products.append(product)
    venv = ensure_venv(Path(args.venv))
    binary = str(built_cloudcmd())

    verifier = subprocess.Popen([str(venv / "bin" / "python"), str(HERE / "verify_server.py"), "--port", "0"],
                                stdout=subprocess.PIPE, text=True)
    try:
        line = verifier.stdout.readline()
        endpoint = "http://127.0.0.1:%d" % int(line.split()[1])
        same_wire(venv, binary, products, endpoint)
    finally:
        verifier.terminate()
        verifier.wait(timeout=10)

    proc, endpoint = start_server([binary, "mock", "serve", "--clock-speed", "20"])
    try:
        against_mock(venv, products, endpoint)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    print("%d passed, %d failed" % (RESULTS["passed"], RESULTS["failed"]))
    return 1 if RESULTS["failed"] or not RESULTS["passed"] else 0


if __name__ == "__main__":
    sys.exit(main())
