//! The model crate of a service: one module per data type and per action, serde types with
//! accessors, string enums with an `Unknown` variant, the service's one error-code enum
//! (`errors.rs`), and the shape tables of [`super::shape`].

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{
    data, doc, doc_attrs, ident, inner_doc, lit, render, render_with, shape, slot, template,
    GeneratedFile,
};
use crate::ir::{Action, Member, Service, Ty, TypeDef, TypeKind, Variant};

/// Crate folder of a service's model crate.
pub fn crate_dir(s: &Service) -> String {
    format!("crates/{}-model", s.crate_name)
}

/// Every file of the model crate.
pub fn emit(s: &Service) -> Result<Vec<GeneratedFile>, String> {
    let dir = crate_dir(s);
    let mut files = vec![
        cargo_toml(s),
        lib_rs(s)?,
        service_rs(s)?,
        each_rs(s)?,
        errors_rs(s)?,
    ];
    files.extend(super::waiters::model_file(s, &dir)?);
    for (i, t) in s.types.iter().enumerate() {
        let (tokens, nodes) = match &t.kind {
            TypeKind::Struct(members) => struct_module(s, i, t, members)?,
            TypeKind::Enum(variants) => (
                enum_module(t, variants),
                vec![shape::enum_static(t, variants)],
            ),
        };
        files.push(render_with(
            format!("{dir}/src/types/{}.rs", t.snake),
            &t.file,
            tokens,
            nodes,
        )?);
    }
    for a in &s.actions {
        let (tokens, nodes) = action_module(s, a)?;
        files.push(render_with(
            format!("{dir}/src/actions/{}.rs", a.snake),
            &a.file,
            tokens,
            nodes,
        )?);
    }
    Ok(files)
}

fn cargo_toml(s: &Service) -> GeneratedFile {
    let mut file = super::manifest(
        s,
        "model",
        "data types and action shapes",
        &["base64", "sdk-shape", "serde"],
    );
    file.contents.push_str(
        "\n[features]\n\
         # Requests and the types they hold derive Serialize, responses and theirs Deserialize;\n\
         # these add the other direction to every type (to store responses, or read requests).\n\
         serialize-all = []\n\
         deserialize-all = []\n",
    );
    file
}

fn lib_rs(s: &Service) -> Result<GeneratedFile, String> {
    let crate_doc = inner_doc(&format!(
        "{title} (API version {version}): the data types and actions, as documented.\n\n\
         Generated from `{dir}`. Types are plain serde values with no I/O; send them with \
         the `{name}-client` crate. Every documented enum has an `Unknown` variant that keeps \
         values newer than the documentation, and unknown response members are ignored.\n\n\
         Requests (and the types they hold) implement `Serialize`, responses (and theirs) \
         `Deserialize`, which is what the wire needs; the features `serialize-all` and \
         `deserialize-all` add the other direction to every type.",
        title = s.title,
        version = s.version,
        dir = s.dir,
        name = s.crate_name,
    ));
    let type_mods = s.types.iter().map(|t| {
        let m = ident(&t.snake);
        let d = doc(&format!("The `{}` data type.", t.name));
        quote!(#d pub mod #m;)
    });
    let action_mods = s.actions.iter().map(|a| {
        let m = ident(&a.snake);
        let d = doc(&format!("The `{}` action.", a.name));
        quote!(#d pub mod #m;)
    });
    // One item per `use`, sorted by path: the order rustfmt keeps, so `cargo fmt --check`
    // passes on generated crates without formatting them twice.
    let mut uses: Vec<(String, TokenStream)> = Vec::new();
    for t in &s.types {
        let (m, n) = (ident(&t.snake), ident(&t.name));
        uses.push((
            format!("types::{}::{}", t.snake, t.name),
            quote!(pub use types::#m::#n;),
        ));
    }
    for a in &s.actions {
        let m = ident(&a.snake);
        for name in [
            a.marker.clone(),
            format!("{}Request", a.name),
            format!("{}Response", a.name),
        ] {
            let n = format_ident!("{name}");
            uses.push((
                format!("actions::{}::{name}", a.snake),
                quote!(pub use actions::#m::#n;),
            ));
        }
    }
    for name in ["ErrorCode", "ErrorFamily"] {
        let n = format_ident!("{name}");
        uses.push((format!("errors::{name}"), quote!(pub use errors::#n;)));
    }
    uses.push((
        "service::SERVICE".to_owned(),
        quote!(
            pub use service::SERVICE;
        ),
    ));
    uses.sort_by(|a, b| a.0.cmp(&b.0));
    let uses = uses.into_iter().map(|(_, u)| u);
    let waiters_mod = (!s.waiters.is_empty()).then(|| {
        quote! {
            /// The service's waiters (`waiters.json`), as tables.
            #[rustfmt::skip]
            pub mod waiters;
        }
    });
    let tokens = quote! {
        #crate_doc
        /// Data types shared by the actions.
        #[rustfmt::skip]
        pub mod types {
            #(#type_mods)*
        }
        /// One module per action: request, response and shape.
        #[rustfmt::skip]
        pub mod actions {
            #(#action_mods)*
        }
        #[rustfmt::skip]
        mod errors;
        #[rustfmt::skip]
        mod service;
        #[rustfmt::skip]
        mod each;
        #waiters_mod
        #(#uses)*
    };
    render(format!("{}/src/lib.rs", crate_dir(s)), &s.dir, tokens)
}

fn service_rs(s: &Service) -> Result<GeneratedFile, String> {
    let slot = slot();
    let tokens = quote! {
        //! The service's shape table: protocol, endpoints, credentials and actions.
        use crate::actions;
        #slot
    };
    render_with(
        format!("{}/src/service.rs", crate_dir(s)),
        &s.file,
        tokens,
        [shape::service_static(s)],
    )
}

/// `for_each_action!` and `for_each_enum!`: the service's actions and enums for code that is
/// generic over them (tests, benches), so no hand-written list can fall behind the spec.
fn each_rs(s: &Service) -> Result<GeneratedFile, String> {
    let actions = s.actions.iter().map(|a| {
        let n = ident(&a.marker);
        quote!($m!($crate::#n);)
    });
    let enums = s
        .types
        .iter()
        .filter(|t| matches!(t.kind, TypeKind::Enum(_)))
        .map(|t| {
            let (n, m) = (ident(&t.name), ident(&t.snake));
            quote!($m!($crate::#n, $crate::types::#m::SHAPE);)
        });
    let tokens = quote! {
        //! Macros naming every action and every enum of the service.

        /// Calls `$m!(Action)` once for every action marker type of the service, in name order.
        #[macro_export]
        macro_rules! for_each_action {
            ($m:ident) => { #(#actions)* };
        }

        /// Calls `$m!(Enum, SHAPE)` once for every enum type of the service with its shape,
        /// in name order.
        #[macro_export]
        macro_rules! for_each_enum {
            ($m:ident) => { #(#enums)* };
        }
    };
    render(format!("{}/src/each.rs", crate_dir(s)), &s.dir, tokens)
}

/// The Rust type of one value of a member, as seen from inside the model crate.
pub fn value_type(s: &Service, ty: &Ty) -> TokenStream {
    value_type_in(s, ty, &quote!(crate))
}

/// The Rust type of one value of a member, with model types under `root`
/// (`crate` inside the model crate, `tat_model` from the client crate).
pub fn value_type_in(s: &Service, ty: &Ty, root: &TokenStream) -> TokenStream {
    match ty {
        Ty::String | Ty::DateTime | Ty::Crontab => quote!(String),
        Ty::Int32 => quote!(i32),
        Ty::Int64 => quote!(i64),
        Ty::Uint64 => quote!(u64),
        Ty::Number => quote!(f64),
        Ty::Boolean => quote!(bool),
        Ty::Enum(i) | Ty::Struct(i) => {
            let n = ident(&s.types[*i].name);
            quote!(#root::#n)
        }
    }
}

/// [`value_type_in`] as a node, with model types under the crate `root` (`crate`,
/// `tat_model`).
pub fn value_type_node(s: &Service, ty: &Ty, root: &str) -> syn::Type {
    let primitive = match ty {
        Ty::String | Ty::DateTime | Ty::Crontab => "String",
        Ty::Int32 => "i32",
        Ty::Int64 => "i64",
        Ty::Uint64 => "u64",
        Ty::Number => "f64",
        Ty::Boolean => "bool",
        Ty::Enum(i) | Ty::Struct(i) => return data::type_path([root, s.types[*i].name.as_str()]),
    };
    data::type_path([primitive])
}

/// The documentation of a member's field: its description, the documented facts, its wire
/// name.
fn member_doc(m: &Member) -> String {
    let mut text = m.description.clone();
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

/// A struct field; `optional` wraps it in `Option` (request and response members always are).
fn field(s: &Service, m: &Member, optional: bool) -> syn::Field {
    let mut attrs = doc_attrs(&member_doc(m));
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
fn getter(s: &Service, m: &Member, optional: bool) -> Result<Vec<syn::ImplItem>, String> {
    let name = ident(&m.field);
    let docs = doc_attrs(&format!(
        "{} (`{}`).",
        first_sentence(&m.description),
        m.wire
    ));
    let v = value_type_node(s, &m.ty, "crate");
    let (key, source): (&str, fn() -> TokenStream) = match (m.list, optional, &m.ty) {
        (true, true, _) => ("get-list-opt", || {
            quote!(
                pub fn __field(&self) -> &[__V] {
                    self.__field.as_deref().unwrap_or_default()
                }
            )
        }),
        (true, false, _) => ("get-list", || {
            quote!(
                pub fn __field(&self) -> &[__V] {
                    &self.__field
                }
            )
        }),
        (false, true, Ty::String | Ty::DateTime | Ty::Crontab) => ("get-str-opt", || {
            quote!(
                pub fn __field(&self) -> Option<&str> {
                    self.__field.as_deref()
                }
            )
        }),
        (false, false, Ty::String | Ty::DateTime | Ty::Crontab) => ("get-str", || {
            quote!(
                pub fn __field(&self) -> &str {
                    &self.__field
                }
            )
        }),
        (false, true, Ty::Int32 | Ty::Int64 | Ty::Uint64 | Ty::Number | Ty::Boolean) => {
            ("get-copy-opt", || {
                quote!(
                    pub fn __field(&self) -> Option<__V> {
                        self.__field
                    }
                )
            })
        }
        (false, false, Ty::Int32 | Ty::Int64 | Ty::Uint64 | Ty::Number | Ty::Boolean) => {
            ("get-copy", || {
                quote!(
                    pub fn __field(&self) -> __V {
                        self.__field
                    }
                )
            })
        }
        (false, true, _) => ("get-ref-opt", || {
            quote!(
                pub fn __field(&self) -> Option<&__V> {
                    self.__field.as_ref()
                }
            )
        }),
        (false, false, _) => ("get-ref", || {
            quote!(
                pub fn __field(&self) -> &__V {
                    &self.__field
                }
            )
        }),
    };
    let fill = template::Fill {
        idents: vec![("__field", &name)],
        ty: Some(&v),
    };
    let mut methods = vec![template::method(key, source, fill, docs)?];
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

fn first_sentence(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default().trim();
    line.trim_end_matches(['.', '。']).to_owned()
}

/// Builder-style setter for input values (`with_recurrence`).
fn setter(s: &Service, m: &Member) -> Result<syn::ImplItem, String> {
    let name = ident(&m.field);
    let fname = format_ident!("with_{}", m.snake);
    let docs = doc_attrs(&format!(
        "Sets `{}`: {}.",
        m.wire,
        first_sentence(&m.description)
    ));
    let v = value_type_node(s, &m.ty, "crate");
    let (key, source): (&str, fn() -> TokenStream) = match setter_form(m) {
        SetterForm::Scalar => ("with-scalar", || {
            quote!(
                pub fn __name(mut self, value: __V) -> Self {
                    self.__field = Some(value);
                    self
                }
            )
        }),
        SetterForm::Into => ("with-into", || {
            quote!(
                pub fn __name(mut self, value: impl Into<__V>) -> Self {
                    self.__field = Some(value.into());
                    self
                }
            )
        }),
        SetterForm::Scalars => ("with-scalars", || {
            quote!(
                pub fn __name(mut self, value: impl IntoIterator<Item = __V>) -> Self {
                    self.__field = Some(value.into_iter().collect());
                    self
                }
            )
        }),
        SetterForm::Intos => ("with-intos", || {
            quote!(
                pub fn __name(mut self, value: impl IntoIterator<Item = impl Into<__V>>) -> Self {
                    self.__field = Some(value.into_iter().map(Into::into).collect());
                    self
                }
            )
        }),
    };
    let fill = template::Fill {
        idents: vec![("__name", &fname), ("__field", &name)],
        ty: Some(&v),
    };
    template::method(key, source, fill, docs)
}

/// How a setter takes a member's value: the four forms of [`into_arg_in`].
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
    into_arg_in(s, m, value, &quote!(crate))
}

/// [`into_arg`] with model types under `root`.
pub fn into_arg_in(
    s: &Service,
    m: &Member,
    value: &TokenStream,
    root: &TokenStream,
) -> (TokenStream, TokenStream) {
    let v = value_type_in(s, &m.ty, root);
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

/// The derives of a struct, `Debug, Clone, PartialEq` and `extra` then serde's: the direction
/// the wire needs (`serialize` for what is sent, `deserialize` for what is received), and the
/// other behind the crate's `serialize-all` / `deserialize-all` features. Deriving one
/// direction instead of two cut about a third of tat-model's clean build (type and borrow
/// checking of the derived code).
fn derives(extra: Option<TokenStream>, serialize: bool, deserialize: bool) -> TokenStream {
    let mut derived = vec![quote!(Debug), quote!(Clone)];
    derived.extend(extra);
    derived.push(quote!(PartialEq));
    let mut features = Vec::new();
    for (wanted, derive, feature) in [
        (serialize, quote!(serde::Serialize), "serialize-all"),
        (deserialize, quote!(serde::Deserialize), "deserialize-all"),
    ] {
        if wanted {
            derived.push(derive);
        } else {
            features.push(quote!(#[cfg_attr(feature = #feature, derive(#derive))]));
        }
    }
    quote! {
        #[derive(#(#derived),*)]
        #(#features)*
    }
}

/// A data type's module, and the nodes of its slots: the `impl` block of its methods and its
/// shape table.
fn struct_module(
    s: &Service,
    index: usize,
    t: &TypeDef,
    members: &[Member],
) -> Result<(TokenStream, Vec<syn::Item>), String> {
    let name = ident(&t.name);
    let d = doc(&t.description);
    let all_optional = members.iter().all(|m| !m.required);
    let fields = members.iter().map(|m| field(s, m, !m.required)).collect();
    let default = all_optional.then(|| quote!(Default));
    let mut methods = Vec::new();
    if t.in_input {
        let required: Vec<&Member> = members.iter().filter(|m| m.required).collect();
        if !required.is_empty() {
            let args = required.iter().map(|m| {
                let n = ident(&m.field);
                let (arg, _) = into_arg(s, m, &quote!(#n));
                quote!(#n: #arg)
            });
            let inits = members.iter().map(|m| {
                let n = ident(&m.field);
                if m.required {
                    let (_, conv) = into_arg(s, m, &quote!(#n));
                    quote!(#n: #conv)
                } else {
                    quote!(#n: None)
                }
            });
            let names: Vec<String> = required.iter().map(|m| format!("`{}`", m.wire)).collect();
            let nd = doc(&format!(
                "A `{}` with its required members {}.",
                t.name,
                names.join(", ")
            ));
            methods.push(template::parse_method(quote! {
                #nd
                pub fn new(#(#args),*) -> Self {
                    Self { #(#inits),* }
                }
            })?);
        }
        for m in members.iter().filter(|m| !m.required) {
            methods.push(setter(s, m)?);
        }
    }
    for m in members {
        methods.extend(getter(s, m, !m.required)?);
    }
    // A type used in neither direction (documented but unreferenced) gets both.
    let unused = !t.in_input && !t.in_output;
    let derives = derives(default, t.in_input || unused, t.in_output || unused);
    let mdoc = inner_doc(&format!("The `{}` data type.", t.name));
    let slot = slot();
    let tokens = quote! {
        #mdoc

        #slot
        #slot
        #slot
    };
    let item = template::struct_item(
        quote! {
            #d
            #derives
            #[non_exhaustive]
            pub struct #name
        },
        fields,
    )?;
    let methods = template::impl_block(quote!(impl #name), methods)?;
    let shape = shape::struct_static(s, index).ok_or("a struct has a struct shape")?;
    Ok((tokens, vec![item, methods, shape]))
}

/// A string enum with an `Unknown` variant: the same code for data-type enums, error codes
/// and their families. `variant_doc` gives each variant's documentation.
pub fn string_enum(
    name: &str,
    description: &str,
    variants: &[Variant],
    variant_doc: &dyn Fn(&Variant) -> String,
    unknown_doc: &str,
) -> TokenStream {
    let n = ident(name);
    let d = doc(description);
    let vs = variants.iter().map(|v| {
        let vi = ident(&v.ident);
        let vd = doc(&variant_doc(v));
        quote!(#vd #vi,)
    });
    let to_str = variants.iter().map(|v| {
        let vi = ident(&v.ident);
        let w = &v.wire;
        quote!(Self::#vi => #w,)
    });
    let from_str = variants.iter().map(|v| {
        let vi = ident(&v.ident);
        let w = &v.wire;
        quote!(#w => Self::#vi,)
    });
    let ud = doc(unknown_doc);
    quote! {
        #d
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #n {
            #(#vs)*
            #ud
            Unknown(String),
        }

        impl #n {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_str)*
                    Self::Unknown(value) => value,
                }
            }

            /// Whether the value is not one the documentation lists.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown(_))
            }
        }

        impl From<&str> for #n {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_str)*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl From<String> for #n {
            fn from(value: String) -> Self {
                match Self::from(value.as_str()) {
                    Self::Unknown(_) => Self::Unknown(value),
                    known => known,
                }
            }
        }

        impl std::fmt::Display for #n {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for #n {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                sdk_shape::wire::serialize_enum(self.as_str(), serializer)
            }
        }

        impl<'de> serde::Deserialize<'de> for #n {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                sdk_shape::wire::deserialize_enum(deserializer)
            }
        }
    }
}

fn enum_module(t: &TypeDef, variants: &[Variant]) -> TokenStream {
    let e = string_enum(
        &t.name,
        &t.description,
        variants,
        &|v| {
            if v.description.is_empty() {
                format!("`{}`.", v.wire)
            } else {
                format!("{} (`{}`)", v.description, v.wire)
            }
        },
        "A value the documentation does not list, kept verbatim so it round-trips.",
    );
    let mdoc = inner_doc(&format!("The `{}` enum.", t.name));
    let slot = slot();
    quote! {
        #mdoc
        #e
        #slot
    }
}

/// An action's module, and the nodes of its slots: the `impl` block of the response's
/// getters and the shape table.
fn action_module(s: &Service, a: &Action) -> Result<(TokenStream, Vec<syn::Item>), String> {
    let marker = ident(&a.marker);
    let req = format_ident!("{}Request", a.name);
    let resp = format_ident!("{}Response", a.name);
    let req_fields = a.input.iter().map(|m| field(s, m, true)).collect();
    let resp_fields = a.output.iter().map(|m| field(s, m, true)).collect();
    let mut getters = Vec::new();
    for m in &a.output {
        getters.extend(getter(s, m, true)?);
    }
    let req_doc = doc(&format!(
        "Request of `{}`: {}\n\nEvery member is an `Option` so a request can be filled step by step; \
         required members and documented limits are checked before it is sent.",
        a.name, a.description
    ));
    let resp_doc = doc(&format!("Response of `{}`.", a.name));
    let marker_doc = action_doc(a);
    let paged = a.pagination.as_ref().map(|p| {
        let items = &a.output[p.items];
        let total = &a.output[p.total];
        let item_ty = value_type(s, &items.ty);
        let items_f = ident(&items.field);
        let total_f = ident(&total.field);
        let offset = &a.input[p.offset];
        let offset_f = ident(&offset.field);
        let (get_offset, set_offset) = match offset.ty {
            Ty::Int64 => (
                quote!(request.#offset_f.unwrap_or(0)),
                quote!(request.#offset_f = Some(offset);),
            ),
            _ => (
                quote!(request.#offset_f.map_or(0, |o| i64::try_from(o).unwrap_or(i64::MAX))),
                quote!(request.#offset_f = Some(offset.try_into().unwrap_or_default());),
            ),
        };
        let total_conv = match total.ty {
            Ty::Uint64 => quote!(response.#total_f),
            _ => quote!(response.#total_f.and_then(|t| u64::try_from(t).ok())),
        };
        quote! {
            impl sdk_shape::PagedAction for #marker {
                type Item = #item_ty;
                fn offset(request: &Self::Request) -> i64 {
                    #get_offset
                }
                fn set_offset(request: &mut Self::Request, offset: i64) {
                    #set_offset
                }
                fn into_page(response: Self::Response) -> sdk_shape::Page<Self::Item> {
                    sdk_shape::Page {
                        total: #total_conv,
                        items: response.#items_f.unwrap_or_default(),
                    }
                }
            }
        }
    });
    let filter_modules = a.input.iter().filter_map(filters_module);
    let mdoc = inner_doc(&format!(
        "The `{}` action: {}",
        a.name,
        first_sentence(&a.description)
    ));
    let req_derives = derives(Some(quote!(Default)), true, false);
    let resp_derives = derives(Some(quote!(Default)), false, true);
    let slot = slot();
    let tokens = quote! {
        #mdoc

        #marker_doc
        #[derive(Debug, Clone, Copy, Default)]
        pub struct #marker;

        impl sdk_shape::Action for #marker {
            type Request = #req;
            type Response = #resp;
            type ErrorCode = crate::ErrorCode;
            const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
        }

        #paged

        #slot
        #slot
        #slot

        #(#filter_modules)*

        #slot
    };
    let request = template::struct_item(
        quote! {
            #req_doc
            #req_derives
            #[non_exhaustive]
            pub struct #req
        },
        req_fields,
    )?;
    let response = template::struct_item(
        quote! {
            #resp_doc
            #resp_derives
            #[non_exhaustive]
            pub struct #resp
        },
        resp_fields,
    )?;
    let getters = template::impl_block(quote!(impl #resp), getters)?;
    Ok((
        tokens,
        vec![request, response, getters, shape::action_static(s, a)],
    ))
}

/// `pub mod filters { pub const INVOCATION_ID: &str = "invocation-id"; ... }` for a member
/// with documented filter names: the names as constants, so a typo does not compile.
fn filters_module(m: &Member) -> Option<TokenStream> {
    let filters = m.filters.as_ref().filter(|f| !f.names.is_empty())?;
    let module = ident(&m.snake);
    let items = filters.names.iter().filter_map(|(name, description)| {
        // Validation refused names without an item.
        let item = crate::naming::filter_item(name).ok()?;
        Some(match item {
            crate::naming::FilterItem::Const(c) => {
                let d = doc(&format!("`{name}`: {}", description.trim()));
                let c = ident(&c);
                quote! { #d pub const #c: &str = #name; }
            }
            crate::naming::FilterItem::Template { function, prefix } => {
                let d = doc(&format!(
                    "`{name}`: {}\n\nThe name for one key: `{function}(\"env\")` is `\"{prefix}:env\"`.",
                    description.trim()
                ));
                let f = ident(&function);
                let pattern = format!("{prefix}:{{key}}");
                quote! { #d pub fn #f(key: &str) -> String { format!(#pattern) } }
            }
        })
    });
    let mdoc = doc(&format!(
        "The filter names `{}` accepts (each a `Filter`'s `Name`), as the page documents them.",
        m.wire
    ));
    Some(quote! {
        #mdoc
        pub mod #module {
            #(#items)*
        }
    })
}

/// The marker type's documentation: the action, and the codes its page documents.
fn action_doc(a: &Action) -> TokenStream {
    let head = doc(&format!(
        "{}\n\nMarker type tying the request and response of `{}` together.",
        a.description, a.name
    ));
    let link = if a.errors.is_empty() {
        " Its page documents no error codes of its own; it may return any code of the service, \
         each a variant of [`crate::ErrorCode`]."
    } else {
        " Error codes its page documents, each a variant of [`crate::ErrorCode`] (which holds \
         every code of the service, any action may return them):"
    };
    let list: Vec<String> = a
        .errors
        .iter()
        .map(|e| format!("- `{}`: {}", e.code, e.description.trim()))
        .collect();
    let list = doc(&list.join("\n"));
    quote! {
        #head
        #[doc = ""]
        #[doc = #link]
        #list
    }
}

/// `errors.rs`: the service's one `ErrorCode` enum (every common, service and page code) and
/// the `ErrorFamily` of its dotted prefixes.
fn errors_rs(s: &Service) -> Result<GeneratedFile, String> {
    let variants: Vec<Variant> = s
        .codes
        .iter()
        .map(|c| Variant {
            wire: c.code.clone(),
            ident: c.variant.clone(),
            description: code_doc(c),
        })
        .collect();
    let origin = match &s.service_errors_package {
        Some(p) => format!("the service's own codes ({p}), "),
        None if s.service_errors.is_empty() => String::new(),
        None => "the service's own codes, ".to_owned(),
    };
    let codes = string_enum(
        "ErrorCode",
        &format!(
            "An error code of {title}: the platform's common codes, {origin}and the codes \
             the action pages document, each once. Any action may return any of them; each \
             action's documentation lists the codes its page names.\n\n\
             `family()` gives the code's family (`AuthFailure` of \
             `AuthFailure.SignatureFailure`), to match a kind of error without strings.",
            title = s.title,
        ),
        &variants,
        &|v| v.description.clone(),
        "A code the documentation does not list, kept verbatim.",
    );
    let families: Vec<Variant> = s
        .families
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let n = s.codes.iter().filter(|c| c.family == i).count();
            Variant {
                wire: f.prefix.clone(),
                ident: f.variant.clone(),
                description: format!(
                    "The `{p}` family: `{p}` and `{p}.*` codes ({n} documented).",
                    p = f.prefix
                ),
            }
        })
        .collect();
    let family = string_enum(
        "ErrorFamily",
        "The family of an error code: the part before its first dot, or the whole code \
         without one (`AuthFailure` for `AuthFailure.SignatureFailure` and for `AuthFailure`).",
        &families,
        &|v| v.description.clone(),
        "A family the documentation does not list, kept verbatim.",
    );
    let tokens = quote! {
        //! The service's error codes: one enum for every action, and the families of codes.

        #codes

        impl ErrorCode {
            /// The code's family (`AuthFailure` for `AuthFailure.SignatureFailure`); a code
            /// the documentation does not list still gets its family from its prefix.
            pub fn family(&self) -> ErrorFamily {
                ErrorFamily::of(self.as_str())
            }
        }

        #family

        impl ErrorFamily {
            /// The family of a code given as text.
            pub fn of(code: &str) -> Self {
                Self::from(code.split_once('.').map_or(code, |(family, _)| family))
            }
        }
    };
    render(format!("{}/src/errors.rs", crate_dir(s)), &s.dir, tokens)
}

/// A variant's documentation: the code, its description, and the lists that name it.
fn code_doc(c: &crate::ir::ServiceCode) -> String {
    let mut from = Vec::new();
    if c.common {
        from.push("a common code of the platform".to_owned());
    }
    if c.service {
        from.push("one of the service's own codes".to_owned());
    }
    if !c.actions.is_empty() {
        let pages: Vec<String> = c.actions.iter().map(|a| format!("`{a}`")).collect();
        from.push(format!("documented by {}", pages.join(", ")));
    }
    let description = c.description.trim().trim_end_matches(['.', '。']);
    let head = if description.is_empty() {
        format!("`{}` (documented without a description).", c.code)
    } else {
        format!("`{}`: {description}.", c.code)
    };
    format!("{head}\n\n{}.", capitalize(&from.join("; ")))
}

fn capitalize(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
