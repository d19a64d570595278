//! The model crate of a service: one module per data type and per action, serde types with
//! accessors, string enums with an `Unknown` variant, the service's one error-code enum
//! (`errors.rs`), and the shape tables of [`crate::emit::shape`].

use proc_macro2::TokenStream;
use quote::quote;

mod actions;
mod each;
mod errors;
mod service;
mod types;
pub mod waiters;

use crate::emit::{doc, ident, inner_doc, render, render_with, shape, GeneratedFile};
use crate::ir::{Service, TypeKind};

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
        service::service_rs(s)?,
        each::each_rs(s)?,
        errors::errors_rs(s)?,
    ];
    files.extend(waiters::model_file(s, &dir)?);
    for t in &s.types {
        let (tokens, nodes) = match &t.kind {
            TypeKind::Struct(members) => types::struct_module(s, t, members)?,
            TypeKind::Enum(variants) => (
                types::enum_module(s, t, variants),
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
        let (tokens, nodes) = actions::action_module(s, a)?;
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
    let mut deps = vec!["base64", "sdk-shape", "serde"];
    if s.uses_json() {
        deps.push("serde_json");
    }
    let mut file =
        crate::emit::manifest::manifest(s, "model", "data types and action shapes", &deps);
    file.contents.push_str(
        "\n[features]\n\
         # Requests and the types they hold derive Serialize, responses and theirs Deserialize;\n\
         # these add the other direction to every type (to store responses, or read requests).\n\
         serialize-all = []\n\
         deserialize-all = []\n",
    );
    file
}

/// The crate root: its documentation (what the crate is, how it is organised), and one
/// public path per item: `types::X` for data types, `actions::<action>::X` for an action's
/// marker, request, response and filter names, `ErrorCode`, `ErrorFamily` and `SERVICE` at
/// the root, `waiters::X`. The files of the types are private modules re-exported by
/// `types`, so no type has a second path.
fn lib_rs(s: &Service) -> Result<GeneratedFile, String> {
    let example_type = s
        .types
        .iter()
        .find(|t| matches!(t.kind, TypeKind::Struct(_)))
        .or(s.types.first())
        .map(|t| format!(" (`types::{}`)", t.name))
        .unwrap_or_default();
    let example_action = s
        .actions
        .first()
        .map(|a| {
            format!(
                " (`actions::{snake}::{{{marker}, {name}Request, {name}Response}}`)",
                snake = a.snake,
                marker = a.marker,
                name = a.name
            )
        })
        .unwrap_or_default();
    let waiters_line = if s.waiters.is_empty() {
        String::new()
    } else {
        "\n- [`waiters`]: the service's waiters as tables, which the client's `wait_until_*` \
         methods and `cloudcmd --waiter` poll with."
            .to_owned()
    };
    let crate_doc = inner_doc(&format!(
        "{title} (API version {version}): the data types and actions, as documented.\n\n\
         Generated from `{dir}`. Types are plain serde values with no I/O; send them with \
         the `{name}-client` crate. Every documented enum has an `Unknown` variant that keeps \
         values newer than the documentation, and unknown response members are ignored.\n\n\
         # How this crate is organised\n\n\
         - [`types`]: the data types the actions share{example_type}.\n\
         - [`actions`]: one module per action{example_action}: the marker type that names \
         the action to the runtime (`sdk_shape::Action`), its request and response, and the \
         documented filter names.\n\
         - [`ErrorCode`] and [`ErrorFamily`]: every error code the service documents, and \
         their dotted prefixes.\n\
         - [`SERVICE`]: the documented facts (endpoints, actions, members, limits) as a table \
         the runtime, the CLI and the mock server read.{waiters_line}\n\n\
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
        quote!(pub(crate) mod #m;)
    });
    // One item per `use`, sorted by path: the order rustfmt keeps.
    let mut type_uses: Vec<(String, TokenStream)> = s
        .types
        .iter()
        .map(|t| {
            let (m, n) = (ident(&t.snake), ident(&t.name));
            (format!("{}::{}", t.snake, t.name), quote!(pub use #m::#n;))
        })
        .collect();
    type_uses.sort_by(|a, b| a.0.cmp(&b.0));
    let type_uses = type_uses.into_iter().map(|(_, u)| u);
    let action_mods = s.actions.iter().map(|a| {
        let m = ident(&a.snake);
        let d = doc(&format!("The `{}` action.", a.name));
        quote!(#d pub mod #m;)
    });
    let waiters_mod = (!s.waiters.is_empty()).then(|| {
        quote! {
            /// The service's waiters (`waiters.json`), as tables.
            #[rustfmt::skip]
            pub mod waiters;
        }
    });
    let tokens = quote! {
        #crate_doc
        #![warn(missing_docs)]
        /// The data types the actions share.
        #[rustfmt::skip]
        pub mod types {
            #(#type_mods)*
            #(#type_uses)*
        }
        /// One module per action: its marker type, request, response and filter names.
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
        pub use errors::{ErrorCode, ErrorFamily};
        pub use service::SERVICE;
    };
    render(format!("{}/src/lib.rs", crate_dir(s)), &s.dir, tokens)
}
