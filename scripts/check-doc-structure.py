#!/usr/bin/env python3
"""Whether the generated documentation keeps the structure of the vendor's.

For each service and language, this script reads the vendor's metadata (tccli's `api.json`)
itself, none of the importer's code: it counts in the `document` fields of the online
actions and of the types they reach the list items (HTML `<li>`, Markdown bullets and numbers),
the code spans (`<code>`, backticks) and the links with their address (`<a href>`, `[text](url)`),
and finds each in the generated model crate's doc comments, which is what users read on
docs.rs:

- an item is kept when its text starts a list line of the docs; an item naming a filter when
  the crate documents that filter name (the `filters` module: one line per name); a line of a
  filter's facts (its type, whether it is required) when its filter is documented;
- a code span when the docs hold it in backticks;
- a link when the docs link its address (relative addresses made absolute on the vendor's site
  of the language; an anchor of the vendor's own page has no address here and is not counted).

The English text is what rustdoc shows, so English is looked for in the doc comments. The
Chinese text sits beside it in the crate's shape tables (`sdk_shape::Text`, what
`cloudcmd --language zh-CN --help` renders), so Chinese is looked for there: in the second
string of each `Text::both` and the string of each `Text::zh`, split into lines.

It prints, per service and language, the counts and the share kept, which must be at least
98% (else the exit status is 1), and how many members whose description lists filter names get
those names extracted (a `filters` module in the action's file).

    scripts/check-doc-structure.py --generated DIR [--metadata DIR] [--service cvm ...]

DIR holds the generated `<service>-model` crates of a generation from both packages
(`cargo xtask import` of the service's `api.json` from tccli and from tccli-intl-en, then
`cargo xtask codegen`).

Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import glob
import html
import json
import os
import re
import sys
from dataclasses import dataclass, field

PACKAGES = {"en": "tccli-intl-en-3.1.193.1", "zh": "tccli-3.1.189.1"}
SITES = {"en": "https://intl.cloud.tencent.com", "zh": "https://cloud.tencent.com"}
SERVICES = [("cvm", "v20170312"), ("vpc", "v20170312"), ("cbs", "v20170312")]
THRESHOLD = 98.0

# A filter's name at the start of an item, and what says an item is a filter's.
FILTER_NAME = re.compile(r"^[`*]*([a-z][a-z0-9]*(?:[-.:_][a-z0-9]+)*|[A-Z][a-z][A-Za-z0-9]*)[`*]*(?=\s|$|[-:：])")
FILTER_LINE = re.compile(
    r"^[`*]*[a-zA-Z][\w.:-]*[`*]*\s*(?:-\s*(?:Array of\s+)?(?:String|Integer|Int|Boolean|Bool|Float|Timestamp|Date)\b|-\s|[:：])"
)
FACT = re.compile(
    r"(?i)^\s*(?:(?:类型|type)\s*[:：]\s*`?(?:array of\s+)?\w+`?|(?:必选|是否必填|必填|required)\s*[:：]\s*\S+|optional|required|可选|(?:array of\s+)?(?:string|integer|int|boolean|bool|float|timestamp|date))\s*[.。]?\s*$"
)


@dataclass
class Item:
    text: str
    depth: int
    parent: "Item | None" = None


@dataclass
class Counts:
    items: int = 0
    items_lines: int = 0
    items_filters: int = 0
    items_facts: int = 0
    code: int = 0
    code_kept: int = 0
    links: int = 0
    links_kept: int = 0
    anchors: int = 0
    filter_members: int = 0
    filter_members_kept: int = 0
    missing: list = field(default_factory=list)

    def items_kept(self) -> int:
        return self.items_lines + self.items_filters + self.items_facts


BLOCK_TAGS = re.compile(r"</?(?:p|div|br|li|ul|ol|table|tr|td|th|h\d|blockquote|pre)\b[^>]*>", re.I)


def plain(text: str) -> str:
    """Vendor text without markup, white space collapsed: what a reader reads. Inline tags
    (`<code>`, `<b>`, `<a>`) go without a trace; block tags leave a space."""
    text = BLOCK_TAGS.sub(" ", text)
    text = re.sub(r"</?[a-zA-Z][^>]*>", "", text)
    text = html.unescape(text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = text.replace("`", "").replace("**", "")
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def split_items(doc: str) -> list[Item]:
    """The list items of a document, each with its text and depth, nested ones with their parent.

    HTML: every `<li>`, and a `</li>` that starts a line and is followed by text (the vendor's
    way of opening an item); `<ul>`/`<ol>` nest. Markdown: lines starting with a bullet
    (`-`, `*`, `+`, `•`, `●`) or a number (`1.`, `1)`), nested by indentation. Text in code
    fences is not looked at.
    """
    # Markdown code fences are left out.
    doc = re.sub(r"```.*?```", " ", doc, flags=re.S)
    items: list[Item] = []
    # HTML items: split at item openings, each item's text up to the next tag that ends it.
    depth = 0
    stack: list[Item] = []
    tag = re.compile(r"<(/?)(ul|ol|li)\b[^>]*>|(?:^|\n)</li>(?=[^\s<])", re.I)
    for m in tag.finditer(doc):
        name = (m.group(2) or "li").lower()
        closing = m.group(1) == "/"
        is_opener = m.group(0).lstrip("\n").lower().startswith("</li>") and m.group(2) is None
        if name in ("ul", "ol"):
            depth += -1 if closing else 1
            depth = max(depth, 0)
            continue
        if closing and not is_opener:
            continue
        # An item: its first line, up to the next li/ul/ol tag, its own `</li>`, a line break
        # or a paragraph (what follows it in the item is the item's, on lines of its own).
        end = re.compile(r"</?(?:li|ul|ol|p)\b[^>]*>|<br\s*/?>|\n\s*[-*]\s", re.I).search(doc, m.end())
        text = doc[m.end() : end.start() if end else len(doc)]
        while stack and stack[-1].depth >= depth:
            stack.pop()
        # A bullet the vendor writes inside an item (`<li>- charge-type`) is the item's.
        item = Item(re.sub(r"^[-*•●]\s+", "", plain(text)), depth, stack[-1] if stack else None)
        items.append(item)
        stack.append(item)
    # Markdown items: outside HTML items' text is fine to scan line by line, since the vendor
    # writes them on lines of their own.
    md_stack: list[tuple[int, Item]] = []
    for line in re.sub(r"<li\b[^>]*>.*?(?=<li\b|</ul>|</ol>|$)", "", doc, flags=re.S | re.I).split("\n"):
        m = re.match(r"^(\s*)(?:[-*+•●]|\d{1,9}[.)])\s+(\S.*)$", line)
        if not m:
            continue
        indent = len(m.group(1).expandtabs(4))
        while md_stack and md_stack[-1][0] >= indent:
            md_stack.pop()
        parent = md_stack[-1][1] if md_stack else None
        # Its first line: a `<br>` in it starts the next.
        first = re.split(r"<br\s*/?>", m.group(2), maxsplit=1, flags=re.I)[0]
        item = Item(plain(first), len(md_stack), parent)
        items.append(item)
        md_stack.append((indent, item))
    return [i for i in items if i.text]


def code_spans(doc: str) -> list[str]:
    """The code spans of a document: `<code>` elements and backtick spans."""
    out = [plain(c) for c in re.findall(r"<code\b[^>]*>(.*?)</code>", doc, flags=re.S | re.I)]
    text = re.sub(r"```.*?```", " ", doc, flags=re.S)
    text = re.sub(r"<code\b[^>]*>.*?</code>", " ", text, flags=re.S | re.I)
    out += [c.strip() for c in re.findall(r"(?<!\\)`([^`\n]+)`", text)]
    return [c for c in out if c]


def links(doc: str) -> list[str]:
    """The link addresses of a document: `<a href>` and `[text](url)`, images left out."""
    out = [html.unescape(h) for h in re.findall(r"<a\b[^>]*?href\s*=\s*[\"']([^\"']*)[\"']", doc, flags=re.I)]
    out += re.findall(r"(?<!!)\[[^\]\n]*\]\(\s*<?([^)\s>]*)>?\s*\)", doc)
    return [h.strip() for h in out if h.strip()]


def absolute(href: str, lang: str) -> str:
    if href.startswith("//"):
        return "https:" + href
    if href.startswith("/"):
        return SITES[lang] + href
    return href


# A Rust string literal as prettyplease prints one, and its escapes.
RUST_STRING = r'"((?:[^"\\]|\\.)*)"'
TEXT_ZH = re.compile(
    r"Text::(?:both\(\s*" + RUST_STRING + r",\s*" + RUST_STRING + r"|zh\(\s*()" + RUST_STRING + r")",
    re.S,
)


def rust_unescape(s: str) -> str:
    def one(m: re.Match) -> str:
        e = m.group(1)
        if e.startswith("u{"):
            return chr(int(e[2:-1], 16))
        return {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(e, e)

    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|.)", one, s, flags=re.S)


def generated_docs(crate: str, lang: str) -> tuple[list[str], set[str]]:
    """The documentation lines of a generated crate in a language (English: its doc comments;
    Chinese: its shape tables' Chinese texts), and the filter names it documents."""
    lines: list[str] = []
    filters: set[str] = set()
    for path in glob.glob(os.path.join(crate, "src", "**", "*.rs"), recursive=True):
        in_filters = False
        with open(path, encoding="utf-8") as f:
            source = f.read()
        for raw in source.split("\n"):
            s = raw.strip()
            if s.startswith("pub mod ") and s.endswith("{"):
                in_filters = True
            if s.startswith(("///", "//!")):
                text = s[3:]
                if lang == "en":
                    lines.append(text[1:] if text.startswith(" ") else text)
                m = re.match(r"^/// `([^`]+)`:", s)
                if in_filters and m:
                    filters.add(m.group(1))
        if lang == "zh":
            for m in TEXT_ZH.finditer(source):
                zh = m.group(2) if m.group(2) is not None else m.group(4)
                lines += rust_unescape(zh).split("\n")
    return lines, filters


def doc_plain(line: str) -> str:
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"<(https?://[^>]+)>", r"\1", line)
    line = line.replace("`", "").replace("**", "")
    line = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", line)
    return re.sub(r"\s+", " ", line).strip()


def reachable(api: dict) -> tuple[list[tuple[str, dict]], list[str]]:
    """The online actions, and the objects whose documents the generated crate holds: the
    request and response objects' members, and every type they reach."""
    actions = [(n, a) for n, a in api["actions"].items() if a.get("status", "online") == "online"]
    objects = api["objects"]
    todo = [a.get("input") for _, a in actions] + [a.get("output") for _, a in actions]
    seen: list[str] = []
    while todo:
        name = todo.pop()
        if not name or name in seen or name not in objects:
            continue
        seen.append(name)
        for m in objects[name].get("members", []):
            if m.get("disabled"):
                continue
            if m.get("member") in objects:
                todo.append(m["member"])
    return actions, seen


def check(metadata: str, service: str, version: str, lang: str, crate: str) -> Counts:
    path = os.path.join(metadata, PACKAGES[lang], "tccli", "services", service, version, "api.json")
    with open(path, encoding="utf-8") as f:
        api = json.load(f)
    actions, objects = reachable(api)
    io_objects = {a.get("input") for _, a in actions} | {a.get("output") for _, a in actions}
    docs: list[str] = [a.get("document", "") for _, a in actions]
    for name in objects:
        o = api["objects"][name]
        if name not in io_objects:
            docs.append(o.get("document", ""))
        docs += [m.get("document", "") for m in o.get("members", []) if not m.get("disabled")]
    lines, filter_names = generated_docs(crate, lang)
    list_lines = [doc_plain(re.sub(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+", "", l)) for l in lines if re.match(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+", l)]
    list_text = "\n".join(list_lines)
    whole = "\n".join(lines)
    whole_plain = "\n".join(doc_plain(l) for l in lines)
    c = Counts()

    def on_list_line(text: str) -> bool:
        key = text[:40]
        return any(l.startswith(key) or key in l for l in list_lines) if key else True

    for doc in docs:
        items = split_items(doc)
        filter_items = set()
        for it in items:
            c.items += 1
            m = FILTER_NAME.match(it.text)
            name = m.group(1) if m else None
            is_filter = name in filter_names and (
                FILTER_LINE.match(it.text) or it.text.strip(" `*") == name or it.parent is None
            )
            if is_filter:
                c.items_filters += 1
                filter_items.add(id(it))
            elif on_list_line(it.text):
                c.items_lines += 1
            elif it.parent is not None and id(it.parent) in filter_items and (
                FACT.match(it.text) or it.text[:30] in whole_plain
            ):
                c.items_facts += 1
            else:
                c.missing.append(("item", it.text[:80]))
        for code in code_spans(doc):
            c.code += 1
            inner = re.sub(r"\s+", " ", code)
            if f"`{inner}`" in whole or inner in whole and re.search(r"`+ ?" + re.escape(inner) + r" ?`+", whole):
                c.code_kept += 1
            else:
                c.missing.append(("code", inner[:80]))
        for href in links(doc):
            if href.startswith("#"):
                c.anchors += 1
                continue
            c.links += 1
            dest = absolute(href, lang)
            if f"]({dest})" in whole or f"<{dest}>" in whole or f"](<{dest}>)" in whole:
                c.links_kept += 1
            else:
                c.missing.append(("link", dest[:100]))
    # Members whose description lists filter names: a filters module with names in the action.
    files = glob.glob(os.path.join(crate, "src", "actions", "*.rs"))
    action_file = {}
    for p in files:
        with open(p, encoding="utf-8") as f:
            text = f.read()
        m = re.search(r"pub struct (\w+)Request\b", text)
        if m:
            action_file[m.group(1)] = text
    for name, a in actions:
        obj = api["objects"].get(a.get("input"), {})
        for m in obj.get("members", []):
            if m.get("disabled") or m.get("type") != "list" or m.get("member") != "Filter":
                continue
            items = [i for i in split_items(m.get("document", "")) if i.parent is None]
            if not any(FILTER_NAME.match(i.text) and (FILTER_LINE.match(i.text) or " " not in i.text.strip()) for i in items):
                continue
            c.filter_members += 1
            snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", m["name"]).lower()
            text = action_file.get(name, "")
            if re.search(rf"pub mod {snake} \{{\s*(?:///[^\n]*\n\s*)+pub (?:const|fn) ", text):
                c.filter_members_kept += 1
            else:
                c.missing.append(("filters", f"{name}.{m['name']}"))
    return c


def pct(kept: int, total: int) -> float:
    return 100.0 if total == 0 else 100.0 * kept / total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--metadata", default="target/vendor-metadata")
    ap.add_argument("--generated", required=True, help="DIR of <service>-model crates generated from both packages")
    ap.add_argument("--service", action="append", help="cvm, vpc, cbs (default: all three)")
    ap.add_argument("--missing", action="store_true", help="list what was not found")
    args = ap.parse_args()
    services = [s for s in SERVICES if not args.service or s[0] in args.service]
    print(f"{'service':8} {'lang':4} {'list items kept':>22} {'code spans kept':>22} {'links kept':>22} {'filter members':>16}")
    failed = False
    for service, version in services:
        for lang in ("en", "zh"):
            crate = os.path.join(args.generated, f"{service}-model")
            c = check(args.metadata, service, version, lang, crate)
            shares = (pct(c.items_kept(), c.items), pct(c.code_kept, c.code), pct(c.links_kept, c.links))
            failed |= any(s < THRESHOLD for s in shares)
            print(
                f"{service:8} {lang:4} {c.items_kept():>5}/{c.items:<5} {shares[0]:6.1f}%     "
                f"{c.code_kept:>5}/{c.code:<5} {shares[1]:6.1f}%     {c.links_kept:>5}/{c.links:<5} {shares[2]:6.1f}%     "
                f"{c.filter_members_kept:>4}/{c.filter_members:<4}"
            )
            print(
                f"{'':13} items: {c.items_lines} on list lines, {c.items_filters} as filter names, "
                f"{c.items_facts} filter facts; {c.anchors} anchor links (no address) not counted"
            )
            if args.missing:
                for kind, text in c.missing:
                    print(f"{'':13} missing {kind}: {text}")
    print(f"\nEach share must be at least {THRESHOLD:.0f}%: {'FAILED' if failed else 'ok'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
