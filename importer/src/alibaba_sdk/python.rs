//! The few pieces of Python syntax the SDK's generated code is made of, read as text: quoted
//! string literals, type annotations, names. The generator that writes these packages uses a
//! small fixed set of forms, so each is recognised by its shape; anything else is an error
//! that names what was found, never a guess.

/// A type annotation of a model field (`List[main_models.X]`, `Dict[str, Any]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Annotation {
    /// `str`.
    Str,
    /// `int`.
    Int,
    /// `float`.
    Float,
    /// `bool`.
    Bool,
    /// `Any`, `dict`, `Dict[...]`, `object`: any JSON value.
    Any,
    /// `List[T]`.
    List(Box<Annotation>),
    /// `Dict[str, T]`.
    Dict(Box<Annotation>),
    /// A model class, by its class name (`main_models.X`, `x_models.X` or a bare `X`).
    Model(String),
    /// `BinaryIO`: a file to upload.
    Binary,
}

impl Annotation {
    /// Parse an annotation; `None` when it is not one of the forms the SDK writes.
    pub fn parse(text: &str) -> Option<Annotation> {
        let text = text.trim();
        if let Some(inner) = generic(text, "List") {
            return Some(Annotation::List(Box::new(Annotation::parse(inner)?)));
        }
        if let Some(inner) = generic(text, "Dict") {
            let (key, value) = split_top_comma(inner)?;
            Annotation::parse(key)?;
            return Some(Annotation::Dict(Box::new(Annotation::parse(value)?)));
        }
        Some(match text {
            "str" => Annotation::Str,
            "int" => Annotation::Int,
            "float" => Annotation::Float,
            "bool" => Annotation::Bool,
            "Any" | "dict" | "object" => Annotation::Any,
            "BinaryIO" => Annotation::Binary,
            _ => {
                let class = text.rsplit('.').next().unwrap_or(text);
                let is_name = class.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                    && class.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                let qualifier_ok = text.strip_suffix(class).is_some_and(|q| {
                    q.is_empty() || (q.ends_with('.') && is_ident(&q[..q.len() - 1]))
                });
                if !is_name || !qualifier_ok {
                    return None;
                }
                Annotation::Model(class.to_owned())
            }
        })
    }
}

/// `Name[inner]` → `inner`.
fn generic<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    text.strip_prefix(name)?
        .strip_prefix('[')?
        .strip_suffix(']')
}

/// `a, b` split at the comma outside brackets.
fn split_top_comma(text: &str) -> Option<(&str, &str)> {
    let mut depth = 0i32;
    for (i, c) in text.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            ',' if depth == 0 => return Some((&text[..i], &text[i + 1..])),
            _ => {}
        }
    }
    None
}

/// A Python identifier (ASCII, as the generator writes them).
pub fn is_ident(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Every single-quoted string literal of a line, unescaped, in order.
pub fn quoted(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\'' {
            continue;
        }
        let mut s = String::new();
        let mut closed = false;
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some(other) => s.push(other),
                    None => break,
                },
                '\'' => {
                    closed = true;
                    break;
                }
                c => s.push(c),
            }
        }
        if closed {
            out.push(s);
        }
    }
    out
}

/// The first single-quoted literal of a line.
pub fn first_quoted(line: &str) -> Option<String> {
    quoted(line).into_iter().next()
}

/// `cluster_id` → `ClusterId`: the wire name the SDK's path arguments stand for.
pub fn pascal(snake: &str) -> String {
    snake
        .split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The text after `self.`, up to the end of the identifier (`self.node_ids_shrink)` →
/// `node_ids_shrink`), for the first occurrence of `prefix` in `line`.
pub fn ident_after<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let at = find_word(line, prefix)? + prefix.len();
    let rest = &line[at..];
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// Where `needle` starts in `line` with no identifier character before it.
fn find_word(line: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = line[from..].find(needle) {
        let at = from + i;
        let before = line[..at].chars().next_back();
        if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') {
            return Some(at);
        }
        from = at + needle.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_of_both_layouts() {
        use Annotation::*;
        assert_eq!(Annotation::parse("str"), Some(Str));
        assert_eq!(
            Annotation::parse("List[main_models.XRequestTag]"),
            Some(List(Box::new(Model("XRequestTag".into()))))
        );
        assert_eq!(
            Annotation::parse("List[XRequestTag]"),
            Some(List(Box::new(Model("XRequestTag".into()))))
        );
        assert_eq!(
            Annotation::parse("Dict[str, Any]"),
            Some(Dict(Box::new(Any)))
        );
        assert_eq!(
            Annotation::parse("List[Dict[str, str]]"),
            Some(List(Box::new(Dict(Box::new(Str)))))
        );
        assert_eq!(Annotation::parse("dict"), Some(Any));
        assert_eq!(Annotation::parse("Set[str]"), None);
        assert_eq!(Annotation::parse("List[str"), None);
        assert_eq!(Annotation::parse("main_models."), None);
    }

    #[test]
    fn literals_and_names() {
        assert_eq!(
            quoted(r"x = f(tmp_req.a, 'Nodes', 'json')"),
            ["Nodes", "json"]
        );
        assert_eq!(quoted(r"'it\'s', 'a\\b'"), ["it's", r"a\b"]);
        assert_eq!(pascal("cluster_id"), "ClusterId");
        assert_eq!(
            ident_after(
                "if not DaraCore.is_null(request.node_ids_shrink):",
                "request."
            ),
            Some("node_ids_shrink")
        );
        assert_eq!(ident_after("tmp_request.x", "request."), None);
    }
}
