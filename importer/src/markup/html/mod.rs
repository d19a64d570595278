//! The vendor's HTML and Markdown read into CommonMark source. The text between tags is the
//! vendor's Markdown and stays as it is; the tags become their Markdown: `<li>` items (with or
//! without `<ul>`/`<ol>` around them, nested, `</li>` taken for `<li>` where nothing is open,
//! as the vendor writes it), `<p>` paragraphs (an indented one right after an item belongs to
//! it: the Chinese filter tables), `<br>` line breaks, `<code>` spans, `<b>`/`<strong>` bold,
//! `<a href>` links, `<pre>` code blocks, `<table>` pipe tables, `<blockquote>` quotes.
//! Tags it does not know (`<InstanceId>`) are text.

mod render;
mod tokens;

use super::escape::code_span;
use render::render;
use tokens::{attr, decode, tokens, Token};

/// Markers in the text being built, resolved when a paragraph is written.
pub(super) const BR: char = '\u{E000}';
pub(super) const STRONG_OPEN: char = '\u{E001}';
pub(super) const STRONG_CLOSE: char = '\u{E002}';
pub(super) const EM_OPEN: char = '\u{E003}';
pub(super) const EM_CLOSE: char = '\u{E004}';
pub(super) const LINK_OPEN: char = '\u{E005}';
pub(super) const LINK_CLOSE: char = '\u{E006}';

/// A block of the text being built.
#[derive(Debug)]
enum Node {
    /// Markdown text (the vendor's, with the markers above); paragraphs end at `Break`s.
    Text(String),
    /// Where one paragraph ends and the next begins.
    Break,
    List {
        ordered: bool,
        items: Vec<Vec<Node>>,
    },
    Code(String),
    Table(Vec<Vec<String>>),
    Quote(Vec<Node>),
}

/// A container being filled.
enum Frame {
    Root(Vec<Node>),
    Quote(Vec<Node>),
    List {
        ordered: bool,
        /// Opened by `<ul>`/`<ol>` (closed by their end tag), not by a lone `<li>`.
        explicit: bool,
        items: Vec<Vec<Node>>,
        /// The last item is open: text goes into it.
        open: bool,
        /// The open item was taken up again by an indented paragraph, which it holds until
        /// that paragraph ends: text after it is the list's end.
        indented: bool,
    },
}

/// What is being captured instead of built as blocks.
enum Capture {
    /// `<code>`: its text, tags left out.
    Code(String),
    /// `<pre>`: its text, lines kept.
    Pre(String),
}

struct Builder {
    frames: Vec<Frame>,
    capture: Option<Capture>,
    /// A table being read: its rows, and whether a cell is open.
    table: Option<(Vec<Vec<String>>, bool)>,
    /// Link addresses in the order their `<a>` opened.
    links: Vec<String>,
    /// Inside `<svg>`: nothing of it is text.
    svg: usize,
}

/// The vendor's text as CommonMark source.
pub(super) fn to_markdown(doc: &str) -> String {
    let mut b = Builder {
        frames: vec![Frame::Root(Vec::new())],
        capture: None,
        table: None,
        links: Vec::new(),
        svg: 0,
    };
    for t in tokens(doc) {
        b.token(t);
    }
    let nodes = b.finish();
    let mut out = String::new();
    render(&nodes, &b.links, &mut out);
    out
}

impl Builder {
    fn token(&mut self, t: Token<'_>) {
        if self.svg > 0 {
            match t {
                Token::Open("svg", _) => self.svg += 1,
                Token::Close("svg") => self.svg -= 1,
                _ => {}
            }
            return;
        }
        if let Some(capture) = &mut self.capture {
            match (capture, &t) {
                (Capture::Code(text), Token::Text(s)) => text.push_str(&decode(s)),
                (Capture::Code(_), Token::Close("code")) => {
                    if let Some(Capture::Code(text)) = self.capture.take() {
                        let text = text.trim().to_owned();
                        if !text.is_empty() {
                            self.inline(&code_span(&text));
                        }
                    }
                }
                (Capture::Pre(text), Token::Text(s)) => text.push_str(&decode(s)),
                (Capture::Pre(text), Token::Open("br", _)) => text.push('\n'),
                (Capture::Pre(_), Token::Close("pre")) => {
                    if let Some(Capture::Pre(text)) = self.capture.take() {
                        self.block(Node::Code(text));
                    }
                }
                // A block tag ends an unclosed `<code>`; other tags inside are left out.
                (Capture::Code(_), Token::Open(name, _) | Token::Close(name)) if is_block(name) => {
                    if let Some(Capture::Code(text)) = self.capture.take() {
                        let text = text.trim().to_owned();
                        if !text.is_empty() {
                            self.inline(&code_span(&text));
                        }
                    }
                    self.token(t);
                }
                _ => {}
            }
            return;
        }
        if self.table.is_some() && self.table_token(&t) {
            return;
        }
        match t {
            Token::Text(s) => self.text(s),
            Token::Open(name, attrs) => self.open(name, attrs),
            Token::Close(name) => self.close(name),
        }
    }

    /// A token inside a table; `false` when it is not the table's (inline text and tags go on
    /// into the cell).
    fn table_token(&mut self, t: &Token<'_>) -> bool {
        let Some((rows, cell_open)) = &mut self.table else {
            return false;
        };
        match t {
            Token::Open("tr", _) => {
                rows.push(Vec::new());
                *cell_open = false;
            }
            Token::Open("td" | "th", _) => {
                if rows.is_empty() {
                    rows.push(Vec::new());
                }
                rows.last_mut().expect("a row").push(String::new());
                *cell_open = true;
            }
            Token::Close("td" | "th") => *cell_open = false,
            Token::Close("table") => {
                let (rows, _) = self.table.take().expect("a table");
                let rows: Vec<Vec<String>> = rows.into_iter().filter(|r| !r.is_empty()).collect();
                if !rows.is_empty() {
                    self.block(Node::Table(rows));
                }
            }
            Token::Open(
                "thead" | "tbody" | "tfoot" | "table" | "caption" | "col" | "colgroup",
                _,
            )
            | Token::Close("tr" | "thead" | "tbody" | "tfoot" | "caption" | "colgroup") => {}
            Token::Text(s) if !*cell_open => {
                // Text between cells belongs to no cell: kept in the last one.
                if let Some(cell) = rows.last_mut().and_then(|r| r.last_mut()) {
                    cell.push_str(s.trim());
                }
            }
            Token::Text(s) => {
                let cell = rows
                    .last_mut()
                    .and_then(|r| r.last_mut())
                    .expect("an open cell");
                cell.push_str(&s.replace(['\n', '\r'], " "));
            }
            Token::Open(name, _) | Token::Close(name) if is_block(name) || *name == "br" => {
                if let Some(cell) = rows.last_mut().and_then(|r| r.last_mut()) {
                    if !cell.trim().is_empty() && !cell.ends_with(' ') {
                        cell.push(' ');
                    }
                }
            }
            _ => return false,
        }
        true
    }

    /// Where text and blocks go now: the open item, the quote, the root; `None` when the top
    /// frame is a list with no open item.
    fn current(&mut self) -> Option<&mut Vec<Node>> {
        match self.frames.last_mut().expect("the root frame stays") {
            Frame::Root(nodes) | Frame::Quote(nodes) => Some(nodes),
            Frame::List { items, open, .. } => {
                if *open {
                    items.last_mut()
                } else {
                    None
                }
            }
        }
    }

    /// Make room for content at a list with no open item: the vendor's text after an item of
    /// a `<ul>` goes on in that item; after items without `<ul>`, the list has ended.
    fn settle(&mut self) {
        loop {
            match self.frames.last_mut().expect("the root frame stays") {
                Frame::List {
                    explicit: true,
                    items,
                    open,
                    ..
                } if !*open => {
                    if items.is_empty() {
                        items.push(Vec::new());
                    }
                    *open = true;
                    return;
                }
                Frame::List { open: false, .. } => self.pop(),
                _ => return,
            }
        }
    }

    fn text(&mut self, s: &str) {
        let residue = s
            .trim()
            .trim_matches(['.', '。', ',', '，', '；', ';'])
            .is_empty();
        if residue && self.current().is_none() {
            return;
        }
        if self.current().is_none() {
            self.settle();
        }
        // An item whose text starts with a bullet of its own (`<li>- charge-type ...`) is one
        // item, not an item holding a list.
        let item_start = matches!(self.frames.last(), Some(Frame::List { items, open: true, .. }) if items.last().is_some_and(Vec::is_empty));
        let s = if item_start {
            let t = s.trim_start();
            ["- ", "* ", "• "]
                .iter()
                .find_map(|b| t.strip_prefix(b))
                .unwrap_or(s)
        } else {
            s
        };
        let nodes = self.current().expect("settled");
        match nodes.last_mut() {
            Some(Node::Text(t)) => t.push_str(s),
            _ => {
                if !s.trim().is_empty() || s.contains(BR) {
                    nodes.push(Node::Text(s.to_owned()));
                }
            }
        }
    }

    /// The table cell being read, if any.
    fn cell(&mut self) -> Option<&mut String> {
        match &mut self.table {
            Some((rows, true)) => rows.last_mut().and_then(|r| r.last_mut()),
            _ => None,
        }
    }

    /// Markup the converter writes (a code span, a marker): never residue.
    fn inline(&mut self, s: &str) {
        if let Some(cell) = self.cell() {
            cell.push_str(s);
            return;
        }
        if self.current().is_none() {
            self.settle();
        }
        let nodes = self.current().expect("settled");
        match nodes.last_mut() {
            Some(Node::Text(t)) => t.push_str(s),
            _ => nodes.push(Node::Text(s.to_owned())),
        }
    }

    /// A paragraph boundary.
    fn brk(&mut self) {
        if let Some(nodes) = self.current() {
            if matches!(nodes.last(), Some(Node::Text(_))) {
                nodes.push(Node::Break);
            }
        }
    }

    fn block(&mut self, node: Node) {
        if self.current().is_none() {
            self.settle();
        }
        self.current().expect("settled").push(node);
    }

    fn open(&mut self, name: &'static str, attrs: &str) {
        match name {
            "p" | "div" | "dt" | "dd" | "section" | "article" | "header" | "footer" | "center" => {
                let indented = attr(attrs, "style").is_some_and(|s| s.contains("padding-left"))
                    || name == "dd";
                // An indented paragraph right after an item is part of it.
                if let Some(Frame::List {
                    items,
                    open,
                    indented: held,
                    ..
                }) = self.frames.last_mut()
                {
                    if !*open && indented && !items.is_empty() {
                        *open = true;
                        *held = true;
                    }
                }
                self.brk();
            }
            "br" if self.current().is_some() || self.cell().is_some() => {
                self.inline(&BR.to_string());
            }
            "hr" => self.brk(),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.brk();
                self.inline(&STRONG_OPEN.to_string());
            }
            "b" | "strong" => self.inline(&STRONG_OPEN.to_string()),
            "i" | "em" => self.inline(&EM_OPEN.to_string()),
            "a" => {
                self.links.push(attr(attrs, "href").unwrap_or_default());
                self.inline(&LINK_OPEN.to_string());
            }
            "img" => {
                if let Some(src) = attr(attrs, "src").filter(|s| !s.is_empty()) {
                    let alt = attr(attrs, "alt").filter(|a| !a.trim().is_empty());
                    self.links.push(src);
                    let text = alt.unwrap_or_else(|| "image".to_owned());
                    self.inline(&format!("{LINK_OPEN}{text}{LINK_CLOSE}"));
                }
            }
            "code" | "tt" | "kbd" | "samp" => self.capture = Some(Capture::Code(String::new())),
            "pre" => self.capture = Some(Capture::Pre(String::new())),
            "svg" => self.svg = 1,
            "table" => self.table = Some((Vec::new(), false)),
            "blockquote" => {
                if self.current().is_none() {
                    self.settle();
                }
                self.frames.push(Frame::Quote(Vec::new()));
            }
            "ul" | "ol" => {
                // A list right inside a list (no `<li>` around it) belongs to its last item.
                if let Some(Frame::List { items, open, .. }) = self.frames.last_mut() {
                    if !*open {
                        if items.is_empty() {
                            items.push(Vec::new());
                        }
                        *open = true;
                    }
                }
                self.frames.push(Frame::List {
                    ordered: name == "ol",
                    explicit: true,
                    items: Vec::new(),
                    open: false,
                    indented: false,
                });
            }
            "li" => self.item(),
            "dl" | "td" | "th" | "tr" => self.brk(),
            _ => {}
        }
    }

    /// A new item: in the list on top, else in the list just before (items without `<ul>`,
    /// apart only by white space), else in a new list.
    fn item(&mut self) {
        if let Some(Frame::List {
            items,
            open,
            indented,
            ..
        }) = self.frames.last_mut()
        {
            items.push(Vec::new());
            *open = true;
            *indented = false;
            return;
        }
        let nodes = self.current().expect("not a list frame");
        let reopen = matches!(nodes.last(), Some(Node::List { .. }));
        let (ordered, mut items) = match reopen.then(|| nodes.pop()).flatten() {
            Some(Node::List { ordered, items }) => (ordered, items),
            _ => (false, Vec::new()),
        };
        items.push(Vec::new());
        self.frames.push(Frame::List {
            ordered,
            explicit: false,
            items,
            open: true,
            indented: false,
        });
    }

    fn close(&mut self, name: &'static str) {
        match name {
            "p" | "div" | "dt" | "dd" | "section" | "article" | "header" | "footer" | "center"
            | "dl" => {
                self.brk();
                // The indented paragraph that took an item up again has ended.
                if let Some(Frame::List { open, indented, .. }) = self.frames.last_mut() {
                    if *indented {
                        *open = false;
                        *indented = false;
                    }
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.inline(&STRONG_CLOSE.to_string());
                self.brk();
            }
            "b" | "strong" => self.inline(&STRONG_CLOSE.to_string()),
            "i" | "em" => self.inline(&EM_CLOSE.to_string()),
            "a" => self.inline(&LINK_CLOSE.to_string()),
            "li" => match self.frames.last_mut() {
                Some(Frame::List { open, .. }) if *open => *open = false,
                // `</li>` where no item is open: the vendor's way of opening one.
                _ => self.item(),
            },
            "ul" | "ol" => {
                let explicit = self
                    .frames
                    .iter()
                    .any(|f| matches!(f, Frame::List { explicit: true, .. }));
                if explicit {
                    while let Some(Frame::List { explicit, .. }) = self.frames.last() {
                        let done = *explicit;
                        self.pop();
                        if done {
                            break;
                        }
                    }
                }
            }
            "blockquote" if self.frames.iter().any(|f| matches!(f, Frame::Quote(_))) => {
                while !matches!(self.frames.last(), Some(Frame::Quote(_))) {
                    self.pop();
                }
                self.pop();
            }
            _ => {}
        }
    }

    /// Close the top frame into its parent.
    fn pop(&mut self) {
        if self.frames.len() < 2 {
            return;
        }
        let node = match self.frames.pop().expect("checked") {
            Frame::Root(_) => unreachable!("the root is never popped"),
            Frame::Quote(nodes) => Node::Quote(nodes),
            Frame::List { ordered, items, .. } => Node::List { ordered, items },
        };
        if self.current().is_none() {
            if let Some(Frame::List { items, open, .. }) = self.frames.last_mut() {
                if items.is_empty() {
                    items.push(Vec::new());
                }
                *open = true;
            }
        }
        self.current().expect("an open container").push(node);
    }

    fn finish(&mut self) -> Vec<Node> {
        if let Some(capture) = self.capture.take() {
            match capture {
                Capture::Code(text) => {
                    let text = text.trim().to_owned();
                    if !text.is_empty() {
                        self.inline(&code_span(&text));
                    }
                }
                Capture::Pre(text) => self.block(Node::Code(text)),
            }
        }
        if let Some((rows, _)) = self.table.take() {
            if !rows.is_empty() {
                self.block(Node::Table(rows));
            }
        }
        while self.frames.len() > 1 {
            self.pop();
        }
        match self.frames.pop() {
            Some(Frame::Root(nodes)) => nodes,
            _ => Vec::new(),
        }
    }
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "pre"
            | "blockquote"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "hr"
            | "dl"
            | "dt"
            | "dd"
    )
}
