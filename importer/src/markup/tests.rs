//! What a reader of the spec checks: the vendor's structure kept, in CommonMark that reads back
//! as the vendor meant it.

use super::*;

fn en(doc: &str) -> String {
    from_vendor(doc, Site::TencentIntl)
}

#[test]
fn items_with_and_without_their_list_tags_are_items() {
    // CVM's filters: `<li>` without `<ul>`, `</li>` used to open an item, code spans.
    let doc = "Filters\n<li> `zone` - String - Optional - Filter by the availability zone.</li>\n</li>`vpc-id` - String - Optional - Filter by the VPC ID. Format: `vpc-xxxxxxxx`.</li>\n<li> `tag-key` - String - Optional - Filter by the tag key.</li>\nEach request can have up to 10 `Filters`.";
    assert_eq!(
        en(doc),
        "Filters\n\n- `zone` - String - Optional - Filter by the availability zone.\n- `vpc-id` - String - Optional - Filter by the VPC ID. Format: `vpc-xxxxxxxx`.\n- `tag-key` - String - Optional - Filter by the tag key.\n\nEach request can have up to 10 `Filters`."
    );
}

#[test]
fn markdown_bullets_stay_items() {
    // TAT's CancelInvocation: two `*` bullets.
    let doc = "Cancel the executed command on one or multiple instances.\n\n* If the command is not delivered, the state is CANCELLED.\n* If the command is sent, the status is TERMINATED.";
    assert_eq!(
        en(doc),
        "Cancel the executed command on one or multiple instances.\n\n- If the command is not delivered, the state is CANCELLED.\n- If the command is sent, the status is TERMINATED."
    );
}

#[test]
fn nested_lists_and_numbered_steps() {
    let doc = "<p>Steps:</p><ol><li>Create a key<ul><li>in the console</li><li>or with `CreateKey`</li></ul></li><li>Use it</li></ol>";
    assert_eq!(
        en(doc),
        "Steps:\n\n1. Create a key\n   - in the console\n   - or with `CreateKey`\n2. Use it"
    );
    // The vendor's Markdown nesting (TAT's agent filters), kept.
    let doc = "- agent-status \n    - String \n    - required: no \n- environment \n    - String";
    assert_eq!(
        en(doc),
        "- agent-status\n  - String\n  - required: no\n- environment\n  - String"
    );
}

#[test]
fn an_indented_paragraph_after_an_item_belongs_to_it() {
    // CVM's Chinese filter table: the name as an item, its facts as indented paragraphs.
    let doc = "<li><strong>zone</strong></li> <p style=\"padding-left: 30px;\">按照【<strong>可用区</strong>】进行过滤。</p><p style=\"padding-left: 30px;\">类型：String</p><li><strong>vpc-id</strong></li><p style=\"padding-left: 30px;\">按照【<strong>VPC ID</strong>】进行过滤。</p>";
    assert_eq!(
        from_vendor(doc, Site::TencentCn),
        "- **zone**\n\n  按照【**可用区**】进行过滤。\n\n  类型：String\n\n- **vpc-id**\n\n  按照【**VPC ID**】进行过滤。"
    );
}

#[test]
fn links_keep_their_address_relative_ones_made_absolute() {
    let doc = "See <a href=\"/document/product/213/15753#ZoneInfo\">zones</a> and [the API](/document/api/213/15688), <a href=\"https://console.cloud.tencent.com/cvm\">the console</a>.";
    assert_eq!(
        en(doc),
        "See [zones](https://intl.cloud.tencent.com/document/product/213/15753#ZoneInfo) and [the API](https://intl.cloud.tencent.com/document/api/213/15688), [the console](https://console.cloud.tencent.com/cvm)."
    );
    assert_eq!(
        from_vendor("见[可用区](/document/product/213/15753)。", Site::TencentCn),
        "见[可用区](https://cloud.tencent.com/document/product/213/15753)。"
    );
    // An anchor of the vendor's own page points nowhere here: its text stays.
    assert_eq!(en("See [Limit](#p_limit)."), "See Limit.");
}

#[test]
fn text_commonmark_would_misread_is_escaped() {
    // A range, a placeholder in angle brackets, stars, a leading number and tildes mean
    // themselves.
    assert_eq!(
        en("Value range: [5,100]. Use <InstanceId> as 2*3 or 1~10, &amp;lt; and a_b_c."),
        "Value range: \\[5,100\\]. Use \\<InstanceId> as 2\\*3 or 1\\~10, \\&lt; and a_b_c."
    );
    assert_eq!(plain(&en("Value range: [5,100].")), "Value range: [5,100].");
    // A page's text means itself; the vendor's Markdown is Markdown (its heading a bold line).
    assert_eq!(
        from_text("1. not a list\n# not a heading"),
        "1\\. not a list\n\\# not a heading"
    );
    assert_eq!(en("1. a list\n# a heading"), "1. a list\n\n**a heading**");
}

#[test]
fn line_breaks_paragraphs_and_residue() {
    // `<br>` inside a paragraph is a line break; two are a paragraph; a lone `.` is residue.
    assert_eq!(
        en("Filter conditions.<br>.\n\n<li>a - String</li>.\n<li>b - String</li>.\nOne<br>two<br><br>three"),
        "Filter conditions.\n\n- a - String\n- b - String\n\nOne\\\ntwo\n\nthree"
    );
    // `<br>` before an item opens no hard break.
    assert_eq!(
        en("Filters.<br><li>cdc-id - Optional<br><li>zone - Optional"),
        "Filters.\n\n- cdc-id - Optional\n- zone - Optional"
    );
}

#[test]
fn text_after_a_list_is_a_paragraph_of_its_own() {
    assert_eq!(
        en("Valid values:\n- A: one.\n- B: two.\nIf skipped, A."),
        "Valid values:\n\n- A: one.\n- B: two.\n\nIf skipped, A."
    );
}

#[test]
fn tables_are_pipe_tables() {
    let doc = "<table><thead><tr><th>Name</th><th>Meaning</th></tr></thead><tbody><tr><td><code>a|b</code></td><td>one<br>two</td></tr></tbody></table>";
    assert_eq!(
        en(doc),
        "| Name | Meaning |\n| --- | --- |\n| `a\\|b` | one two |"
    );
}

#[test]
fn code_and_bold_from_tags() {
    assert_eq!(
        en("Use <code>&lt;key&gt;</code> with <b>care</b>: <strong> </strong>x"),
        "Use `<key>` with **care**:  x"
    );
    // Bold CommonMark would not read as bold (a closing `**` between punctuation and a letter)
    // is left out rather than shown as stars.
    assert_eq!(en("<b>(x)</b>abc"), "(x)abc");
}

#[test]
fn broken_html_never_panics_and_keeps_its_text() {
    for doc in [
        "<ul><li>a<li>b</ul></ul></li>",
        "</li></li><li>",
        "<b><i>x</b></i>",
        "<a href=\"x\">unclosed",
        "<table><td>a<tr><td>b",
        "<code>never closed",
        "<pre>x",
        "a <b",
        "<p style=\"padding-left: 30px\">alone</p>",
        "<blockquote>q</ul></blockquote></blockquote>",
        "<svg><text>x</text></svg>after",
        "\u{E001}\u{E006}",
    ] {
        let md = en(doc);
        let again = normalise(&md, Site::TencentIntl);
        assert_eq!(again, md, "{doc:?} is written in the normal form");
    }
    assert_eq!(plain(&en("<ul><li>a<li>b</ul></ul></li>")), "• a\n• b");
}

#[test]
fn page_text_is_escaped_and_its_bullets_are_items() {
    assert_eq!(
        from_text("Filters.\n.\n• invocation-id - String\n•  command-id - String\n[1, 5] *x*"),
        "Filters.\n\n- invocation-id - String\n- command-id - String\n\n\\[1, 5\\] \\*x\\*"
    );
}

#[test]
fn plain_text_for_the_prose_patterns() {
    let md = "Status:\n\n- `PENDING`: waiting\n- RUNNING: [running](https://a.example)\n  - nested\n\n| a | b |\n| --- | --- |\n| 1 | 2 |";
    assert_eq!(
        plain(md),
        "Status:\n\n• `PENDING`: waiting\n• RUNNING: running\n  • nested\n\na | b\n1 | 2"
    );
}

#[test]
fn blocks_and_items_by_place() {
    let md = "Filters.\n\n- **zone**\n\n  Type: String\n- `a` - String\n\nTail.";
    let b = blocks(md);
    assert_eq!(b.len(), 3);
    let BlockKind::List(items) = &b[1].kind else {
        panic!("a list: {b:?}")
    };
    assert_eq!(items.len(), 2);
    assert_eq!(item_content(md, &items[0]), "**zone**\n\nType: String");
    assert_eq!(items[0].blocks.len(), 2);
    assert_eq!(item_content(md, &items[1]), "`a` - String");
    assert_eq!(&md[b[2].range.clone()], "Tail.");
}

#[test]
fn items_written_without_the_space_after_their_dash() {
    // TAT's filters: `-command-type` between items written `- command-id`.
    assert_eq!(
        en("Filter criteria\n\n- command-id - String\n-command-type - String\n-scene-id - String\n\n-1 is no item."),
        "Filter criteria\n\n- command-id - String\n- command-type - String\n- scene-id - String\n\n\\-1 is no item."
    );
    // A value and its meaning is an item even alone.
    assert_eq!(
        en("Selectable values:.\n-`SCHEDULE`: period type executor."),
        "Selectable values:.\n\n- `SCHEDULE`: period type executor."
    );
    // `<li>- charge-type ...`: one item, not an item holding a list.
    assert_eq!(
        en("<li>a - String</li><li>- charge-type - String</li>"),
        "- a - String\n- charge-type - String"
    );
}

#[test]
fn vendor_text_is_commonmark_that_means_it() {
    // VPC's range stays text; a page's bullet is an item.
    let md = en("Valid values: [5,100].");
    assert_eq!(md, "Valid values: \\[5,100\\].");
    assert_eq!(plain(&md), "Valid values: [5,100].");
    assert_eq!(from_text("• one\n• two"), "- one\n- two");
}
