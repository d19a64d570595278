//! Emitters: resolved model in, formatted Rust files out. Each emitter builds token streams
//! with `quote`, and syn nodes for the bulk (`data`, `template`) placed in the tokens' slots;
//! [`render_with`] formats the file with `prettyplease` behind the one-line header that names
//! the spec source and the command that regenerates the file.

pub mod catalogue;
pub mod client;
pub mod data;
pub mod examples;
pub mod manifest;
pub mod members;
pub mod model;
pub mod rustdoc;
pub mod services;
pub mod shape;
pub mod template;

use proc_macro2::TokenStream;
use quote::quote;

/// A file the generator writes, relative to the repository root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}

/// A file of bytes the generator writes (the CLI's shape data), relative to the repository
/// root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Format `tokens` as a Rust file with the `@generated` header naming `source`.
pub fn render(path: String, source: &str, tokens: TokenStream) -> Result<GeneratedFile, String> {
    render_with(path, source, tokens, None)
}

/// Where an item built as a syn node (a shape table, an `impl` block of template methods)
/// goes among the items of a file's tokens: [`render_with`] puts its nodes in place of these
/// slots, in order.
pub fn slot() -> TokenStream {
    quote!(__node!();)
}

/// [`render`], with `nodes` in the file's [`slot`]s, in order.
pub fn render_with(
    path: String,
    source: &str,
    tokens: TokenStream,
    nodes: impl IntoIterator<Item = syn::Item>,
) -> Result<GeneratedFile, String> {
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("{path}: generated code does not parse: {e}"))?;
    let mut nodes = nodes.into_iter();
    for item in &mut file.items {
        if matches!(item, syn::Item::Macro(m) if m.mac.path.is_ident("__node")) {
            *item = nodes
                .next()
                .ok_or_else(|| format!("{path}: a slot without a node"))?;
        }
    }
    if nodes.next().is_some() {
        return Err(format!("{path}: a node without a slot"));
    }
    let body = space_items(&prettyplease::unparse(&file));
    Ok(GeneratedFile {
        path,
        contents: format!("{}\n{body}", header("//", source)),
    })
}

/// The first line of every generated file.
pub fn header(comment: &str, source: &str) -> String {
    format!("{comment} @generated from {source} by `cargo xtask codegen`; do not edit.")
}

/// `#[doc]` attributes for documentation text (CommonMark: descriptions and what the
/// generator writes around them), one per line, made safe for rustdoc ([`rustdoc::safe`]) so
/// it reads what the spec means; prettyplease keeps the lines as written.
pub fn doc(text: &str) -> TokenStream {
    let lines = doc_lines(text).map(|l| quote!(#[doc = #l]));
    quote!(#(#lines)*)
}

/// [`doc`] as attribute nodes, for methods built from templates.
pub fn doc_attrs(text: &str) -> Vec<syn::Attribute> {
    doc_lines(text).map(doc_attr).collect()
}

/// [`doc_markup`] as attribute nodes.
pub fn doc_markup_attrs(text: &str) -> Vec<syn::Attribute> {
    markup_lines(text).map(doc_attr).collect()
}

/// The literals of [`doc`]'s attributes: one per line of the safe text.
fn doc_lines(text: &str) -> impl Iterator<Item = proc_macro2::Literal> {
    let safe = rustdoc::safe(text.trim());
    let lines: Vec<proc_macro2::Literal> = safe
        .lines()
        .map(|l| {
            let l = l.trim_end();
            doc_lit(&if l.is_empty() {
                String::new()
            } else {
                format!(" {l}")
            })
        })
        .collect();
    lines.into_iter()
}

/// The literals of [`doc_markup`]'s attributes: one per line, as written.
fn markup_lines(text: &str) -> impl Iterator<Item = proc_macro2::Literal> + '_ {
    text.lines().map(|l| {
        let l = l.trim_end();
        doc_lit(&if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        })
    })
}

/// `#[doc = literal]` as a node: what syn parses that attribute into.
fn doc_attr(literal: proc_macro2::Literal) -> syn::Attribute {
    syn::Attribute {
        pound_token: Default::default(),
        style: syn::AttrStyle::Outer,
        bracket_token: Default::default(),
        meta: syn::Meta::NameValue(syn::MetaNameValue {
            path: syn::Path::from(proc_macro2::Ident::new(
                "doc",
                proc_macro2::Span::call_site(),
            )),
            eq_token: Default::default(),
            value: syn::Expr::Lit(syn::ExprLit {
                attrs: Vec::new(),
                lit: syn::Lit::new(literal),
            }),
        }),
    }
}

/// A string literal token for `text`, written exactly as `proc_macro2::Literal::string`
/// writes it (so the output does not change) but without its per-character `escape_debug`,
/// whose printable-character tables were a tenth of a whole-catalogue generation: most
/// documentation is ASCII or Chinese, copied as it is. Descriptions and docs go through here.
pub fn lit(text: &str) -> proc_macro2::Literal {
    let mut repr = String::with_capacity(text.len() + 2);
    repr.push('"');
    let mut chars = text.chars();
    while let Some(ch) = chars.next() {
        match ch {
            '\0' => repr.push_str(
                if chars
                    .as_str()
                    .starts_with(|n: char| ('0'..='7').contains(&n))
                {
                    r"\x00"
                } else {
                    r"\0"
                },
            ),
            '"' => repr.push_str("\\\""),
            '\\' => repr.push_str("\\\\"),
            ' '..='~' => repr.push(ch),
            c if plain_wide(c) => repr.push(c),
            c => repr.extend(c.escape_debug()),
        }
    }
    repr.push('"');
    repr.parse()
        .unwrap_or_else(|_| proc_macro2::Literal::string(text))
}

/// A literal for one line of documentation, written raw (`r"..."`, with as many `#` as its
/// text needs): prettyplease prints a doc attribute as a `///` comment of its value either way,
/// and syn reads a raw literal's value by slicing it, where a quoted one is unescaped character
/// by character, twice (once to parse, once to print). A line with a carriage return, which a
/// raw literal cannot hold alone, is quoted.
fn doc_lit(text: &str) -> proc_macro2::Literal {
    if text.contains('\r') {
        return lit(text);
    }
    // One more `#` than the longest run of them after a `"` in the text.
    let mut hashes = 0;
    for (i, _) in text.match_indices('"') {
        let run = text[i + 1..].bytes().take_while(|&b| b == b'#').count();
        hashes = hashes.max(run + 1);
    }
    let fence = "#".repeat(hashes);
    let repr = format!("r{fence}\"{text}\"{fence}");
    repr.parse()
        .unwrap_or_else(|_| proc_macro2::Literal::string(text))
}

/// Characters `escape_debug` leaves as they are, checked for without its tables: CJK
/// ideographs and punctuation (not the tone marks U+302A-U+302F, which combine), and the
/// full-width forms (`plain_wide_is_what_escape_debug_keeps`).
fn plain_wide(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3001}'..='\u{3029}' | '\u{3030}'..='\u{303F}' | '\u{FF01}'..='\u{FF5E}')
}

/// One line of documentation text as rustdoc should show it: what rustdoc would read as
/// markup the page did not mean is escaped, bare URLs become links.
pub fn page_text(line: &str) -> String {
    let l = line
        .replace('[', "\\[")
        .replace(']', "\\]")
        .replace('<', "\\<");
    link_urls(&l)
}

/// `#[doc]` attributes for markup the generator writes (links, code blocks), one per line,
/// taken as written: page text inside it goes through [`page_text`] first.
pub fn doc_markup(text: &str) -> TokenStream {
    let lines = markup_lines(text).map(|l| quote!(#[doc = #l]));
    quote!(#(#lines)*)
}

/// Bare `http(s)://` URLs of a documentation line as `<url>` links: rustdoc warns about bare
/// URLs, and a reader wants them clickable. A URL ends at white space or at closing
/// punctuation (the `.` ending a sentence stays outside the link).
fn link_urls(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find("https://").or_else(|| rest.find("http://")) {
        let (before, from) = rest.split_at(i);
        out.push_str(before);
        let end = from
            .find(|c: char| c.is_whitespace() || "`'\"()（）,，。".contains(c))
            .unwrap_or(from.len());
        let url = from[..end].trim_end_matches(['.', ';', ':', '!', '?']);
        // Inside code, an autolink or a link's address, it is linked already.
        if url.len() > "https://".len() && !before.ends_with(['`', '<', '(']) {
            out.push('<');
            out.push_str(url);
            out.push('>');
        } else {
            out.push_str(url);
        }
        rest = &from[url.len()..];
    }
    out.push_str(rest);
    out
}

/// Inner (`//!`) doc attributes for a module.
pub fn inner_doc(text: &str) -> TokenStream {
    let lines = text.trim().lines().map(|l| {
        let l = link_urls(l.trim_end());
        let l = doc_lit(&if l.is_empty() { l } else { format!(" {l}") });
        quote!(#![doc = #l])
    });
    quote!(#(#lines)*)
}

/// An identifier, raw when it starts with `r#`.
pub fn ident(name: &str) -> proc_macro2::Ident {
    match name.strip_prefix("r#") {
        Some(raw) => proc_macro2::Ident::new_raw(raw, proc_macro2::Span::call_site()),
        // Module names come from type and action names: a type `Type` is `mod r#type`.
        None if crate::naming::needs_raw(name) => {
            proc_macro2::Ident::new_raw(name, proc_macro2::Span::call_site())
        }
        None => proc_macro2::Ident::new(name, proc_macro2::Span::call_site()),
    }
}

/// Put a blank line between consecutive items (prettyplease packs them), so generated files
/// read like hand-written ones.
fn space_items(text: &str) -> String {
    const STARTS: &[&str] = &[
        "///", "#[", "pub ", "fn ", "impl ", "impl<", "use ", "const ", "static ", "mod ",
    ];
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut prev = "";
    for line in text.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let prev_trimmed = prev.trim_start();
        let prev_indent = prev.len() - prev_trimmed.len();
        let prev_ends_item = (prev_trimmed == "}"
            || prev_trimmed == "};"
            || prev_trimmed == "];"
            || prev_trimmed.starts_with("pub struct") && prev_trimmed.ends_with(';'))
            && prev_indent == indent
            || (prev_trimmed.starts_with("use ") && !trimmed.starts_with("use "))
            || (prev_trimmed.starts_with("pub use ") && !trimmed.starts_with("pub use "))
            || prev_trimmed.starts_with("//!") && !trimmed.starts_with("//!");
        if !prev.is_empty() && prev_ends_item && STARTS.iter().any(|s| trimmed.starts_with(s)) {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        prev = line;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn plain_wide_is_what_escape_debug_keeps() {
        for c in ('\u{3000}'..='\u{FFFF}').filter(|c| super::plain_wide(*c)) {
            assert_eq!(c.escape_debug().to_string(), c.to_string(), "{:?}", c);
        }
    }

    #[test]
    fn descriptions_are_kept_as_commonmark_made_safe_for_rustdoc() {
        let lines = |text: &str| -> Vec<String> {
            super::doc_lines(text)
                .map(|l| {
                    syn::parse2::<syn::LitStr>(quote::quote!(#l))
                        .unwrap()
                        .value()
                })
                .collect()
        };
        // Lists, their nesting and the paragraphs around them stay as written.
        assert_eq!(
            lines("Valid values:\n\n- A: one.\n  - nested\n1. B\n\nIf skipped, empty."),
            [
                " Valid values:",
                "",
                " - A: one.",
                "   - nested",
                " 1. B",
                "",
                " If skipped, empty."
            ]
        );
        // A fence without a language is text; code is kept as written.
        assert_eq!(
            lines("node:\n```\n{\"url\": \"https://a.example/[x]\"}\n```"),
            [
                " node:",
                " ```text",
                " {\"url\": \"https://a.example/[x]\"}",
                " ```"
            ]
        );
        assert_eq!(
            lines("```json\n- a\n```\nThen."),
            [" ```json", " - a", " ```", " Then."]
        );
        // What rustdoc would take for a link or a tag is text.
        assert_eq!(lines("Range: [5,100] <x>"), [" Range: \\[5,100\\] \\<x>"]);
    }

    #[test]
    fn doc_literals_hold_the_text_as_written() {
        for text in [
            "",
            " plain",
            " quote \" and \"# and \"## and backslash \\ \\n",
            " 中文，全角（括号）。\u{0}\u{7f}",
            " carriage\rreturn",
        ] {
            let tokens = super::doc_lit(text);
            let parsed: syn::LitStr = syn::parse2(quote::quote!(#tokens)).unwrap();
            assert_eq!(parsed.value(), text, "{tokens}");
            assert_eq!(tokens.to_string().starts_with('r'), !text.contains('\r'));
        }
    }

    #[test]
    fn literals_are_written_as_proc_macro2_writes_them() {
        for text in [
            "plain",
            "quote \" and backslash \\ and 'apostrophe'",
            "tab\tnew\nline\r\0 nul\u{0}7 octal-looking",
            "中文，全角（括号）。\u{200b}zero width\u{7f}\u{1b}",
            "emoji 😀 and combining e\u{301}",
        ] {
            assert_eq!(
                super::lit(text).to_string(),
                proc_macro2::Literal::string(text).to_string(),
                "{text:?}"
            );
        }
    }
}
