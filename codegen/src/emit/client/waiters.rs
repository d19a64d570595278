//! The client's `wait_until_<waiter>()` methods: each returns the polled action's builder in
//! waiting mode.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::doc;
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
            let d = doc(&format!(
                "Wait until {}: `{}`, polling `{}`.\n\n\
                 Returns the `{}` builder in waiting mode: set the request's members on it, \
                 then `wait(max_wait)` polls until the waiter's acceptors end the wait and \
                 returns the final answer, or a `WaiterError` (`ExceededMaxWait` with the \
                 last answer, `FailureState` with the answer that matched, `OperationFailed` \
                 with the error). Delays grow from {} s to {} s with jitter.",
                first_lower(w.description.trim().trim_end_matches('.')),
                w.name,
                a.name,
                a.name,
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
