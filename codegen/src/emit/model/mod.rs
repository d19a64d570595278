//! The model crate of a service: one module per data type and per action, serde types with
//! accessors, string enums with an `Unknown` variant, the service's one error-code enum
//! (`errors.rs`), and the shape tables of [`crate::emit::shape`].

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

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
                types::enum_module(t, variants),
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
    let mut file = crate::emit::manifest::manifest(
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
