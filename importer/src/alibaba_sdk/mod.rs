//! Alibaba Cloud's official Python SDK packages (`alibabacloud-<product><yyyymmdd>`,
//! Apache-2.0), which the vendor generates from its API metadata for every product and API
//! version: `client.py` binds each action to HTTP (`client`), the model classes give its
//! members, their types, wire names and English descriptions (`models`). Read as text, never
//! run. An unpacked package folder is one input; a folder holding unpacked packages (and
//! their `.dist-info` folders, as pip or unzip leave them) is one input per package.
//!
//! The package states its service version whole, so the import rebuilds the spec folder
//! from it (`merge::whole`). Actions it binds in a way the spec cannot express (an answer
//! that is a JSON array or a string, a body that is one member whole, a host chosen by a
//! member) are left out and reported, each with its place; so is an action whose method or
//! models cannot be read. The product is never refused for one of its actions.

mod build;
mod client;
mod models;
mod naming;
mod python;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::ImportError;
use crate::facts::SourceFacts;

/// Whether `dir` is an unpacked SDK package: a `client.py` with `class Client(OpenApiClient)`
/// and a `models` folder or a `models.py`.
pub fn is_package(dir: &Path) -> bool {
    (dir.join("models").is_dir() || dir.join("models.py").is_file())
        && std::fs::read_to_string(dir.join("client.py"))
            .is_ok_and(|t| t.contains("class Client(OpenApiClient)"))
}

/// The packages directly inside `dir`, sorted.
pub fn packages_in(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && is_package(p))
        .collect();
    out.sort();
    out
}

/// The inputs with every folder replaced by the SDK packages it is or holds; a folder that
/// is neither, or a wheel, is an error naming it.
pub fn expand_inputs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Vec<ImportError>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        let file = input.display().to_string();
        if input.extension().is_some_and(|e| e == "whl") {
            errors.push(ImportError::file(&file, "a wheel: unpack it first (`unzip -d DIR FILE.whl`, or scripts/fetch-metadata.sh), then import the package folder or the folder holding it"));
        } else if input.file_name().is_some_and(|n| n == "client.py")
            && input.parent().is_some_and(is_package)
        {
            // A package's `client.py` (what an action's `source` names) stands for its package.
            out.extend(input.parent().map(Path::to_path_buf));
        } else if !input.is_dir() || is_package(input) {
            out.push(input.clone());
        } else {
            let found = packages_in(input);
            if found.is_empty() {
                errors.push(ImportError::file(&file, "a folder that is not an Alibaba Cloud SDK package (expected `client.py` with `class Client(OpenApiClient)` and a `models` folder or `models.py`) and holds none"));
            }
            out.extend(found);
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The package a module folder came from: its distribution name, version and summary.
struct Package {
    dist: String,
    version: String,
    summary: Option<String>,
}

fn package_of(dir: &Path, module: &str) -> Option<Package> {
    let (dist, version) = crate::package::shipped_by(dir, Some(&format!("{module}/client.py")))?;
    let dist = dist.unwrap_or_else(|| module.replace('_', "-"));
    let meta = dir.parent()?.join(format!(
        "{}-{version}.dist-info/METADATA",
        dist.replace('-', "_")
    ));
    let summary = std::fs::read_to_string(meta).ok().and_then(|m| {
        m.lines()
            .find_map(|l| l.strip_prefix("Summary: "))
            .map(str::to_owned)
    });
    Some(Package {
        dist,
        version,
        summary,
    })
}

/// `Alibaba Cloud CS (20151215) SDK Library for Python` → `Alibaba Cloud CS`.
fn title(summary: &str) -> String {
    let t = summary
        .trim()
        .trim_end_matches("SDK Library for Python")
        .trim();
    match t.rsplit_once(" (") {
        Some((name, tail))
            if tail
                .trim_end_matches(')')
                .chars()
                .all(|c| c.is_ascii_digit()) =>
        {
            name.trim().to_owned()
        }
        _ => t.to_owned(),
    }
}

/// `alibabacloud_cs20151215` → `2015-12-15`.
fn api_version(module: &str) -> Option<String> {
    let digits = module.get(module.len().checked_sub(8)?..)?;
    digits
        .chars()
        .all(|c| c.is_ascii_digit())
        .then(|| format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..]))
}

/// Read one unpacked package folder.
pub fn read(dir: &Path) -> Result<SourceFacts, ImportError> {
    let file = dir.display().to_string();
    let module = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let client_path = dir.join("client.py");
    let client_text = std::fs::read_to_string(&client_path).map_err(|e| {
        ImportError::file(
            &client_path.display().to_string(),
            format!("cannot read: {e}"),
        )
    })?;
    let client_file = format!("{module}/client.py");
    let client = client::read(&client_file, &client_text);
    let package = package_of(dir, &module).ok_or_else(|| {
        ImportError::file(&file, "cannot tell which package this is: expected `__init__.py` with `__version__` (and the `.dist-info` folder beside the package, as unzip or pip leave them)")
    })?;
    let version = api_version(&module).ok_or_else(|| {
        ImportError::file(
            &file,
            format!("the folder name `{module}` does not end with the API version (yyyymmdd)"),
        )
    })?;
    let product = client.product.clone().ok_or_else(|| {
        ImportError::file(
            &client_path.display().to_string(),
            "no `self._endpoint = self.get_endpoint('<product>', ...)` naming the product",
        )
    })?;
    let mut classes = BTreeMap::new();
    let models_dir = dir.join("models");
    let model_files: Vec<PathBuf> = if models_dir.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&models_dir)
            .map_err(|e| {
                ImportError::file(
                    &models_dir.display().to_string(),
                    format!("cannot read: {e}"),
                )
            })?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "py"))
            .collect();
        files.sort();
        files
    } else {
        vec![dir.join("models.py")]
    };
    for path in &model_files {
        let text = std::fs::read_to_string(path).map_err(|e| {
            ImportError::file(&path.display().to_string(), format!("cannot read: {e}"))
        })?;
        let rel = path
            .strip_prefix(dir.parent().unwrap_or(dir))
            .unwrap_or(path);
        models::read(&rel.to_string_lossy(), &text, &mut classes);
    }
    let pkg = build::Package {
        file: &file,
        product: &product,
        version: &version,
        client_file: &client_file,
        package: format!("{} {}", package.dist, package.version),
        title: package
            .summary
            .as_deref()
            .map(title)
            .unwrap_or_else(|| product.clone()),
    };
    Ok(build::facts(&pkg, &client, &classes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_versions_from_the_package() {
        assert_eq!(
            title("Alibaba Cloud CS (20151215) SDK Library for Python"),
            "Alibaba Cloud CS"
        );
        assert_eq!(
            title("Alibaba Cloud eflo-controller (20221215) SDK Library for Python"),
            "Alibaba Cloud eflo-controller"
        );
        assert_eq!(
            api_version("alibabacloud_cs20151215").as_deref(),
            Some("2015-12-15")
        );
        assert_eq!(api_version("alibabacloud_cs"), None);
    }
}
