//! A whole catalogue of vendor metadata (every `<service>/v<version>/api.json` under a folder,
//! as tccli ships them) imported and generated in memory, writing nothing. `cargo xtask
//! catalogue` prints what this finds; the catalogue tests assert it.
//!
//! Several folders (releases of one package, oldest first) are imported one over the other,
//! each as the whole catalogue of its release: the service versions the last one does not
//! have are dropped. Metadata being the whole truth, the result is the last release's alone,
//! which the output digest shows.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use codegen::error::RepairKind;

use crate::{merge_inputs_over, ImportError, ImportOptions};

/// What importing and generating a catalogue gave.
#[derive(Debug)]
pub struct Catalogue {
    /// The metadata files read from the last folder, sorted.
    pub inputs: Vec<PathBuf>,
    /// Service versions imported.
    pub services: usize,
    /// Actions imported (all but those marked `deprecated` or `offline`, which are reported
    /// and left out).
    pub actions: usize,
    /// Spec files the import made.
    pub spec_files: usize,
    /// Vendor examples kept (verbatim or repaired).
    pub examples: usize,
    /// Vendor examples and member values repaired, by kind of fault.
    pub repairs: BTreeMap<RepairKind, usize>,
    /// The report lines of the vendor examples and defaults left out (no faithful reading).
    pub left_out: Vec<String>,
    /// Actions without any example (`service/version Action`), with why.
    pub without_examples: Vec<String>,
    /// Report lines of the import.
    pub report: Vec<String>,
    /// What the generator finds wrong with the imported folders (empty when all is well).
    pub problems: Vec<codegen::SpecError>,
    /// The generated files, or why generation failed.
    pub output: Result<codegen::Output, codegen::GenerateError>,
    /// Time spent importing.
    pub import_time: Duration,
    /// Time spent generating.
    pub generate_time: Duration,
}

/// Why a catalogue could not be imported at all.
#[derive(Debug)]
pub enum CatalogueError {
    /// The folder could not be read.
    Read(PathBuf, std::io::Error),
    /// The folder holds no `<service>/v<version>/api.json`.
    Empty(PathBuf),
    /// Inputs that could not be imported, each naming its file.
    Import(Vec<ImportError>),
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogueError::Read(dir, e) => write!(f, "cannot read {}: {e}", dir.display()),
            CatalogueError::Empty(dir) => {
                write!(
                    f,
                    "no <service>/v<version>/api.json under {}",
                    dir.display()
                )
            }
            CatalogueError::Import(errors) => {
                let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
                f.write_str(&lines.join("\n"))
            }
        }
    }
}

impl std::error::Error for CatalogueError {}

/// Every `<service>/v<version>/api.json` under `dir`, sorted.
pub fn metadata_files(dir: &Path) -> Result<Vec<PathBuf>, CatalogueError> {
    let read = |d: &Path| std::fs::read_dir(d).map_err(|e| CatalogueError::Read(d.into(), e));
    let mut files = Vec::new();
    for service in read(dir)? {
        let service = service
            .map_err(|e| CatalogueError::Read(dir.into(), e))?
            .path();
        if !service.is_dir() {
            continue;
        }
        for version in read(&service)? {
            let api = version
                .map_err(|e| CatalogueError::Read(service.clone(), e))?
                .path()
                .join("api.json");
            if api.is_file() {
                files.push(api);
            }
        }
    }
    if files.is_empty() {
        return Err(CatalogueError::Empty(dir.into()));
    }
    files.sort();
    Ok(files)
}

/// Import every metadata file under `dir` as new services (an empty spec tree: nothing is
/// read from or written to the repository), then generate from the result in memory.
pub fn run(dir: &Path) -> Result<Catalogue, CatalogueError> {
    run_releases(&[dir.to_path_buf()])
}

/// Import the catalogues under `dirs` one over the other, oldest first (each the whole
/// catalogue of its release), then generate from the last in memory.
pub fn run_releases(dirs: &[PathBuf]) -> Result<Catalogue, CatalogueError> {
    let root = std::env::temp_dir().join(format!("catalogue-{}", std::process::id()));
    let started = Instant::now();
    let mut trees = Vec::new();
    let mut inputs = Vec::new();
    let mut last = None;
    for dir in dirs {
        inputs = metadata_files(dir)?;
        let mut m = merge_inputs_over(&root, trees, &inputs, &ImportOptions::default())
            .map_err(CatalogueError::Import)?;
        // The release's catalogue is the whole truth: what it does not have is gone.
        let imported = std::mem::take(&mut m.imported);
        trees = std::mem::take(&mut m.trees)
            .into_iter()
            .zip(imported)
            .filter_map(|(t, imported)| imported.then_some(t))
            .collect();
        last = Some(m);
    }
    let mut merged = last.ok_or_else(|| CatalogueError::Empty(PathBuf::new()))?;
    merged.trees = trees;
    let import_time = started.elapsed();
    let files: Vec<codegen::SourceFile> =
        codegen::parallel::map(&merged.trees, |t| t.source_files(&t.spec))
            .into_iter()
            .flatten()
            .collect();
    let actions = merged.trees.iter().map(|t| t.spec.actions.len()).sum();
    let examples = merged
        .trees
        .iter()
        .flat_map(|t| t.spec.actions.values())
        .map(|a| a.examples.len())
        .sum();
    let without_examples = merged
        .trees
        .iter()
        .flat_map(|t| {
            let report = &merged.report.lines;
            t.spec
                .actions
                .values()
                .filter(|a| a.examples.is_empty())
                .map(move |a| {
                    let file = t.action_path(&a.name);
                    let notes = format!(
                        "/v{}/api.json: examples.json: actions.{}[",
                        t.version.replace('-', ""),
                        a.name
                    );
                    let why = report
                        .iter()
                        .find(|l| {
                            (l.starts_with(&file) && l.contains(crate::merge::repair::LEFT_OUT))
                                || (l.contains(&notes) && l.contains("left out"))
                        })
                        .map_or("the vendor documents none", String::as_str);
                    format!("{}/{} {}: {why}", t.service, t.version, a.name)
                })
        })
        .collect();
    let started = Instant::now();
    let output = codegen::generate_from(&files);
    let generate_time = started.elapsed();
    Ok(Catalogue {
        inputs,
        services: merged.trees.len(),
        actions,
        spec_files: files.len(),
        examples,
        repairs: merged.report.repairs,
        left_out: merged.report.left_out,
        without_examples,
        report: merged.report.lines,
        problems: merged.problems,
        output,
        import_time,
        generate_time,
    })
}
