//! The `sdk-services` crate: every service of the spec, as the shape tables `cloudcmd` and the
//! mock serve, and the model crates for code generic over every service (the example tests).
//! Generated so that adding a service is an import and a `codegen`, and removing its spec
//! folder removes it from the CLI, the mock and the tests; no hand-written crate lists the
//! services.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{header, inner_doc, render, GeneratedFile};
use crate::ir::Service;

/// Where the crate lives.
pub const CRATE_DIR: &str = "crates/services";

/// `Cargo.toml` and `src/lib.rs`. `SERVICES` lists the newest version of each service: the
/// CLI's commands and the mock's routes are by service name. Older versions are optional
/// dependencies behind the `every-version` feature, so `cloudcmd` does not build them. Each
/// model crate is depended on at its `crate_version`.
pub fn emit(services: &[Service]) -> Result<Vec<GeneratedFile>, String> {
    let mut all: Vec<&Service> = services.iter().collect();
    all.sort_by(|a, b| a.crate_name.cmp(&b.crate_name));
    let (served, older): (Vec<&Service>, Vec<&Service>) = all.into_iter().partition(|s| s.newest);
    Ok(vec![
        GeneratedFile {
            path: format!("{CRATE_DIR}/Cargo.toml"),
            contents: manifest(&served, &older),
        },
        render(
            format!("{CRATE_DIR}/src/lib.rs"),
            "spec/",
            lib_rs(&served, &older),
        )?,
    ])
}

fn manifest(served: &[&Service], older: &[&Service]) -> String {
    let mut out = format!(
        "{}\n[package]\nname = \"sdk-services\"\n\
         description = \"Every service generated from the spec, as shape tables (generated)\"\n\
         version = \"0.1.0\"\nedition.workspace = true\nlicense.workspace = true\n\
         rust-version.workspace = true\nreadme.workspace = true\n\n[lints]\nworkspace = true\n\n[dependencies]\n\
         sdk-shape.workspace = true\n",
        header("#", "spec/")
    );
    for s in served {
        out.push_str(&format!(
            "{name}-model = {{ path = \"../{name}-model\", version = \"{version}\" }}\n",
            name = s.crate_name,
            version = s.crate_version,
        ));
    }
    for s in older {
        out.push_str(&format!(
            "{name}-model = {{ path = \"../{name}-model\", version = \"{version}\", optional = true }}\n",
            name = s.crate_name,
            version = s.crate_version,
        ));
    }
    let list = |items: Vec<String>| {
        let quoted: Vec<String> = items.iter().map(|i| format!("\"{i}\"")).collect();
        format!("[{}]", quoted.join(", "))
    };
    let direction = |feature: &str| {
        let served = served
            .iter()
            .map(|s| format!("{}-model/{feature}", s.crate_name));
        let older = older
            .iter()
            .map(|s| format!("{}-model?/{feature}", s.crate_name));
        list(served.chain(older).collect())
    };
    out.push_str(&format!(
        "\n[features]\n\
         # Both serde directions of every type of every model crate (each derives only the\n\
         # wire's), for code that reads responses or writes requests of any service: the tests.\n\
         serialize-all = {}\n\
         deserialize-all = {}\n\
         # The older versions of services too, which the CLI and the mock do not serve, in the\n\
         # `for_each_*!` macros.\n\
         every-version = {}\n",
        direction("serialize-all"),
        direction("deserialize-all"),
        list(
            older
                .iter()
                .map(|s| format!("dep:{}-model", s.crate_name))
                .collect()
        ),
    ));
    out
}

fn lib_rs(served: &[&Service], older: &[&Service]) -> TokenStream {
    let doc = inner_doc(
        "Every service of the spec (the newest version of each), as the shape tables of its \
         model crate: the list `cloudcmd` builds its commands from and the mock serves.\n\n\
         The model crates are re-exported, and the `for_each_*!` macros name every action, \
         enum and service of them, for code that is generic over every service (the example \
         tests): a service added to the spec is in them after `cargo xtask codegen`. The \
         `serialize-all` and `deserialize-all` features turn on both serde directions in every \
         model crate; `every-version` adds the older versions of services to the macros.",
    );
    let model = |s: &Service| format_ident!("{}_model", s.snake);
    let entries = served.iter().map(|s| {
        let m = model(s);
        quote!(&#m::SERVICE)
    });
    let count = proc_macro2::Literal::usize_unsuffixed(served.len());
    let uses = served.iter().map(|s| {
        let m = model(s);
        quote!(pub use #m;)
    });
    let older_uses = older.iter().map(|s| {
        let m = model(s);
        quote!(#[cfg(feature = "every-version")] pub use #m;)
    });
    let each_model = |services: Vec<&&Service>| {
        let calls = services.into_iter().map(|s| {
            let krate = model(s);
            quote!($crate::__model!($what $m #krate);)
        });
        quote!(($what:tt $m:ident) => { #(#calls)* };)
    };
    let doc_each = quote!(
        /// Calls `__model!` for every model crate, in crate-name order.
        #[doc(hidden)]
        #[macro_export]
        #[rustfmt::skip]
    );
    let each_model = if older.is_empty() {
        let arm = each_model(served.iter().collect());
        quote! {
            #doc_each
            macro_rules! __each_model { #arm }
        }
    } else {
        let newest = each_model(served.iter().collect());
        let mut every: Vec<&&Service> = served.iter().chain(older).collect();
        every.sort_by(|a, b| a.crate_name.cmp(&b.crate_name));
        let every = each_model(every);
        quote! {
            #doc_each
            #[cfg(feature = "every-version")]
            macro_rules! __each_model { #every }

            #doc_each
            #[cfg(not(feature = "every-version"))]
            macro_rules! __each_model { #newest }
        }
    };
    quote! {
        #doc

        #(#uses)*
        #(#older_uses)*

        /// The services, sorted by name.
        #[rustfmt::skip]
        pub static SERVICES: [&sdk_shape::ServiceShape; #count] = [#(#entries),*];

        /// Calls `$m!(SERVICE, Action)` once for every action of every service: the service's
        /// `&'static ServiceShape` and the action's marker type (`sdk_shape::Action`), services
        /// in crate-name order, actions in name order.
        #[macro_export]
        #[rustfmt::skip]
        macro_rules! for_each_action {
            ($m:ident) => { $crate::__each_model!(action $m); };
        }

        /// Calls `$m!(SERVICE, Enum, SHAPE)` once for every enum type of every service: the
        /// service's `&'static ServiceShape`, the enum type and its `EnumShape`.
        #[macro_export]
        #[rustfmt::skip]
        macro_rules! for_each_enum {
            ($m:ident) => { $crate::__each_model!(enums $m); };
        }

        /// Calls `$m!(SERVICE, ErrorCode, ErrorFamily)` once for every service: its
        /// `&'static ServiceShape` and its one error-code enum with the enum of their families.
        #[macro_export]
        #[rustfmt::skip]
        macro_rules! for_each_service {
            ($m:ident) => { $crate::__each_model!(service $m); };
        }

        /// One model crate's part of a `for_each_*!` macro.
        #[doc(hidden)]
        #[macro_export]
        #[rustfmt::skip]
        macro_rules! __model {
            (action $m:ident $model:ident) => {
                $crate::$model::for_each_action!($m, &$crate::$model::SERVICE);
            };
            (enums $m:ident $model:ident) => {
                $crate::$model::for_each_enum!($m, &$crate::$model::SERVICE);
            };
            (service $m:ident $model:ident) => {
                $m!(&$crate::$model::SERVICE, $crate::$model::ErrorCode, $crate::$model::ErrorFamily);
            };
        }

        #each_model
    }
}
