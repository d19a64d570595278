//! The generator: spec files in, Rust crates out.
//!
//! The pipeline is `load` (read and parse files, errors located by file and JSON pointer) →
//! `resolve` (resolve references and names into the `ir`, checking every fact between files)
//! → `emit` (token streams with `quote`, formatted with `prettyplease`) → `write` (compare with
//! or update the files on disk). Generation is a pure function of the spec files: the same
//! files give byte-identical output.

pub mod crate_version;
pub mod emit;
pub mod error;
pub mod ir;
pub mod load;
pub mod naming;
pub mod parallel;
pub mod resolve;
pub mod spec;
pub mod write;

use std::collections::HashMap;
use std::path::Path;

pub use emit::GeneratedFile;
pub use error::{SpecError, SpecErrors};
pub use load::SourceFile;

/// Everything the generator owns: the files it writes, and the folders in which any other
/// file is stale output to remove.
#[derive(Debug, Clone)]
pub struct Output {
    /// Generated files, sorted by path.
    pub files: Vec<GeneratedFile>,
    /// Generated files of bytes (the CLI's shape data), sorted by path.
    pub data: Vec<emit::DataFile>,
    /// Folders wholly owned by the generator.
    pub owned_dirs: Vec<String>,
}

impl Output {
    /// A digest of every file's path and contents, in order: the SHA-256 of each path, a NUL
    /// and the SHA-256 of its contents (hashed on every core). Two runs, or two versions of
    /// the generator, wrote the same files when their digests agree: it is how a change to
    /// the generator is shown not to change the output of a whole catalogue, which is not
    /// committed.
    pub fn digest(&self) -> String {
        let files: Vec<(&str, &[u8])> = self
            .files
            .iter()
            .map(|f| (f.path.as_str(), f.contents.as_bytes()))
            .chain(
                self.data
                    .iter()
                    .map(|f| (f.path.as_str(), f.bytes.as_slice())),
            )
            .collect();
        digest_of(&files)
    }
}

/// The digest of spec files held in memory, as [`Output::digest`] is of generated files (in
/// path order, whatever order they are given in). Generation being a pure function of the
/// spec files, two sets with equal digests generate the same output: a whole catalogue
/// imported two ways can be compared without generating it twice.
pub fn spec_digest(files: &[SourceFile]) -> String {
    let mut files: Vec<(&str, &[u8])> = files
        .iter()
        .map(|f| (f.path.as_str(), f.text.as_bytes()))
        .collect();
    files.sort_unstable();
    digest_of(&files)
}

/// SHA-256 of each path, a NUL and the SHA-256 of its contents (hashed on every core).
fn digest_of(files: &[(&str, &[u8])]) -> String {
    use sha2::{Digest, Sha256};
    let contents = parallel::map(files, |(_, bytes)| Sha256::digest(bytes));
    let mut all = Sha256::new();
    for ((path, _), d) in files.iter().zip(contents) {
        all.update(path.as_bytes());
        all.update([0]);
        all.update(d);
    }
    hex::encode(all.finalize())
}

/// Why generation failed.
#[derive(Debug)]
pub enum GenerateError {
    /// The spec folder could not be read.
    Io(std::io::Error),
    /// The spec has problems; each names its file and place.
    Spec(SpecErrors),
    /// The generator produced code that does not parse: a bug in the generator.
    Internal(String),
}

impl std::fmt::Display for GenerateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GenerateError::Io(e) => write!(f, "cannot read the spec: {e}"),
            GenerateError::Spec(e) => write!(f, "{e}"),
            GenerateError::Internal(e) => write!(f, "internal generator error: {e}"),
        }
    }
}

impl std::error::Error for GenerateError {}

/// Load, validate and resolve spec files held in memory.
pub fn resolve(files: &[SourceFile]) -> Result<Vec<ir::Service>, SpecErrors> {
    let (loaded, errors) = load::parse(files);
    resolve_with(loaded, errors)
}

/// Validate and resolve service versions whose files are already parsed (the importer
/// checks what it imports this way, without writing the files out and reading them back).
/// The errors are the ones [`resolve()`] gives for the same files.
pub fn resolve_loaded(loaded: Vec<load::LoadedService>) -> Result<Vec<ir::Service>, SpecErrors> {
    let mut errors = Vec::new();
    load::require_service_files(&loaded, &mut errors);
    resolve_with(loaded, errors)
}

fn resolve_with(
    loaded: Vec<load::LoadedService>,
    mut errors: Vec<SpecError>,
) -> Result<Vec<ir::Service>, SpecErrors> {
    let services = resolve::resolve(loaded, &mut errors);
    if errors.is_empty() {
        Ok(services)
    } else {
        errors.sort();
        errors.dedup();
        Err(SpecErrors(errors))
    }
}

/// Generate every output file from spec files held in memory (each version's `CHANGELOG.md`
/// among them is copied into its crates).
pub fn generate_from(files: &[SourceFile]) -> Result<Output, GenerateError> {
    let (loaded, errors) = load::parse(files);
    let services = resolve_with(loaded, errors).map_err(GenerateError::Spec)?;
    let mut out = vec![GeneratedFile {
        path: "spec/schema.json".to_owned(),
        contents: spec::json_schema(),
    }];
    let mut owned_dirs = Vec::new();
    for s in &services {
        owned_dirs.push(emit::model::crate_dir(s));
        owned_dirs.push(emit::client::crate_dir(s));
    }
    out.extend(emit_services(&services)?);
    out.extend(emit::services::emit(&services).map_err(GenerateError::Internal)?);
    let changelogs: HashMap<&str, &str> = files
        .iter()
        .filter(|f| load::is_changelog(&f.path))
        .map(|f| (f.path.as_str(), f.text.as_str()))
        .collect();
    for s in &services {
        let path = format!("{}/{}", s.dir, load::CHANGELOG);
        if let Some(text) = changelogs.get(path.as_str()) {
            out.extend(emit::manifest::changelogs(s, &path, text));
        }
    }
    owned_dirs.push(emit::services::CRATE_DIR.to_owned());
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Output {
        files: out,
        data: vec![emit::catalogue::emit(&services)],
        owned_dirs,
    })
}

/// The model and client crates of every service. Services are independent, so they are
/// emitted on every core (formatting dominates); the output does not depend on the order.
fn emit_services(services: &[ir::Service]) -> Result<Vec<GeneratedFile>, GenerateError> {
    let emitted = parallel::map(services, |s| -> Result<Vec<GeneratedFile>, GenerateError> {
        let mut files = emit::model::emit(s).map_err(GenerateError::Internal)?;
        files.extend(emit::client::emit(s).map_err(GenerateError::Internal)?);
        Ok(files)
    });
    let mut out = Vec::new();
    for files in emitted {
        out.extend(files?);
    }
    Ok(out)
}

/// Generate every output file from the spec tree under `root` (the repository root).
pub fn generate(root: &Path) -> Result<Output, GenerateError> {
    let files = load::read_spec_tree(root).map_err(GenerateError::Io)?;
    generate_from(&files)
}
