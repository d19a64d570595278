#!/usr/bin/env python3
"""Check `cargo xtask changes` against an independent diff of two releases' metadata.

For each service: a scratch repository imports the older release's api.json, commits,
imports the newer one and runs `cargo xtask changes --format json`. Independently, this
script compares the two api.json (and examples.json) files itself, with none of the
importer's code: online actions, the members of requests and answers and of the types they
reach, member types, required members of requests, nullability, descriptions and examples.
It then prints, per kind of change, what both found, what the report missed and what it has
that the metadata does not show, and checks the verdicts of the structural changes.

    scripts/check-change-report.py OLD_PACKAGE_DIR NEW_PACKAGE_DIR SERVICE/vYYYYMMDD...

A package dir is an unpacked tccli package (`target/vendor-metadata/tccli-intl-en-X`).
Exit status 1 when the report misses a change or gives a wrong verdict.
"""

import html
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def xtask(*args):
    """`cargo xtask ARGS`, its standard output."""
    return subprocess.run(
        ["cargo", "run", "--quiet", "--package", "xtask", "--", *args],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def git(repo, *args):
    subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True)


def git_show(repo, path):
    return subprocess.run(
        ["git", "-C", repo, "show", f"HEAD:{path}"], check=True, capture_output=True, text=True
    ).stdout


# ---- the independent diff -------------------------------------------------------------

SCALARS = {"string", "int", "int64", "uint64", "bool", "float", "double", "binary", "datetime", "datetime_iso", "date"}


def text(doc):
    """A description as words: tags, entities, markdown links, spacing and a stray period
    after a closing tag (`<p>Command ID.</p>.`) do not count."""
    t = re.sub(r"(?i)<br\s*/?>|</p>|<li>|</li>", " ", doc or "")
    t = html.unescape(re.sub(r"<[^>]*>", "", t))
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", t).replace("`", "")
    t = " ".join(t.split())
    t = re.sub(r"(^|\s)-(?=\S)", r"\1- ", t)
    t = re.sub(r"\s+([.,;:!?])", r"\1", t)
    return re.sub(r"([.。])\.+(?=\s|$)", r"\1", t)


def example(m):
    """A member's example as a value of its type, or None where it is not one (`无`, a
    list example that is not a JSON list): only such examples are facts of the spec."""
    raw = (m.get("example") or "").strip()
    if raw in ("", "无", "None"):
        return None
    kind, item = m.get("type"), m.get("member")
    if kind == "list" or item not in SCALARS:
        try:
            v = json.loads(raw)
        except ValueError:
            return None
        if not (isinstance(v, list) == (kind == "list") and isinstance(v, (list, dict))):
            return None
        # A number written as a string reads as the number (`["7569"]` for int64 items).
        if isinstance(v, list) and item in ("int", "int64", "uint64"):
            v = [int(x) if isinstance(x, str) and re.fullmatch(r"\s*[+-]?\d+\s*", x) else x for x in v]
        return v
    if item in ("int", "int64", "uint64"):
        return int(raw) if re.fullmatch(r"[+-]?\d+", raw) else None
    if item in ("float", "double"):
        try:
            return float(raw)
        except ValueError:
            return None
    if item == "bool":
        return {"true": True, "false": False}.get(raw.lower())
    return raw


def body(http):
    """The JSON of an example's request (after its HTTP head) or response, compared as
    values; text that does not parse as itself."""
    t = (http or "").strip()
    if not t.startswith("{"):
        start = t.find("\n{")
        # A request given as a query string has no body the spec keeps.
        if start < 0:
            return None
        t = t[start + 1 :]
    for attempt in (t, with_commas(t)):
        try:
            return json.dumps(json.loads(attempt), sort_keys=True)
        except ValueError:
            pass
    return " ".join(t.split())


def with_commas(t):
    """The vendor's translated examples lose the comma at the end of a line; the importer
    puts it back. The same, independently: a comma after a line ending in a value when the
    next line starts another member or item."""
    lines = t.split("\n")
    for i in range(len(lines) - 1):
        end, nxt = lines[i].rstrip(), lines[i + 1].lstrip()
        ends_value = re.search(r'(["\d}\]]|true|false|null)$', end) and not end.endswith(("{", "[", ","))
        if ends_value and nxt[:1] in ('"', "{", "["):
            lines[i] = end + ","
    return "\n".join(lines)


def load(pkg, service):
    d = os.path.join(pkg, "tccli", "services", *service.split("/"))
    api = json.load(open(os.path.join(d, "api.json")))
    try:
        examples = json.load(open(os.path.join(d, "examples.json")))["actions"]
    except OSError:
        examples = {}
    return api, examples


def facts(api, examples):
    """Everything the spec holds that the metadata states directly, keyed by the report's place."""
    objects = api["objects"]
    actions = {n: a for n, a in api["actions"].items() if a.get("status", "online") == "online"}
    requested, todo = set(), [a["input"] for a in actions.values()]
    while todo:
        o = todo.pop()
        if o in requested or o not in objects:
            continue
        requested.add(o)
        todo += [m.get("member") for m in objects[o].get("members", [])]

    def members(obj):
        out = {}
        for m in objects.get(obj, {}).get("members", []):
            if m.get("disabled"):
                continue
            out[m["name"]] = {
                "type": (m.get("type"), m.get("member")),
                "required": bool(m.get("required")) and obj in requested,
                # The vendor says so in a flag, or in the prose ("may return null").
                "nullable": bool(m.get("value_allowed_null"))
                or bool(re.search(r"(?i)may return null|可能返回\s*null", (m.get("document") or "").replace("`", ""))),
                "doc": text(m.get("document")),
                "raw": m.get("document") or "",
                "example": example(m),
            }
        return out

    places, types, todo = {}, set(), []
    for name, a in actions.items():
        places[name] = {"kind": "action", "doc": text(a.get("document")), "raw": a.get("document") or ""}
        for side in ("input", "output"):
            for m, f in members(a[side]).items():
                places[f"{name}.{side}.{m}"] = dict(f, kind="member", owner="request" if side == "input" else "response")
                todo.append(f["type"][1])
        places[f"{name}.examples"] = {
            "kind": "examples",
            "examples": sorted(
                (
                    e.get("title", "").strip(),
                    text(e.get("document")),
                    body(e.get("input")),
                    body(e.get("output")),
                )
                for e in examples.get(name, [])
            ),
        }
    while todo:
        t = todo.pop()
        if t in types or t not in objects:
            continue
        types.add(t)
        places[t] = {"kind": "type", "doc": text(objects[t].get("document")), "raw": objects[t].get("document") or ""}
        for m, f in members(t).items():
            places[f"{t}.{m}"] = dict(f, kind="member", owner="object")
            todo.append(f["type"][1])
    return places


def independent(old, new):
    """The changes between two metadata files, as (check, place) pairs."""
    found = set()
    for p in old.keys() | new.keys():
        a, b = old.get(p), new.get(p)
        kind = (a or b)["kind"]
        if a is None or b is None:
            # The members of an action or type added or removed go with it.
            owner = p.split(".")[0]
            if kind != "action" and (owner not in old or owner not in new) and owner != p:
                continue
            verb = "added" if a is None else "removed"
            if kind in ("action", "type", "member"):
                found.add((f"{kind}-{verb}", p))
            continue
        if kind == "examples":
            if a["examples"] != b["examples"]:
                found.add(("examples", p))
            continue
        if a.get("doc") != b.get("doc"):
            found.add(("description-changed", p))
        elif a.get("raw") != b.get("raw"):
            # The same words in another structure (a list where there was a paragraph).
            found.add(("formatting-changed", p))
        if kind == "member":
            if a["type"] != b["type"]:
                found.add(("member-type-changed", p))
            if a["required"] != b["required"]:
                found.add(("member-required-changed", p))
            if a["nullable"] != b["nullable"]:
                found.add(("member-nullable-changed", p))
            if a["example"] != b["example"]:
                found.add(("member-example-changed", p))
    return found


# ---- the report, in the same terms --------------------------------------------------------

def reported(changes):
    out = {}
    for c in changes:
        cid, place = c["id"], c["place"]
        key = {
            "member-added-required": "member-added",
            "member-became-required": "member-required-changed",
            "member-became-optional": "member-required-changed",
            "example-added": "examples",
            "example-removed": "examples",
            "example-changed": "examples",
            "example-renamed": "examples",
        }.get(cid, cid)
        out.setdefault((key, place), []).append(c)
    return out


# The verdicts a structural change must have (the level of the first change at its place).
VERDICTS = {
    "action-removed": "breaking",
    "action-added": "additive",
    "type-removed": "breaking",
    "type-added": "additive",
    "member-removed": "breaking",
}


def check(old_pkg, new_pkg, service):
    with tempfile.TemporaryDirectory() as repo:
        os.makedirs(os.path.join(repo, "spec"))
        git(repo, "init", "-q")
        old_api = os.path.join(old_pkg, "tccli", "services", service, "api.json")
        new_api = os.path.join(new_pkg, "tccli", "services", service, "api.json")
        said_old = xtask("import", "--root", repo, old_api)
        git(repo, "add", "-A")
        git(repo, "-c", "user.name=check", "-c", "user.email=check@localhost", "commit", "-q", "-m", "old")
        said_new = xtask("import", "--root", repo, new_api)
        said = said_old + said_new
        report = json.loads(xtask("changes", "--root", repo, "--format", "json"))
        markdown = xtask("changes", "--root", repo)
        # Members whose own example the importer left out (outside a range the prose
        # states, say), named from the spec file the pointer was into.
        facts_left_out = set()
        for text, read in ((said_old, lambda p: git_show(repo, p)), (said_new, lambda p: open(os.path.join(repo, p)).read())):
            for path, owner, side, index in re.findall(
                r"(spec/\S+/(?:actions|types)/(\w+)\.json): /(input|output|members)/(\d+)/example: .*is left out", text
            ):
                try:
                    name = json.loads(read(path))[side][int(index)]["name"]
                except (OSError, ValueError, IndexError, KeyError, subprocess.CalledProcessError):
                    continue
                facts_left_out.add(f"{owner}.{name}" if side == "members" else f"{owner}.{side}.{name}")
    theirs = reported(report["changes"])
    ours = independent(facts(*load(old_pkg, service)), facts(*load(new_pkg, service)))
    # A member whose type the report calls changed may be an enum the importer derived from
    # the prose; a member added or removed with its type is counted once.
    old_f, new_f = facts(*load(old_pkg, service)), facts(*load(new_pkg, service))
    # Facts the importer reads from the prose (limits, defaults, filter names, rules, the
    # enums documented values become) can change only where the prose did: each must sit at
    # a place whose description changed, or in an enum type (not an object of either file).
    prose_ids = {"default-changed", "limit-loosened", "limit-tightened", "filter-name-added",
                 "filter-name-removed", "rule-added", "rule-removed", "member-base64-changed"}
    enum_ids = {"type-added", "type-removed", "enum-value-added", "enum-value-removed", "description-changed"}
    described = {p for k, p in ours if k == "description-changed"}

    # Examples the importer repaired or left out, as it reported: the spec's copy differs
    # from the vendor's where the types did (a member disabled since is dropped).
    left_out = set(re.findall(r"/actions/(\w+)\.json: /examples/.*(?:is left out|repaired)", said))
    left_out |= set(re.findall(r"actions\.(\w+)\[\d+\].*left out", said))
    formatted = {p for k, p in ours if k == "formatting-changed"}

    def explained(key):
        cid, place = key
        if key[0] == "examples" and place.split(".")[0] in left_out:
            return True
        if cid == "member-example-changed" and place in facts_left_out:
            return True
        if cid in prose_ids or cid == "description-changed":
            member = place.removesuffix(".rules")
            if member in formatted:
                return True
        if cid in prose_ids:
            member = place.removesuffix(".rules")
            return member in described or place.endswith(".rules")
        if cid in enum_ids:
            return place not in old_f and place not in new_f
        if cid == "member-type-changed":
            # String ↔ an enum read from the prose, or a width the prose states.
            a, b = old_f.get(place), new_f.get(place)
            return a is not None and b is not None and a["type"] == b["type"]
        return False

    missed = sorted(
        k for k in ours if k not in theirs and not explained(k) and k[0] != "formatting-changed"
    )
    derived = sorted(k for k in theirs if k not in ours and explained(k))
    extra = sorted(k for k in theirs if k not in ours and not explained(k))
    wrong = []
    for (cid, place), cs in theirs.items():
        want = VERDICTS.get(cid)
        if want and cs[0]["level"] != want:
            wrong.append((cid, place, cs[0]["level"], want))
        if cid == "member-added":
            owner = "request" if ".input." in place else "response" if ".output." in place else "object"
            required = any(c["id"] == "member-added-required" for c in cs)
            level = cs[0]["level"]
            if required and owner != "response" and level != "breaking":
                wrong.append((cid, place, level, "breaking"))
            if not required and level != "additive":
                wrong.append((cid, place, level, "additive"))
    # A mutual exclusion that names a member new in this release refuses no request that
    # passed before: additive.
    added = {p for k, p in ours if k == "member-added"}
    for (cid, place), cs in theirs.items():
        if cid != "rule-added":
            continue
        for c in cs:
            names = re.findall(r"\b(\w+)\b", c["detail"].split(":", 1)[-1].split("(")[0])
            owner = place.removesuffix(".rules")
            new_ones = [n for n in names if f"{owner}.input.{n}" in added or f"{owner}.{n}" in added]
            pairs = c["detail"].startswith("mutually exclusive") and len(names) == 2
            if pairs and new_ones and c["level"] != "additive":
                wrong.append((cid, place, c["level"], "additive"))
    kinds = sorted({k for k, _ in ours} | {k for k, _ in theirs})
    print(f"## {service}: {len(report['changes'])} changes reported, markdown {len(markdown.encode())} bytes")
    print(f"| change | metadata | report | both | missed | only in report |")
    print(f"|---|---|---|---|---|---|")
    for k in kinds:
        o = {p for kk, p in ours if kk == k}
        t = {p for kk, p in theirs if kk == k}
        if k == "formatting-changed":
            # Not a change of words: the report shows it only through what the importer
            # reads differently from the new structure (counted as explained below).
            print(f"| (the same words in another structure) | {len(o)} | – | – | – | – |")
            continue
        print(f"| {k} | {len(o)} | {len(t)} | {len(o & t)} | {len(o - t)} | {len(t - o)} |")
    print(f"\nread from the prose or derived from it, where the prose changed: {len(derived)}")
    for m in missed[:20]:
        print(f"missed: {m}")
    for e in extra[:40]:
        print(f"only in the report, unexplained: {e} {theirs[e][0]['detail'][:120]}")
    for w in wrong:
        print(f"wrong verdict: {w}")
    print()
    return not missed and not wrong and not extra


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    old_pkg, new_pkg, services = sys.argv[1], sys.argv[2], sys.argv[3:]
    ok = all([check(old_pkg, new_pkg, s) for s in services])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
