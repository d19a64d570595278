#!/usr/bin/env python3
"""Write the fuzz seed corpora (fuzz/corpus/<target>/) from the documented examples.

Every seed comes from the spec files: the example requests and responses of each action,
error answers built from the documented error codes, and the spec files themselves. The
selector bytes follow the fuzz targets' layouts (see each target's `//!` comment and
`sdk_fuzz::actions`: services sorted by name, then actions sorted by name).

Run from anywhere: `python3 fuzz/seed.py`. The output is deterministic; existing seed_*
files are replaced, other corpus entries are left alone.
"""

import glob
import json
import os
import urllib.parse

FUZZ = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(FUZZ)
SPEC = os.path.join(ROOT, "spec")
# Action and type files per service version among the spec_load seeds.
SAMPLE = 1


def load_services():
    services = []
    for path in sorted(glob.glob(os.path.join(SPEC, "*", "*", "service.json"))):
        folder = os.path.dirname(path)
        with open(path, encoding="utf-8") as f:
            service = json.load(f)
        actions = []
        for action_path in glob.glob(os.path.join(folder, "actions", "*.json")):
            with open(action_path, encoding="utf-8") as f:
                actions.append(json.load(f))
        actions.sort(key=lambda a: a["name"])
        services.append((service, actions))
    services.sort(key=lambda s: s[0]["service"])
    return services


def flatten(prefix, value, out):
    """protocol::form::flatten."""
    join = lambda key: str(key) if not prefix else f"{prefix}.{key}"
    if value is None:
        return
    if isinstance(value, bool):
        out.append((prefix, "true" if value else "false"))
    elif isinstance(value, (int, float, str)):
        out.append((prefix, str(value)))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            flatten(join(i + 1), item, out)
    elif isinstance(value, dict):
        for key, item in value.items():
            flatten(join(key), item, out)


def form_encode(request):
    """protocol::form::encode: sorted pairs, RFC 3986 percent-encoding."""
    pairs = []
    flatten("", request, pairs)
    pairs.sort()
    quote = lambda s: urllib.parse.quote(s, safe="-_.~")
    return "&".join(f"{quote(k)}={quote(v)}" for k, v in pairs)


def dump(value):
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def main():
    seeds = {}

    def add(target, name, data):
        seeds.setdefault(target, []).append((name, data))

    services = load_services()
    index = 0
    for service, actions in services:
        tencent = service["protocol"] == "tc3-json"
        codes = [e["code"] for e in service.get("common_errors", [])]
        for tat_index, action in enumerate(actions):
            name = f"{service['service']}-{action['name']}"
            codes_here = codes + [e["code"] for e in action.get("errors", [])]
            requests = [ex["request"] for ex in action.get("examples", []) if "request" in ex]
            if not requests:
                # eflo-controller documents no example request: its members with the
                # documented example response's string values of the same names.
                response = action["examples"][0]["response"] if action.get("examples") else {}
                requests = [
                    {
                        m["name"]: response[m["name"]]
                        for m in action.get("input", [])
                        if isinstance(response.get(m["name"]), str)
                    }
                ]
                requests.append({m["name"]: "x" for m in action.get("input", []) if m["type"] == "String"})
            responses = [ex["response"] for ex in action.get("examples", [])]

            for i, request in enumerate(requests):
                add("form_roundtrip", f"{name}-{i}", bytes([index]) + dump(request))
                add("form_decode", f"{name}-{i}", bytes([index]) + form_encode(request).encode())
                if tencent:
                    head, body = b"", dump(request)
                else:
                    head, body = b"", form_encode(request).encode()
                # Flags: 1 = sign with the demo key; also unsigned and wrongly signed.
                add("mock_request", f"{name}-{i}", bytes([index, 1]) + head + b"\n\n" + body)
                add("mock_request", f"{name}-{i}-nosig", bytes([index, 0]) + b"\n\n" + body)
                add("mock_request", f"{name}-{i}-badkey", bytes([index, 9]) + b"\n\n" + body)
            add("mock_request", f"{name}-authvariant", bytes([index, 0]) + (
                b"authorization: TC3-HMAC-SHA256 Credential=AKIDMOCKDEMO0000000000000000000000000/2024-01-01/tat/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature=00\n\n{}"
                if tencent else
                b"authorization: ACS3-HMAC-SHA256 Credential=LTAIMOCKDEMO00000000,SignedHeaders=host;x-acs-action;x-acs-version,Signature=00\n\n"
            ))

            for i, response in enumerate(responses):
                if tencent:
                    add("decode_tc3_response", f"{name}-{i}", bytes([tat_index]) + dump(response))
                else:
                    add("decode_acs3_response", f"{name}-{i}", b"\x00\x64\x01" + dump(response))
            for code in sorted(set(codes_here))[:8]:
                if tencent:
                    error = {"Response": {"Error": {"Code": code, "Message": "m"}, "RequestId": "r"}}
                    add("decode_tc3_response", f"{name}-{code}", bytes([tat_index]) + dump(error))
                else:
                    error = {"RequestId": "r", "HostId": "h", "Code": code, "Message": "m"}
                    # Status 400 = 100 + 300.
                    add("decode_acs3_response", f"{name}-{code}", b"\x01\x2c\x00" + dump(error))
            index += 1

    spec_files = sorted(
        p for p in glob.glob(os.path.join(SPEC, "*", "*", "**", "*.json"), recursive=True)
    )
    spec_files = sorted(os.path.relpath(p, ROOT).replace(os.sep, "/") for p in spec_files)
    # Every input runs the generator over the whole tree, so the seeds are a sample: each
    # service version's service.json and its first SAMPLE action and type files by name.
    sample = set()
    for folder in sorted({"/".join(rel.split("/")[:3]) for rel in spec_files}):
        sample.add(f"{folder}/service.json")
        for role in ("actions", "types"):
            sample.update([r for r in spec_files if r.startswith(f"{folder}/{role}/")][:SAMPLE])
    for i, rel in enumerate(spec_files):
        if rel not in sample:
            continue
        with open(os.path.join(ROOT, rel), "rb") as f:
            text = f.read()
        base = rel.replace("/", "_").removeprefix("spec_")
        add("spec_load", base, i.to_bytes(2, "little") + text)
        role = rel.split("/")[3] if rel.count("/") == 4 else "service.json"
        # The same text as a new file: n = new TAT action, n+1 new type, n+2 new service.
        extra = {"actions": 0, "types": 1}.get(role, 2)
        add("spec_load", f"new-{base}", (len(spec_files) + extra).to_bytes(2, "little") + text)

    for target, entries in sorted(seeds.items()):
        folder = os.path.join(FUZZ, "corpus", target)
        os.makedirs(folder, exist_ok=True)
        for old in glob.glob(os.path.join(folder, "seed_*")):
            os.remove(old)
        for name, data in entries:
            safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
            with open(os.path.join(folder, f"seed_{safe}"), "wb") as f:
                f.write(data)
        print(f"{target}: {len(entries)} seeds")


if __name__ == "__main__":
    main()
