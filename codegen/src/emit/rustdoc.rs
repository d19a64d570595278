//! Descriptions (CommonMark, spec/README.md) as rustdoc text. Rustdoc reads doc comments with
//! pulldown-cmark, as CommonMark with tables, footnotes, strikethrough and intra-doc links, so
//! what it would read otherwise than the spec means is made safe: a `[x]` that is not a link
//! (rustdoc would resolve it as a path: VPC's "\[5,100\]"), raw HTML tags, bare URLs (linked),
//! a fenced block without a language and an indented code block (rustdoc would compile them
//! as Rust doc tests: the vendors' are JSON and shell), a link to something that is not a URL.
//! [`described`] also links the names of the service's actions and types a description
//! mentions (`DescribeInstances`, `` `Filter` ``) to their one public path.
//!
//! Every change is an edit of the text at a place the parser gives, so the rest of the text is
//! written exactly as the spec has it.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::ir::Service;

/// The names a description may link: the service's, but the item the text documents (a link
/// to the item itself would be one rustdoc calls redundant where its name is in scope).
#[derive(Clone, Copy)]
pub struct Links<'a> {
    pub service: &'a Service,
    /// The action or type being documented.
    pub this: &'a str,
}

impl Links<'_> {
    /// The path of an action's marker or of a type named `name`, from inside either crate of
    /// the service (the client re-exports the model's `actions` and `types`).
    fn target(&self, name: &str) -> Option<String> {
        if name == self.this {
            return None;
        }
        let s = self.service;
        if let Ok(i) = s.actions.binary_search_by(|a| a.name.as_str().cmp(name)) {
            let a = &s.actions[i];
            return Some(format!("crate::actions::{}::{}", a.snake, a.marker));
        }
        if let Ok(i) = s.types.binary_search_by(|t| t.name.as_str().cmp(name)) {
            return Some(format!("crate::types::{}", s.types[i].name));
        }
        None
    }
}

/// How rustdoc parses doc comments.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

/// CommonMark as rustdoc reads it the way the spec means it.
pub fn safe(markdown: &str) -> String {
    edit(markdown, None)
}

/// [`safe`], with the names of the service's actions and types linked.
pub fn described(markdown: &str, links: Links<'_>) -> String {
    edit(markdown, Some(links))
}

/// Whether `markdown` starts with a paragraph, so text can go before it on the same line
/// (`Request of X: <description>`); a description that starts with a list or a table starts
/// a block of its own.
pub fn starts_inline(markdown: &str) -> bool {
    matches!(
        Parser::new_ext(markdown, options()).next(),
        None | Some(Event::Start(Tag::Paragraph))
    )
}

/// `prefix` and a description after it: on the same line when the description starts with a
/// paragraph, else the description as the next block.
pub fn after(prefix: &str, markdown: &str) -> String {
    let markdown = markdown.trim();
    if markdown.is_empty() {
        prefix.trim_end().to_owned()
    } else if starts_inline(markdown) {
        format!("{prefix}{markdown}")
    } else {
        format!("{}\n\n{markdown}", prefix.trim_end())
    }
}

/// A description as the text of a list item (`- code: <description>`): its lines after the
/// first indented to the item's content column.
pub fn in_item(markdown: &str, column: usize) -> String {
    let pad = " ".repeat(column);
    let mut out = String::with_capacity(markdown.len() + 16);
    for (i, line) in markdown.trim().split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(&pad);
            }
        }
        out.push_str(line);
    }
    out
}

/// The first paragraph of a description on one line, without its final full stop: `""` when
/// the description starts otherwise (a list, a table).
pub fn first_paragraph(markdown: &str) -> String {
    let mut events = Parser::new_ext(markdown, options()).into_offset_iter();
    match events.next() {
        Some((Event::Start(Tag::Paragraph), range)) => {
            let text = markdown[range].trim();
            let line = text
                .split('\n')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(" ");
            let line = line.trim_end_matches(['.', '。']);
            // A hard break's backslash left at the end of the line is nothing to keep.
            line.trim_end_matches('\\').trim_end().to_owned()
        }
        _ => String::new(),
    }
}

/// The first sentence of a description's first paragraph (cut at a `. ` or `。` outside code
/// and links), without its full stop.
pub fn first_sentence(markdown: &str) -> String {
    let line = first_paragraph(markdown);
    let mut depth = 0usize;
    let mut end = None;
    for (e, range) in Parser::new_ext(&line, options()).into_offset_iter() {
        match e {
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => depth += 1,
            Event::End(TagEnd::Link | TagEnd::Image) => depth = depth.saturating_sub(1),
            Event::Text(_) if depth == 0 => {
                let text = &line[range.clone()];
                if let Some(at) = [". ", "。"].iter().filter_map(|p| text.find(p)).min() {
                    end = Some(range.start + at);
                    break;
                }
            }
            _ => {}
        }
    }
    match end {
        Some(at) => line[..at].trim_end().to_owned(),
        None => line,
    }
}

/// One replacement of the text: the range and what goes there.
type Edit = (Range<usize>, String);

fn edit(markdown: &str, links: Option<Links<'_>>) -> String {
    let mut edits: Vec<Edit> = Vec::new();
    // Text the parser gives in pieces (at an escape, a delimiter that closed nothing) is one
    // run here, so a URL or a name is seen whole.
    let mut run: Option<Range<usize>> = None;
    let mut link_depth = 0usize;
    let mut code_block: Option<(Range<usize>, bool)> = None;
    let mut link_start: Vec<(Range<usize>, bool, Option<usize>)> = Vec::new();
    // The content column of each open list item: a line of its text that CommonMark reads
    // as its continuation however little it is indented ("lazy"), indented to it, which
    // reads the same and is what clippy's `doc_lazy_continuation` asks for.
    let mut items: Vec<usize> = Vec::new();
    let flush = |run: &mut Option<Range<usize>>, edits: &mut Vec<Edit>, in_link: bool| {
        if let Some(r) = run.take() {
            text_edits(markdown, r, in_link, links, edits);
        }
    };
    for (e, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        if let Event::Text(_) = e {
            if code_block.is_some() {
                continue;
            }
            match &mut run {
                Some(r) if r.end == range.start => r.end = range.end,
                _ => {
                    flush(&mut run, &mut edits, link_depth > 0);
                    run = Some(range);
                }
            }
            continue;
        }
        flush(&mut run, &mut edits, link_depth > 0);
        match e {
            Event::Start(Tag::Item) => items.push(content_column(markdown, range.start)),
            Event::End(TagEnd::Item) => {
                items.pop();
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(&column) = items.last() {
                    let line = markdown[range.start..]
                        .find('\n')
                        .map_or(markdown.len(), |i| range.start + i + 1);
                    let indent = markdown[line..].bytes().take_while(|b| *b == b' ').count();
                    if indent < column && line < markdown.len() {
                        edits.push((line..line, " ".repeat(column - indent)));
                    }
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let indented = matches!(kind, CodeBlockKind::Indented);
                if let CodeBlockKind::Fenced(info) = &kind {
                    if info.trim().is_empty() {
                        // After the fence: the language rustdoc needs to leave it uncompiled.
                        let src = &markdown[range.clone()];
                        let from = src.find(['`', '~']).unwrap_or(0);
                        let fence = src[from..]
                            .find(|c: char| c != '`' && c != '~')
                            .map_or(src.len(), |i| from + i);
                        let at = range.start + fence;
                        edits.push((at..at, "text".to_owned()));
                    }
                }
                code_block = Some((range, indented));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((r, true)) = code_block.take() {
                    // From the start of its first line, its indentation included.
                    let line = markdown[..r.start].rfind('\n').map_or(0, |i| i + 1);
                    let start = if markdown[line..r.start].trim().is_empty() {
                        line
                    } else {
                        r.start
                    };
                    edits.push((start..r.end, fenced(markdown, start..r.end)));
                }
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                let is_url = matches!(link_type, LinkType::Autolink | LinkType::Email)
                    || dest_url.contains("://")
                    || dest_url.starts_with('#')
                    || dest_url.starts_with("mailto:")
                    || dest_url.starts_with("crate::");
                link_start.push((range, is_url, None));
                link_depth += 1;
            }
            Event::End(TagEnd::Link) => {
                link_depth = link_depth.saturating_sub(1);
                if let Some((r, false, _)) = link_start.pop() {
                    // Not a URL: rustdoc would resolve it as a path. Its text stays.
                    let inner = safe(&link_text(markdown, &r));
                    edits.retain(|(e, _)| !(e.start >= r.start && e.end <= r.end));
                    edits.push((r, inner));
                }
            }
            Event::Start(Tag::Image { .. }) => link_depth += 1,
            Event::End(TagEnd::Image) => link_depth = link_depth.saturating_sub(1),
            Event::Code(code) if link_depth == 0 => {
                if let Some(target) = links.and_then(|l| l.target(&code)) {
                    edits.push((
                        range.clone(),
                        format!("[{}]({target})", &markdown[range.clone()]),
                    ));
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                // Raw HTML rustdoc would check as tags: text.
                for (i, _) in markdown[range.clone()].match_indices('<') {
                    let at = range.start + i;
                    edits.push((at..at, "\\".to_owned()));
                }
            }
            _ => {}
        }
    }
    flush(&mut run, &mut edits, link_depth > 0);
    apply(markdown, edits)
}

/// The column where the content of the list item whose marker is at `at` starts: after the
/// marker (`-`, `1.`) and the spaces after it (one when more than four, which start an
/// indented block).
fn content_column(markdown: &str, at: usize) -> usize {
    let line_start = markdown[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = markdown[line_start..at].chars().count();
    let rest = &markdown[at..];
    let marker = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '*' | '+' | '.' | ')')))
        .unwrap_or(rest.len());
    let spaces = rest[marker..].bytes().take_while(|b| *b == b' ').count();
    let spaces = if (1..=4).contains(&spaces) { spaces } else { 1 };
    before + marker + spaces
}

/// The text of a link, without its brackets and destination.
fn link_text(markdown: &str, range: &Range<usize>) -> String {
    let src = &markdown[range.clone()];
    let Some(open) = src.find('[') else {
        return src.to_owned();
    };
    // The last `](` that closes the text.
    match src.rfind("](") {
        Some(close) if close > open => src[open + 1..close].to_owned(),
        _ => src.to_owned(),
    }
}

/// An indented code block as a fenced `text` block (rustdoc compiles indented blocks as Rust).
fn fenced(markdown: &str, range: Range<usize>) -> String {
    let src = &markdown[range];
    let lines: Vec<&str> = src.trim_end_matches('\n').split('\n').collect();
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let body: Vec<&str> = lines
        .iter()
        .map(|l| {
            if l.len() >= indent {
                &l[indent..]
            } else {
                l.trim_start()
            }
        })
        .collect();
    let pad = " ".repeat(indent.saturating_sub(4));
    let mut out = String::from("```text\n");
    for l in body {
        out.push_str(&pad);
        out.push_str(l);
        out.push('\n');
    }
    out.push_str(&pad);
    out.push_str("```\n");
    out
}

/// The edits of a run of text: brackets that are no link escaped, bare URLs linked, names of
/// the service linked (outside links).
fn text_edits(
    markdown: &str,
    range: Range<usize>,
    in_link: bool,
    links: Option<Links<'_>>,
    edits: &mut Vec<Edit>,
) {
    let src = &markdown[range.clone()];
    // Whether the character at `i` of the run is escaped (its backslash may be before the
    // run: the parser starts an escaped character's text after it).
    let escaped = |i: usize| {
        let before = &markdown.as_bytes()[..range.start + i];
        let run = before.iter().rev().take_while(|b| **b == b'\\').count();
        run % 2 == 1
    };
    let mut i = 0;
    while i < src.len() {
        let rest = &src[i..];
        let c = rest.chars().next().expect("in the text");
        if (c == '[' || c == ']') && !escaped(i) {
            edits.push((range.start + i..range.start + i, "\\".to_owned()));
        } else if !in_link && (rest.starts_with("https://") || rest.starts_with("http://")) {
            let end = rest
                .find(|c: char| c.is_whitespace() || "`'\"()（）,，。<>[]".contains(c))
                .unwrap_or(rest.len());
            let url = rest[..end].trim_end_matches(['.', ';', ':', '!', '?', '\\']);
            if url.len() > "https://".len() && !escaped(i) {
                let at = range.start + i;
                edits.push((at..at, "<".to_owned()));
                edits.push((at + url.len()..at + url.len(), ">".to_owned()));
                i += url.len();
                continue;
            }
        } else if !in_link && c.is_ascii_uppercase() {
            let word_start =
                i == 0 || !src[..i].ends_with(|p: char| p.is_ascii_alphanumeric() || p == '_');
            let len = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            let word = &rest[..len];
            if word_start && camel(word) {
                if let Some(target) = links.and_then(|l| l.target(word)) {
                    let at = range.start + i;
                    edits.push((at..at + len, format!("[{word}]({target})")));
                }
            }
            i += len;
            continue;
        }
        i += c.len_utf8();
    }
}

/// A name that is no English word: two or more capitals with small letters between
/// (`DescribeInstances`, `InstanceChargePrepaid`; not `Filter`, not `CVM`).
fn camel(word: &str) -> bool {
    let capitals = word.chars().filter(char::is_ascii_uppercase).count();
    capitals >= 2 && word.chars().any(|c| c.is_ascii_lowercase()) && !word.contains('_')
}

/// The text with the edits made (none overlap but insertions at one place, kept in order).
fn apply(markdown: &str, mut edits: Vec<Edit>) -> String {
    if edits.is_empty() {
        return markdown.to_owned();
    }
    edits.sort_by_key(|(r, _)| (r.start, r.end));
    let mut out = String::with_capacity(markdown.len() + edits.len() * 8);
    let mut at = 0;
    for (r, text) in edits {
        if r.start < at {
            // Inside a replaced range: already written.
            continue;
        }
        out.push_str(&markdown[at..r.start]);
        out.push_str(&text);
        at = r.end;
    }
    out.push_str(&markdown[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_rustdoc_would_misread_is_made_safe() {
        // VPC's range is no intra-doc link; a tag is text; a URL is a link; an unlabelled
        // fence is text, not a doc test.
        assert_eq!(
            safe("Range: [5,100], <b>x</b>"),
            "Range: \\[5,100\\], \\<b>x\\</b>"
        );
        assert_eq!(
            safe("See https://a.example/x. Or <https://b.example>."),
            "See <https://a.example/x>. Or <https://b.example>."
        );
        assert_eq!(safe("```\n{\"a\": [1]}\n```"), "```text\n{\"a\": [1]}\n```");
        assert_eq!(safe("```json\n[1]\n```"), "```json\n[1]\n```");
        assert_eq!(
            safe("Code:\n\n    let x = [1];\n"),
            "Code:\n\n```text\nlet x = [1];\n```\n"
        );
        // Already safe text and real links stay as they are.
        for text in [
            "Range: \\[5,100\\] and [a link](https://a.example/[x]).",
            "- item\n  - nested `code [x]`",
        ] {
            assert_eq!(safe(text), text);
        }
        // A link to a path that is no URL keeps its text.
        assert_eq!(safe("See [the list](SomeList)."), "See the list.");
        // A line an item continues lazily is indented to the item's text (clippy's
        // `doc_lazy_continuation`); CommonMark reads it as before.
        assert_eq!(
            safe("- a\nDefault: b.\n  - c\n  more\nend"),
            "- a\n  Default: b.\n  - c\n    more\n    end"
        );
    }

    #[test]
    fn sentences_and_paragraphs_outside_code_and_links() {
        assert_eq!(
            first_sentence("Use `a. b` or [c. d](https://e.example/). Then more."),
            "Use `a. b` or [c. d](https://e.example/)"
        );
        assert_eq!(first_sentence("查询实例。更多"), "查询实例");
        assert_eq!(first_paragraph("- a list\n- b"), "");
        assert_eq!(
            first_paragraph("One line\ntwo lines.\n\nNext."),
            "One line two lines"
        );
        assert_eq!(
            after("Request of `X`: ", "- a\n- b"),
            "Request of `X`:\n\n- a\n- b"
        );
        assert_eq!(after("Request of `X`: ", "Text."), "Request of `X`: Text.");
        assert_eq!(in_item("One.\n\n- a", 2), "One.\n\n  - a");
    }
}
