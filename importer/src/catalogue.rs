//! A whole catalogue of vendor metadata (every `<service>/v<version>/api.json` under a folder,
//! as tccli ships them) imported and generated in memory, writing nothing. `cargo xtask
//! catalogue` prints what this finds; the catalogue tests assert it.
//!
//! Several folders (releases of one package, oldest first) are imported one over the other,
//! each as the whole catalogue of its release: the service versions the last one does not
//! have are dropped. Metadata being the whole truth, the result is the last release's alone,
//! which the output digest shows.
//!
//! Folders of different packages (tccli's Chinese `services` and tccli-intl-en's English
//! ones) are a union instead ([`run_union`]): every service version found in either is
//! imported, and one found in both gets both inputs, in one merge, Chinese first.
//!
//! A folder of unpacked Alibaba Cloud SDK packages (`crate::alibaba_sdk`) is a catalogue too:
//! every product package in it is imported. A package that cannot be read, or whose folder
//! the generator refuses, is listed in `failed` with why and left out of the generation, so
//! one product never stops the run.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use codegen::error::RepairKind;
use codegen::spec::RuleSpec;

use crate::{merge_inputs_over, ImportError, ImportOptions};

/// What importing and generating a catalogue gave.
#[derive(Debug)]
pub struct Catalogue {
    /// The package and release the catalogue is (`tccli 3.1.189.1`; for a union, each
    /// package joined by ` + `; for releases, the last one).
    pub package: String,
    /// The metadata files read from the last folder (for a union, from every folder), sorted
    /// by folder.
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
    /// The report lines of the facts read from descriptions that the generator refuses,
    /// dropped with their sentences left as prose.
    pub as_prose: Vec<String>,
    /// The report lines of the types named otherwise than their rule would, because the
    /// name differs from another type's only in case.
    pub renamed: Vec<String>,
    /// Rules whose value is not a string (`required_if` on an integer, number or boolean
    /// member), in the imported spec.
    pub typed_rules: usize,
    /// What the generator finds wrong with the imported folders (empty when all is well).
    pub problems: Vec<codegen::SpecError>,
    /// Inputs (Alibaba product packages) and folders left out of the catalogue, each with why.
    pub failed: Vec<String>,
    /// Actions per service version generated (`service/version`).
    pub sizes: Vec<(String, usize)>,
    /// Whether the catalogue is Alibaba's SDK packages (which document no examples).
    pub alibaba: bool,
    /// The digest of the imported spec files (`codegen::spec_digest`), which is the same
    /// for two imports exactly when their spec files are.
    pub spec_digest: String,
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
    /// Folders that are neither releases of one package nor one release of each of several.
    Plan(String),
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
            CatalogueError::Plan(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for CatalogueError {}

impl Catalogue {
    /// The service versions that failed: each folder the generator refuses (once, however
    /// many problems it has), and each input or folder left out of an Alibaba catalogue.
    pub fn failures(&self) -> usize {
        let folders: std::collections::BTreeSet<String> = self
            .problems
            .iter()
            .map(|p| p.file.split('/').take(3).collect::<Vec<_>>().join("/"))
            .collect();
        folders.len() + self.failed.len()
    }

    /// The counts a person compares between runs, on one line: service versions, actions,
    /// failures, rules on non-string members, renamed types, sentences left as prose.
    pub fn counts(&self) -> String {
        format!(
            "{} service versions, {} actions, {} failures, {} rules on non-string members, {} renamed types, {} sentences left as prose",
            self.services,
            self.actions,
            self.failures(),
            self.typed_rules,
            self.renamed.len(),
            self.as_prose.len()
        )
    }

    /// Actions an input had that a later input of the same service version does not, so
    /// that the catalogue has not (metadata being the whole truth of its service version):
    /// in a union, the Chinese metadata's actions the English metadata lacks.
    pub fn actions_removed(&self) -> usize {
        let removed = crate::merge::whole::NO_LONGER_HAS_ACTION;
        self.report.iter().filter(|l| l.contains(removed)).count()
    }

    /// The service version with the most actions, and how many.
    pub fn largest(&self) -> Option<(String, usize)> {
        self.sizes
            .iter()
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
            .cloned()
    }
}

/// What kind of reason a `left out:` report line gives (`cs DescribeX: its answer is a JSON
/// array (client.py:12)` → `its answer is a JSON array`): places, member names and numbers
/// taken out, so the lines can be counted by kind.
pub fn left_out_kind(line: &str) -> String {
    let why = line.split_once(": ").map_or(line, |(_, w)| w);
    // `file:line: why` → `why`.
    let why = match why.split_once(": ") {
        Some((place, rest)) if place.contains(".py") => rest,
        _ => why,
    };
    let mut out = String::new();
    let mut quoted = false;
    for c in why.split(" (").next().unwrap_or(why).chars() {
        if c == '`' {
            quoted = !quoted;
            out.push(c);
            if quoted {
                out.push('…');
            }
        } else if !quoted {
            out.push(c);
        }
    }
    out
}

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
    let steps: Vec<Vec<PathBuf>> = dirs.iter().map(|d| vec![d.clone()]).collect();
    let mut c = run_steps(&steps, true)?;
    if let Some(last) = dirs.last() {
        c.package = package_of(last);
    }
    Ok(c)
}

/// The spec digest ([`Catalogue::spec_digest`]) of importing the catalogues under `dirs`
/// one over the other, oldest first, without generating: equal to another import's, the
/// two generate the same output (generation is a pure function of the spec files), which
/// is how a history is shown not to matter without generating the catalogue twice.
pub fn spec_digest_of_releases(dirs: &[PathBuf]) -> Result<String, CatalogueError> {
    let steps: Vec<Vec<PathBuf>> = dirs.iter().map(|d| vec![d.clone()]).collect();
    Ok(run_steps(&steps, false)?.spec_digest)
}

/// Import the catalogues of different packages under `dirs` as one (each folder one
/// package's release): every service version found in any of them, a version found in
/// several getting each of their inputs in one merge, the Chinese package's first (the
/// merge keeps the first input's descriptions and takes the facts of the next), then
/// generate from it in memory.
pub fn run_union(dirs: &[PathBuf]) -> Result<Catalogue, CatalogueError> {
    let ordered = chinese_first(dirs);
    let mut c = run_steps(std::slice::from_ref(&ordered), true)?;
    c.package = ordered
        .iter()
        .map(|d| package_of(d))
        .collect::<Vec<_>>()
        .join(" + ");
    Ok(c)
}

/// How several folders make one catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// Releases of one package (or one folder), oldest first: [`run_releases`].
    Releases,
    /// One release of each of several packages: [`run_union`].
    Union,
}

/// Whether `dirs` are releases of one package or a union of packages, by the package each
/// folder's metadata names (a folder of Alibaba SDK packages counts as one package). A
/// union takes one release of each package: two of the same beside another package is an
/// error, as which of them counts would be a guess.
pub fn plan(dirs: &[PathBuf]) -> Result<Plan, CatalogueError> {
    let names: Vec<String> = dirs.iter().map(|d| package_name(d)).collect();
    let distinct: std::collections::BTreeSet<&String> = names.iter().collect();
    if distinct.len() <= 1 {
        return Ok(Plan::Releases);
    }
    for (i, name) in names.iter().enumerate() {
        if let Some(j) = names[..i].iter().position(|n| n == name) {
            return Err(CatalogueError::Plan(format!(
                "{} and {} are both {name}: give releases of one package (oldest first), or one release of each package for their union",
                dirs[j].display(),
                dirs[i].display()
            )));
        }
    }
    Ok(Plan::Union)
}

/// The package a catalogue folder is of, without its release (`tccli`, `tccli-intl-en`).
fn package_name(dir: &Path) -> String {
    if !crate::alibaba_sdk::packages_in(dir).is_empty() {
        return "Alibaba SDK packages".to_owned();
    }
    let package = package_of(dir);
    match package.rsplit_once(' ') {
        Some((name, _)) => name.to_owned(),
        None => package,
    }
}

/// `dirs` with the Chinese packages first, each group in the order given: a package whose
/// name ends in `-en` (tccli-intl-en) is English, as the metadata reader decides.
pub fn chinese_first(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let english = |d: &PathBuf| {
        package_of(d)
            .split(' ')
            .next()
            .is_some_and(|n| n.ends_with("-en"))
    };
    let (mut zh, en): (Vec<PathBuf>, Vec<PathBuf>) =
        dirs.iter().cloned().partition(|d| !english(d));
    zh.extend(en);
    zh
}

/// The package and release whose catalogue `dir` is: `tccli 3.1.189.1` for tccli's
/// `services` folder (its `tccli/__init__.py` and the `.dist-info` beside it), the folder's
/// path otherwise (a folder of Alibaba SDK packages, each of its own version).
pub fn package_of(dir: &Path) -> String {
    dir.parent()
        .and_then(|module| crate::package::shipped_by(module, None))
        .map_or_else(
            || dir.display().to_string(),
            |(dist, version)| format!("{} {version}", dist.unwrap_or_else(|| "tccli".to_owned())),
        )
}

/// The inputs of one folder: its `api.json` files (tccli's `services`), or its Alibaba SDK
/// packages, those that cannot be read (or are not packages this importer reads) listed in
/// `failed` with why.
fn step_inputs(dir: &Path, failed: &mut Vec<String>) -> Result<Vec<PathBuf>, CatalogueError> {
    let packages = crate::alibaba_sdk::packages_in(dir);
    if packages.is_empty() {
        return metadata_files(dir);
    }
    // Read once here so a package that cannot be read is reported, not fatal.
    let read = codegen::parallel::map(&packages, |p| {
        crate::alibaba_sdk::read(p).map(|f| (f.service, f.version))
    });
    // Two packages of one service version: the later name is kept, the other reported.
    let mut owner: BTreeMap<(Option<String>, Option<String>), PathBuf> = BTreeMap::new();
    for (p, read) in packages.into_iter().zip(read) {
        match read {
            Err(e) => failed.push(format!("not imported: {e}")),
            Ok(key) => {
                if let Some(before) = owner.insert(key.clone(), p.clone()) {
                    failed.push(format!(
                            "not imported: {}: the same service version ({}/{}) as {}, which is imported",
                            before.display(),
                            key.0.unwrap_or_default(),
                            key.1.unwrap_or_default(),
                            p.display()
                        ));
                }
            }
        }
    }
    // Folders that look like a package but are not one this importer reads.
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.join("client.py").is_file() && !crate::alibaba_sdk::is_package(&p) {
            let why = if p.join("models").is_dir() || p.join("models.py").is_file() {
                "its client is not `class Client(OpenApiClient)` (an older generation)"
            } else {
                "it has no models (a package without actions)"
            };
            failed.push(format!("not imported: {}: {why}", p.display()));
        }
    }
    failed.sort();
    let mut kept: Vec<PathBuf> = owner.into_values().collect();
    kept.sort();
    Ok(kept)
}

/// Import each step's folders over the result of the steps before (a step being the whole
/// catalogue of its folders together), then generate from the last in memory (unless not
/// `generate`: then `output` is an error saying so).
fn run_steps(steps: &[Vec<PathBuf>], generate: bool) -> Result<Catalogue, CatalogueError> {
    let root = std::env::temp_dir().join(format!("catalogue-{}", std::process::id()));
    let started = Instant::now();
    let mut trees = Vec::new();
    let mut inputs = Vec::new();
    let mut last = None;
    let mut failed = Vec::new();
    let dirs: Vec<&PathBuf> = steps.iter().flatten().collect();
    for step in steps {
        inputs.clear();
        failed.clear();
        for dir in step {
            inputs.extend(step_inputs(dir, &mut failed)?);
        }
        let mut m = merge_inputs_over(&root, trees, &inputs, &ImportOptions::default())
            .map_err(CatalogueError::Import)?;
        // The step's catalogue is the whole truth: what it does not have is gone.
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
    // A folder the generator refuses is left out of the generation, with its first problem.
    let mut refused: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for p in &merged.problems {
        let text = p.to_string();
        let dir = text.split('/').take(3).collect::<Vec<_>>().join("/");
        let e = refused.entry(dir).or_insert((text, 0));
        e.1 += 1;
    }
    if !failed.is_empty()
        || dirs
            .iter()
            .any(|d| !crate::alibaba_sdk::packages_in(d).is_empty())
    {
        let sizes: BTreeMap<String, usize> = merged
            .trees
            .iter()
            .map(|t| (t.dir_rel(), t.spec.actions.len()))
            .collect();
        merged.trees.retain(|t| !refused.contains_key(&t.dir_rel()));
        for (dir, (first, n)) in &refused {
            let more = if *n > 1 {
                format!(" (and {} more)", n - 1)
            } else {
                String::new()
            };
            let actions = sizes.get(dir).copied().unwrap_or_default();
            failed.push(format!(
                "not generated: {dir} ({actions} actions): {first}{more}"
            ));
        }
        merged.problems.clear();
    }
    let import_time = started.elapsed();
    let files: Vec<codegen::SourceFile> =
        codegen::parallel::map(&merged.trees, |t| t.source_files(&t.spec))
            .into_iter()
            .flatten()
            .collect();
    let actions = merged.trees.iter().map(|t| t.spec.actions.len()).sum();
    let sizes = merged
        .trees
        .iter()
        .map(|t| (format!("{}/{}", t.service, t.version), t.spec.actions.len()))
        .collect();
    let examples = merged
        .trees
        .iter()
        .flat_map(|t| t.spec.actions.values())
        .map(|a| a.examples.len())
        .sum();
    // Why an action has no example: the first report line that says so, found through an
    // index of the report (a scan per action was quadratic: minutes for 40,000 actions).
    let report = &merged.report.lines;
    const NOTES: &str = "/api.json: examples.json: actions.";
    let mut first: HashMap<String, usize> = HashMap::new();
    for (i, l) in report.iter().enumerate() {
        if l.contains(crate::merge::repair::LEFT_OUT) {
            if let Some(end) = l.find(".json") {
                first.entry(l[..end + 5].to_owned()).or_insert(i);
            }
        }
        if let (true, Some(at)) = (l.contains("left out"), l.find(NOTES)) {
            let version = l[..at].rsplit("/v").next().unwrap_or_default();
            let action = l[at + NOTES.len()..].split('[').next().unwrap_or_default();
            first
                .entry(format!("/v{version}{NOTES}{action}["))
                .or_insert(i);
        }
    }
    let without_examples = merged
        .trees
        .iter()
        .flat_map(|t| {
            let first = &first;
            t.spec
                .actions
                .values()
                .filter(|a| a.examples.is_empty())
                .map(move |a| {
                    let file = t.action_path(&a.name);
                    let notes = format!("/v{}{NOTES}{}[", t.version.replace('-', ""), a.name);
                    let at = [first.get(&file), first.get(&notes)]
                        .into_iter()
                        .flatten()
                        .min();
                    let why = at.map_or("the vendor documents none", |&i| report[i].as_str());
                    format!("{}/{} {}: {why}", t.service, t.version, a.name)
                })
        })
        .collect();
    let spec_digest = codegen::spec_digest(&files);
    let started = Instant::now();
    let output = if generate {
        codegen::generate_from(&files)
    } else {
        Err(codegen::GenerateError::Internal(
            "not generated: only the spec digest was asked for".to_owned(),
        ))
    };
    let generate_time = started.elapsed();
    let typed_rules = merged
        .trees
        .iter()
        .flat_map(|t| {
            let actions = t.spec.actions.values().flat_map(|a| &a.rules);
            actions.chain(t.spec.types.values().flat_map(|ty| &ty.rules))
        })
        .filter(|r| matches!(r, RuleSpec::RequiredIf(q) if q.equals.as_str().is_none()))
        .count();
    Ok(Catalogue {
        package: String::new(),
        inputs,
        services: merged.trees.len(),
        actions,
        spec_files: files.len(),
        examples,
        repairs: merged.report.repairs,
        left_out: merged.report.left_out,
        without_examples,
        report: merged.report.lines,
        as_prose: merged.report.as_prose,
        renamed: merged.report.renamed,
        typed_rules,
        problems: merged.problems,
        failed,
        sizes,
        alibaba: dirs
            .iter()
            .any(|d| !crate::alibaba_sdk::packages_in(d).is_empty()),
        spec_digest,
        output,
        import_time,
        generate_time,
    })
}
