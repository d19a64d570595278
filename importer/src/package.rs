//! Which Python distribution shipped a vendor file: the version in the top-level module's
//! `__init__.py` (`__version__ = '3.1.193'`), the name from the `<name>-<version>.dist-info`
//! folder beside the module, as pip unpacks a wheel. Both tccli and the SDK are read this way.

use std::cmp::Ordering;
use std::path::Path;

/// The distribution (`tencentcloud-sdk-python-intl-en`, when a dist-info folder names it) and
/// version of the package whose top-level module folder is `module_dir`. When several
/// distributions of that version sit beside it (a site-packages folder), the one whose
/// `RECORD` lists `file` (relative to the folder holding `module_dir`) is taken.
pub fn shipped_by(module_dir: &Path, file: Option<&str>) -> Option<(Option<String>, String)> {
    let init = std::fs::read_to_string(module_dir.join("__init__.py")).ok()?;
    let version = init
        .lines()
        .find_map(|l| l.trim().strip_prefix("__version__"))
        .map(|v| {
            v.trim_start_matches([' ', '='])
                .trim()
                .trim_matches(['\'', '"'])
                .to_owned()
        })?;
    let site = module_dir.parent()?;
    let mut dists: Vec<(String, std::path::PathBuf)> = std::fs::read_dir(site)
        .ok()?
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".dist-info")?;
            let (dist, v) = stem.rsplit_once('-')?;
            (v == version).then(|| (dist.replace('_', "-"), e.path()))
        })
        .collect();
    dists.sort();
    if dists.len() > 1 {
        if let Some(file) = file {
            let listed = |dir: &Path| {
                std::fs::read_to_string(dir.join("RECORD"))
                    .is_ok_and(|r| r.lines().any(|l| l.split(',').next() == Some(file)))
            };
            if let Some(i) = dists.iter().position(|(_, dir)| listed(dir)) {
                return Some((Some(dists.swap_remove(i).0), version));
            }
        }
    }
    Some((dists.into_iter().next().map(|(d, _)| d), version))
}

/// Order two release numbers made of dotted decimal numbers (`3.1.193.1`), missing parts
/// counting as 0 (`3.1.193` = `3.1.193.0`); `None` when either is not such a number.
pub fn compare_versions(a: &str, b: &str) -> Option<Ordering> {
    let parse = |v: &str| -> Option<Vec<u64>> { v.split('.').map(|p| p.parse().ok()).collect() };
    let (mut a, mut b) = (parse(a)?, parse(b)?);
    let len = a.len().max(b.len());
    a.resize(len, 0);
    b.resize(len, 0);
    Some(a.cmp(&b))
}
