//! The documentation's CommonMark (spec/README.md: every description is CommonMark) as text
//! for the terminal: paragraphs apart by a blank line, each list item on a line of its own
//! with its bullet or number (nested items indented), code without its backticks, bold without
//! its stars, a link as its text followed by its address, tables as aligned columns. Only
//! `--help` renders (`commands::Help::Full`), so an ordinary run parses no CommonMark.

use comfy_table::{presets, Table};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// An open list: the number of its next item (`None` for bullets).
struct List {
    next: Option<u64>,
}

/// `markdown` as terminal text, its lines after the first indented by nothing (clap indents
/// a flag's help itself).
pub fn render(markdown: &str) -> String {
    let mut r = Renderer::default();
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        r.event(event);
    }
    r.finish()
}

/// The first sentence of `markdown`'s text, for one-line listings.
pub fn first_sentence(markdown: &str) -> String {
    let text = render(markdown);
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let first = first.trim();
    // A listing's line: a list's first item without its bullet.
    let first = first.strip_prefix("- ").unwrap_or(first);
    // Chinese pages end sentences with "。" and no space.
    let end = ["。", ". "]
        .iter()
        .filter_map(|p| first.find(p).map(|i| i + p.len()))
        .min()
        .unwrap_or(first.len());
    first[..end].trim_end().to_owned()
}

#[derive(Default)]
struct Renderer {
    out: String,
    /// The indentation of the lines of the open item's content.
    indent: String,
    /// The width of each open item's marker.
    widths: Vec<usize>,
    lists: Vec<List>,
    /// Each open list's tightness (a tight list's items have no blank line between them).
    tight: Vec<bool>,
    /// Something was written, so a block needs a blank line before it.
    started: bool,
    /// The next text is an item's first: it follows the bullet.
    after_marker: bool,
    /// Before a list's first item: a blank line (a list of its own) or a line break (a list
    /// inside an item, after its text).
    list_gap: Option<bool>,
    /// Link addresses waiting for the end of their text.
    links: Vec<String>,
    /// Where each open link's text starts in `out`.
    link_text: Vec<usize>,
    /// Quotes open.
    quotes: usize,
    /// A table being read: rows of cells.
    table: Option<Vec<Vec<String>>>,
    cell: Option<String>,
    code: Option<String>,
}

impl Renderer {
    fn target(&mut self) -> &mut String {
        match &mut self.cell {
            Some(cell) => cell,
            None => &mut self.out,
        }
    }

    /// The prefix of a new line inside the open containers.
    fn line_prefix(&self) -> String {
        format!("{}{}", self.indent, "> ".repeat(self.quotes))
    }

    /// Before a block: a blank line (a line break between a tight list's blocks).
    fn block(&mut self) {
        if self.after_marker {
            self.after_marker = false;
            return;
        }
        if self.started {
            let tight = match self.list_gap.take() {
                Some(blank) => !blank,
                None => self.tight.last().copied().unwrap_or(false) && !self.lists.is_empty(),
            };
            if !self.out.ends_with('\n') {
                self.out.push('\n');
            }
            if !tight && !self.out.ends_with("\n\n") {
                self.out.push('\n');
            }
            let prefix = self.line_prefix();
            self.out.push_str(&prefix);
        }
        self.started = true;
    }

    fn text(&mut self, t: &str) {
        if self.cell.is_none() && !self.started {
            self.started = true;
        }
        if self.after_marker {
            self.after_marker = false;
        }
        let t = t.replace('\u{a0}', " ");
        self.target().push_str(&t);
    }

    fn event(&mut self, e: Event<'_>) {
        if let Some(code) = &mut self.code {
            match e {
                Event::Text(t) => code.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    let code = self.code.take().unwrap_or_default();
                    let prefix = self.line_prefix();
                    let lines: Vec<String> = code
                        .trim_end_matches('\n')
                        .lines()
                        .map(|l| format!("    {l}"))
                        .collect();
                    // The first line's prefix is written: the block starts there.
                    self.out.push_str(&lines.join(&format!("\n{prefix}")));
                }
                _ => {}
            }
            return;
        }
        match e {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            // The spec's text has no HTML; a hand-written `<br>` is still a line break.
            Event::InlineHtml(t) if is_br(&t) => self.event(Event::HardBreak),
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                self.text(&t)
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
            Event::SoftBreak => {
                if self.cell.is_some() {
                    self.target().push(' ');
                } else if !(self.out.ends_with(wide)
                    || self.out.ends_with(' ')
                    || self.out.ends_with('\n'))
                {
                    // A line break inside a paragraph is a space; Chinese runs on without one.
                    self.out.push(' ');
                }
            }
            Event::HardBreak => {
                if self.cell.is_some() {
                    self.target().push(' ');
                } else {
                    let prefix = self.line_prefix();
                    self.out.push('\n');
                    self.out.push_str(&prefix);
                }
            }
            Event::Rule => {
                self.block();
                self.out.push_str("----");
            }
            Event::FootnoteReference(t) => self.text(&format!("[{t}]")),
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph | Tag::Heading { .. } | Tag::HtmlBlock => self.block(),
            Tag::BlockQuote(_) => {
                self.block();
                self.quotes += 1;
                self.out.push_str("> ");
                self.after_marker = true;
            }
            Tag::CodeBlock(_) => {
                self.block();
                self.code = Some(String::new());
            }
            Tag::List(first) => {
                if !self.after_marker {
                    self.list_gap = Some(self.lists.is_empty());
                }
                self.lists.push(List { next: first });
                self.tight.push(true);
            }
            Tag::Item => {
                let marker = match self.lists.last_mut() {
                    Some(List { next: Some(n) }) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    _ => "- ".to_owned(),
                };
                self.block();
                self.out.push_str(&marker);
                let width = marker.chars().count();
                self.indent.push_str(&" ".repeat(width));
                self.widths.push(width);
                self.after_marker = true;
            }
            Tag::Table(_) => {
                self.block();
                self.table = Some(Vec::new());
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(rows) = &mut self.table {
                    rows.push(Vec::new());
                }
            }
            Tag::TableCell => self.cell = Some(String::new()),
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                self.links.push(dest_url.to_string());
                let at = self.target().len();
                self.link_text.push(at);
            }
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::MetadataBlock(_) => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                // A loose list's items are apart by a blank line.
                if let Some(t) = self.tight.last_mut() {
                    if !self.lists.is_empty() && !self.indent.is_empty() {
                        *t = false;
                    }
                }
            }
            TagEnd::BlockQuote(_) => self.quotes = self.quotes.saturating_sub(1),
            TagEnd::List(_) => {
                self.lists.pop();
                self.tight.pop();
            }
            TagEnd::Item => {
                let width = self.widths.pop().unwrap_or(0);
                self.indent
                    .truncate(self.indent.len().saturating_sub(width));
                self.after_marker = false;
            }
            TagEnd::Table => {
                let rows = self.table.take().unwrap_or_default();
                let text = table(rows);
                let prefix = self.line_prefix();
                self.out
                    .push_str(&text.replace('\n', &format!("\n{prefix}")));
            }
            TagEnd::TableCell => {
                let cell = self.cell.take().unwrap_or_default();
                if let Some(row) = self.table.as_mut().and_then(|t| t.last_mut()) {
                    row.push(cell.trim().to_owned());
                }
            }
            TagEnd::Link | TagEnd::Image => {
                let dest = self.links.pop().unwrap_or_default();
                let from = self.link_text.pop().unwrap_or(0);
                let target = self.target();
                let text = target.get(from..).unwrap_or_default().trim().to_owned();
                // The address after the text, unless the text is the address.
                let bare = dest.trim_start_matches("mailto:");
                if !dest.is_empty() && text != dest && text != bare {
                    target.push_str(&format!(" ({dest})"));
                }
            }
            _ => {}
        }
    }

    fn finish(self) -> String {
        self.out
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_owned()
    }
}

/// Whether inline HTML is a line break (`<br>`, `<br/>`, `<br />`).
fn is_br(html: &str) -> bool {
    let inner = html.trim().trim_start_matches('<').trim_end_matches('>');
    inner
        .trim_end_matches('/')
        .trim()
        .eq_ignore_ascii_case("br")
}

/// Whether a character is one of the wide scripts' (CJK), which run on without spaces.
fn wide(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// A table as aligned columns (measured by display width: CJK counts two), its header ruled.
fn table(rows: Vec<Vec<String>>) -> String {
    let mut t = Table::new();
    t.load_preset(presets::ASCII_MARKDOWN);
    let mut rows = rows.into_iter();
    if let Some(header) = rows.next() {
        t.set_header(header);
    }
    for row in rows {
        t.add_row(row);
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_on_lines_of_their_own_nested_indented() {
        // TAT's CancelInvocation: its two bullets, each on a line.
        assert_eq!(
            render(
                "Cancel the command.\n\n* If not delivered, CANCELLED.\n* If running, TERMINATED."
            ),
            "Cancel the command.\n\n- If not delivered, CANCELLED.\n- If running, TERMINATED."
        );
        assert_eq!(
            render(
                "Steps:\n\n1. Create a key\n   - in the console\n   - with `CreateKey`\n2. Use it"
            ),
            "Steps:\n\n1. Create a key\n   - in the console\n   - with CreateKey\n2. Use it"
        );
    }

    #[test]
    fn code_bold_and_links_without_noise() {
        assert_eq!(
            render("Use **`zone`**, see [the console](https://console.example/cvm) or <https://a.example>."),
            "Use zone, see the console (https://console.example/cvm) or https://a.example."
        );
        assert_eq!(render("Range: \\[5,100\\]"), "Range: [5,100]");
        assert_eq!(render("One<br>two<br/>three"), "One\ntwo\nthree");
        assert_eq!(
            render("按照【可用区】\n进行过滤。\nNext line"),
            "按照【可用区】进行过滤。Next line"
        );
    }

    #[test]
    fn loose_items_paragraphs_and_tables() {
        assert_eq!(
            render("- **zone**\n\n  Filter by zone.\n\n- **vpc-id**\n\n  Filter by VPC."),
            "- zone\n\n  Filter by zone.\n\n- vpc-id\n\n  Filter by VPC."
        );
        assert_eq!(
            render("| Name | Meaning |\n| --- | --- |\n| `a` | one |"),
            "| Name | Meaning |\n|------|---------|\n| a    | one     |"
        );
        assert_eq!(
            render("Example:\n\n```\n{\"a\": 1}\n```"),
            "Example:\n\n    {\"a\": 1}"
        );
    }

    #[test]
    fn first_sentences_for_listings() {
        assert_eq!(first_sentence("Queries `x`. More."), "Queries x.");
        assert_eq!(first_sentence("- Only a list. Of items"), "Only a list.");
    }
}
