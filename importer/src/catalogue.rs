//! A whole catalogue of vendor metadata (every `<service>/v<version>/api.json` under a folder,
//! as tccli ships them) imported and generated in memory, writing nothing. `cargo xtask
//! catalogue` prints what this finds; the catalogue test asserts it.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::{merge_inputs, ImportError, ImportOptions};

/// What importing and generating a catalogue gave.
#[derive(Debug)]
pub struct Catalogue {
    /// The metadata files read, sorted.
    pub inputs: Vec<PathBuf>,
    /// Service versions imported.
    pub services: usize,
    /// Actions imported (all but those marked `deprecated` or `offline`, which are reported
    /// and left out).
    pub actions: usize,
    /// Spec files the import made.
    pub spec_files: usize,
    /// Vendor examples and defaults left out as contradicting their own types.
    pub left_out: usize,
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
    let inputs = metadata_files(dir)?;
    let root = std::env::temp_dir().join(format!("catalogue-{}", std::process::id()));
    let started = Instant::now();
    let merged =
        merge_inputs(&root, &inputs, &ImportOptions::default()).map_err(CatalogueError::Import)?;
    let import_time = started.elapsed();
    let files: Vec<codegen::SourceFile> =
        codegen::parallel::map(&merged.trees, |t| t.source_files(&t.spec))
            .into_iter()
            .flatten()
            .collect();
    let actions = merged.trees.iter().map(|t| t.spec.actions.len()).sum();
    let left_out = merged
        .report
        .lines
        .iter()
        .filter(|l| l.contains(crate::merge::contradictions::LEFT_OUT))
        .count();
    let started = Instant::now();
    let output = codegen::generate_from(&files);
    let generate_time = started.elapsed();
    Ok(Catalogue {
        inputs,
        services: merged.trees.len(),
        actions,
        spec_files: files.len(),
        left_out,
        report: merged.report.lines,
        problems: merged.problems,
        output,
        import_time,
        generate_time,
    })
}
