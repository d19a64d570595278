//! The client crate of a service: a `Client` over the runtime's `ServiceClient`, and one
//! builder per action that fills the model's request and sends it. Everything that is the
//! same for every action (validation, signing, retries, envelopes, paging) is in the runtime;
//! a builder only names its action's types.

use quote::{format_ident, quote};

mod actions;
mod waiters;

use crate::emit::{doc, ident, inner_doc, render, render_with, GeneratedFile};
use crate::ir::Service;

/// Crate folder of a service's client crate.
pub fn crate_dir(s: &Service) -> String {
    format!("crates/{}-client", s.crate_name)
}

pub(super) fn model_crate(s: &Service) -> proc_macro2::Ident {
    format_ident!("{}_model", s.snake)
}

/// Every file of the client crate, whose version (and its model crate's) is `version`.
pub fn emit(s: &Service) -> Result<Vec<GeneratedFile>, String> {
    let dir = crate_dir(s);
    let mut files = vec![cargo_toml(s)];
    files.extend(lib_rs(s)?);
    for a in &s.actions {
        let (tokens, nodes) = actions::builder_module(s, a)?;
        files.push(render_with(
            format!("{dir}/src/builders/{}.rs", a.snake),
            &a.file,
            tokens,
            nodes,
        )?);
    }
    Ok(files)
}

fn cargo_toml(s: &Service) -> GeneratedFile {
    let model = format!("{}-model", s.crate_name);
    let mut deps = vec![model.as_str(), "sdk-runtime"];
    // The setters of free-form members take a `serde_json::Value`.
    if s.uses_json() {
        deps.push("serde_json");
    }
    crate::emit::manifest::manifest(s, "client", "async client", &deps)
}

/// The crate root (documentation and the public names: `Client`, `builders`, and the model's
/// `types`, `actions`, `ErrorCode` with the runtime's names users need, re-exported as links
/// so each item keeps its one page) and `client.rs` (the `Client`).
fn lib_rs(s: &Service) -> Result<Vec<GeneratedFile>, String> {
    let model = model_crate(s);
    let first = s
        .actions
        .first()
        .map(|a| a.snake.clone())
        .unwrap_or_default();
    let waiting = match s.waiters.first() {
        None => String::new(),
        Some(w) => format!(
            "\n\n# Waiting\n\n\
             A `client.wait_until_<waiter>()` method (`client.wait_until_{snake}()`) returns \
             the polled action's builder in waiting mode: set the request's members on it, \
             then `wait(max_wait)` polls until the waiter's acceptors end the wait and returns \
             the final answer, or a [`WaiterError`]: `ExceededMaxWait` with the last answer, \
             `FailureState` with the answer that matched, `OperationFailed` with the error. \
             Delays grow between the waiter's documented bounds, with jitter; \
             `wait_with(WaitOptions)` sets them, a clock and a progress callback.",
            snake = w.snake
        ),
    };
    let crate_doc = inner_doc(&format!(
        "{title} (API version {version}): an async client.\n\n\
         {example}\n\n\
         `Client::from_env` reads credentials from `{id}`/`{secret}` (and `{token}`), then \
         from `{profile}`. Each action has a builder (`client.{first}()`): documented \
         required members and limits are checked before a request is sent, and errors carry \
         the service's error codes ([`SdkError::code`], an [`ErrorCode`] with its `family()`).\n\n\
         # How this crate is organised\n\n\
         - [`Client`]: one method per action, each returning the action's builder.\n\
         - [`builders`]: the builders: a setter per request member, then `send()` (and \
         `into_paginator()` for actions that page).\n\
         - [`types`] and [`actions`]: the data types and each action's request and response, \
         from the `{name}-model` crate.\n\
         - [`ErrorCode`] and [`ErrorFamily`], and the runtime's [`Config`], [`Credentials`], [`SdkError`]: \
         what configuring a client and handling its errors takes.{waiting}",
        title = s.title,
        version = s.version,
        example = crate::emit::examples::crate_example(s),
        first = first,
        id = s.credentials.id_env,
        secret = s.credentials.secret_env,
        token = s.credentials.token_env,
        profile = s.credentials.profile_file,
        name = s.crate_name,
    ));
    let mods = s.actions.iter().map(|a| {
        let m = ident(&a.snake);
        quote!(mod #m;)
    });
    let uses = s.actions.iter().map(|a| {
        let m = ident(&a.snake);
        let b = format_ident!("{}Builder", a.name);
        quote!(pub use #m::#b;)
    });
    let methods = s.actions.iter().map(|a| {
        let m = ident(&a.snake);
        let b = format_ident!("{}Builder", a.name);
        let links = crate::emit::rustdoc::Links {
            service: s,
            this: &a.name,
        };
        let d = doc(&format!(
            "{}\n\nReturns a builder; set members on it, then `send()`.",
            crate::emit::rustdoc::after(
                &format!("`{}`: ", a.name),
                &crate::emit::rustdoc::described(&a.description, links)
            )
        ));
        quote! {
            #d
            pub fn #m(&self) -> #b {
                #b::new(self.inner.clone())
            }
        }
    });
    let wait_methods = waiters::client_methods(s);
    let waiting_names = (!s.waiters.is_empty()).then(|| {
        quote! {
            #[doc(no_inline)]
            pub use sdk_runtime::{WaitOptions, WaiterError};
        }
    });
    // lib.rs holds module declarations and re-exports; the `Client` is in `client.rs`, which
    // rustfmt skips, so `cargo fmt --check` holds without formatting generated code twice.
    let lib = quote! {
        #crate_doc
        #![warn(missing_docs)]
        /// One builder per action.
        #[rustfmt::skip]
        pub mod builders {
            #(#mods)*
            #(#uses)*
        }
        #[rustfmt::skip]
        mod client;
        pub use client::Client;
        // In the order rustfmt's 2024 style keeps (capitals first), on lines short enough
        // for it to leave them as they are.
        #[doc(no_inline)]
        pub use #model::{ErrorCode, ErrorFamily, actions, types};
        #[doc(no_inline)]
        pub use sdk_runtime::{Config, ConfigError, Credentials, SdkError};
        #waiting_names
    };
    let client = quote! {
        //! The `Client`.
        use crate::builders::*;

        /// A client for every action of the service. Cheap to clone; clones share connections
        /// and rate limits.
        #[derive(Debug, Clone)]
        pub struct Client {
            inner: sdk_runtime::ServiceClient,
        }

        impl Client {
            /// A client with explicit configuration.
            pub fn new(config: sdk_runtime::Config) -> Result<Self, sdk_runtime::ConfigError> {
                Ok(Self {
                    inner: sdk_runtime::ServiceClient::new(&#model::SERVICE, config)?,
                })
            }

            /// A client configured from the environment and the vendor's profile file.
            pub fn from_env() -> Result<Self, sdk_runtime::ConfigError> {
                Ok(Self {
                    inner: sdk_runtime::ServiceClient::from_env(&#model::SERVICE)?,
                })
            }

            /// The runtime client underneath, for untyped calls (`send_json`).
            pub fn runtime(&self) -> &sdk_runtime::ServiceClient {
                &self.inner
            }

            #(#methods)*
            #(#wait_methods)*
        }
    };
    Ok(vec![
        render(format!("{}/src/lib.rs", crate_dir(s)), &s.dir, lib)?,
        render(format!("{}/src/client.rs", crate_dir(s)), &s.dir, client)?,
    ])
}
