//! CommonMark written back from pulldown-cmark's events: what the spec stores. Every text is
//! escaped where CommonMark (and the GFM tables and strikethrough rustdoc also reads) would take
//! it for markup, lists get one marker style per list, code keeps its backticks, and links their
//! address, relative ones made absolute on the vendor's documentation site.
//!
//! The parser is the judge: [`normalise`] parses what it wrote and compares the events with the
//! ones it read; where they differ (a case the escaping below does not foresee), the text is
//! written again with every ASCII punctuation character of text escaped, which always reads back
//! as written.

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};

use super::escape::{code_span, destination, escape, longest_run};
use super::Site;

/// The dialect of the spec: CommonMark with GFM pipe tables.
pub(super) fn options() -> Options {
    Options::ENABLE_TABLES
}

/// `markdown` parsed and written again: the spec's form of a description.
pub(super) fn normalise(markdown: &str, site: Site) -> String {
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, options()).collect();
    let written = Writer::new(site, false).run(&events);
    if same_reading(&events, &written, site) {
        return written;
    }
    Writer::new(site, true).run(&events)
}

/// Whether `written`, parsed, gives the events it was written from (text compared whole,
/// however the parser splits it; links compared with their written, absolute address).
fn same_reading(events: &[Event<'_>], written: &str, site: Site) -> bool {
    let again: Vec<Event<'_>> = Parser::new_ext(written, options()).collect();
    comparable(events, Some(site)) == comparable(&again, None)
}

/// Events as strings to compare, leaving out what writing changes without changing the
/// reading: how text is split, a heading (written as a paragraph in bold), an image (written as
/// a link), a link's form (written inline) and relative address (written absolute).
fn comparable(events: &[Event<'_>], site: Option<Site>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut text = String::new();
    // For each open link, whether it is written (an anchor of the vendor's page is its text).
    let mut written: Vec<bool> = Vec::new();
    for e in events {
        if let Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) = e {
            text.push_str(&t.replace('\u{a0}', " "));
            continue;
        }
        // A link not written (an anchor) leaves its text running on.
        match e {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. })
                if dest_url.starts_with('#') =>
            {
                written.push(false);
                continue;
            }
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image)
                if written.last() == Some(&false) =>
            {
                written.pop();
                continue;
            }
            _ => {}
        }
        if !text.is_empty() {
            out.push(format!("text:{}", std::mem::take(&mut text)));
        }
        let same = |e: Event<'_>| format!("{e:?}");
        match e {
            Event::Start(Tag::Heading { .. }) | Event::Start(Tag::HtmlBlock) => {
                out.push(same(Event::Start(Tag::Paragraph)));
                if matches!(e, Event::Start(Tag::Heading { .. })) {
                    out.push(same(Event::Start(Tag::Strong)));
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                out.push(same(Event::End(TagEnd::Strong)));
                out.push(same(Event::End(TagEnd::Paragraph)));
            }
            Event::End(TagEnd::HtmlBlock) => out.push(same(Event::End(TagEnd::Paragraph))),
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                let dest = match site {
                    Some(site) => site.absolute(dest_url),
                    None => dest_url.to_string(),
                };
                written.push(true);
                out.push(format!("link:{dest}"));
            }
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => {
                written.pop();
                out.push("/link".into());
            }
            Event::Start(Tag::CodeBlock(kind)) => out.push(match kind {
                CodeBlockKind::Fenced(info) => format!("code:{}", info.replace('`', "")),
                CodeBlockKind::Indented => "code:".to_owned(),
            }),
            other => out.push(same(other.clone())),
        }
    }
    if !text.is_empty() {
        out.push(format!("text:{text}"));
    }
    out
}

/// An open container of the output: what every new line inside it starts with.
enum Container {
    /// `> `.
    Quote,
    /// A list item whose content starts this many columns in; its marker is written on its
    /// first line.
    Item {
        width: usize,
        marker: Option<String>,
    },
}

/// What goes before the next block.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// Nothing: the start of the text, or a line whose prefix is written.
    None,
    /// A line break (between the blocks of a tight list).
    Line,
    /// A blank line.
    Blank,
}

/// An open list: its next number (ordered), whether its items are tight, its marker.
struct List {
    next: Option<u64>,
    tight: bool,
    bullet: char,
}

/// Writes events as CommonMark.
struct Writer {
    site: Site,
    /// Escape every ASCII punctuation character of text: the fallback that always reads back.
    strict: bool,
    out: String,
    containers: Vec<Container>,
    lists: Vec<List>,
    gap: Gap,
    /// Inside a block of inline content (a paragraph, a heading, the text of a tight item).
    inline: bool,
    /// Whether the output is at the start of a line's text (after the containers' prefixes).
    line_start: bool,
    /// The bullet of the last list that ended at each depth, so an adjacent list of the same
    /// kind takes the other bullet and stays a list of its own.
    last_bullet: Vec<Option<char>>,
    /// Link closings waiting for the end of their text.
    links: Vec<String>,
    /// A table being collected: rows of cells; the cell being written goes to `cell`.
    table: Option<Vec<Vec<String>>>,
    cell: Option<String>,
    /// Inside a code block: its text is written as it is.
    code: Option<String>,
    code_info: String,
}

impl Writer {
    fn new(site: Site, strict: bool) -> Self {
        Writer {
            site,
            strict,
            out: String::new(),
            containers: Vec::new(),
            lists: Vec::new(),
            gap: Gap::None,
            inline: false,
            line_start: true,
            last_bullet: vec![None],
            links: Vec::new(),
            table: None,
            cell: None,
            code: None,
            code_info: String::new(),
        }
    }

    fn run(mut self, events: &[Event<'_>]) -> String {
        // Text the parser split (at an entity, an escape) is written whole, so escaping sees
        // each character's neighbours.
        let mut merged: Vec<Event<'_>> = Vec::with_capacity(events.len());
        for e in events {
            match (merged.last_mut(), e) {
                (Some(Event::Text(a)), Event::Text(b)) => {
                    *a = format!("{a}{b}").into();
                }
                _ => merged.push(e.clone()),
            }
        }
        let events = &merged[..];
        let tight = tight_lists(events);
        let mut lists = tight.into_iter();
        for e in events {
            match e {
                Event::Start(Tag::List(first)) => {
                    let tight = lists.next().unwrap_or(true);
                    self.start_list(*first, tight);
                }
                other => self.event(other),
            }
        }
        self.out.truncate(self.out.trim_end().len());
        self.out
    }

    /// Where inline text goes: the table cell being written, else the output.
    fn target(&mut self) -> &mut String {
        match &mut self.cell {
            Some(cell) => cell,
            None => &mut self.out,
        }
    }

    /// The containers' prefixes of a new line (an item's marker on its first line); a blank
    /// line gets only the quotes'.
    fn prefix(&mut self, blank: bool) {
        let mut p = String::new();
        for c in &mut self.containers {
            match c {
                Container::Quote => p.push_str("> "),
                Container::Item { width, marker } => match marker.take() {
                    Some(m) if !blank => p.push_str(&m),
                    Some(m) => *marker = Some(m),
                    None => p.push_str(&" ".repeat(*width)),
                },
            }
        }
        if blank {
            p.truncate(p.trim_end().len());
        }
        self.out.push_str(&p);
        self.line_start = true;
    }

    /// The markers of items whose first line this is, written where the line already has the
    /// other prefixes.
    fn markers(&mut self) {
        let mut p = String::new();
        for c in &mut self.containers {
            if let Container::Item { marker, .. } = c {
                if let Some(m) = marker.take() {
                    p.push_str(&m);
                }
            }
        }
        self.out.push_str(&p);
        self.line_start = true;
    }

    /// A line break inside the open containers.
    fn newline(&mut self) {
        self.out.push('\n');
        self.prefix(false);
    }

    /// Before a block: the gap the last block left, then the prefixes.
    fn begin_block(&mut self) {
        self.end_inline();
        // A block between two lists keeps them apart whatever their bullets.
        if let Some(last) = self.last_bullet.last_mut() {
            *last = None;
        }
        match self.gap {
            Gap::None => {
                if self.out.is_empty() || self.out.ends_with('\n') {
                    self.prefix(false);
                } else {
                    // The line has its prefixes (a quote's first line): only the markers of
                    // items opened on it are due.
                    self.markers();
                }
            }
            Gap::Line => self.newline(),
            Gap::Blank => {
                self.out.push('\n');
                self.prefix(true);
                self.newline();
            }
        }
        self.gap = Gap::None;
    }

    /// After a block: a line break inside a tight list's item, else a blank line.
    fn end_block(&mut self) {
        let tight_item = matches!(self.containers.last(), Some(Container::Item { .. }))
            && self.lists.last().is_some_and(|l| l.tight);
        self.gap = if tight_item { Gap::Line } else { Gap::Blank };
    }

    /// Inline content starts a block of its own where none is open (a tight item's text).
    fn inline_start(&mut self) {
        if !self.inline && self.cell.is_none() {
            self.begin_block();
            self.inline = true;
        }
    }

    /// The end of a tight item's text, where a block follows it.
    fn end_inline(&mut self) {
        if self.inline {
            self.inline = false;
            self.end_block();
        }
    }

    fn start_list(&mut self, first: Option<u64>, tight: bool) {
        self.end_inline();
        let depth = self.lists.len();
        let last = self.last_bullet.get(depth).copied().flatten();
        let bullet = match (first, last) {
            (Some(_), Some('.')) => ')',
            (Some(_), _) => '.',
            (None, Some('-')) => '*',
            (None, _) => '-',
        };
        self.lists.push(List {
            next: first,
            tight,
            bullet,
        });
        self.last_bullet.push(None);
    }

    fn event(&mut self, e: &Event<'_>) {
        if let Some(code) = &mut self.code {
            match e {
                Event::Text(t) => code.push_str(t),
                Event::End(TagEnd::CodeBlock) => self.end_code(),
                _ => {}
            }
            return;
        }
        match e {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(*tag),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => self.text(t),
            Event::Code(t) => {
                self.inline_start();
                // In a table, a `|` inside a code span still ends the cell unless escaped.
                let span = if self.cell.is_some() {
                    code_span(t).replace('|', "\\|")
                } else {
                    code_span(t)
                };
                self.target().push_str(&span);
                self.line_start = false;
            }
            Event::SoftBreak | Event::HardBreak if self.cell.is_some() => {
                self.target().push(' ');
            }
            Event::SoftBreak => self.newline(),
            Event::HardBreak => {
                self.out.push('\\');
                self.newline();
            }
            Event::Rule => {
                self.begin_block();
                self.out.push_str("---");
                self.end_block();
            }
            Event::FootnoteReference(t) => self.text(&format!("[^{t}]")),
            Event::TaskListMarker(done) => self.text(if *done { "[x] " } else { "[ ] " }),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(t),
        }
    }

    fn start(&mut self, tag: &Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                self.begin_block();
                self.inline = true;
            }
            Tag::Heading { .. } => {
                self.begin_block();
                self.inline = true;
                self.out.push_str("**");
                self.line_start = false;
            }
            Tag::BlockQuote(_) => {
                self.begin_block();
                self.out.push_str("> ");
                self.containers.push(Container::Quote);
                self.line_start = true;
            }
            Tag::CodeBlock(kind) => {
                self.begin_block();
                self.code_info = match kind {
                    CodeBlockKind::Fenced(info) => info.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                self.code = Some(String::new());
            }
            Tag::HtmlBlock => {
                self.begin_block();
                self.inline = true;
            }
            Tag::List(_) => unreachable!("lists start in `run`"),
            Tag::Item => {
                self.end_inline();
                let list = self.lists.last_mut().expect("an item is in a list");
                let marker = match list.next {
                    Some(n) => {
                        list.next = Some(n + 1);
                        format!("{n}{} ", list.bullet)
                    }
                    None => format!("{} ", list.bullet),
                };
                let width = marker.chars().count();
                if let Some(last) = self.last_bullet.last_mut() {
                    *last = None;
                }
                self.containers.push(Container::Item {
                    width,
                    marker: Some(marker),
                });
            }
            Tag::Table(_) => {
                self.begin_block();
                self.table = Some(Vec::new());
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(rows) = &mut self.table {
                    rows.push(Vec::new());
                }
            }
            Tag::TableCell => self.cell = Some(String::new()),
            Tag::Emphasis => {
                self.inline_start();
                self.target().push('*');
                self.line_start = false;
            }
            Tag::Strong => {
                self.inline_start();
                self.target().push_str("**");
                self.line_start = false;
            }
            Tag::Strikethrough => {
                self.inline_start();
                self.target().push_str("~~");
                self.line_start = false;
            }
            Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            } => {
                self.inline_start();
                let dest = self.site.absolute(dest_url);
                if dest.starts_with('#') {
                    // An anchor of the vendor's own page: there is no page here to point
                    // into, so the text alone.
                    self.links.push(String::new());
                } else if matches!(link_type, LinkType::Autolink | LinkType::Email) {
                    self.target().push('<');
                    self.links.push(">".to_owned());
                } else {
                    self.target().push('[');
                    self.links.push(format!("]({})", destination(&dest, title)));
                }
                self.line_start = false;
            }
            Tag::Image {
                dest_url, title, ..
            } => {
                // An image is written as a link to it: its description is read as text.
                self.inline_start();
                let dest = self.site.absolute(dest_url);
                self.target().push('[');
                self.links.push(format!("]({})", destination(&dest, title)));
                self.line_start = false;
            }
            Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::MetadataBlock(_)
            | Tag::Superscript
            | Tag::Subscript => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                self.inline = false;
                self.end_block();
            }
            TagEnd::Heading(_) => {
                self.out.push_str("**");
                self.inline = false;
                self.end_block();
            }
            TagEnd::BlockQuote(_) => {
                self.end_inline();
                self.containers.pop();
                self.end_block();
            }
            TagEnd::List(_) => {
                self.end_inline();
                let list = self.lists.pop().expect("a list ends after it starts");
                self.last_bullet.pop();
                if let Some(slot) = self.last_bullet.last_mut() {
                    *slot = Some(list.bullet);
                }
                self.end_block();
            }
            TagEnd::Item => {
                self.end_inline();
                if matches!(
                    self.containers.last(),
                    Some(Container::Item {
                        marker: Some(_),
                        ..
                    })
                ) {
                    // An empty item: its marker alone.
                    self.begin_block();
                    self.out.truncate(self.out.trim_end().len());
                }
                self.containers.pop();
                self.gap = if self.lists.last().is_some_and(|l| l.tight) {
                    Gap::Line
                } else {
                    Gap::Blank
                };
            }
            TagEnd::Table => {
                let rows = self.table.take().unwrap_or_default();
                self.write_table(rows);
                self.end_block();
            }
            TagEnd::TableCell => {
                let cell = self.cell.take().unwrap_or_default();
                if let Some(row) = self.table.as_mut().and_then(|t| t.last_mut()) {
                    row.push(cell.trim().to_owned());
                }
            }
            TagEnd::Emphasis => {
                self.target().push('*');
                self.line_start = false;
            }
            TagEnd::Strong => {
                self.target().push_str("**");
                self.line_start = false;
            }
            TagEnd::Strikethrough => {
                self.target().push_str("~~");
                self.line_start = false;
            }
            TagEnd::Link | TagEnd::Image => {
                let close = self.links.pop().unwrap_or_default();
                self.target().push_str(&close);
                self.line_start = false;
            }
            TagEnd::HtmlBlock => {
                self.inline = false;
                self.end_block();
            }
            TagEnd::CodeBlock
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::MetadataBlock(_)
            | TagEnd::Superscript
            | TagEnd::Subscript => {}
        }
    }

    fn end_code(&mut self) {
        let code = self.code.take().unwrap_or_default();
        let fence = "`".repeat(longest_run(&code, '`').max(2) + 1);
        let info = self.code_info.replace('`', "");
        self.out.push_str(&fence);
        self.out.push_str(&info);
        for line in code.trim_end_matches('\n').split('\n') {
            self.out.push('\n');
            self.prefix(line.is_empty());
            self.out.push_str(line);
        }
        self.newline();
        self.out.push_str(&fence);
        self.end_block();
    }

    fn write_table(&mut self, rows: Vec<Vec<String>>) {
        let columns = rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
        for (i, row) in rows.iter().enumerate() {
            if i > 0 {
                self.newline();
            }
            let mut line = String::from("|");
            for c in 0..columns {
                line.push(' ');
                line.push_str(row.get(c).map_or("", String::as_str));
                line.push_str(" |");
            }
            self.out.push_str(&line);
            if i == 0 {
                self.newline();
                self.out.push('|');
                self.out.push_str(&" --- |".repeat(columns));
            }
        }
    }

    fn text(&mut self, t: &str) {
        if t.trim().is_empty() && t.contains('\n') {
            return;
        }
        self.inline_start();
        // Only an HTML block's text has line breaks: each line is written as a line.
        for (i, line) in t.trim_end_matches('\n').split('\n').enumerate() {
            if i > 0 {
                if self.cell.is_some() {
                    self.target().push(' ');
                } else {
                    self.newline();
                }
            }
            let at_start = self.line_start && self.cell.is_none();
            let escaped = escape(line, at_start, self.strict);
            self.target().push_str(&escaped);
            if !line.is_empty() {
                self.line_start = false;
            }
        }
    }
}

/// For each list, in the order they start, whether it is tight: the parser wraps the text of
/// a loose list's items in paragraphs, a tight list's not.
fn tight_lists(events: &[Event<'_>]) -> Vec<bool> {
    let mut out = Vec::new();
    // For each open list: its index in `out`; for each open item: its list's index.
    let mut lists: Vec<usize> = Vec::new();
    let mut depth_in_item: Vec<usize> = Vec::new();
    for e in events {
        match e {
            Event::Start(Tag::List(_)) => {
                lists.push(out.len());
                out.push(true);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => depth_in_item.push(0),
            Event::End(TagEnd::Item) => {
                depth_in_item.pop();
            }
            Event::Start(Tag::Paragraph) => {
                if let (Some(0), Some(&list)) = (depth_in_item.last(), lists.last()) {
                    out[list] = false;
                }
                if let Some(d) = depth_in_item.last_mut() {
                    *d += 1;
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if let Some(d) = depth_in_item.last_mut() {
                    *d -= 1;
                }
            }
            Event::Start(Tag::BlockQuote(_) | Tag::Table(_) | Tag::CodeBlock(_)) => {
                if let Some(d) = depth_in_item.last_mut() {
                    *d += 1;
                }
            }
            Event::End(TagEnd::BlockQuote(_) | TagEnd::Table | TagEnd::CodeBlock) => {
                if let Some(d) = depth_in_item.last_mut() {
                    *d -= 1;
                }
            }
            _ => {}
        }
    }
    out
}
