//! Members as code: their Rust types, struct fields with their documentation, getters, and
//! setters (the model's `with_*`, whose forms the client's builders share). Fields and
//! types are syn nodes; the methods come from `emit::template`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::rustdoc::{self, Links};
use super::template::{self, template};
use super::{data, doc, doc_attrs, ident, lit};
use crate::ir::{Member, Service, Ty};

/// The Rust type of one value of a member, as seen from inside the model crate.
pub fn value_type(s: &Service, ty: &Ty) -> TokenStream {
    let ty = value_type_node(s, ty, "crate");
    quote!(#ty)
}

/// The Rust type of one value of a member as a node, with model types under the crate
/// `root` (`crate`, `tat_model`).
pub fn value_type_node(s: &Service, ty: &Ty, root: &str) -> syn::Type {
    let primitive = match ty {
        Ty::String | Ty::DateTime | Ty::Crontab => "String",
        Ty::Int32 => "i32",
        Ty::Int64 => "i64",
        Ty::Uint64 => "u64",
        Ty::Number => "f64",
        Ty::Boolean => "bool",
        Ty::Json => return data::type_path(["serde_json", "Value"]),
        Ty::Enum(i) | Ty::Struct(i) => {
            return data::type_path([root, "types", s.types[*i].name.as_str()])
        }
    };
    data::type_path([primitive])
}

/// The documentation of a member's field: its description (names of the service linked), the
/// documented facts, its wire name.
fn member_doc(links: Links<'_>, m: &Member) -> String {
    let mut text = rustdoc::described(m.description.docs().trim(), links);
    let mut facts = Vec::new();
    if m.required {
        facts.push("Required.".to_owned());
    }
    if let Some(d) = &m.default {
        facts.push(format!("Default: `{d}`."));
    }
    if let Some(v) = m.minimum {
        facts.push(format!("Minimum: {v}."));
    }
    if let Some(v) = m.maximum {
        facts.push(format!("Maximum: {v}."));
    }
    if let Some(v) = m.max_items {
        facts.push(format!("At most {v} items."));
    }
    if m.nullable {
        facts.push("May be null.".to_owned());
    }
    if m.base64 {
        facts.push("Base64-encoded.".to_owned());
    }
    if m.ty == Ty::DateTime {
        facts.push("ISO 8601 date-time.".to_owned());
    }
    if m.ty == Ty::Crontab {
        facts.push("Crontab (minute hour day-of-month month day-of-week).".to_owned());
    }
    if !facts.is_empty() {
        text.push_str("\n\n");
        text.push_str(&facts.join(" "));
    }
    text.push_str(&format!("\n\nWire name: `{}`.", m.wire));
    text
}

/// A struct field of the action or type `this`; `optional` wraps it in `Option` (request and
/// response members always are).
pub(super) fn field(s: &Service, this: &str, m: &Member, optional: bool) -> syn::Field {
    let links = Links { service: s, this };
    let mut attrs = doc_attrs(&member_doc(links, m));
    let wire = lit(&m.wire);
    attrs.push(data::list_attr(
        "serde",
        if optional {
            quote!(rename = #wire, default, skip_serializing_if = "Option::is_none")
        } else {
            quote!(rename = #wire)
        },
    ));
    let mut ty = value_type_node(s, &m.ty, "crate");
    if m.list {
        ty = data::generic("Vec", ty);
    }
    if optional {
        ty = data::generic("Option", ty);
    }
    data::public_field(attrs, ident(&m.field), ty)
}

/// A getter: `&str` for strings, copies for numbers, slices for lists (empty when absent);
/// and for a base64 member, the decoded bytes.
pub(super) fn getter(
    s: &Service,
    this: &str,
    m: &Member,
    optional: bool,
) -> Result<Vec<syn::ImplItem>, String> {
    let name = ident(&m.field);
    let links = Links { service: s, this };
    let docs = doc_attrs(&format!(
        "{} (`{}`).",
        first_sentence(&rustdoc::described(&m.description, links)),
        m.wire
    ));
    let v = value_type_node(s, &m.ty, "crate");
    let t = match (m.list, optional, &m.ty) {
        (true, true, _) => template!(
            pub fn __field(&self) -> &[__V] {
                self.__field.as_deref().unwrap_or_default()
            }
        ),
        (true, false, _) => template!(
            pub fn __field(&self) -> &[__V] {
                &self.__field
            }
        ),
        (false, true, Ty::String | Ty::DateTime | Ty::Crontab) => template!(
            pub fn __field(&self) -> Option<&str> {
                self.__field.as_deref()
            }
        ),
        (false, false, Ty::String | Ty::DateTime | Ty::Crontab) => template!(
            pub fn __field(&self) -> &str {
                &self.__field
            }
        ),
        (false, true, Ty::Int32 | Ty::Int64 | Ty::Uint64 | Ty::Number | Ty::Boolean) => {
            template!(
                pub fn __field(&self) -> Option<__V> {
                    self.__field
                }
            )
        }
        (false, false, Ty::Int32 | Ty::Int64 | Ty::Uint64 | Ty::Number | Ty::Boolean) => {
            template!(
                pub fn __field(&self) -> __V {
                    self.__field
                }
            )
        }
        (false, true, _) => template!(
            pub fn __field(&self) -> Option<&__V> {
                self.__field.as_ref()
            }
        ),
        (false, false, _) => template!(
            pub fn __field(&self) -> &__V {
                &self.__field
            }
        ),
    };
    let fill = template::Fill {
        idents: vec![("__field", &name)],
        ty: Some(&v),
    };
    let mut methods = vec![template::method(t, fill, docs)?];
    if m.base64 && !m.list {
        let dname = format_ident!("{}_decoded", m.snake);
        let dd = doc(&format!(
            "`{}` decoded from base64: `None` when absent, an error when it is not valid base64.",
            m.wire
        ));
        let get = if optional {
            quote!(self.#name.as_deref()?)
        } else {
            quote!(&self.#name)
        };
        methods.push(template::parse_method(quote! {
            #dd
            pub fn #dname(&self) -> Option<Result<Vec<u8>, base64::DecodeError>> {
                use base64::Engine as _;
                Some(base64::engine::general_purpose::STANDARD.decode(#get))
            }
        })?);
    }
    Ok(methods)
}

/// A description's first paragraph on one line, for a method's one-line documentation: the
/// field has the whole text.
pub(super) fn first_sentence(text: &str) -> String {
    rustdoc::first_paragraph(text)
}

/// Builder-style setter for input values (`with_recurrence`) of the type `this`.
pub(super) fn setter(s: &Service, this: &str, m: &Member) -> Result<syn::ImplItem, String> {
    let name = ident(&m.field);
    let fname = format_ident!("with_{}", m.snake);
    let links = Links { service: s, this };
    let docs = doc_attrs(&format!(
        "Sets `{}`: {}.",
        m.wire,
        first_sentence(&rustdoc::described(&m.description, links))
    ));
    let v = value_type_node(s, &m.ty, "crate");
    let t = match setter_form(m) {
        SetterForm::Scalar => template!(
            pub fn __name(mut self, value: __V) -> Self {
                self.__field = Some(value);
                self
            }
        ),
        SetterForm::Into => template!(
            pub fn __name(mut self, value: impl Into<__V>) -> Self {
                self.__field = Some(value.into());
                self
            }
        ),
        SetterForm::Scalars => template!(
            pub fn __name(mut self, value: impl IntoIterator<Item = __V>) -> Self {
                self.__field = Some(value.into_iter().collect());
                self
            }
        ),
        SetterForm::Intos => template!(
            pub fn __name(mut self, value: impl IntoIterator<Item = impl Into<__V>>) -> Self {
                self.__field = Some(value.into_iter().map(Into::into).collect());
                self
            }
        ),
    };
    let fill = template::Fill {
        idents: vec![("__name", &fname), ("__field", &name)],
        ty: Some(&v),
    };
    template::method(t, fill, docs)
}

/// How a setter takes a member's value: the four forms of [`into_arg`].
pub enum SetterForm {
    /// A number or Boolean, as it is.
    Scalar,
    /// `impl Into<V>`.
    Into,
    /// A list of numbers or Booleans: `impl IntoIterator<Item = V>`.
    Scalars,
    /// A list of anything else: `impl IntoIterator<Item = impl Into<V>>`.
    Intos,
}

/// The [`SetterForm`] of a member.
pub fn setter_form(m: &Member) -> SetterForm {
    let scalar = matches!(
        m.ty,
        Ty::Int32 | Ty::Int64 | Ty::Uint64 | Ty::Number | Ty::Boolean
    );
    match (m.list, scalar) {
        (true, true) => SetterForm::Scalars,
        (true, false) => SetterForm::Intos,
        (false, true) => SetterForm::Scalar,
        (false, false) => SetterForm::Into,
    }
}

/// The argument type a setter or constructor takes for a member, and the conversion.
pub fn into_arg(s: &Service, m: &Member, value: &TokenStream) -> (TokenStream, TokenStream) {
    let v = value_type(s, &m.ty);
    match setter_form(m) {
        SetterForm::Scalars => (
            quote!(impl IntoIterator<Item = #v>),
            quote!(#value.into_iter().collect()),
        ),
        SetterForm::Intos => (
            quote!(impl IntoIterator<Item = impl Into<#v>>),
            quote!(#value.into_iter().map(Into::into).collect()),
        ),
        SetterForm::Scalar => (v, quote!(#value)),
        SetterForm::Into => (quote!(impl Into<#v>), quote!(#value.into())),
    }
}
