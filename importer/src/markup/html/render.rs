//! The blocks built from the vendor's text written as CommonMark source: lists with their
//! markers and indentation, code blocks fenced, tables piped, and each paragraph's text
//! arranged so CommonMark reads it as the vendor meant (markers resolved, `<br>` as line
//! breaks, residue left out).

use super::{Node, BR, EM_CLOSE, EM_OPEN, LINK_CLOSE, LINK_OPEN, STRONG_CLOSE, STRONG_OPEN};

/// Blocks as CommonMark source, each apart from the next by a blank line.
pub(super) fn render(nodes: &[Node], links: &[String], out: &mut String) {
    let mut link_no = 0;
    render_in(nodes, links, &mut link_no, out);
}

fn render_in(nodes: &[Node], links: &[String], link_no: &mut usize, out: &mut String) {
    let mut para = String::new();
    // Each block's text, and whether it is a list (which follows text on the next line, so a
    // list inside an item after its text keeps the list tight).
    let mut blocks: Vec<(String, bool)> = Vec::new();
    let flush = |para: &mut String, blocks: &mut Vec<(String, bool)>, link_no: &mut usize| {
        let text = paragraphs(&std::mem::take(para), links, link_no);
        if !text.trim().is_empty() {
            blocks.push((text, false));
        }
    };
    for node in nodes {
        match node {
            Node::Text(t) => para.push_str(t),
            Node::Break => {
                flush(&mut para, &mut blocks, link_no);
            }
            Node::List { ordered, items } => {
                flush(&mut para, &mut blocks, link_no);
                let mut list = String::new();
                let mut n = 1;
                for item in items {
                    let mut content = String::new();
                    render_in(item, links, link_no, &mut content);
                    if content.trim().is_empty() {
                        continue;
                    }
                    let marker = if *ordered {
                        format!("{n}. ")
                    } else {
                        "- ".to_owned()
                    };
                    n += 1;
                    let pad = " ".repeat(marker.len());
                    if !list.is_empty() {
                        list.push('\n');
                    }
                    list.push_str(&marker);
                    list.push_str(&indent(content.trim_start_matches('\n'), &pad));
                }
                if !list.is_empty() {
                    blocks.push((list, true));
                }
            }
            Node::Code(code) => {
                flush(&mut para, &mut blocks, link_no);
                let code = code.trim_matches('\n');
                if !code.trim().is_empty() {
                    let fence = "`".repeat(longest_backticks(code).max(2) + 1);
                    blocks.push((format!("{fence}\n{code}\n{fence}"), false));
                }
            }
            Node::Table(rows) => {
                flush(&mut para, &mut blocks, link_no);
                blocks.push((table(rows, links, link_no), false));
            }
            Node::Quote(inner) => {
                flush(&mut para, &mut blocks, link_no);
                let mut content = String::new();
                render_in(inner, links, link_no, &mut content);
                if !content.trim().is_empty() {
                    let quoted: Vec<String> = content
                        .lines()
                        .map(|l| {
                            if l.is_empty() {
                                ">".to_owned()
                            } else {
                                format!("> {l}")
                            }
                        })
                        .collect();
                    blocks.push((quoted.join("\n"), false));
                }
            }
        }
    }
    flush(&mut para, &mut blocks, link_no);
    for (i, (text, list)) in blocks.iter().enumerate() {
        if i > 0 {
            out.push_str(if *list && !blocks[i - 1].1 {
                "\n"
            } else {
                "\n\n"
            });
        }
        out.push_str(text);
    }
}

/// Lines after the first indented by `pad` (an item's content column).
fn indent(text: &str, pad: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(pad);
            }
        }
        out.push_str(line);
    }
    out
}

fn longest_backticks(text: &str) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// A pipe table of the cells' text; the first row is the header.
fn table(rows: &[Vec<String>], links: &[String], link_no: &mut usize) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let mut lines = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = (0..columns)
            .map(|c| {
                let text = row.get(c).map_or("", String::as_str);
                let text = resolve(text, links, link_no).replace(BR, " ");
                escape_pipes(text.trim())
            })
            .collect();
        lines.push(format!("| {} |", cells.join(" | ")));
        if i == 0 {
            lines.push(format!("|{}", " --- |".repeat(columns)));
        }
    }
    lines.join("\n")
}

/// `|` that would end a cell, escaped.
fn escape_pipes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut escaped = false;
    for c in text.chars() {
        if c == '|' && !escaped {
            out.push('\\');
        }
        escaped = c == '\\' && !escaped;
        out.push(c);
    }
    out
}

/// The text of one or more paragraphs: markers resolved, the vendor's `<br>` as line breaks,
/// page residue left out, lines arranged so CommonMark reads them as the vendor meant.
fn paragraphs(text: &str, links: &[String], link_no: &mut usize) -> String {
    let text = resolve(text, links, link_no);
    let text = breaks(&text);
    let lines = dash_items(text.split('\n').collect());
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let mut out: Vec<String> = Vec::new();
    // Whether the lines so far end in a list (its items and their indented lines).
    let mut in_list = false;
    // Inside a fenced code block (its fence): its lines are kept as written.
    let mut fence: Option<String> = None;
    for (n, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if let Some(f) = &fence {
            out.push(line.trim_end().to_owned());
            if trimmed.starts_with(f.as_str()) && trimmed.trim_start_matches(['`', '~']).is_empty()
            {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            let c = trimmed.chars().next().expect("a fence");
            fence = Some(trimmed.chars().take_while(|x| *x == c).collect());
            let lead = &line[..line.len() - line.trim_start().len()];
            let keep = if in_list && !lead.is_empty() {
                line.trim_end()
            } else {
                trimmed
            };
            out.push(keep.to_owned());
            continue;
        }
        if matches!(trimmed, "." | "。" | "•" | "• ." | "- .") {
            continue;
        }
        if trimmed.is_empty() {
            out.push(String::new());
            in_list = false;
            continue;
        }
        let bullet = trimmed.strip_prefix(['•', '●']);
        let marker = is_list_item(trimmed) || bullet.is_some();
        let line = if marker {
            // A bullet `•` or `●` is a list item; an item keeps its indentation (a nested list).
            let lead = &line[..line.len() - line.trim_start().len()];
            match bullet {
                Some(rest) => format!("{lead}- {}", rest.trim_start()),
                None => line.trim_end().to_owned(),
            }
        } else if in_list && line.starts_with([' ', '\t']) {
            // An indented line after an item goes on in the item.
            line.trim_end().to_owned()
        } else {
            // Other indentation is the HTML's layout, not a code block.
            trimmed.to_owned()
        };
        let indented = line.starts_with([' ', '\t']);
        if !marker && !indented && in_list && out.last().is_some_and(|l| !l.is_empty()) {
            // Text after a list, not indented, is a paragraph of its own ("Valid values:\n-
            // A\n- B\nIf ...": "If" is not part of B), unless the list goes on after it
            // ("1. MySQL 8.0:\nOption ...\n2. MySQL 5.7:": the lines belong to the item).
            let list_goes_on = lines[n + 1..]
                .iter()
                .map(|l| l.trim())
                .take_while(|l| !l.is_empty())
                .any(is_list_item);
            if !list_goes_on {
                out.push(String::new());
                in_list = false;
            }
        }
        if marker {
            in_list = true;
        }
        out.push(line);
    }
    // A line break at a paragraph's end (the residue after it left out) breaks nothing.
    for i in 0..out.len() {
        let ends_paragraph = out.get(i + 1).is_none_or(|n| n.is_empty());
        if ends_paragraph && out[i].ends_with('\\') && !out[i].ends_with("\\\\") {
            out[i].pop();
        }
    }
    // Runs of blank lines are one.
    let mut joined = String::new();
    for (i, l) in out.iter().enumerate() {
        if l.is_empty() && (i == 0 || out[i - 1].is_empty()) {
            continue;
        }
        if !joined.is_empty() {
            joined.push('\n');
        }
        joined.push_str(l);
    }
    joined.trim_matches('\n').to_owned()
}

/// The vendor's items written without the space after their dash (`-command-type - String`,
/// between items written with it) as items: a line `-x` (not `--`, not `-1`) next to an item,
/// or naming a value (`-SCHEDULE: ...`).
fn dash_items(lines: Vec<&str>) -> Vec<String> {
    let tight = |l: &str| {
        let t = l.trim_start();
        t.starts_with('-')
            && t[1..].starts_with(|c: char| c.is_alphabetic() || "(（`*[".contains(c))
    };
    let item = |l: &str| is_list_item(l.trim()) || tight(l);
    // A documented value and its meaning (`-SCHEDULE: period type executor.`) is an item
    // even alone.
    let value = |l: &str| {
        let t = l.trim_start()[1..].trim_start_matches(['`', '*']);
        let name = t
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(t.len());
        let after = t[name..].trim_start_matches(['`', '*']).trim_start();
        name > 0 && after.starts_with([':', '：'])
    };
    (0..lines.len())
        .map(|i| {
            let line = lines[i];
            let near = |j: Option<usize>| j.and_then(|j| lines.get(j)).is_some_and(|l| item(l));
            if tight(line) && (near(i.checked_sub(1)) || near(Some(i + 1)) || value(line)) {
                let lead = &line[..line.len() - line.trim_start().len()];
                format!("{lead}- {}", &line.trim_start()[1..])
            } else {
                line.to_owned()
            }
        })
        .collect()
}

/// A CommonMark list marker at the start of a (trimmed) line: `- `, `* `, `+ `, `1. `, `1) `.
pub(super) fn is_list_item(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let rest = &line[digits..];
        return digits < 10 && (rest.starts_with(". ") || rest.starts_with(") "));
    }
    ["- ", "* ", "+ "].iter().any(|m| line.starts_with(m)) || matches!(line, "-" | "*" | "+")
}

/// `<br>`s as line breaks: two or more in a row (white space between) end a paragraph; one
/// before a list item, at a paragraph's start or end, or next to a line break is a line break
/// that CommonMark sees anyway; any other is a hard break (`\` at the line's end).
fn breaks(text: &str) -> String {
    if !text.contains(BR) {
        return text.to_owned();
    }
    let parts: Vec<&str> = text.split(BR).collect();
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(parts[0]);
    let mut i = 1;
    while i < parts.len() {
        // A run of `<br>`s, only white space between them, before `parts[i]`.
        let mut run = 1;
        while i + 1 < parts.len() && parts[i].trim().is_empty() {
            run += 1;
            i += 1;
        }
        let next = parts[i].trim_start_matches([' ', '\t']);
        let kept = out.trim_end_matches([' ', '\t']).len();
        out.truncate(kept);
        let at_edge = out.is_empty() || out.ends_with('\n') || next.trim().is_empty();
        if run > 1 && !next.trim().is_empty() {
            out.push_str("\n\n");
        } else if next.starts_with(['\n', '\r']) {
            // The line ends here anyway.
        } else if at_edge || is_list_item(next) || next.starts_with(['•', '●']) {
            out.push('\n');
        } else {
            out.push_str("\\\n");
        }
        out.push_str(next);
        i += 1;
    }
    out
}

/// The markers as Markdown: bold and emphasis where CommonMark reads the delimiters as such
/// (else the text alone), links with their address (an empty link text as the address).
fn resolve(text: &str, links: &[String], link_no: &mut usize) -> String {
    if !text.contains([
        STRONG_OPEN,
        STRONG_CLOSE,
        EM_OPEN,
        EM_CLOSE,
        LINK_OPEN,
        LINK_CLOSE,
    ]) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    // Pair the markers: each closing one with the last open one of its kind.
    let mut pair: Vec<Option<usize>> = vec![None; chars.len()];
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut link_of: Vec<Option<usize>> = vec![None; chars.len()];
    for (i, &c) in chars.iter().enumerate() {
        match c {
            STRONG_OPEN | EM_OPEN | LINK_OPEN => {
                if c == LINK_OPEN {
                    link_of[i] = Some(*link_no);
                    *link_no += 1;
                }
                open.push((c, i));
            }
            STRONG_CLOSE | EM_CLOSE | LINK_CLOSE => {
                let want = match c {
                    STRONG_CLOSE => STRONG_OPEN,
                    EM_CLOSE => EM_OPEN,
                    _ => LINK_OPEN,
                };
                if let Some(p) = open.iter().rposition(|(k, _)| *k == want) {
                    let (_, at) = open.remove(p);
                    pair[at] = Some(i);
                    pair[i] = Some(at);
                }
            }
            _ => {}
        }
    }
    let is_marker = |c: char| ('\u{E001}'..='\u{E006}').contains(&c);
    // The characters around a marker, markers skipped.
    let before = |i: usize| chars[..i].iter().rev().find(|c| !is_marker(**c)).copied();
    let after = |i: usize| chars[i + 1..].iter().find(|c| !is_marker(**c)).copied();
    let mut out = String::with_capacity(text.len() + 16);
    for (i, &c) in chars.iter().enumerate() {
        match c {
            STRONG_OPEN | EM_OPEN => {
                if let Some(close) = pair[i] {
                    let inner: String = chars[i + 1..close].iter().collect();
                    if !inner.trim().is_empty()
                        && opens(before(i), after(i))
                        && closes(before(close), after(close))
                    {
                        out.push_str(if c == STRONG_OPEN { "**" } else { "*" });
                    }
                }
            }
            STRONG_CLOSE | EM_CLOSE => {
                if let Some(open) = pair[i] {
                    let inner: String = chars[open + 1..i].iter().collect();
                    if !inner.trim().is_empty()
                        && opens(before(open), after(open))
                        && closes(before(i), after(i))
                    {
                        out.push_str(if c == STRONG_CLOSE { "**" } else { "*" });
                    }
                }
            }
            LINK_OPEN => {
                if pair[i].is_some()
                    && link_of[i]
                        .and_then(|n| links.get(n))
                        .is_some_and(|h| !h.trim().is_empty())
                {
                    out.push('[');
                }
            }
            LINK_CLOSE => {
                let Some(open) = pair[i] else { continue };
                let Some(href) = link_of[open].and_then(|n| links.get(n)) else {
                    continue;
                };
                let href = href.trim();
                if href.is_empty() {
                    continue;
                }
                let dest = if href.contains(|c: char| c.is_whitespace() || c == '(' || c == ')') {
                    format!("<{}>", href.replace('<', "%3C").replace('>', "%3E"))
                } else {
                    href.to_owned()
                };
                let inner: String = chars[open + 1..i]
                    .iter()
                    .filter(|c| !is_marker(**c))
                    .collect();
                if inner.trim().is_empty() {
                    // No text: the address is the text.
                    out.push_str(&format!("{href}]({dest})"));
                } else {
                    out.push_str(&format!("]({dest})"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether `**` between these characters can open emphasis (CommonMark's left-flanking rule).
fn opens(before: Option<char>, after: Option<char>) -> bool {
    let Some(a) = after else { return false };
    if a.is_whitespace() || a == BR {
        return false;
    }
    !punctuation(a) || before.is_none_or(|b| b.is_whitespace() || punctuation(b))
}

/// Whether `**` between these characters can close emphasis (the right-flanking rule).
fn closes(before: Option<char>, after: Option<char>) -> bool {
    let Some(b) = before else { return false };
    if b.is_whitespace() || b == BR {
        return false;
    }
    !punctuation(b) || after.is_none_or(|a| a.is_whitespace() || punctuation(a) || a == BR)
}

/// Punctuation as CommonMark's flanking rules see it: ASCII punctuation and the general,
/// CJK and full-width punctuation blocks.
fn punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}' | '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}')
}
