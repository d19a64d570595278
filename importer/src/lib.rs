//! `cargo xtask import`: vendor documentation pages and API metadata in, `spec/` files out;
//! `cargo xtask changes`: what changed in the spec and what that does to the generated
//! crates; and `cargo xtask update`: a vendor release in one step (`update`).
//!
//! Front ends differ per source (`tencent_page`, `alibaba_page`, `metadata`, `errorcodes`), each producing
//! the same `facts`; prose facts are read by one extractor (`prose`); the back end (`merge`,
//! `tree`) is one. Every input is read before anything is written, so an unreadable input
//! leaves the spec as it was.

pub mod alibaba_page;
pub mod alibaba_sdk;
pub mod catalogue;
pub mod changes;
pub mod error;
pub mod errorcodes;
pub mod facts;
pub mod filters;
pub mod markup;
pub mod merge;
pub mod metadata;
pub mod package;
pub mod prose;
pub mod tencent_page;
pub mod tree;
pub mod update;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

pub use error::ImportError;
use facts::{SourceFacts, Vendor};
use merge::{Log, MergeOptions};

/// What `import` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Import over a newer source.
    pub force: bool,
    /// `service/version` for inputs that do not name their service (Alibaba pages).
    pub service: Option<String>,
}

/// What an import did: one line per file written and per fact replaced or not placed.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// Report lines, in order.
    pub lines: Vec<String>,
    /// Files written (or removed), relative to the root.
    pub written: Vec<String>,
    /// Vendor examples (and members' example and default values) repaired so the
    /// documented types can read them, by kind of fault.
    pub repairs: std::collections::BTreeMap<codegen::error::RepairKind, usize>,
    /// The report lines of the vendor examples and member facts left out (no faithful
    /// repair exists).
    pub left_out: Vec<String>,
    /// The report lines of the facts read from descriptions that the generator refuses: each
    /// dropped, its sentence left as prose.
    pub as_prose: Vec<String>,
    /// The report lines of the types named otherwise than their rule would name them, because
    /// that name differs from another type's only in case (the import's enum names, the
    /// generator's numbered modules).
    pub renamed: Vec<String>,
}

impl ImportReport {
    /// Take in what one merge said.
    fn append(&mut self, log: Log) {
        self.lines.extend(log.lines);
        self.lines.extend(log.warnings);
        for (kind, n) in log.repairs {
            *self.repairs.entry(kind).or_default() += n;
        }
        self.left_out.extend(log.left_out);
        self.as_prose.extend(log.as_prose);
        self.renamed.extend(log.renamed);
    }
}

/// Read one input file into facts, detecting its format by its content.
pub fn read_input(
    path: &Path,
    placement: &dyn alibaba_page::Placement,
) -> Result<SourceFacts, ImportError> {
    let file = path.display().to_string();
    if path.is_dir() {
        return alibaba_sdk::read(path);
    }
    let bytes =
        std::fs::read(path).map_err(|e| ImportError::file(&file, format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        ImportError::file(
            &file,
            format!("not UTF-8 text (byte {})", e.utf8_error().valid_up_to()),
        )
    })?;
    let name = path
        .file_name()
        .map_or_else(|| file.clone(), |n| n.to_string_lossy().into_owned());
    if errorcodes::detect(&name) {
        return errorcodes::read(&file, path, &text);
    }
    if text.trim_start().starts_with('{') {
        if metadata::detect(&text) {
            return metadata::read(&file, path, &text);
        }
        return Err(ImportError::file(&file, "a JSON file that is not Tencent API metadata (expected `actions`, `objects` and `metadata`, as in tccli's api.json)"));
    }
    if tencent_page::detect(&text) {
        return tencent_page::read(&file, &name, &text);
    }
    if alibaba_page::detect(&text) {
        return alibaba_page::read(&file, &name, &text, placement);
    }
    Err(ImportError::file(
        &file,
        "not a page this importer reads: expected a Tencent Cloud API page (`1. API Description` / `1. 接口描述`), an Alibaba Cloud API page (`授权信息`, `请求参数`, `返回参数`), tccli's api.json or the SDK's errorcodes.py",
    ))
}

/// Import `inputs` into `root/spec`. Nothing is written when any input is unreadable or
/// refused.
pub fn import(
    root: &Path,
    inputs: &[PathBuf],
    opts: &ImportOptions,
) -> Result<ImportReport, Vec<ImportError>> {
    let Merged {
        mut report,
        trees,
        problems,
        ..
    } = merge_inputs(root, inputs, opts)?;
    for t in &trees {
        let written = t.write(root).map_err(|e| vec![e])?;
        for w in &written {
            let verb = if root.join(w).exists() {
                "wrote"
            } else {
                "removed"
            };
            report.lines.push(format!("{verb} {w}"));
        }
        report.written.extend(written);
    }
    for p in problems {
        report
            .lines
            .push(format!("the spec does not validate after the import: {p}"));
    }
    Ok(report)
}

/// What an import would write: the service folders merged with the inputs, in memory.
#[derive(Debug)]
pub struct Merged {
    /// The report so far (what was merged, replaced, left out; nothing written yet).
    pub report: ImportReport,
    /// Every service folder an input went to, as it would be written (and, for
    /// [`merge_inputs_over`], the folders it was given).
    pub trees: Vec<tree::ServiceTree>,
    /// For each of `trees`, whether an input went to it.
    pub imported: Vec<bool>,
    /// What the generator finds wrong with those folders.
    pub problems: Vec<codegen::SpecError>,
}

/// Read `inputs` and merge them into the service folders under `root/spec`, writing
/// nothing: [`import`] writes the result, and a check of a whole catalogue can generate
/// from it in memory.
pub fn merge_inputs(
    root: &Path,
    inputs: &[PathBuf],
    opts: &ImportOptions,
) -> Result<Merged, Vec<ImportError>> {
    merge_inputs_over(root, Vec::new(), inputs, opts)
}

/// [`merge_inputs`] over service folders already in memory (`trees`, the result of an
/// earlier merge); a folder not among them is read from `root`. The returned trees are
/// `trees` followed by the folders read, in the inputs' order.
pub fn merge_inputs_over(
    root: &Path,
    mut trees: Vec<tree::ServiceTree>,
    inputs: &[PathBuf],
    opts: &ImportOptions,
) -> Result<Merged, Vec<ImportError>> {
    let known = tree::LazyKnownTypes::new(root);
    let mut errors = Vec::new();
    let mut sources = Vec::new();
    // A folder is an Alibaba SDK package, or holds several.
    let inputs = alibaba_sdk::expand_inputs(inputs)?;
    for read in read_all(&inputs, &known) {
        match read {
            Ok(facts) => sources.push(facts),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut report = ImportReport::default();
    // The actions and types the inputs touched, per tree (`None`: no input went to it).
    let mut touched: Vec<Option<BTreeSet<String>>> = Vec::new();
    let merge_opts = MergeOptions {
        force: opts.force,
        defined_types: None,
    };
    // Each input's tree (loaded once), or why it has none, in the inputs' order.
    let mut placed: Vec<Result<usize, ImportError>> = Vec::new();
    for facts in &sources {
        let at = target(root, facts, opts).and_then(|(service, version)| {
            match trees
                .iter()
                .position(|t| t.service == service && t.version == version)
            {
                Some(i) => Ok(i),
                None => tree::ServiceTree::load(root, &service, &version).map(|t| {
                    trees.push(t);
                    trees.len() - 1
                }),
            }
        });
        if let Ok(at) = at {
            touched.resize_with(trees.len(), || None);
            let names = touched[at].get_or_insert_with(BTreeSet::new);
            names.extend(facts.actions.iter().map(|a| a.name.clone()));
            names.extend(facts.types.iter().map(|t| t.name.clone()));
        }
        placed.push(at);
    }
    // Each tree takes its inputs in their order, and the trees are merged into on every core
    // (a catalogue is hundreds of trees); what each input said is then reported in the
    // inputs' order.
    let mut folders: Vec<(&mut tree::ServiceTree, Vec<usize>)> = trees
        .iter_mut()
        .enumerate()
        .map(|(i, t)| {
            let mine = (0..sources.len())
                .filter(|&n| matches!(placed[n], Ok(at) if at == i))
                .collect();
            (t, mine)
        })
        .collect();
    let merged = codegen::parallel::map_mut(&mut folders, |(t, mine)| {
        mine.iter()
            .map(|&n| (n, merge_one(t, &sources[n], &merge_opts)))
            .collect::<Vec<_>>()
    });
    let mut said: Vec<Option<(Log, Vec<ImportError>)>> = (0..sources.len()).map(|_| None).collect();
    for (n, out) in merged.into_iter().flatten() {
        said[n] = Some(out);
    }
    let whole: Vec<usize> = sources
        .iter()
        .zip(&placed)
        .filter_map(|(facts, at)| at.as_ref().ok().filter(|_| facts.whole).copied())
        .collect();
    for ((facts, at), said) in sources.iter().zip(placed).zip(said) {
        report.lines.extend(facts.notes.iter().cloned());
        match (at, said) {
            (Err(e), _) => errors.push(e),
            (Ok(_), Some((log, refused))) => {
                errors.extend(refused);
                report.append(log);
            }
            (Ok(_), None) => unreachable!("every placed input is merged"),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // A whole-service input made every action and type of its folder anew.
    for at in whole {
        let t = &trees[at];
        let names = t.spec.actions.keys().chain(t.spec.types.keys()).cloned();
        touched[at].get_or_insert_with(BTreeSet::new).extend(names);
    }
    // The folders imported into are checked as the generator will check them (the rest of
    // `spec/` is not read: a catalogue of services would make every import slow), each on
    // its own core.
    let mut problems = Vec::new();
    touched.resize_with(trees.len(), || None);
    let mut folders: Vec<_> = trees
        .iter_mut()
        .zip(&touched)
        .filter_map(|(t, touched)| Some((t, touched.as_ref()?)))
        .collect();
    let checked = codegen::parallel::map_mut(&mut folders, |(t, touched)| {
        let mut log = Log::default();
        let checked = t.repair_examples(touched, &mut log);
        (checked, log)
    });
    for (checked, log) in checked {
        if let Err(e) = checked {
            problems.extend(e.0);
        }
        report.append(log);
    }
    for (t, _) in trees
        .iter()
        .zip(&touched)
        .filter(|(_, touched)| touched.is_some())
    {
        for (ty, used_by) in merge::missing_types(&t.spec) {
            report.lines.push(format!(
                "{}: type {ty} (used by {used_by}) is not defined: add {} (the vendor documents it on its data-types page)",
                t.dir_rel(),
                t.type_path(&ty)
            ));
        }
    }
    let imported = touched.iter().map(Option::is_some).collect();
    Ok(Merged {
        report,
        trees,
        imported,
        problems,
    })
}

/// Merge one input into its tree: the report lines it gives, and the facts refused as older
/// than what the tree has.
fn merge_one(
    t: &mut tree::ServiceTree,
    facts: &SourceFacts,
    merge_opts: &MergeOptions,
) -> (Log, Vec<ImportError>) {
    let mut errors = Vec::new();
    let mut log = Log::default();
    // A whole-service input replaces every action, so it is dated against all of them.
    let dated: Vec<&String> = if facts.whole {
        t.spec.actions.keys().collect()
    } else {
        facts.actions.iter().map(|a| &a.name).collect()
    };
    for name in dated {
        let old = t.spec.actions.get(name);
        if let Err(refused) = merge::check_age(
            &t.action_path(name),
            old.and_then(|o| o.source_updated.as_deref()),
            old.and_then(|o| {
                // The package of the input's language: a file documented in both records
                // the other one's beside its own.
                match (
                    o.language == facts.origin.language,
                    facts.origin.language.as_str(),
                ) {
                    (true, _) => o.source_package.as_deref(),
                    // An action the other language's input never documented has its
                    // package in `source_package` alone (an Alibaba SDK under a page).
                    (false, "zh") => o
                        .source_package_zh
                        .as_deref()
                        .or(o.source_package.as_deref()),
                    (false, _) => o
                        .source_package_en
                        .as_deref()
                        .or(o.source_package.as_deref()),
                }
            }),
            &facts.origin,
            merge_opts.force,
        ) {
            errors.push(ImportError::file(&facts.file, refused.0));
        }
    }
    if !errors.is_empty() {
        return (log, errors);
    }
    if facts.whole {
        // The service file first: repairing the input's examples on their own reads it.
        t.note_source(facts, &mut log);
        let old = std::mem::take(&mut t.spec);
        t.spec = merge::whole::replace(&old, facts, merge_opts, &t.dir_rel(), &mut log);
        let everything: std::collections::BTreeSet<String> = t
            .spec
            .actions
            .keys()
            .chain(t.spec.types.keys())
            .cloned()
            .collect();
        // What is still wrong is reported by the check after the import, and the names the
        // generator numbers are reported by it too (not twice).
        let mut first = Log::default();
        let _ = t.repair_examples(&everything, &mut first);
        first.renamed.clear();
        log.append(first);
        let fresh = std::mem::take(&mut t.spec);
        t.spec = merge::whole::combine_languages(
            &old,
            fresh,
            &facts.origin.language,
            &t.dir_rel(),
            &mut log,
        );
    } else {
        for ty in &facts.types {
            let path = t.type_path(&ty.name);
            merge::merge_type(&mut t.spec, ty, &facts.origin, merge_opts, &path, &mut log);
        }
        for a in &facts.actions {
            let path = t.action_path(&a.name);
            merge::merge_action(&mut t.spec, a, &facts.origin, merge_opts, &path, &mut log);
        }
        let dir = t.dir_rel();
        merge::filters_of_examples(&mut t.spec, &dir, &mut log);
    }
    t.note_source(facts, &mut log);
    if let Some(codes) = &facts.service_errors {
        let path = format!("{}/service.json", t.dir_rel());
        let file = t
            .service_file
            .as_mut()
            .expect("note_source made the service file");
        match merge::check_age(
            &format!("{path}: service_errors"),
            None,
            file.service_errors_source
                .as_ref()
                .map(|s| s.package.as_str()),
            &facts.origin,
            merge_opts.force,
        ) {
            Ok(()) => {
                merge::merge_service_errors(file, codes, &facts.origin, merge_opts, &path, &mut log)
            }
            Err(refused) => errors.push(ImportError::file(&facts.file, refused.0)),
        }
    }
    (log, errors)
}

/// Read every input, in the inputs' order, on every core: a catalogue of hundreds of
/// metadata files is read in parallel.
fn read_all(
    inputs: &[PathBuf],
    known: &tree::LazyKnownTypes<'_>,
) -> Vec<Result<SourceFacts, ImportError>> {
    codegen::parallel::map(inputs, |input| read_input(input, known))
}

/// The `spec/<service>/<version>` an input goes to.
fn target(
    root: &Path,
    facts: &SourceFacts,
    opts: &ImportOptions,
) -> Result<(String, String), ImportError> {
    if let Some(sv) = &opts.service {
        return sv
            .split_once('/')
            .map(|(s, v)| (s.to_owned(), v.to_owned()))
            .ok_or_else(|| {
                ImportError::file(
                    &facts.file,
                    format!("--service wants SERVICE/VERSION, got `{sv}`"),
                )
            });
    }
    if let (Some(s), Some(v)) = (&facts.service, &facts.version) {
        return Ok((s.clone(), v.clone()));
    }
    // Alibaba pages name neither: the service that already has the action, if exactly one.
    let action = facts
        .actions
        .first()
        .map(|a| a.name.as_str())
        .unwrap_or_default();
    let found = tree::services_with_action(root, action, facts.vendor == Vendor::Alibaba);
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(ImportError::file(&facts.file, format!("the page does not name its service or version and no service in spec/ has action {action}: pass --service SERVICE/VERSION"))),
        many => Err(ImportError::file(&facts.file, format!("the page does not name its service; {} services have action {action}: pass --service SERVICE/VERSION", many.len()))),
    }
}
