//! `cargo xtask changes`: the spec at a base revision against the spec on disk, every change
//! with its effect on the generated crates under this generator's rules, and the version bump
//! each crate needs. The rules (check ids and levels) are listed in `spec/README.md`:
//!
//! - **breaking**: a generated item disappears or changes type (action, member, type, enum
//!   value, error code; a list becomes a scalar; an integer changes width; an object member's
//!   required flag, which decides between `T` and `Option<T>`), or a request that passed
//!   before is now refused (a member becomes required, a limit tightens, a rule is added);
//! - **additive**: new items that no user code can break on (`#[non_exhaustive]` structs and
//!   `Unknown` enum variants), limits that loosen;
//! - **docs**: descriptions, examples, defaults and other text.

mod diff;
mod markdown;
mod words;

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::json;

pub use diff::{compare, compare_with_git};
pub use markdown::LIMIT as MARKDOWN_LIMIT;

/// How a change affects the generated crates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Documentation only.
    Docs,
    /// New API; nothing breaks.
    Additive,
    /// User code may stop compiling, or requests that passed are refused.
    Breaking,
}

impl Level {
    /// The name used in the report.
    pub fn name(self) -> &'static str {
        match self {
            Level::Docs => "docs",
            Level::Additive => "additive",
            Level::Breaking => "breaking",
        }
    }
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Check id (`member-removed`).
    pub id: &'static str,
    /// Its level.
    pub level: Level,
    /// `service/version`.
    pub service: String,
    /// Where (`DescribeInvocations.input.Limit`).
    pub place: String,
    /// What changed, old → new.
    pub detail: String,
    /// The text before, for changes whose text the report shows: a description, an example's
    /// title (`example-renamed`), a member's example as compact JSON. `None` when there was
    /// none (an example added to a member), or for changes that carry no text.
    pub old: Option<String>,
    /// The text after, as `old`.
    pub new: Option<String>,
}

/// The version bump of one generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bump {
    /// Crate name.
    pub name: String,
    /// Current version.
    pub from: String,
    /// Version it needs.
    pub to: String,
    /// The level that decides it.
    pub level: Level,
}

/// The whole report.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// What was compared with.
    pub base: String,
    /// Every change, by service, then place.
    pub changes: Vec<Change>,
    /// Crate bumps, for services with changes.
    pub bumps: Vec<Bump>,
}

impl Report {
    /// Whether any change is breaking.
    pub fn has_breaking(&self) -> bool {
        self.changes.iter().any(|c| c.level == Level::Breaking)
    }

    /// Markdown for a pull request description: breaking and additive changes as tables,
    /// documentation changes collapsed per action or type, the same change at many places
    /// folded into one row, at most [`MARKDOWN_LIMIT`] bytes (rows left out are counted).
    pub fn to_markdown(&self) -> String {
        markdown::render(self)
    }

    /// JSON for bots; the schema is in `spec/README.md`.
    pub fn to_json(&self) -> String {
        let v = json!({
            "base": self.base,
            "breaking": self.has_breaking(),
            "crates": self.bumps.iter().map(|b| json!({"name": b.name, "from": b.from, "to": b.to, "level": b.level.name()})).collect::<Vec<_>>(),
            "changes": self.changes.iter().map(change_json).collect::<Vec<_>>(),
        });
        serde_json::to_string_pretty(&v).expect("json serializes")
    }
}

/// One change, every change unfolded: folding the same change at many places is for readers
/// of the markdown; a bot gets each place. `old` and `new` only where the change has them.
fn change_json(c: &Change) -> serde_json::Value {
    let mut v = json!({"id": c.id, "level": c.level.name(), "service": c.service, "place": c.place, "detail": c.detail});
    for (key, text) in [("old", &c.old), ("new", &c.new)] {
        if let Some(t) = text {
            v[key] = json!(t);
        }
    }
    v
}

/// The bump each generated crate of a changed service needs, from the service's current
/// `crate_version` (its `service.json` under `root`; absent: 0.1.0). A service added or
/// removed has no crates to bump: the first ones are published at their `crate_version`.
/// Older versions of a service have their version in their crates' names
/// (`codegen::naming::crate_stem`).
pub(crate) fn bumps(root: &Path, changes: &[Change]) -> Vec<Bump> {
    let mut worst: BTreeMap<&str, Level> = BTreeMap::new();
    for c in changes {
        let e = worst.entry(c.service.as_str()).or_insert(Level::Docs);
        *e = (*e).max(c.level);
    }
    let mut out = Vec::new();
    for (svc, level) in worst {
        if changes
            .iter()
            .any(|c| c.service == svc && c.id == "service-added")
        {
            continue;
        }
        let Some((service, version)) = svc.split_once('/') else {
            continue;
        };
        // A removed service has no service.json left.
        let Some(file) = std::fs::read_to_string(root.join("spec").join(svc).join("service.json"))
            .ok()
            .and_then(|t| serde_json::from_str::<codegen::spec::ServiceFile>(&t).ok())
        else {
            continue;
        };
        // The newest version of a service keeps the plain crate names.
        let newest = std::fs::read_dir(root.join("spec").join(service))
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.path().join("service.json").is_file())
            .all(|e| e.file_name().to_string_lossy().as_ref() <= version);
        let stem = codegen::naming::crate_stem(service, version, newest);
        let from = file
            .crate_version
            .unwrap_or_else(|| codegen::crate_version::DEFAULT.to_owned());
        for kind in ["model", "client"] {
            out.push(Bump {
                name: format!("{stem}-{kind}"),
                from: from.clone(),
                to: bump(&from, level),
                level,
            });
        }
    }
    out
}

/// Cargo's semver: before 1.0 the minor number is the breaking one.
pub fn bump(version: &str, level: Level) -> String {
    let mut p: Vec<u64> = version.split('.').map(|x| x.parse().unwrap_or(0)).collect();
    p.resize(3, 0);
    let (major, minor, patch) = (p[0], p[1], p[2]);
    match (level, major) {
        (Level::Breaking, 0) => format!("0.{}.0", minor + 1),
        (Level::Breaking, _) => format!("{}.0.0", major + 1),
        (Level::Additive, 0) => format!("0.{minor}.{}", patch + 1),
        (Level::Additive, _) => format!("{major}.{}.0", minor + 1),
        (Level::Docs, _) => format!("{major}.{minor}.{}", patch + 1),
    }
}
