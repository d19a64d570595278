//! The vendor's text as tokens: the HTML tags the converter knows, and the text between them
//! (Markdown, passed on as it is).

/// Tags read as HTML; any other `<word>` is text.
const KNOWN: &[&str] = &[
    "a",
    "abbr",
    "article",
    "b",
    "big",
    "blockquote",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "div",
    "dl",
    "dt",
    "em",
    "font",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "label",
    "li",
    "mark",
    "nobr",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "samp",
    "section",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "wbr",
];

/// One piece of the vendor's text.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Token<'a> {
    Text(&'a str),
    Open(&'static str, &'a str),
    Close(&'static str),
}

/// The text as tokens: known tags, and text between them (a `<` that opens no known tag
/// written `\<`, an autolink `<https://...>` kept).
pub(super) fn tokens(doc: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let bytes = doc.as_bytes();
    let mut text_from = 0;
    let mut i = 0;
    while let Some(off) = doc[i..].find('<') {
        let at = i + off;
        let rest = &doc[at..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            if let Some(end) = comment.find("-->") {
                push_text(&mut out, &doc[text_from..at]);
                i = at + 4 + end + 3;
                text_from = i;
                continue;
            }
        }
        let closing = rest.starts_with("</");
        let name_from = at + if closing { 2 } else { 1 };
        let name_len = bytes[name_from..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let name = doc[name_from..name_from + name_len].to_ascii_lowercase();
        let known = KNOWN.iter().find(|k| **k == name).copied();
        let after = name_from + name_len;
        let end = known
            .filter(|_| {
                name_len > 0
                    && matches!(
                        bytes.get(after),
                        Some(b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'>')
                    )
            })
            .and_then(|_| tag_end(doc, after));
        match (known, end) {
            (Some(known), Some(end)) => {
                push_text(&mut out, &doc[text_from..at]);
                let attrs = doc[after..end].trim_end_matches('/');
                out.push(if closing {
                    Token::Close(known)
                } else {
                    Token::Open(known, attrs)
                });
                i = end + 1;
                text_from = i;
            }
            _ => {
                // An autolink stays one; any other `<` is text.
                let auto = rest
                    .find('>')
                    .filter(|&e| {
                        let inner = &rest[1..e];
                        (inner.starts_with("http://") || inner.starts_with("https://"))
                            && !inner.contains(|c: char| c.is_whitespace() || c == '<')
                    })
                    .map(|e| e + 1);
                push_text(&mut out, &doc[text_from..at]);
                match auto {
                    Some(len) => {
                        out.push(Token::Text(&doc[at..at + len]));
                        i = at + len;
                    }
                    None => {
                        out.push(Token::Text("\\<"));
                        i = at + 1;
                    }
                }
                text_from = i;
            }
        }
    }
    push_text(&mut out, &doc[text_from..]);
    out
}

/// Text, with the vendor's `li>` (an item whose `<` went missing) at a line's start read as
/// the tag.
fn push_text<'a>(out: &mut Vec<Token<'a>>, text: &'a str) {
    let mut rest = text;
    while let Some(p) = rest.find("\nli>") {
        out.push(Token::Text(&rest[..=p]));
        out.push(Token::Open("li", ""));
        rest = &rest[p + 4..];
    }
    if !rest.is_empty() {
        out.push(Token::Text(rest));
    }
}

/// The `>` ending a tag whose attributes start at `from`, quotes respected; `None` when
/// another `<` or the end comes first (the `<` was text).
fn tag_end(doc: &str, from: usize) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (j, c) in doc[from..].char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(from + j),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

/// An attribute's value (`href`, `src`, `style`, `alt`).
pub(super) fn attr(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let at = from + p;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = attrs[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value = rest[1..].trim_start();
        let v = match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or_default(),
            _ => value.split_whitespace().next().unwrap_or_default(),
        };
        return Some(decode(v));
    }
    None
}

/// HTML entities as their characters, for text that is not read as Markdown (code, link
/// addresses).
pub(super) fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| entity(&rest[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    Some(match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        "apos" | "#39" => '\'',
        "nbsp" => ' ',
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)?
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_text_and_lone_angle_brackets() {
        assert_eq!(
            tokens("a<b>x</b> <InstanceId> <https://a.example/x> 1<2"),
            [
                Token::Text("a"),
                Token::Open("b", ""),
                Token::Text("x"),
                Token::Close("b"),
                Token::Text(" "),
                Token::Text("\\<"),
                Token::Text("InstanceId> "),
                Token::Text("<https://a.example/x>"),
                Token::Text(" 1"),
                Token::Text("\\<"),
                Token::Text("2"),
            ]
        );
    }

    #[test]
    fn entities_in_code_and_addresses() {
        assert_eq!(
            decode("&lt;a&gt; &amp;&quot; &#65;&#x42; &bogus; &"),
            "<a> &\" AB &bogus; &"
        );
        assert_eq!(
            attr(r#"href="https://a.example/?a=1&amp;b=2" style='x'"#, "href").as_deref(),
            Some("https://a.example/?a=1&b=2")
        );
    }
}
