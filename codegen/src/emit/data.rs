//! syn nodes built directly for prettyplease to print. Mostly data expressions: the shape
//! tables, a third of the generated lines and nothing but literals, paths, struct literals,
//! slices and `Some`. Also the member types, struct fields and attributes of `emit::members`.
//! Written as tokens they were parsed back into these very nodes, which cost more than
//! building them (see ARCHITECTURE.md). The nodes are the ones syn's parser makes, so the
//! printed text is the same.

use proc_macro2::{Literal, Span};
use syn::punctuated::Punctuated;
use syn::{token, Expr, Ident};

fn span() -> Span {
    Span::call_site()
}

/// A path of identifiers, each made by [`super::ident`] (so a module named like a keyword is
/// raw), except `crate`, which is a path root and never raw.
pub fn path_of<'a>(segments: impl IntoIterator<Item = &'a str>) -> syn::Path {
    let segments: Punctuated<syn::PathSegment, token::PathSep> = segments
        .into_iter()
        .map(|s| {
            let id = if s == "crate" {
                Ident::new(s, span())
            } else {
                super::ident(s)
            };
            syn::PathSegment::from(id)
        })
        .collect();
    syn::Path {
        leading_colon: None,
        segments,
    }
}

/// A path expression: `sdk_shape::Kind::String`, `None`.
pub fn path(p: &str) -> Expr {
    path_expr(path_of(p.split("::")))
}

fn path_expr(path: syn::Path) -> Expr {
    Expr::Path(syn::ExprPath {
        attrs: Vec::new(),
        qself: None,
        path,
    })
}

fn literal(lit: syn::Lit) -> Expr {
    Expr::Lit(syn::ExprLit {
        attrs: Vec::new(),
        lit,
    })
}

/// A string literal, written as [`super::lit`] writes it. prettyplease prints a literal's
/// token as it is, so it is not read back.
pub fn text(s: &str) -> Expr {
    literal(syn::Lit::Verbatim(super::lit(s)))
}

/// `true` or `false`.
pub fn boolean(value: bool) -> Expr {
    literal(syn::Lit::Bool(syn::LitBool {
        value,
        span: span(),
    }))
}

/// A number with its type as suffix (`10u32`, `-1i64`), as `quote` writes one.
pub fn number(lit: Literal) -> Expr {
    literal(syn::Lit::Verbatim(lit))
}

/// `func(args...)`: `Some(x)`, `sdk_shape::Kind::Enum(&...)`.
pub fn call(func: &str, args: impl IntoIterator<Item = Expr>) -> Expr {
    Expr::Call(syn::ExprCall {
        attrs: Vec::new(),
        func: Box::new(path(func)),
        paren_token: token::Paren::default(),
        args: args.into_iter().collect(),
    })
}

/// `Some(value)`.
pub fn some(value: Expr) -> Expr {
    call("Some", [value])
}

/// `Some(f(value))`, or `None`.
pub fn option<T>(value: Option<T>, f: impl FnOnce(T) -> Expr) -> Expr {
    match value {
        Some(v) => some(f(v)),
        None => path("None"),
    }
}

/// `&value`.
pub fn reference(value: Expr) -> Expr {
    Expr::Reference(syn::ExprReference {
        attrs: Vec::new(),
        and_token: token::And::default(),
        mutability: None,
        expr: Box::new(value),
    })
}

/// `&[items...]`.
pub fn slice(items: impl IntoIterator<Item = Expr>) -> Expr {
    reference(Expr::Array(syn::ExprArray {
        attrs: Vec::new(),
        bracket_token: token::Bracket::default(),
        elems: items.into_iter().collect(),
    }))
}

/// `&a::b::SHAPE`: a reference to another static.
pub fn static_ref(segments: &[&str]) -> Expr {
    reference(path_expr(path_of(segments.iter().copied())))
}

/// A struct literal `path { field: value, ..rest }`.
pub fn structure<'a>(
    path: &str,
    fields: impl IntoIterator<Item = (&'a str, Expr)>,
    rest: Option<&str>,
) -> Expr {
    let fields = fields
        .into_iter()
        .map(|(name, expr)| syn::FieldValue {
            attrs: Vec::new(),
            member: syn::Member::Named(Ident::new(name, span())),
            colon_token: Some(token::Colon::default()),
            expr,
        })
        .collect();
    Expr::Struct(syn::ExprStruct {
        attrs: Vec::new(),
        qself: None,
        path: path_of(path.split("::")),
        brace_token: token::Brace::default(),
        fields,
        dot2_token: rest.map(|_| token::DotDot::default()),
        rest: rest.map(|r| Box::new(self::path(r))),
    })
}

/// `/// doc` then `pub static NAME: ty = value;`.
pub fn public_static(doc: &str, name: &str, ty: &str, value: Expr) -> syn::Item {
    syn::Item::Static(syn::ItemStatic {
        attrs: super::doc_attrs(doc),
        vis: syn::Visibility::Public(token::Pub::default()),
        static_token: token::Static::default(),
        mutability: syn::StaticMutability::None,
        ident: Ident::new(name, span()),
        colon_token: token::Colon::default(),
        ty: Box::new(type_path(ty.split("::"))),
        eq_token: token::Eq::default(),
        expr: Box::new(value),
        semi_token: token::Semi::default(),
    })
}

/// A type named by a path: `String`, `crate::Filter`, `tat_model::Filter`.
pub fn type_path<'a>(segments: impl IntoIterator<Item = &'a str>) -> syn::Type {
    syn::Type::Path(syn::TypePath {
        qself: None,
        path: path_of(segments),
    })
}

/// `name<inner>`: `Option<String>`, `Vec<i64>`.
pub fn generic(name: &str, inner: syn::Type) -> syn::Type {
    let mut args = Punctuated::new();
    args.push(syn::GenericArgument::Type(inner));
    let segment = syn::PathSegment {
        ident: Ident::new(name, span()),
        arguments: syn::PathArguments::AngleBracketed(syn::AngleBracketedGenericArguments {
            colon2_token: None,
            lt_token: token::Lt::default(),
            args,
            gt_token: token::Gt::default(),
        }),
    };
    syn::Type::Path(syn::TypePath {
        qself: None,
        path: syn::Path::from(segment),
    })
}

/// `#[name(tokens)]`: `#[serde(rename = "X")]`.
pub fn list_attr(name: &str, tokens: proc_macro2::TokenStream) -> syn::Attribute {
    syn::Attribute {
        pound_token: token::Pound::default(),
        style: syn::AttrStyle::Outer,
        bracket_token: token::Bracket::default(),
        meta: syn::Meta::List(syn::MetaList {
            path: syn::Path::from(Ident::new(name, span())),
            delimiter: syn::MacroDelimiter::Paren(token::Paren::default()),
            tokens,
        }),
    }
}

/// `attrs pub name: ty` in a struct with named fields.
pub fn public_field(attrs: Vec<syn::Attribute>, name: Ident, ty: syn::Type) -> syn::Field {
    syn::Field {
        attrs,
        vis: syn::Visibility::Public(token::Pub::default()),
        mutability: syn::FieldMutability::None,
        ident: Some(name),
        colon_token: Some(token::Colon::default()),
        ty,
    }
}

/// A description in both languages as a `sdk_shape::Text`: `Text::en("...")`,
/// `Text::zh("...")`, `Text::both("...", "...")` or `Text::NONE`, each text trimmed.
pub fn doc_text(doc: &crate::ir::Doc) -> Expr {
    match (doc.en.trim(), doc.zh.trim()) {
        ("", "") => path("sdk_shape::Text::NONE"),
        (en, "") => call("sdk_shape::Text::en", [text(en)]),
        ("", zh) => call("sdk_shape::Text::zh", [text(zh)]),
        (en, zh) => call("sdk_shape::Text::both", [text(en), text(zh)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    /// The nodes built here print as the tokens they stand for do once parsed.
    #[test]
    fn nodes_print_as_their_parsed_tokens_do() {
        let built = public_static(
            "A table.",
            "SHAPE",
            "sdk_shape::StructShape",
            structure(
                "sdk_shape::StructShape",
                [
                    ("name", text("Name \"quoted\" 中文")),
                    ("list", boolean(true)),
                    ("max_items", some(number(Literal::u32_suffixed(10)))),
                    (
                        "minimum",
                        option(None::<i64>, |v| number(Literal::i64_suffixed(v))),
                    ),
                    (
                        "kind",
                        call(
                            "sdk_shape::Kind::Enum",
                            [static_ref(&["crate", "types", "type", "SHAPE"])],
                        ),
                    ),
                    ("members", slice([text("a"), text("b")])),
                    ("rules", slice([])),
                ],
                Some("sdk_shape::StructShape::BASE"),
            ),
        );
        let parsed: syn::Item = syn::parse2(quote! {
            /// A table.
            pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
                name: "Name \"quoted\" 中文",
                list: true,
                max_items: Some(10u32),
                minimum: None,
                kind: sdk_shape::Kind::Enum(&crate::types::r#type::SHAPE),
                members: &["a", "b"],
                rules: &[],
                ..sdk_shape::StructShape::BASE
            };
        })
        .unwrap();
        let print = |item: syn::Item| {
            prettyplease::unparse(&syn::File {
                shebang: None,
                attrs: Vec::new(),
                items: vec![item],
            })
        };
        assert_eq!(print(built), print(parsed));
    }

    #[test]
    fn fields_and_types_print_as_their_parsed_tokens_do() {
        let field = public_field(
            vec![list_attr("serde", quote!(rename = "Type", default))],
            crate::emit::ident("r#type"),
            generic(
                "Option",
                generic("Vec", type_path(["crate", "types", "Filter"])),
            ),
        );
        let built: syn::ItemStruct = syn::ItemStruct {
            fields: syn::Fields::Named(syn::FieldsNamed {
                brace_token: token::Brace::default(),
                named: [field].into_iter().collect(),
            }),
            ..syn::parse_quote!(
                pub struct S {}
            )
        };
        let parsed: syn::ItemStruct = syn::parse_quote! {
            pub struct S {
                #[serde(rename = "Type", default)]
                pub r#type: Option<Vec<crate::types::Filter>>,
            }
        };
        let print = |item: syn::ItemStruct| {
            prettyplease::unparse(&syn::File {
                shebang: None,
                attrs: Vec::new(),
                items: vec![syn::Item::Struct(item)],
            })
        };
        assert_eq!(print(built), print(parsed));
    }
}
