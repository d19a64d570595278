//! `cargo xtask update`: a vendor release in one step. The pinned metadata packages
//! (`scripts/metadata-pins.txt`) move to the given or newest release; every spec folder whose
//! files record one of them (`source_package` of its actions, `service_errors_source` of its
//! `service.json`) is imported again from the same file of the new release; each changed
//! service's crates get the version the change report's verdict asks for (`crate_version`,
//! the workspace manifest's dependency line, the lock files) and a `CHANGELOG.md` entry; the
//! crates are generated. Pages (captured text) are not sources a release moves, and stay.
//!
//! The order: resolve the targets → refuse a downgrade unless forced → fetch → import (any
//! error stops the step) → report (the spec before the step against the spec after it) →
//! bumps → versions and changelogs → generate → write. Everything up to the writing is done in
//! memory, so a dry run prints exactly what a real run would write, and a failure at any step
//! leaves the repository as it was. The pin moves last.

pub mod changelog;
pub mod manifests;
pub mod pins;
pub mod registry;
mod sources;

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

use codegen::write::Drift;
use codegen::SourceFile;

use crate::changes::{self, Report};
use crate::package::compare_versions;
use crate::tree::ServiceTree;
use crate::{merge_inputs, ImportOptions, Merged};
use changelog::Moved;
use pins::{Pins, PINS};
pub use registry::{package_dir, Pip, Registry};
use sdk_shape::format::{civil_from_days, days_from_civil};

/// Why an update stopped. Nothing is written when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateError {
    /// What is wrong and where.
    pub message: String,
}

impl UpdateError {
    fn new(message: impl Into<String>) -> Self {
        UpdateError {
            message: message.into(),
        }
    }
}

impl fmt::Display for UpdateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UpdateError {}

fn fail<T>(message: impl Into<String>) -> Result<T, Vec<UpdateError>> {
    Err(vec![UpdateError::new(message)])
}

/// A package to move: to `version`, or to its newest release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Distribution name, as pinned (`tccli-intl-en`).
    pub name: String,
    /// The release to move to; `None`: the newest.
    pub version: Option<String>,
}

/// What `update` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct UpdateOptions {
    /// The packages to move; empty: every pinned package, to its newest release.
    pub targets: Vec<Target>,
    /// Move to an older release (and import over newer sources).
    pub force: bool,
    /// Write nothing; say what would be written.
    pub dry_run: bool,
    /// The changelog entries' date, `YYYY-MM-DD`; default: today (UTC).
    pub date: Option<String>,
}

/// A pin moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinMove {
    /// Distribution name.
    pub name: String,
    /// Pinned release before.
    pub from: String,
    /// Pinned release after.
    pub to: String,
}

/// What an update did, or in a dry run would do.
#[derive(Debug, Default)]
pub struct Update {
    /// Pins moved.
    pub moved: Vec<PinMove>,
    /// Packages already at their target release: (name, release).
    pub current: Vec<(String, String)>,
    /// Spec folders imported again (`spec/tat/2020-10-28`).
    pub reimported: Vec<String>,
    /// Spec folders the new release no longer has a file for, each with why; they are kept
    /// as they were.
    pub dropped: Vec<String>,
    /// The import's report lines.
    pub import_lines: Vec<String>,
    /// The change report, with the crate bumps.
    pub report: Report,
    /// The changelog entries written: (changelog path, entry).
    pub changelogs: Vec<(String, String)>,
    /// Every file written, created or removed (or that would be, in a dry run).
    pub files: Vec<Drift>,
    /// Whether nothing was written.
    pub dry_run: bool,
}

impl Update {
    /// The closing summary: packages moved, services imported again, crates bumped, files.
    pub fn summary(&self) -> String {
        let mut s = String::from("## Update summary\n\n");
        if self.moved.is_empty() {
            s.push_str("Every package is at its target release already; nothing to do.\n");
        }
        for m in &self.moved {
            let _ = writeln!(s, "- {} {} → {} ({PINS})", m.name, m.from, m.to);
        }
        for (name, version) in &self.current {
            let _ = writeln!(s, "- {name} {version}: already pinned");
        }
        if !self.moved.is_empty() {
            let _ = writeln!(
                s,
                "- {} spec folder(s) imported again{}",
                self.reimported.len(),
                list(&self.reimported)
            );
        }
        for d in &self.dropped {
            let _ = writeln!(s, "- not in the new release: {d}");
        }
        let bumps: Vec<String> = self
            .report
            .bumps
            .iter()
            .map(|b| format!("{} {} → {} ({})", b.name, b.from, b.to, b.level.name()))
            .collect();
        let _ = writeln!(s, "- {} crate(s) bumped{}", bumps.len(), list(&bumps));
        for (path, _) in &self.changelogs {
            let _ = writeln!(s, "- changelog entry: {path}");
        }
        let verb = if self.dry_run {
            "would be written (dry run: nothing was)"
        } else {
            "written"
        };
        let _ = writeln!(s, "- {} file(s) {verb}", self.files.len());
        s
    }
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        String::new()
    } else {
        format!(": {}", items.join(", "))
    }
}

/// Move the pins as `opts` asks and bring the spec, the crates and their versions along (see
/// the module documentation). `registry` answers which release is newest and fetches the
/// packages not yet in `target/vendor-metadata/`.
pub fn update(
    root: &Path,
    opts: &UpdateOptions,
    registry: &dyn Registry,
) -> Result<Update, Vec<UpdateError>> {
    let date = match &opts.date {
        Some(d) if is_date(d) => d.clone(),
        Some(d) => return fail(format!("--date `{d}`: expected YYYY-MM-DD")),
        None => today(),
    };
    let pins = Pins::read(root)?;
    let mut out = resolve(&pins, opts, registry)?;
    if out.moved.is_empty() {
        return Ok(out);
    }
    let folders = sources::scan(root, &pins)?;
    fetch(root, &out.moved, registry)?;
    let plan = plan(root, &folders, &mut out);

    // The spec before and after, in memory.
    let before = codegen::load::read_spec_tree(root)
        .map_err(|e| vec![UpdateError::new(format!("cannot read spec/: {e}"))])?;
    let mut after: BTreeMap<String, String> = before
        .iter()
        .map(|f| (f.path.clone(), f.text.clone()))
        .collect();
    let mut trees = Vec::new();
    if !plan.inputs.is_empty() {
        let import = ImportOptions {
            force: opts.force,
            ..ImportOptions::default()
        };
        let Merged {
            report,
            trees: merged,
            problems,
            ..
        } = merge_inputs(root, &plan.inputs, &import).map_err(|errors| {
            errors
                .into_iter()
                .map(|e| UpdateError::new(e.to_string()))
                .collect::<Vec<_>>()
        })?;
        if !problems.is_empty() {
            return Err(problems
                .iter()
                .map(|p| {
                    UpdateError::new(format!("the spec does not validate after the import: {p}"))
                })
                .collect());
        }
        out.import_lines = report.lines;
        trees = merged;
    }
    for t in &trees {
        // A release's metadata is the whole truth: the actions and types it no longer has
        // are gone from the folder.
        let files = t.source_files(&t.spec);
        let dir = t.dir_rel();
        after.retain(|path, _| {
            let owned = path.starts_with(&format!("{dir}/actions/"))
                || path.starts_with(&format!("{dir}/types/"));
            !owned || files.iter().any(|f| &f.path == path)
        });
        for f in files {
            after.insert(f.path, f.text);
        }
    }

    let mut report =
        changes::compare(&before, &files(&after)).map_err(|e| vec![UpdateError::new(e)])?;
    report.base = "the spec before `cargo xtask update`".to_owned();
    report.bumps = changes::bumps(root, &report.changes);
    for t in &mut trees {
        release(t, &report, &date, &plan, &mut after, &mut out);
    }
    let mut manifests = version_places(root, &report.bumps)?;
    let pin = (
        PINS.to_owned(),
        pins.moved(out.moved.iter().map(|m| (m.name.as_str(), m.to.as_str()))),
    );
    let output = codegen::generate_from(&files(&after)).map_err(|e| {
        vec![UpdateError::new(format!(
            "the updated spec does not generate:\n{e}"
        ))]
    })?;
    out.report = report;

    // Every file that changes: the spec, then the manifests.
    let old: BTreeMap<&str, &str> = before
        .iter()
        .map(|f| (f.path.as_str(), f.text.as_str()))
        .collect();
    let removals: Vec<String> = old
        .keys()
        .filter(|path| !after.contains_key(**path))
        .map(|path| (*path).to_owned())
        .collect();
    let mut writes: Vec<(String, String)> = after
        .into_iter()
        .filter(|(path, text)| old.get(path.as_str()) != Some(&text.as_str()))
        .collect();
    manifests.retain(|(path, text)| {
        std::fs::read_to_string(root.join(path)).ok().as_ref() != Some(text)
    });
    writes.extend(manifests);
    out.files = write(root, &writes, &removals, pin, &output, opts.dry_run)?;
    Ok(out)
}

/// Fetch the moved packages' new releases that are not in `target/vendor-metadata/` yet.
fn fetch(root: &Path, moved: &[PinMove], registry: &dyn Registry) -> Result<(), Vec<UpdateError>> {
    for m in moved {
        let dir = package_dir(root, &m.name, &m.to);
        if dir.is_dir() {
            continue;
        }
        registry
            .fetch(root, &m.name, &m.to)
            .map_err(|e| vec![UpdateError::new(e)])?;
        if !dir.is_dir() {
            return fail(format!(
                "{} {}: fetched, but {} is not there",
                m.name,
                m.to,
                dir.display()
            ));
        }
    }
    Ok(())
}

/// What the moved packages' new releases give the spec folders.
#[derive(Debug, Default)]
struct Plan {
    /// The files to import, folder by folder.
    inputs: Vec<PathBuf>,
    /// Per folder (`spec/tat/2020-10-28`), the packages it moves from one release to another.
    moved_in: BTreeMap<String, Vec<Moved>>,
}

/// The files of the new releases that the spec folders came from; the folders imported again
/// and those the new release has no file for go to `out`.
fn plan(root: &Path, folders: &[sources::Folder], out: &mut Update) -> Plan {
    let mut plan = Plan::default();
    for f in folders {
        let mut imported = false;
        for m in &out.moved {
            let Some(from) = f.packages.get(&m.name) else {
                continue;
            };
            let mut found = false;
            for source in &from.sources {
                let path = package_dir(root, &m.name, &m.to).join(source);
                if path.is_file() {
                    plan.inputs.push(path);
                    found = true;
                } else {
                    out.dropped.push(format!(
                        "{}: {} {} has no {source} (the vendor dropped this service version?); the folder is kept as {} {} gave it",
                        f.dir,
                        m.name,
                        m.to,
                        m.name,
                        from.releases.join(", ")
                    ));
                }
            }
            if found && from.releases.iter().any(|r| *r != m.to) {
                plan.moved_in.entry(f.dir.clone()).or_default().push(Moved {
                    package: m.name.clone(),
                    from: from.releases.join(", "),
                    to: m.to.clone(),
                });
            }
            imported |= found;
        }
        if imported {
            out.reimported.push(f.dir.clone());
        }
    }
    plan
}

/// A changed service's release: its new `crate_version` (the one `changes::bumps` gave both of
/// its crates: the same start, the same worst level of its changes) in `service.json`, and its
/// changelog entry.
fn release(
    t: &mut ServiceTree,
    report: &Report,
    date: &str,
    plan: &Plan,
    after: &mut BTreeMap<String, String>,
    out: &mut Update,
) {
    let dir = t.dir_rel();
    let key = dir.trim_start_matches("spec/");
    let mine: Vec<&changes::Change> = report.changes.iter().filter(|c| c.service == key).collect();
    let (Some(level), Some(file)) = (mine.iter().map(|c| c.level).max(), t.service_file.as_mut())
    else {
        return;
    };
    let from = file
        .crate_version
        .clone()
        .unwrap_or_else(|| codegen::crate_version::DEFAULT.to_owned());
    let to = changes::bump(&from, level);
    file.crate_version = Some(to.clone());
    after.insert(
        format!("{dir}/service.json"),
        codegen::spec::to_canonical_json(&*file),
    );
    let moved = plan.moved_in.get(&dir).map_or(&[][..], Vec::as_slice);
    let entry = changelog::entry(&to, date, moved, &mine);
    let path = format!("{dir}/{}", codegen::load::CHANGELOG);
    let text = changelog::prepend(after.get(&path).map(String::as_str), &entry);
    after.insert(path.clone(), text);
    out.changelogs.push((path, entry));
}

/// The workspace manifest and the lock files with the bumped crates' versions moved.
fn version_places(
    root: &Path,
    bumps: &[changes::Bump],
) -> Result<Vec<(String, String)>, Vec<UpdateError>> {
    let mut out = Vec::new();
    if bumps.is_empty() {
        return Ok(out);
    }
    let mut manifest = std::fs::read_to_string(root.join("Cargo.toml"))
        .map_err(|e| vec![UpdateError::new(format!("Cargo.toml: cannot read: {e}"))])?;
    let mut errors = Vec::new();
    for b in bumps {
        match manifests::move_workspace_dependency(&manifest, &b.name, &b.from, &b.to) {
            Ok(Some(moved)) => manifest = moved,
            Ok(None) => {}
            Err(e) => errors.push(UpdateError::new(e)),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    out.push(("Cargo.toml".to_owned(), manifest));
    for lock in ["Cargo.lock", "fuzz/Cargo.lock"] {
        let Ok(mut text) = std::fs::read_to_string(root.join(lock)) else {
            continue;
        };
        for b in bumps {
            if let Some(moved) = manifests::move_lock_entry(&text, &b.name, &b.from, &b.to) {
                text = moved;
            }
        }
        out.push((lock.to_owned(), text));
    }
    Ok(out)
}

/// Write `files`, then the generated crates, then the pin last, so a failure before it leaves
/// the pin where it was and the step can be run again; in a dry run, only say what would be
/// written.
fn write(
    root: &Path,
    files: &[(String, String)],
    removals: &[String],
    pin: (String, String),
    output: &codegen::Output,
    dry_run: bool,
) -> Result<Vec<Drift>, Vec<UpdateError>> {
    let mut listed: Vec<Drift> = files
        .iter()
        .chain([&pin])
        .map(|(path, _)| {
            if root.join(path).exists() {
                Drift::Stale(path.clone())
            } else {
                Drift::Missing(path.clone())
            }
        })
        .collect();
    listed.extend(removals.iter().cloned().map(Drift::Extra));
    let generated = if dry_run {
        codegen::write::check(root, output)
    } else {
        write_all(root, files)?;
        for rel in removals {
            std::fs::remove_file(root.join(rel))
                .map_err(|e| vec![UpdateError::new(format!("{rel}: cannot remove: {e}"))])?;
        }
        codegen::write::write(root, output)
    }
    .map_err(|e| vec![UpdateError::new(format!("the generated crates: {e}"))])?;
    if !dry_run {
        write_all(root, &[pin])?;
    }
    listed.extend(generated);
    Ok(listed)
}

/// The update begun: the packages to move and those already at their target, or why none
/// can move.
fn resolve(
    pins: &Pins,
    opts: &UpdateOptions,
    registry: &dyn Registry,
) -> Result<Update, Vec<UpdateError>> {
    let targets: Vec<Target> = if opts.targets.is_empty() {
        pins.pins
            .iter()
            .map(|p| Target {
                name: p.name.clone(),
                version: None,
            })
            .collect()
    } else {
        opts.targets.clone()
    };
    let mut moved = Vec::new();
    let mut current = Vec::new();
    let mut errors = Vec::new();
    for t in targets {
        let Some(pin) = pins.get(&t.name) else {
            let pinned: Vec<&str> = pins.pins.iter().map(|p| p.name.as_str()).collect();
            errors.push(UpdateError::new(format!(
                "{PINS}: `{}` is not pinned (pinned: {})",
                t.name,
                pinned.join(", ")
            )));
            continue;
        };
        let to = match t.version {
            Some(v) => v,
            None => match registry.newest(&t.name) {
                Ok(v) => v,
                Err(e) => {
                    errors.push(UpdateError::new(e));
                    continue;
                }
            },
        };
        match compare_versions(&to, &pin.version) {
            None => errors.push(UpdateError::new(format!(
                "{PINS}:{}: cannot order {} releases `{to}` and `{}` (expected dotted numbers)",
                pin.line, t.name, pin.version
            ))),
            Some(std::cmp::Ordering::Equal) => current.push((t.name, to)),
            Some(std::cmp::Ordering::Less) if !opts.force => {
                errors.push(UpdateError::new(format!(
                    "{PINS}:{}: {} {to} is older than the pinned {}: refusing a downgrade (--force moves back)",
                    pin.line, t.name, pin.version
                )))
            }
            Some(_) => moved.push(PinMove {
                name: t.name,
                from: pin.version.clone(),
                to,
            }),
        }
    }
    if errors.is_empty() {
        Ok(Update {
            moved,
            current,
            dry_run: opts.dry_run,
            ..Update::default()
        })
    } else {
        Err(errors)
    }
}

fn files(map: &BTreeMap<String, String>) -> Vec<SourceFile> {
    map.iter()
        .map(|(path, text)| SourceFile {
            path: path.clone(),
            text: text.clone(),
        })
        .collect()
}

fn write_all(root: &Path, files: &[(String, String)]) -> Result<(), Vec<UpdateError>> {
    for (rel, text) in files {
        let path = root.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                vec![UpdateError::new(format!(
                    "{rel}: cannot create the folder: {e}"
                ))]
            })?;
        }
        std::fs::write(&path, text)
            .map_err(|e| vec![UpdateError::new(format!("{rel}: cannot write: {e}"))])?;
    }
    Ok(())
}

/// `YYYY-MM-DD` with a month and day that can be.
fn is_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let number = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<u32>().ok())?
    };
    let [y, m, day] = parts.as_slice() else {
        return false;
    };
    let (Some(y), Some(m), Some(day)) = (number(y, 4), number(m, 2), number(day, 2)) else {
        return false;
    };
    // A day the month has: the calendar gives the same date back.
    let days = days_from_civil(i64::from(y), m, day);
    (1..=12).contains(&m) && civil_from_days(days) == (i64::from(y), m, day)
}

/// Today's date in UTC.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(secs / 86_400)
}

/// The calendar date of a day counted from 1970-01-01.
fn civil_date(days: u64) -> String {
    let (year, month, day) = civil_from_days(i64::try_from(days).unwrap_or(0));
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::{civil_date, is_date};

    #[test]
    fn days_become_calendar_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(19_358), "2023-01-01");
        assert_eq!(civil_date(19_417), "2023-03-01");
        assert_eq!(civil_date(19_782), "2024-02-29");
    }

    #[test]
    fn dates_are_year_month_day() {
        assert!(is_date("2025-01-31"));
        for bad in [
            "2025-1-31",
            "2025-13-01",
            "2025-01-32",
            "25-01-01",
            "2025/01/01",
            "",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
