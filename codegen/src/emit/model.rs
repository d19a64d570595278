//! The model crate of a service: one module per data type and per action, serde types with
//! accessors, string enums with an `Unknown` variant, the service's one error-code enum
//! (`errors.rs`), and the shape tables of [`super::shape`].

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::members::{field, first_sentence, getter, into_arg, setter, value_type};
use super::{doc, ident, inner_doc, render, render_with, shape, slot, template, GeneratedFile};
use crate::ir::{Action, Member, Service, Ty, TypeDef, TypeKind, Variant};

/// Crate folder of a service's model crate.
pub fn crate_dir(s: &Service) -> String {
    format!("crates/{}-model", s.crate_name)
}

/// Every file of the model crate, whose version is `version`.
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
    for t in &s.types {
        let (tokens, nodes) = match &t.kind {
            TypeKind::Struct(members) => struct_module(s, t, members)?,
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
        quote!($m!($($($args)*,)? $crate::#n);)
    });
    let enums = s
        .types
        .iter()
        .filter(|t| matches!(t.kind, TypeKind::Enum(_)))
        .map(|t| {
            let (n, m) = (ident(&t.name), ident(&t.snake));
            quote!($m!($($($args)*,)? $crate::#n, $crate::types::#m::SHAPE);)
        });
    let tokens = quote! {
        //! Macros naming every action and every enum of the service.

        /// Calls `$m!(Action)` once for every action marker type of the service, in name order.
        /// `for_each_action!(m, args...)` calls `m!(args..., Action)`: `sdk-services` passes
        /// the service this way.
        #[macro_export]
        macro_rules! for_each_action {
            ($m:ident $(, $($args:tt)*)?) => { #(#actions)* };
        }

        /// Calls `$m!(Enum, SHAPE)` once for every enum type of the service with its shape,
        /// in name order; `for_each_enum!(m, args...)` calls `m!(args..., Enum, SHAPE)`.
        #[macro_export]
        macro_rules! for_each_enum {
            ($m:ident $(, $($args:tt)*)?) => { #(#enums)* };
        }
    };
    render(format!("{}/src/each.rs", crate_dir(s)), &s.dir, tokens)
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

/// A data type's module, and the nodes of its slots: the struct, the `impl` block of its
/// methods and its shape table.
fn struct_module(
    s: &Service,
    t: &TypeDef,
    members: &[Member],
) -> Result<(TokenStream, Vec<syn::Item>), String> {
    let name = ident(&t.name);
    let d = doc(&t.description);
    // A required member is a plain field only where no answer holds the type: the vendors'
    // answers leave out members their requests require (and older metadata marks members
    // of answers required), and an answer must never fail to decode for a missing member.
    // Requests are checked for required members at any depth before sending. A member the
    // vendor documents as possibly null is never plain either.
    let plain = |m: &Member| m.required && !m.nullable && !t.in_output;
    let all_optional = members.iter().all(|m| !plain(m));
    let fields = members.iter().map(|m| field(s, m, !plain(m))).collect();
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
                let (_, conv) = into_arg(s, m, &quote!(#n));
                match (m.required, plain(m)) {
                    (true, true) => quote!(#n: #conv),
                    (true, false) => quote!(#n: Some(#conv)),
                    _ => quote!(#n: None),
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
        methods.extend(getter(s, m, !plain(m))?);
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
    let shape = shape::struct_static(s, t, members);
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

/// An action's module, and the nodes of its slots: the request and response structs, the
/// `impl` block of the response's getters and the shape table.
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
