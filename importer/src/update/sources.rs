//! Which vendor packages each spec folder came from, as its files record it: an action's
//! `source` (the file inside the package, `tccli/services/tat/v20201028/api.json`) with its
//! `source_package` (`tccli-intl-en 3.1.193.1`), and `service.json`'s
//! `service_errors_source` (`tencentcloud/tat/v20201028/errorcodes.py`,
//! `tencentcloud-sdk-python-intl-en 3.1.193`); for Alibaba's SDK the source is the package's
//! `client.py` (`alibabacloud_cs20151215/client.py`, `alibabacloud-cs20151215 7.2.3`), which
//! names the package folder an update imports again. Files from pages record no package and are not
//! a release's to move. Every package recorded must be pinned, or a release could never move
//! the folder.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use serde_json::Value;

use super::pins::{Pins, PINS};
use super::UpdateError;

/// One service version's folder and the packages its files came from.
#[derive(Debug)]
pub struct Folder {
    /// `spec/tat/2020-10-28`.
    pub dir: String,
    /// By package name.
    pub packages: BTreeMap<String, FromPackage>,
}

/// What a folder took from one package.
#[derive(Debug, Default)]
pub struct FromPackage {
    /// The files inside the package, relative to its folder.
    pub sources: BTreeSet<String>,
    /// The releases recorded (one, unless files were imported from several).
    pub releases: Vec<String>,
}

/// Every `spec/<service>/<version>/` with a `service.json`, sorted, with its packages.
pub fn scan(root: &Path, pins: &Pins) -> Result<Vec<Folder>, Vec<UpdateError>> {
    let mut folders = Vec::new();
    let mut errors = Vec::new();
    for service in sorted_dirs(&root.join("spec")) {
        for version in sorted_dirs(&root.join("spec").join(&service)) {
            let dir = format!("spec/{service}/{version}");
            if root.join(&dir).join("service.json").is_file() {
                folders.push(folder(root, dir, pins, &mut errors));
            }
        }
    }
    if errors.is_empty() {
        Ok(folders)
    } else {
        Err(errors)
    }
}

fn folder(root: &Path, dir: String, pins: &Pins, errors: &mut Vec<UpdateError>) -> Folder {
    let mut packages: BTreeMap<String, FromPackage> = BTreeMap::new();
    // The vendors' files are per service version: `<service>/v20201028/` in their path.
    let own = {
        let mut parts = dir.split('/').skip(1);
        let service = parts.next().unwrap_or_default();
        let version = parts.next().unwrap_or_default().replace('-', "");
        format!("/{service}/v{version}/")
    };
    // Alibaba's SDK packages are one per service version: `alibabacloud_cs20151215/...`.
    let digits = own
        .trim_matches('/')
        .rsplit('v')
        .next()
        .unwrap_or_default()
        .to_owned();
    let alibaba_own = |source: &str| {
        source.split('/').next().is_some_and(|module| {
            module.starts_with("alibabacloud_") && module.ends_with(digits.as_str())
        })
    };
    let mut record = |file: &str, source: &str, package: &str, errors: &mut Vec<UpdateError>| {
        if !source.contains(&own) && !alibaba_own(source) {
            errors.push(UpdateError::new(format!(
                "{file}: comes from {source} of {package}, which is not this service version's (`{own}`): a release would import it into another folder"
            )));
            return;
        }
        let Some((name, release)) = package.rsplit_once(' ') else {
            errors.push(UpdateError::new(format!(
                "{file}: package `{package}` is not `NAME VERSION` (`tccli-intl-en 3.1.193.1`)"
            )));
            return;
        };
        if pins.get(name).is_none() && !packages.contains_key(name) {
            errors.push(UpdateError::new(format!(
                "{file}: comes from {package}, a package {PINS} does not pin: add `{name}=={release}` there (or import the folder from a pinned package)"
            )));
        }
        let from = packages.entry(name.to_owned()).or_default();
        from.sources.insert(source.to_owned());
        if !from.releases.iter().any(|r| r == release) {
            from.releases.push(release.to_owned());
        }
    };
    let service = format!("{dir}/service.json");
    match read_json(root, &service) {
        Ok(v) => {
            if let Some(src) = v.get("service_errors_source") {
                let (source, package) = (src.get("source"), src.get("package"));
                match (
                    source.and_then(Value::as_str),
                    package.and_then(Value::as_str),
                ) {
                    (Some(source), Some(package)) => record(&service, source, package, errors),
                    _ => errors.push(UpdateError::new(format!(
                        "{service}: service_errors_source lacks `source` or `package`"
                    ))),
                }
            }
        }
        Err(e) => errors.push(e),
    }
    for name in sorted_files(&root.join(&dir).join("actions")) {
        let file = format!("{dir}/actions/{name}");
        match read_json(root, &file) {
            Ok(v) => {
                // A file documented in both languages records both packages.
                for key in ["source_package", "source_package_en", "source_package_zh"] {
                    if let Some(package) = v.get(key).and_then(Value::as_str) {
                        let source = v.get("source").and_then(Value::as_str).unwrap_or_default();
                        record(&file, source, package, errors);
                    }
                }
            }
            Err(e) => errors.push(e),
        }
    }
    Folder { dir, packages }
}

fn read_json(root: &Path, rel: &str) -> Result<Value, UpdateError> {
    let text = fs::read_to_string(root.join(rel))
        .map_err(|e| UpdateError::new(format!("{rel}: cannot read: {e}")))?;
    serde_json::from_str(&text).map_err(|e| {
        UpdateError::new(format!(
            "{rel}:{}: does not parse (run `cargo xtask codegen` to see why): {e}",
            e.line()
        ))
    })
}

fn sorted_dirs(dir: &Path) -> Vec<String> {
    sorted_entries(dir, true)
}

fn sorted_files(dir: &Path) -> Vec<String> {
    sorted_entries(dir, false)
        .into_iter()
        .filter(|n| n.ends_with(".json"))
        .collect()
}

fn sorted_entries(dir: &Path, dirs: bool) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir() == dirs)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
