//! Text, code and link addresses written so CommonMark reads them back as they are: the
//! escaping [`super::write`] and the HTML reader share.

/// A link destination and title as written in `[text](...)`.
pub(super) fn destination(dest: &str, title: &str) -> String {
    let plain = !dest.is_empty()
        && !dest.contains(|c: char| c.is_whitespace() || c == '<' || c == '>')
        && balanced(dest);
    let mut out = if plain {
        dest.replace('\\', "\\\\")
    } else {
        let inner = dest
            .replace('\\', "\\\\")
            .replace('<', "\\<")
            .replace('>', "\\>");
        format!("<{inner}>")
    };
    if !title.is_empty() {
        out.push_str(&format!(
            " \"{}\"",
            title.replace('\\', "\\\\").replace('"', "\\\"")
        ));
    }
    out
}

/// Whether the parentheses of a destination pair up (else it is written in `<...>`).
fn balanced(dest: &str) -> bool {
    let mut depth = 0i32;
    for c in dest.chars() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

/// The longest run of `c` in `text`.
pub(super) fn longest_run(text: &str, c: char) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for ch in text.chars() {
        if ch == c {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

/// A code span for `code`: fenced with one backtick more than its longest run of them, and
/// padded with a space where it starts or ends with a backtick (or would lose a space).
pub(super) fn code_span(code: &str) -> String {
    let code = code.replace('\n', " ");
    let fence = "`".repeat(longest_run(&code, '`') + 1);
    let pad = code.starts_with('`')
        || code.ends_with('`')
        || (code.starts_with(' ') && code.ends_with(' ') && !code.trim().is_empty());
    if pad {
        format!("{fence} {code} {fence}")
    } else {
        format!("{fence}{code}{fence}")
    }
}

/// Text as CommonMark that reads back as this text. `line_start`: the text starts a line,
/// where block markers (`- `, `1. `, `#`, `>`) would be read; `strict`: escape every ASCII
/// punctuation character. `|` is always escaped: it ends a table cell, and two lines with it
/// may read as a table.
pub(super) fn escape(text: &str, line_start: bool, strict: bool) -> String {
    let chars: Vec<char> = text
        .chars()
        .map(|c| if c == '\u{a0}' { ' ' } else { c })
        .collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut start = line_start;
    let mut i = 0;
    if start {
        // Leading white space would indent the line (an indented code block).
        while i < chars.len() && (chars[i] == ' ' || chars[i] == '\t') {
            i += 1;
        }
    }
    let is_word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
    while i < chars.len() {
        let c = chars[i];
        let prev = i.checked_sub(1).and_then(|p| chars.get(p));
        let next = chars.get(i + 1);
        if start {
            start = false;
            // Block markers at the start of a line.
            if matches!(c, '#' | '>' | '-' | '+' | '=' | '|' | ':') {
                out.push('\\');
                out.push(c);
                i += 1;
                continue;
            }
            if c.is_ascii_digit() {
                let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
                let after = chars.get(i + digits);
                let then = chars.get(i + digits + 1);
                if digits <= 9
                    && matches!(after, Some('.') | Some(')'))
                    && then.is_none_or(|c| c.is_whitespace())
                {
                    out.extend(&chars[i..i + digits]);
                    out.push('\\');
                    out.push(*after.expect("matched"));
                    i += digits + 1;
                    continue;
                }
            }
        }
        let escape = if strict {
            c.is_ascii_punctuation()
        } else {
            match c {
                '\\' => next.is_none_or(|n| n.is_ascii_punctuation()),
                '`' | '*' | '[' | ']' | '~' | '|' => true,
                '_' => !(is_word(prev) && is_word(next)),
                '<' => next.is_none_or(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
                '&' => entity_like(&chars[i + 1..]),
                '!' => next == Some(&'['),
                _ => false,
            }
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Whether the characters after a `&` would be read as an entity (`amp;`, `#123;`, `#x1F;`).
fn entity_like(rest: &[char]) -> bool {
    let name: String = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .collect();
    !name.is_empty() && rest.get(name.chars().count()) == Some(&';')
}
