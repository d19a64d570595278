//! `src/types/<type>.rs` of a model crate: a data type's struct (serde, accessors,
//! `new(required...)` and `with_*` setters) or string enum (with `Unknown`), and its shape.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::members::{field, getter, into_arg, setter};
use crate::emit::rustdoc::{self, Links};
use crate::emit::{doc, ident, inner_doc, shape, slot, template};
use crate::ir::{Member, Service, TypeDef, Variant};

/// The derives of a struct, `Debug, Clone, PartialEq` and `extra` then serde's: the direction
/// the wire needs (`serialize` for what is sent, `deserialize` for what is received), and the
/// other behind the crate's `serialize-all` / `deserialize-all` features. Deriving one
/// direction instead of two cut about a third of tat-model's clean build (type and borrow
/// checking of the derived code).
pub(super) fn derives(
    extra: Option<TokenStream>,
    serialize: bool,
    deserialize: bool,
) -> TokenStream {
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
pub(super) fn struct_module(
    s: &Service,
    t: &TypeDef,
    members: &[Member],
) -> Result<(TokenStream, Vec<syn::Item>), String> {
    let name = ident(&t.name);
    let links = Links {
        service: s,
        this: &t.name,
    };
    let d = doc(&rustdoc::described(&t.description, links));
    // A required member is a plain field only where no answer holds the type: the vendors'
    // answers leave out members their requests require (and older metadata marks members
    // of answers required), and an answer must never fail to decode for a missing member.
    // Requests are checked for required members at any depth before sending. A member the
    // vendor documents as possibly null is never plain either.
    let plain = |m: &Member| m.required && !m.nullable && !t.in_output;
    let all_optional = members.iter().all(|m| !plain(m));
    let fields = members
        .iter()
        .map(|m| field(s, &t.name, m, !plain(m)))
        .collect();
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
            methods.push(setter(s, &t.name, m)?);
        }
    }
    for m in members {
        methods.extend(getter(s, &t.name, m, !plain(m))?);
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

        impl #name {
            /// The documented facts of the type's members, as the shape tables hold them.
            pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
        }

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

pub(super) fn enum_module(s: &Service, t: &TypeDef, variants: &[Variant]) -> TokenStream {
    let links = Links {
        service: s,
        this: &t.name,
    };
    let e = string_enum(
        &t.name,
        &rustdoc::described(&t.description, links),
        variants,
        &|v| {
            let d = rustdoc::described(v.description.trim(), links);
            if d.is_empty() {
                format!("`{}`.", v.wire)
            } else if !d.contains("\n\n") && rustdoc::starts_inline(&d) {
                format!("{d} (`{}`)", v.wire)
            } else {
                // After a list the value would read as its last item's.
                format!("{d}\n\nValue `{}`.", v.wire)
            }
        },
        "A value the documentation does not list, kept verbatim so it round-trips.",
    );
    let mdoc = inner_doc(&format!("The `{}` enum.", t.name));
    let name = ident(&t.name);
    let slot = slot();
    quote! {
        #mdoc
        #e

        impl #name {
            /// The documented values, as the shape tables hold them.
            pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
        }

        #slot
    }
}
