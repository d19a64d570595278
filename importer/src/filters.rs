//! The filter names a `Filters` member's description lists as items, in every list style of
//! the vendor's (both languages): a line per filter (`` `zone` - String - Optional - Filter by
//! ... ``, `invocation-id - String - 是否必填：否 -（过滤条件）...`, `vpc-id - String - (Filter
//! condition) ...`, `instance-family：按照机型族过滤。`), or the name alone with its facts after
//! it (CVM's Chinese table: `**zone**`, then paragraphs `按照...过滤。`, `类型：String`,
//! `必选：否`; CBS's nested items `type: String`, `required: no`; TAT's paragraph after the
//! item). Read from the CommonMark the importer writes ([`crate::markup`]); the items found
//! leave the description, their text (links and code kept) becomes the name's description.

use std::ops::Range;
use std::sync::LazyLock;

use codegen::spec::FilterNameSpec;
use regex::Regex;

use crate::markup::{self, BlockKind};

/// A filter name, possibly in code or bold, then what follows it on the item's first line.
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?s)^\s*(\*\*|`)?([a-z][a-z0-9]*(?:[-.:_][a-z0-9]+)*|[A-Z][a-z][A-Za-z0-9]*)(\*\*|`)?(\s*(?:-|–|：|:)\s*|\s+|$)(.*)$",
    )
    .expect("valid")
});

/// The type a filter's line names: "String - ", "Array of String - ".
static TYPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Array of\s+)?(?:String|Integer|Int|Boolean|Bool|Float|Timestamp|Date)\b\s*(?:-\s*|$)",
    )
    .expect("valid")
});

/// Whether a filter is required, as its line says: "required: no - ", "Optional - ",
/// "Required: No - ", "是否必填：否 - ".
static REQUIRED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:required\s*[:：]\s*\w+|optional|required)\b\s*(?:-\s*|$)|^(?:是否必填|必选|必填)\s*[:：]\s*\S\s*(?:-\s*|$)")
        .expect("valid")
});

/// A line that only states a filter's type or whether it is required ("类型：String",
/// "必选：否", "Type: String", "Required: No", "Optional", "String").
static NOISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:类型|type)\s*[:：]\s*`?(?:array of\s+)?\w+`?|(?:必选|是否必填|必填|required)\s*[:：]\s*\S+|optional|required|可选|(?:array of\s+)?(?:string|integer|int|boolean|bool|float|timestamp|date))\s*[.。]?\s*$")
        .expect("valid")
});

/// The filter items of `markdown` (top-level list items that read as filters), and the text
/// without them. `None` when no item reads as a filter.
pub fn from_items(markdown: &str) -> Option<(String, Vec<FilterNameSpec>)> {
    let blocks = markup::blocks(markdown);
    let mut names = Vec::new();
    let mut cut: Vec<Range<usize>> = Vec::new();
    for (b, block) in blocks.iter().enumerate() {
        let BlockKind::List(items) = &block.kind else {
            continue;
        };
        let mut i = 0;
        while i < items.len() {
            let item = &items[i];
            i += 1;
            let content = markup::item_content(markdown, item);
            // Items right after it that state a type or requiredness (a page's flattening of
            // nested facts) say it is a filter.
            // So do the lines of the paragraph after the list, after its last item.
            let paragraph_after = blocks
                .get(b + 1)
                .filter(|n| i == items.len() && n.kind == BlockKind::Paragraph)
                .map(|n| &markdown[n.range.clone()]);
            let facts_follow = items.get(i).is_some_and(|n| {
                NOISE.is_match(&markup::plain(&markup::item_content(markdown, n)))
            }) || paragraph_after
                .is_some_and(|t| t.lines().any(|l| NOISE.is_match(&markup::plain(l))));
            let Some((name, mut description, bare)) = filter_item(&content, facts_follow) else {
                continue;
            };
            cut.push(item.range.clone());
            // A name alone and its facts as the items after it (a page shows the nested
            // items of TAT's agent filters as items of the list): the facts' items, then the
            // description's.
            if bare && description.is_empty() {
                let plain_of = |k: usize| markup::plain(&markup::item_content(markdown, &items[k]));
                let mut j = i;
                while j < items.len() && NOISE.is_match(&plain_of(j)) {
                    j += 1;
                }
                let next_is_filter = |j: usize| {
                    filter_item(&markup::item_content(markdown, &items[j]), false).is_some()
                };
                if j > i && j < items.len() && !next_is_filter(j) {
                    description = markup::item_content(markdown, &items[j]);
                    j += 1;
                }
                cut.extend(items[i..j].iter().map(|it| it.range.clone()));
                i = j;
            }
            // A name alone as the list's last item, its facts in the paragraph after the list
            // (TAT's Chinese agent filters).
            if bare && description.is_empty() && i == items.len() {
                if let Some(next) = blocks.get(b + 1).filter(|n| n.kind == BlockKind::Paragraph) {
                    let text = &markdown[next.range.clone()];
                    // The lines up to the last fact are the filter's; lines after them are
                    // the description's again.
                    let mut end = 0;
                    let mut at = 0;
                    for line in text.split_inclusive('\n') {
                        at += line.len();
                        if NOISE.is_match(&markup::plain(line)) {
                            end = at;
                        }
                    }
                    if end > 0 {
                        description = without_noise_lines(&text[..end]);
                        cut.push(next.range.start..next.range.start + end);
                    }
                }
            }
            names.push(FilterNameSpec {
                name,
                description,
                description_en: None,
                description_zh: None,
            });
        }
    }
    if names.is_empty() {
        return None;
    }
    let mut kept = markdown.to_owned();
    cut.sort_by_key(|r| std::cmp::Reverse(r.start));
    for r in cut {
        kept.replace_range(r, "\n\n");
    }
    Some((markup::normalise(&kept, markup::Site::TencentIntl), names))
}

/// One item as a filter: its name, its description (CommonMark), and whether the name stood
/// alone on the item's first line.
fn filter_item(content: &str, facts_follow: bool) -> Option<(String, String, bool)> {
    let blocks = markup::blocks(content);
    let first = blocks.first()?;
    let caps = ITEM.captures(content[first.range.clone()].trim_end())?;
    let wrapped = caps.get(1).is_some() && caps.get(3).is_some();
    let name = caps[2].to_owned();
    let separator = caps[4].trim();
    let mut rest = caps[5].trim().to_owned();
    let mut typed = false;
    for pattern in [&*TYPE, &*REQUIRED] {
        if let Some(m) = pattern.find(&rest) {
            rest = rest[m.end()..].trim_start().to_owned();
            typed = true;
        }
    }
    // The blocks after the first, as CommonMark of their own.
    let after_first = content[first.range.end..].trim();
    let bare = rest.is_empty() && separator.is_empty();
    let looks_like_name = wrapped || name.contains(['-', '.', ':', '_']);
    // The facts on lines of their own after the name ("zone\n按照...\n类型：String\n必选：否").
    let facts_in_rest = rest.lines().any(|l| NOISE.is_match(&markup::plain(l)));
    if facts_in_rest {
        rest = without_noise_lines(&rest);
    }
    let accepted = if bare {
        // A name alone: its facts after it (or a name no word looks like) say it is a filter.
        has_noise(after_first) || (after_first.is_empty() && (looks_like_name || facts_follow))
    } else {
        // The type or requiredness on its line, else a name no word looks like.
        (typed || looks_like_name || facts_in_rest) && !(rest.is_empty() && after_first.is_empty())
    };
    if !accepted {
        return None;
    }
    let mut parts: Vec<String> = Vec::new();
    if !rest.is_empty() {
        parts.push(rest);
    }
    if !after_first.is_empty() {
        parts.extend(described(after_first));
    }
    Some((name, parts.join("\n\n"), bare))
}

/// Whether CommonMark states a filter's type or requiredness on a line or item of its own.
fn has_noise(markdown: &str) -> bool {
    markup::plain(markdown)
        .lines()
        .any(|l| NOISE.is_match(l.trim_start().trim_start_matches("• ")))
}

/// The blocks after a filter's name as its description: lines and items that only state its
/// type or requiredness left out, a nested list of facts as paragraphs.
fn described(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    for block in markup::blocks(markdown) {
        let text = &markdown[block.range.clone()];
        match &block.kind {
            BlockKind::Paragraph => {
                let kept = without_noise_lines(text);
                if !kept.is_empty() {
                    out.push(kept);
                }
            }
            BlockKind::List(items) => {
                let facts: Vec<String> = items
                    .iter()
                    .map(|i| markup::item_content(markdown, i))
                    .filter(|c| !NOISE.is_match(&markup::plain(c)))
                    .collect();
                // Items that were only facts of the filter become its paragraphs; a list of
                // something else (values) stays a list.
                let all_facts = facts.len() < items.len();
                if all_facts {
                    out.extend(facts.into_iter().filter(|f| !f.trim().is_empty()));
                } else {
                    out.push(markup::normalise(text, markup::Site::TencentIntl));
                }
            }
            BlockKind::Other => out.push(text.trim_end().to_owned()),
        }
    }
    out
}

/// A paragraph without its lines that only state a filter's type or requiredness.
fn without_noise_lines(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !NOISE.is_match(&markup::plain(l)))
        .collect();
    let mut joined = lines.join("\n");
    // A line break left at the end by a line taken out.
    while joined.ends_with('\\') {
        joined.pop();
    }
    joined.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(markdown: &str) -> (String, Vec<(String, String)>) {
        let (kept, names) = from_items(markdown).expect("filter items");
        (
            kept,
            names.into_iter().map(|n| (n.name, n.description)).collect(),
        )
    }

    fn pair(name: &str, description: &str) -> (String, String) {
        (name.to_owned(), description.to_owned())
    }

    #[test]
    fn one_line_per_filter_in_both_languages() {
        let (kept, found) = names(
            "Filters\n\n- `zone` - String - Optional - Filter by the availability zone.\n- `project-id` - Integer - Optional - See the [console](https://console.cloud.tencent.com/project) or `DescribeProject`.\n- `tag:tag-key` - String - Optional - Filter by the tag key-value pair.\n\nEach request can have up to 10 `Filters`.",
        );
        assert_eq!(kept, "Filters\n\nEach request can have up to 10 `Filters`.");
        assert_eq!(
            found,
            [
                pair("zone", "Filter by the availability zone."),
                pair(
                    "project-id",
                    "See the [console](https://console.cloud.tencent.com/project) or `DescribeProject`."
                ),
                pair("tag:tag-key", "Filter by the tag key-value pair."),
            ]
        );
        let (_, found) = names("过滤条件。\n\n- invocation-id - String - 是否必填：否 -（过滤条件）按照执行活动ID过滤。\n- vpc-id - String - （过滤条件）VPC实例ID。\n- instance-family：按照机型族过滤。\n- address-ip - IP address.");
        assert_eq!(
            found,
            [
                pair("invocation-id", "（过滤条件）按照执行活动ID过滤。"),
                pair("vpc-id", "（过滤条件）VPC实例ID。"),
                pair("instance-family", "按照机型族过滤。"),
                pair("address-ip", "IP address."),
            ]
        );
    }

    #[test]
    fn a_name_alone_with_its_facts_after_it() {
        // CVM's Chinese table: the facts as the item's paragraphs.
        let (kept, found) = names("- **zone**\n\n  按照【**可用区**】进行过滤。\n\n  类型：String\n\n  必选：否\n\n  可选项：[可用区列表](https://cloud.tencent.com/document/product/213/6091)\n\n- **LaunchTemplateName**\n\n  Filter by the template name.\n\n  Type: String\n\n  Optional\n\nEach request can have up to 10 `Filters`.");
        assert_eq!(kept, "Each request can have up to 10 `Filters`.");
        assert_eq!(
            found,
            [
                pair(
                    "zone",
                    "按照【**可用区**】进行过滤。\n\n可选项：[可用区列表](https://cloud.tencent.com/document/product/213/6091)"
                ),
                pair("LaunchTemplateName", "Filter by the template name."),
            ]
        );
        // CBS: nested items; values listed under one of them stay a list.
        let (_, found) = names("Filter criteria.\n\n- snapshot-state\n  - filter by status\n  - type: String\n  - required: no\n  - value ranges:\n    - `NORMAL`: normal\n- disk-id\n  - filter by disk id\n  - type: String");
        assert_eq!(
            found,
            [
                pair(
                    "snapshot-state",
                    "filter by status\n\nvalue ranges:\n- `NORMAL`: normal"
                ),
                pair("disk-id", "filter by disk id"),
            ]
        );
        // TAT: the facts in a paragraph after the list.
        let (kept, found) = names("过滤器列表。\n\n- instance-name\n\n按照【托管实例名称】进行过滤。\n类型：String\n必选：否\n\n- instance-id\n\n按照【托管实例ID】进行过滤。\n类型：String\n必选：否");
        assert_eq!(kept, "过滤器列表。");
        assert_eq!(
            found,
            [
                pair("instance-name", "按照【托管实例名称】进行过滤。"),
                pair("instance-id", "按照【托管实例ID】进行过滤。"),
            ]
        );
    }

    #[test]
    fn items_that_are_not_filters_stay() {
        assert!(from_items("Note:\n\n- Note: one\n- CVM\n- The maximum is 10.").is_none());
        let (kept, found) =
            names("Filters:\n\n- zone - String - Optional - by zone.\n- Note: at most 5 values.");
        assert_eq!(kept, "Filters:\n\n- Note: at most 5 values.");
        assert_eq!(found, [pair("zone", "by zone.")]);
    }

    #[test]
    fn a_page_shows_nested_facts_as_items_and_lines_run_on() {
        // TAT's agent filters as a page shows them: the nested items as items of the list.
        let (kept, found) = names("- agent-status\n- String\n- required: no\n- (filter condition) by status.\n- environment\n- String\n- required: no\n- (filter condition) by environment.\n\nThe maximum is 10.");
        assert_eq!(kept, "The maximum is 10.");
        assert_eq!(
            found,
            [
                pair("agent-status", "(filter condition) by status."),
                pair("environment", "(filter condition) by environment."),
            ]
        );
        // CLB's Chinese filters: the facts as lines of the item's paragraph.
        let (_, found) = names("条件如下：\n- network\n按照【负载均衡网络类型】进行过滤。\n类型：String\n必选：否\n- vip\n按照【负载均衡 VIP】进行过滤。\n类型：String\n必选：否");
        assert_eq!(
            found,
            [
                pair("network", "按照【负载均衡网络类型】进行过滤。"),
                pair("vip", "按照【负载均衡 VIP】进行过滤。"),
            ]
        );
    }
}
