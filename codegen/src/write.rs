//! Putting the output on disk, or checking that what is on disk is what the spec gives
//! (`cargo xtask codegen --check`, and the freshness test).

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::Path;

use crate::Output;

/// How a file on disk differs from the generator's output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// The file exists with other contents.
    Stale(String),
    /// The file should exist and does not.
    Missing(String),
    /// The file is in a generated folder but the spec no longer gives it.
    Extra(String),
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Drift::Stale(p) => write!(f, "{p} is stale"),
            Drift::Missing(p) => write!(f, "{p} is missing"),
            Drift::Extra(p) => write!(f, "{p} is not generated from the spec any more"),
        }
    }
}

/// Every difference between `output` and the files under `root`, sorted by path.
pub fn check(root: &Path, output: &Output) -> io::Result<Vec<Drift>> {
    let mut drift = Vec::new();
    for (path, contents) in contents(output) {
        match fs::read(root.join(path)) {
            Ok(bytes) if bytes == contents => {}
            Ok(_) => drift.push(Drift::Stale(path.to_owned())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                drift.push(Drift::Missing(path.to_owned()))
            }
            Err(e) => return Err(e),
        }
    }
    for extra in extras(root, output)? {
        drift.push(Drift::Extra(extra));
    }
    drift.sort_by(|a, b| path_of(a).cmp(path_of(b)));
    Ok(drift)
}

/// Every file of `output`, text and bytes, with its contents.
fn contents(output: &Output) -> impl Iterator<Item = (&str, &[u8])> {
    let text = output
        .files
        .iter()
        .map(|f| (f.path.as_str(), f.contents.as_bytes()));
    let data = output
        .data
        .iter()
        .map(|f| (f.path.as_str(), f.bytes.as_slice()));
    text.chain(data)
}

fn path_of(d: &Drift) -> &str {
    match d {
        Drift::Stale(p) | Drift::Missing(p) | Drift::Extra(p) => p,
    }
}

/// Write every file whose contents differ and remove extra files in generated folders.
/// Returns the differences that were fixed.
pub fn write(root: &Path, output: &Output) -> io::Result<Vec<Drift>> {
    let drift = check(root, output)?;
    for d in &drift {
        match d {
            Drift::Stale(p) | Drift::Missing(p) => {
                let path = root.join(p);
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                let contents = contents(output)
                    .find(|(path, _)| path == p)
                    .map(|(_, bytes)| bytes)
                    .unwrap_or_default();
                fs::write(path, contents)?;
            }
            Drift::Extra(p) => {
                fs::remove_file(root.join(p))?;
                // A folder left empty goes too: cargo's `crates/*` members glob would
                // refuse a crate folder without a manifest.
                let mut dir = root.join(p);
                while dir.pop()
                    && dir.starts_with(root.join("crates"))
                    && dir != root.join("crates")
                {
                    if fs::remove_dir(&dir).is_err() {
                        break;
                    }
                }
            }
        }
    }
    Ok(drift)
}

fn extras(root: &Path, output: &Output) -> io::Result<Vec<String>> {
    let wanted: BTreeSet<&str> = output.files.iter().map(|f| f.path.as_str()).collect();
    let mut found = Vec::new();
    for dir in output
        .owned_dirs
        .iter()
        .cloned()
        .chain(orphans(root, output)?)
    {
        walk(root, &root.join(dir), &mut found)?;
    }
    Ok(found
        .into_iter()
        .filter(|p| !wanted.contains(p.as_str()))
        .collect())
}

/// Generated crates of services the spec no longer has: folders under `crates/` whose
/// `Cargo.toml` carries the generator's header but that no service owns any more. Removing a
/// service's spec folder removes its crates.
fn orphans(root: &Path, output: &Output) -> io::Result<Vec<String>> {
    let entries = match fs::read_dir(root.join("crates")) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry?;
        let dir = format!("crates/{}", entry.file_name().to_string_lossy());
        if output.owned_dirs.contains(&dir) {
            continue;
        }
        let generated = fs::read_to_string(entry.path().join("Cargo.toml"))
            .is_ok_and(|t| t.starts_with("# @generated"));
        if generated {
            out.push(dir);
        }
    }
    out.sort();
    Ok(out)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            walk(root, &path, out)?;
        } else {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push(rel);
        }
    }
    Ok(())
}
