//! `src/waiters.rs` of a model crate: one `static` table per waiter, read by the runtime and
//! the CLI. The polling loop is the runtime's (`sdk_runtime::waiter`); generated code only
//! names the waiters.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::{doc, ident, render, GeneratedFile};
use crate::ir::{AcceptorState, Comparator, Matcher, Service, Waiter};

/// The name of a waiter's static (`INVOCATION_FINISHED`).
pub fn static_name(w: &Waiter) -> proc_macro2::Ident {
    format_ident!("{}", w.snake.to_uppercase())
}

/// `src/waiters.rs` of the model crate, when the service has waiters.
pub fn model_file(s: &Service, dir: &str) -> Result<Option<GeneratedFile>, String> {
    let Some(first) = s.waiters.first() else {
        return Ok(None);
    };
    let statics = s.waiters.iter().map(|w| waiter_static(s, w));
    let tokens = quote! {
        //! The service's waiters as tables: the action each polls and the acceptors that end
        //! the wait (smithy's semantics; the loop is `sdk_runtime::waiter`).
        #(#statics)*
    };
    render(format!("{dir}/src/waiters.rs"), &first.file, tokens).map(Some)
}

fn waiter_static(s: &Service, w: &Waiter) -> TokenStream {
    let name = &w.name;
    let command = &w.kebab;
    let description = w.description.trim();
    let action = s
        .actions
        .iter()
        .find(|a| a.name == w.action)
        .map(|a| ident(&a.snake))
        .expect("validated: the polled action exists");
    let (min, max) = (
        proc_macro2::Literal::u32_unsuffixed(w.min_delay),
        proc_macro2::Literal::u32_unsuffixed(w.max_delay),
    );
    let acceptors = w.acceptors.iter().map(|a| {
        let state = match a.state {
            AcceptorState::Success => quote!(sdk_shape::AcceptorState::Success),
            AcceptorState::Failure => quote!(sdk_shape::AcceptorState::Failure),
            AcceptorState::Retry => quote!(sdk_shape::AcceptorState::Retry),
        };
        let matcher = match &a.matcher {
            Matcher::Output {
                path,
                comparator,
                expected,
            } => {
                let comparator = match comparator {
                    Comparator::StringEquals => quote!(StringEquals),
                    Comparator::BooleanEquals => quote!(BooleanEquals),
                    Comparator::AllStringEquals => quote!(AllStringEquals),
                    Comparator::AnyStringEquals => quote!(AnyStringEquals),
                };
                quote!(sdk_shape::Matcher::Output {
                    path: #path,
                    comparator: sdk_shape::Comparator::#comparator,
                    expected: #expected,
                })
            }
            Matcher::Success(b) => quote!(sdk_shape::Matcher::Success(#b)),
            Matcher::ErrorCode(code) => quote!(sdk_shape::Matcher::ErrorCode(#code)),
        };
        quote!(sdk_shape::AcceptorShape { state: #state, matcher: #matcher })
    });
    let follows = w.follows.iter().map(
        |(action, request)| quote!(sdk_shape::FollowShape { action: #action, request: #request }),
    );
    let report = match &w.report {
        Some((rows, succeeded)) => {
            quote!(Some(sdk_shape::ReportShape { rows: #rows, succeeded: #succeeded }))
        }
        None => quote!(None),
    };
    let id = static_name(w);
    let described = crate::emit::rustdoc::described(
        description,
        crate::emit::rustdoc::Links {
            service: s,
            this: name,
        },
    );
    let d = doc(&format!(
        "{}\n\nPolls `{}`.",
        crate::emit::rustdoc::after(&format!("`{name}`: "), &described),
        w.action
    ));
    quote! {
        #d
        pub static #id: sdk_shape::WaiterShape = sdk_shape::WaiterShape {
            name: #name,
            command: #command,
            description: #description,
            action: &crate::actions::#action::SHAPE,
            min_delay_seconds: #min,
            max_delay_seconds: #max,
            acceptors: &[#(#acceptors),*],
            follows: &[#(#follows),*],
            report: #report,
        };
    }
}

/// The `waiters` of the service's shape table.
pub fn shape_list(s: &Service) -> syn::Expr {
    let names: Vec<String> = s
        .waiters
        .iter()
        .map(|w| static_name(w).to_string())
        .collect();
    crate::emit::data::slice(
        names
            .iter()
            .map(|id| crate::emit::data::static_ref(&["crate", "waiters", id])),
    )
}
