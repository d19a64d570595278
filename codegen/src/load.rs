//! Reading the spec tree: files in, typed spec files out, with errors located by file and
//! JSON pointer. Reading (I/O) and parsing are separate so tests can parse files held in memory.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{did_you_mean, SpecError};
use crate::spec::{ActionFile, ServiceFile, TypeFile, WaitersFile};

/// A spec file's path (relative to the repository root, `/`-separated) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Relative path, e.g. `spec/tat/2020-10-28/actions/DescribeInvocations.json`.
    pub path: String,
    /// The file's contents.
    pub text: String,
}

/// The parsed files of one service version.
#[derive(Debug)]
pub struct LoadedService {
    /// The version folder, e.g. `spec/tat/2020-10-28`.
    pub dir: String,
    /// `service.json`, when present and valid.
    pub service: Option<(String, ServiceFile)>,
    /// Action files, sorted by path.
    pub actions: Vec<(String, ActionFile)>,
    /// Type files, sorted by path.
    pub types: Vec<(String, TypeFile)>,
    /// `waiters.json`, when present and valid.
    pub waiters: Option<(String, WaitersFile)>,
    /// Names (file stems) of type files that did not parse: references to them are not
    /// reported again as unknown types.
    pub broken_types: Vec<String>,
}

/// The file name of a service version's changelog (`spec/<service>/<version>/CHANGELOG.md`):
/// not a spec file, but read with them, as the generator copies it into the crates.
pub const CHANGELOG: &str = "CHANGELOG.md";

/// Whether `path` (relative to the root) is a service version's [`CHANGELOG`].
pub fn is_changelog(path: &str) -> bool {
    path.strip_prefix("spec/")
        .and_then(|p| p.strip_suffix(CHANGELOG))
        .is_some_and(|dir| {
            dir.ends_with('/') && dir.matches('/').count() == 2 && !dir.starts_with('/')
        })
}

/// Read every `.json` file under `<root>/spec/<service>/<version>/`, and each version's
/// [`CHANGELOG`], sorted by path.
pub fn read_spec_tree(root: &Path) -> io::Result<Vec<SourceFile>> {
    let mut files = Vec::new();
    collect(root, &root.join("spec"), &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<SourceFile>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let json = path.extension().is_some_and(|e| e == "json");
            if !(json || is_changelog(&rel)) || rel == "spec/schema.json" {
                continue;
            }
            let text = fs::read_to_string(&path)
                .map_err(|e| io::Error::new(e.kind(), format!("{rel}: {e}")))?;
            out.push(SourceFile { path: rel, text });
        }
    }
    Ok(())
}

/// Parse the files into services (changelogs are not spec files and are passed over). Every
/// problem is returned; a file with a problem is left out.
pub fn parse(files: &[SourceFile]) -> (Vec<LoadedService>, Vec<SpecError>) {
    let files: Vec<&SourceFile> = files.iter().filter(|f| !is_changelog(&f.path)).collect();
    // Each file is parsed on its own, on every core (a catalogue is tens of thousands of
    // files); they are grouped into services afterwards, in the files' order.
    let parsed = crate::parallel::map(&files, |f| parse_file(f));
    let mut services: Vec<LoadedService> = Vec::new();
    let mut by_dir: HashMap<String, usize> = HashMap::new();
    let mut errors = Vec::new();
    for (file, parsed) in files.iter().zip(parsed) {
        let (dir, parsed) = match parsed {
            Ok(parsed) => parsed,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let index = *by_dir.entry(dir.clone()).or_insert_with(|| {
            services.push(LoadedService {
                dir,
                service: None,
                actions: Vec::new(),
                types: Vec::new(),
                waiters: None,
                broken_types: Vec::new(),
            });
            services.len() - 1
        });
        let entry = &mut services[index];
        let path = file.path.clone();
        match parsed {
            Parsed::Service(Ok(v)) => entry.service = Some((path, *v)),
            Parsed::Waiters(Ok(v)) => entry.waiters = Some((path, *v)),
            Parsed::Action(Ok(v)) => entry.actions.push((path, *v)),
            Parsed::Type(Ok(v)) => entry.types.push((path, *v)),
            Parsed::Type(Err((stem, e))) => {
                entry.broken_types.push(stem);
                errors.push(e);
            }
            Parsed::Service(Err(e)) | Parsed::Waiters(Err(e)) | Parsed::Action(Err(e)) => {
                errors.push(e)
            }
        }
    }
    require_service_files(&services, &mut errors);
    (services, errors)
}

/// A service version without a `service.json` is an error, unless one of its files already
/// failed (a broken `service.json` is reported as that).
pub fn require_service_files(services: &[LoadedService], errors: &mut Vec<SpecError>) {
    for s in services {
        if s.service.is_none() && !errors.iter().any(|e| e.file.starts_with(&s.dir)) {
            errors.push(SpecError::new(
                &format!("{}/service.json", s.dir),
                "",
                "missing: every service version needs a service.json",
            ));
        }
    }
}

/// One file parsed by its role (boxed: the parsed files are held until they are grouped); a
/// type file that does not parse keeps its stem.
enum Parsed {
    Service(Result<Box<ServiceFile>, SpecError>),
    Waiters(Result<Box<WaitersFile>, SpecError>),
    Action(Result<Box<ActionFile>, SpecError>),
    Type(Result<Box<TypeFile>, (String, SpecError)>),
}

/// The version folder of `file` and the file parsed by its place in the tree, or why the
/// file has no place there.
fn parse_file(file: &SourceFile) -> Result<(String, Parsed), SpecError> {
    let parts: Vec<&str> = file.path.split('/').collect();
    let parsed = match parts.as_slice() {
        ["spec", _, _, "service.json"] => Parsed::Service(parse_one(file).map(Box::new)),
        ["spec", _, _, "waiters.json"] => Parsed::Waiters(parse_one(file).map(Box::new)),
        ["spec", _, _, "actions", _] => Parsed::Action(parse_one(file).map(Box::new)),
        ["spec", _, _, "types", stem] => Parsed::Type(
            parse_one(file)
                .map(Box::new)
                .map_err(|e| (stem.strip_suffix(".json").unwrap_or(stem).to_owned(), e)),
        ),
        _ => {
            return Err(SpecError::new(
                &file.path,
                "",
                "unexpected file: spec files are spec/<service>/<version>/service.json, \
                 .../waiters.json, .../actions/<Action>.json or .../types/<Type>.json",
            ))
        }
    };
    Ok((parts[..3].join("/"), parsed))
}

/// Parse one file. Tracking the path costs about a tenth of the parse of every file, so a
/// file is read by plain serde first, and again with `serde_path_to_error` only when it
/// fails, to say where.
fn parse_one<T: DeserializeOwned>(file: &SourceFile) -> Result<T, SpecError> {
    if let Ok(v) = serde_json::from_str(&file.text) {
        return Ok(v);
    }
    let de = &mut serde_json::Deserializer::from_str(&file.text);
    match serde_path_to_error::deserialize::<_, T>(de) {
        Ok(v) => Ok(v),
        Err(e) => {
            let pointer = pointer_of(e.path());
            let inner = e.into_inner();
            let mut message = inner.to_string();
            if let Some(hint) = unknown_field_hint(&message) {
                message.push_str(&hint);
            }
            if inner.is_syntax() || inner.is_eof() {
                message = format!("invalid JSON: {message}");
            }
            Err(SpecError::new(&file.path, pointer, message))
        }
    }
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Segment::Enum { variant } => out.push_str(&format!("/{variant}")),
            Segment::Unknown => {}
        }
    }
    out
}

/// serde says "unknown field `typ`, expected one of `a`, `b`": add the closest candidate.
fn unknown_field_hint(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (name, rest) = rest.split_once('`')?;
    let candidates: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    let hint = did_you_mean(name, candidates.iter().copied());
    (!hint.is_empty()).then_some(hint)
}

#[cfg(test)]
mod tests {
    use super::is_changelog;

    #[test]
    fn a_changelog_is_a_service_versions_own() {
        assert!(is_changelog("spec/tat/2020-10-28/CHANGELOG.md"));
        for other in [
            "spec/CHANGELOG.md",
            "spec/tat/CHANGELOG.md",
            "spec/tat/2020-10-28/actions/CHANGELOG.md",
            "spec//2020-10-28/CHANGELOG.md",
            "spec/tat/2020-10-28/changelog.md",
            "crates/tat-model/CHANGELOG.md",
        ] {
            assert!(!is_changelog(other), "{other}");
        }
    }
}
