//! Descriptions as CommonMark, the spec's one format for them, from whatever the vendor
//! writes: tccli's `document` fields (HTML and Markdown mixed, often broken: `</li>` used to
//! open an item, unclosed tags, `<br>` inside items), Alibaba's Markdown, and the plain text
//! of captured pages. What the vendor structures stays structured: paragraphs, bullet and
//! numbered lists (nested too), code spans, bold and emphasis, links (relative ones made
//! absolute on the vendor's documentation site of the text's language), tables (GFM pipe
//! tables), line breaks; text CommonMark would take for markup is escaped.
//!
//! The conversion has two steps: the vendor's text is read into CommonMark source
//! (`html`), which pulldown-cmark (the parser rustdoc uses) then parses and `write`
//! writes back in one normal form. The prose extractor reads [`plain`], the text without
//! markup, and finds list items with [`blocks`].

mod escape;
mod html;
mod write;

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The vendor documentation site a text's relative links point into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Site {
    /// Tencent Cloud's international site (English).
    TencentIntl,
    /// Tencent Cloud's Chinese site.
    TencentCn,
    /// Alibaba Cloud's international site (English).
    AlibabaIntl,
    /// Alibaba Cloud's Chinese documentation.
    AlibabaCn,
}

impl Site {
    /// Tencent's site of a language (`en`, `zh`).
    pub fn tencent(language: &str) -> Site {
        if language == "zh" {
            Site::TencentCn
        } else {
            Site::TencentIntl
        }
    }

    /// Alibaba's site of a language (`en`, `zh`).
    pub fn alibaba(language: &str) -> Site {
        if language == "zh" {
            Site::AlibabaCn
        } else {
            Site::AlibabaIntl
        }
    }

    fn origin(self) -> &'static str {
        match self {
            Site::TencentIntl => "https://intl.cloud.tencent.com",
            Site::TencentCn => "https://cloud.tencent.com",
            Site::AlibabaIntl => "https://www.alibabacloud.com",
            Site::AlibabaCn => "https://help.aliyun.com",
        }
    }

    /// A link address as the reader can follow it: a path on the site (`/document/...`) or
    /// a scheme-relative one (`//host/...`) made absolute; anything else as it is (an
    /// anchor of the vendor's own page, `#...`, has no page here to point into: the writer
    /// keeps its text without the link).
    pub fn absolute(self, dest: &str) -> String {
        let dest = dest.trim();
        if dest.starts_with("//") {
            format!("https:{dest}")
        } else if dest.starts_with('/') {
            format!("{}{dest}", self.origin())
        } else {
            dest.to_owned()
        }
    }
}

/// A vendor `document` (HTML and Markdown, as tccli's metadata and Alibaba's SDK write it) as
/// CommonMark.
pub fn from_vendor(doc: &str, site: Site) -> String {
    write::normalise(&html::to_markdown(doc), site)
}

/// Plain text (a captured page's cell, an SDK's comment) as CommonMark: every character
/// meaning itself, but the page's bullets (lines starting `•`, or `- ` in text of several
/// lines) made list items and its stray `.` lines (what a page keeps of an item's end) left out.
pub fn from_text(text: &str) -> String {
    let mut source = String::with_capacity(text.len() + 16);
    let mut in_list = false;
    // A cell of one line is a flattening (Chinese pages put a cell on one line): its `- ` are
    // no line starts of the vendor's.
    let dash_items = text.trim().contains('\n');
    for line in text.lines() {
        let line = line.trim();
        if matches!(line, "." | "•" | "• ." | "- .") {
            continue;
        }
        // A page shows an item's bullet as `•`, or as the `- ` of the Markdown it renders.
        let dash = dash_items.then(|| line.strip_prefix("- ")).flatten();
        match line.strip_prefix('•').or(dash) {
            Some(item) => {
                source.push_str("- ");
                source.push_str(&escape::escape(item.trim(), false, true));
                in_list = true;
            }
            None => {
                // A line after the bullets is not the last bullet's.
                if in_list && !line.is_empty() {
                    source.push('\n');
                }
                in_list = false;
                source.push_str(&escape::escape(line, false, true));
            }
        }
        source.push('\n');
    }
    write::normalise(&source, Site::TencentIntl)
}

/// CommonMark as the spec stores it: parsed and written in the one normal form.
pub fn normalise(markdown: &str, site: Site) -> String {
    write::normalise(markdown, site)
}

/// The text of CommonMark without its markup, for the prose patterns: paragraphs apart by a
/// blank line, each list item on a line of its own starting `• ` (`1. ` when numbered; a
/// bullet no `-` of the text can be taken for: "Default value: • If ..." names no default),
/// nested items indented by two spaces, code spans and links as their text, a table's rows
/// as lines with ` | ` between cells. A code span that starts an item keeps its backticks: it
/// names a value ("• `Default`: ACK managed cluster" is the value `Default`, not a default).
pub fn plain(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    // For each open list: the number of its next item (`None` for bullets).
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut cells = 0usize;
    // Nothing of the current item written yet.
    let mut item_start = false;
    let block = |out: &mut String| {
        if !out.is_empty() && !out.ends_with("\n\n") {
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push('\n');
        }
    };
    for e in Parser::new_ext(markdown, write::options()) {
        let starts_item = matches!(e, Event::Start(Tag::Item | Tag::Paragraph));
        match e {
            // A loose item's first paragraph follows its marker.
            Event::Start(Tag::Paragraph) if !out.ends_with("• ") && !out.ends_with(". ") => {
                block(&mut out)
            }
            Event::Start(
                Tag::Heading { .. } | Tag::CodeBlock(_) | Tag::Table(_) | Tag::BlockQuote(_),
            ) => block(&mut out),
            Event::Start(Tag::List(first)) => {
                if lists.is_empty() {
                    block(&mut out);
                }
                lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(&"  ".repeat(lists.len().saturating_sub(1)));
                match lists.last_mut() {
                    Some(Some(n)) => {
                        out.push_str(&format!("{n}. "));
                        *n += 1;
                    }
                    _ => out.push_str("• "),
                }
            }
            Event::Start(Tag::TableRow | Tag::TableHead) => {
                if !out.ends_with('\n') && !out.ends_with("\n\n") && !out.is_empty() {
                    out.push('\n');
                }
                cells = 0;
            }
            Event::Start(Tag::TableCell) => {
                if cells > 0 {
                    out.push_str(" | ");
                }
                cells += 1;
            }
            Event::Code(t) if item_start => {
                out.push('`');
                out.push_str(&t);
                out.push('`');
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t.replace('\u{a0}', " "));
            }
            Event::SoftBreak | Event::HardBreak => {
                out.push('\n');
                if !lists.is_empty() {
                    out.push_str(&"  ".repeat(lists.len()));
                }
            }
            _ => {}
        }
        item_start = if starts_item {
            item_start || out.ends_with("• ") || out.ends_with(". ")
        } else {
            false
        };
    }
    out.trim().to_owned()
}

/// One top-level block of CommonMark, by its place in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Where it is in the text.
    pub range: Range<usize>,
    /// What it is.
    pub kind: BlockKind,
}

/// What a top-level block is; a list with its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    /// A paragraph.
    Paragraph,
    /// A list: the place of each item (its marker included) and of the blocks inside it.
    List(Vec<Item>),
    /// Anything else (a code block, a table, a quote).
    Other,
}

/// A list item: where it is, and where each block inside it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The whole item, its marker included.
    pub range: Range<usize>,
    /// Its blocks (the text of a tight item is a paragraph here), nested lists as `List`s
    /// whose items are found by calling [`blocks`] on [`item_content`] of this item.
    pub blocks: Vec<(Range<usize>, BlockKind)>,
}

/// The top-level blocks of `markdown`, lists with their items.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    // Depth 0: top-level blocks; 1: a top-level list's items; 2: an item's blocks.
    let mut depth = 0usize;
    let mut item: Option<Item> = None;
    // The item's last block is its inline text so far (a tight item has no paragraph tag).
    let mut inline_open = false;
    let kind = |tag: &Tag<'_>| match tag {
        Tag::Paragraph => BlockKind::Paragraph,
        Tag::List(_) => BlockKind::List(Vec::new()),
        _ => BlockKind::Other,
    };
    for (e, range) in Parser::new_ext(markdown, write::options()).into_offset_iter() {
        let inline = match &e {
            Event::Start(tag) => is_inline(tag),
            Event::End(_) => false,
            _ => true,
        };
        if depth == 2 && inline {
            if let Some(it) = &mut item {
                match it.blocks.last_mut() {
                    Some((r, BlockKind::Paragraph)) if inline_open => r.end = range.end,
                    _ => it.blocks.push((range.clone(), BlockKind::Paragraph)),
                }
                inline_open = true;
            }
        }
        match e {
            Event::Start(tag) => {
                match depth {
                    0 => out.push(Block {
                        range: range.clone(),
                        kind: kind(&tag),
                    }),
                    1 => {
                        item = Some(Item {
                            range: range.clone(),
                            blocks: Vec::new(),
                        });
                        inline_open = false;
                    }
                    2 if !inline => {
                        if let Some(it) = &mut item {
                            it.blocks.push((range.clone(), kind(&tag)));
                        }
                        inline_open = false;
                    }
                    _ => {}
                }
                depth += 1;
            }
            Event::End(_) => {
                depth -= 1;
                if depth == 1 {
                    if let (
                        Some(it),
                        Some(Block {
                            kind: BlockKind::List(items),
                            ..
                        }),
                    ) = (item.take(), out.last_mut())
                    {
                        items.push(it);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Inline tags: in a tight item they follow the marker without a paragraph around them.
fn is_inline(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::Superscript
            | Tag::Subscript
    )
}

/// The text of a list item without its marker, its lines unindented: CommonMark of its own.
pub fn item_content(markdown: &str, item: &Item) -> String {
    let Some(first) = item.blocks.first() else {
        return String::new();
    };
    let last = item.blocks.last().map_or(first.0.end, |b| b.0.end);
    let text = &markdown[first.0.start..last];
    // Lines after the first are indented by the item's content column.
    let column = {
        let line_start = markdown[..first.0.start].rfind('\n').map_or(0, |i| i + 1);
        markdown[line_start..first.0.start].chars().count()
    };
    let text = text.trim_end();
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            let indent = line.chars().take_while(|c| *c == ' ').count().min(column);
            out.push_str(&line[indent..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests;
