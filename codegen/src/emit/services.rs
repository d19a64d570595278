//! The `sdk-services` crate: every service of the spec, as the shape tables `cloudcmd` and the
//! mock serve. Generated so that adding a service is an import and a `codegen`, and removing
//! its spec folder removes it from both; neither hand-written crate names a service.

use quote::{format_ident, quote};

use super::{header, inner_doc, render, GeneratedFile};
use crate::crate_version::CrateVersions;
use crate::ir::Service;

/// Where the crate lives.
pub const CRATE_DIR: &str = "crates/services";

/// `Cargo.toml` and `src/lib.rs`. Only the newest version of each service is listed: the
/// CLI's commands and the mock's routes are by service name. Each model crate is depended
/// on at its version in `versions`.
pub fn emit(services: &[Service], versions: &CrateVersions) -> Result<Vec<GeneratedFile>, String> {
    let mut served: Vec<&Service> = services.iter().filter(|s| s.newest).collect();
    served.sort_by(|a, b| a.name.cmp(&b.name));
    let mut manifest = format!(
        "{}\n[package]\nname = \"sdk-services\"\n\
         description = \"Every service generated from the spec, as shape tables (generated)\"\n\
         version = \"0.1.0\"\nedition.workspace = true\nlicense.workspace = true\n\
         rust-version.workspace = true\nreadme.workspace = true\n\n[dependencies]\n\
         sdk-shape.workspace = true\n",
        header("#", "spec/")
    );
    for s in &served {
        manifest.push_str(&format!(
            "{name}-model = {{ path = \"../{name}-model\", version = \"{version}\" }}\n",
            name = s.crate_name,
            version = versions.of(s),
        ));
    }
    let doc = inner_doc(
        "Every service of the spec (the newest version of each), as the shape tables of its \
         model crate: the list `cloudcmd` builds its commands from and the mock serves.",
    );
    let entries = served.iter().map(|s| {
        let m = format_ident!("{}_model", s.snake);
        quote!(&#m::SERVICE)
    });
    let count = proc_macro2::Literal::usize_unsuffixed(served.len());
    let tokens = quote! {
        #doc
        /// The services, sorted by name.
        #[rustfmt::skip]
        pub static SERVICES: [&sdk_shape::ServiceShape; #count] = [#(#entries),*];
    };
    Ok(vec![
        GeneratedFile {
            path: format!("{CRATE_DIR}/Cargo.toml"),
            contents: manifest,
        },
        render(format!("{CRATE_DIR}/src/lib.rs"), "spec/", tokens)?,
    ])
}
