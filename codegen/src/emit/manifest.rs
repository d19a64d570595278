//! The `Cargo.toml` of each generated crate, and the `CHANGELOG.md` copied into it.

use super::{client, header, model, GeneratedFile};

/// The `Cargo.toml` of a generated crate `<service>-<kind>` at the service's
/// `crate_version`, depending on `deps` (the service's other generated crate by
/// path and the same version, the rest from `[workspace.dependencies]`; both carry a version
/// so the crate can be published). Carries what crates.io shows and searches: description, readme,
/// documentation, keywords and categories. No `publish` line: the workspace default
/// (`publish = false`) is for internal crates, and generated crates are published.
pub fn manifest(s: &crate::ir::Service, kind: &str, what: &str, deps: &[&str]) -> GeneratedFile {
    let name = format!("{}-{kind}", s.crate_name);
    // crates.io allows five keywords of at most 20 characters: the service, its vendor (the
    // protocol names it), and what the crate is.
    let vendor = match s.protocol {
        crate::ir::Protocol::Tc3Json => "tencent-cloud",
        crate::ir::Protocol::Acs3Rpc | crate::ir::Protocol::Acs3Roa => "alibaba-cloud",
    };
    let (role, category) = match kind {
        "client" => ("client", "web-programming::http-client"),
        _ => ("model", "data-structures"),
    };
    // Client crates are edition 2024 so their doc tests (one per documented example) are
    // compiled as one binary, not one binary each.
    let edition = match kind {
        "client" => "edition = \"2024\"",
        _ => "edition.workspace = true",
    };
    let mut keywords = vec![s.name.as_str(), vendor, "cloud", "sdk", role];
    keywords.retain(|k| k.len() <= 20);
    let keywords: Vec<String> = keywords.iter().map(|k| format!("\"{k}\"")).collect();
    let mut contents = format!(
        "{header}\n[package]\nname = \"{name}\"\n\
         description = \"{title} {api_version}: {what} (generated)\"\n\
         version = \"{version}\"\n{edition}\nlicense.workspace = true\n\
         rust-version.workspace = true\nreadme.workspace = true\n\
         documentation = \"https://docs.rs/{name}\"\nkeywords = [{keywords}]\n\
         categories = [\"api-bindings\", \"{category}\"]\n\n[lints]\nworkspace = true\n\n[dependencies]\n",
        header = header("#", &s.dir),
        title = s.title,
        api_version = s.version,
        version = s.crate_version,
        keywords = keywords.join(", "),
    );
    for dep in deps {
        contents.push_str(&dependency(dep, &s.crate_version));
    }
    if kind == "client" {
        // The crate example runs against the mock server.
        contents
            .push_str("\n[dev-dependencies]\nsdk-mock.workspace = true\ntokio.workspace = true\n");
    }
    GeneratedFile {
        path: format!("crates/{name}/Cargo.toml"),
        contents,
    }
}

/// One `[dependencies]` line. Generated crates name each other by path (with `version`, the
/// service's crate version, which a published crate depends on instead), so adding a service
/// needs no edit of the workspace manifest; everything else comes from
/// `[workspace.dependencies]`.
fn dependency(dep: &str, version: &str) -> String {
    if GENERATED_SUFFIXES.iter().any(|s| dep.ends_with(s)) {
        format!("{dep} = {{ path = \"../{dep}\", version = \"{version}\" }}\n")
    } else {
        format!("{dep}.workspace = true\n")
    }
}

/// How the names of generated crates end.
const GENERATED_SUFFIXES: &[&str] = &["-model", "-client"];

/// A service's `CHANGELOG.md` (`source`, written by `cargo xtask update` beside its spec)
/// copied into its model and client crates, so it ships in their packages: the crate
/// folders belong to the generator, which removes any file it does not write.
pub fn changelogs(s: &crate::ir::Service, source: &str, text: &str) -> Vec<GeneratedFile> {
    [model::crate_dir(s), client::crate_dir(s)]
        .into_iter()
        .map(|dir| GeneratedFile {
            path: format!("{dir}/CHANGELOG.md"),
            contents: format!("{} -->\n\n{text}", header("<!--", source)),
        })
        .collect()
}
