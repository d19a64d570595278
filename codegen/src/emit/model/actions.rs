//! `src/actions/<action>.rs` of a model crate: the action's marker type (the `Action`
//! impl), request and response structs, documented filter names, and its shape.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::members::{field, first_sentence, getter, value_type};
use crate::emit::rustdoc::{self, Links};
use crate::emit::{doc, ident, inner_doc, shape, slot, template};
use crate::ir::{Action, Member, Service, Ty};

use super::types::derives;

/// An action's module, and the nodes of its slots: the request and response structs, the
/// `impl` block of the response's getters and the shape table.
pub(super) fn action_module(
    s: &Service,
    a: &Action,
) -> Result<(TokenStream, Vec<syn::Item>), String> {
    let marker = ident(&a.marker);
    let req = format_ident!("{}Request", a.name);
    let resp = format_ident!("{}Response", a.name);
    let req_fields = a.input.iter().map(|m| field(s, &a.name, m, true)).collect();
    let resp_fields = a
        .output
        .iter()
        .map(|m| field(s, &a.name, m, true))
        .collect();
    let mut getters = Vec::new();
    for m in &a.output {
        getters.extend(getter(s, &a.name, m, true)?);
    }
    let links = Links {
        service: s,
        this: &a.name,
    };
    let description = rustdoc::described(&a.description, links);
    let req_doc = doc(&format!(
        "{}\n\nEvery member is an `Option` so a request can be filled step by step; \
         required members and documented limits are checked before it is sent.",
        rustdoc::after(&format!("Request of `{}`: ", a.name), &description)
    ));
    let resp_doc = doc(&format!("Response of `{}`.", a.name));
    let marker_doc = action_doc(a, &description);
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
    let filter_modules = a.input.iter().filter_map(|m| filters_module(links, m));
    let mdoc = inner_doc(&rustdoc::after(
        &format!("The `{}` action: ", a.name),
        &first_sentence(&description),
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
fn filters_module(links: Links<'_>, m: &Member) -> Option<TokenStream> {
    let filters = m.filters.as_ref().filter(|f| !f.names.is_empty())?;
    let module = ident(&m.snake);
    let items = filters.names.iter().map(|filter| {
        let name = &filter.wire;
        let described = rustdoc::after(
            &format!("`{name}`: "),
            &rustdoc::described(&filter.description, links),
        );
        match &filter.item {
            crate::naming::FilterItem::Const(c) => {
                let d = doc(&described);
                let c = ident(c);
                quote! { #d pub const #c: &str = #name; }
            }
            crate::naming::FilterItem::Template { function, prefix } => {
                let d = doc(&format!(
                    "{described}\n\nThe name for one key: `{function}(\"env\")` is `\"{prefix}:env\"`."
                ));
                let f = ident(function);
                let pattern = format!("{prefix}:{{key}}");
                quote! { #d pub fn #f(key: &str) -> String { format!(#pattern) } }
            }
        }
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

/// The marker type's documentation: the action (its description as rustdoc text), and the
/// codes its page documents.
fn action_doc(a: &Action, description: &str) -> TokenStream {
    let head = doc(&format!(
        "{description}\n\nMarker type tying the request and response of `{}` together.",
        a.name
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
        .map(|e| {
            format!(
                "- `{}`: {}",
                e.code,
                rustdoc::in_item(&rustdoc::safe(e.description.trim()), 2)
            )
        })
        .collect();
    let list = doc(&list.join("\n"));
    quote! {
        #head
        #[doc = ""]
        #[doc = #link]
        #list
    }
}
