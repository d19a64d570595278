//! The client's `wait_until_<waiter>()` methods: each returns the polled action's builder in
//! waiting mode.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::doc_markup;
use crate::emit::rustdoc::{self, Links};
use crate::ir::Service;

/// The `wait_until_<waiter>()` methods of the client.
pub(super) fn client_methods(s: &Service) -> Vec<TokenStream> {
    let model = format_ident!("{}_model", s.snake);
    s.waiters
        .iter()
        .map(|w| {
            let m = format_ident!("wait_until_{}", w.snake);
            let a = s
                .actions
                .iter()
                .find(|a| a.name == w.action)
                .expect("validated: the polled action exists");
            let b = format_ident!("{}Builder", a.name);
            let id = crate::emit::model::waiters::static_name(w);
            let d = doc_markup(&format!(
                "Waits until {} (`{}`): the [`{}`] builder in waiting mode, polling every {} \
                 to {} s; see [Waiting](crate#waiting).",
                first_lower(
                    rustdoc::described(
                        w.description.trim(),
                        Links {
                            service: s,
                            this: &w.name
                        }
                    )
                    .trim_end_matches('.')
                ),
                w.name,
                b,
                w.min_delay,
                w.max_delay,
            ));
            quote! {
                #d
                pub fn #m(&self) -> #b<sdk_runtime::Waiting> {
                    #b::new(self.inner.clone()).waiting(sdk_runtime::Waiting(&#model::waiters::#id))
                }
            }
        })
        .collect()
}

/// Whether some waiter polls `action`.
pub(super) fn is_polled(s: &Service, action: &str) -> bool {
    s.waiters.iter().any(|w| w.action == action)
}

fn first_lower(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
