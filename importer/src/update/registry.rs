//! Where new vendor releases come from: the newest version of a package and the package
//! itself. [`Pip`] asks PyPI through pip and fetches with `scripts/fetch-metadata.sh`, the
//! one script that unpacks packages into `target/vendor-metadata/<name>-<version>/`; tests
//! put packages there themselves and need no network.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The package index.
pub trait Registry {
    /// The newest release of `name`.
    fn newest(&self, name: &str) -> Result<String, String>;
    /// Unpack `name` `version` into [`package_dir`]`(root, name, version)`.
    fn fetch(&self, root: &Path, name: &str, version: &str) -> Result<(), String>;
}

/// Where a fetched package lives: `target/vendor-metadata/<name>-<version>/`, the folder
/// holding its top-level module (`tccli/`, `tencentcloud/`) and its `*.dist-info`.
pub fn package_dir(root: &Path, name: &str, version: &str) -> PathBuf {
    root.join("target/vendor-metadata")
        .join(format!("{name}-{version}"))
}

/// PyPI through `python3 -m pip`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Pip;

impl Registry for Pip {
    fn newest(&self, name: &str) -> Result<String, String> {
        let out = Command::new("python3")
            .args([
                "-m",
                "pip",
                "index",
                "versions",
                "--disable-pip-version-check",
            ])
            .arg(name)
            .output()
            .map_err(|e| format!("{name}: cannot run `python3 -m pip`: {e}"))?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        // `tccli-intl-en (3.1.193.1)`, then the list of every version.
        let newest = stdout.lines().find_map(|l| {
            let (_, rest) = l.trim().split_once(" (")?;
            rest.strip_suffix(')').map(str::to_owned)
        });
        match newest {
            Some(v) if out.status.success() => Ok(v),
            _ => Err(format!(
                "{name}: `python3 -m pip index versions {name}` gives no newest release: {}",
                last_line(&out.stderr).unwrap_or("no output")
            )),
        }
    }

    fn fetch(&self, root: &Path, name: &str, version: &str) -> Result<(), String> {
        let script = root.join("scripts/fetch-metadata.sh");
        let out = Command::new("bash")
            .arg(&script)
            .arg(format!("{name}=={version}"))
            .output()
            .map_err(|e| format!("cannot run {}: {e}", script.display()))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "scripts/fetch-metadata.sh {name}=={version} failed: {}",
                last_line(&out.stderr).unwrap_or("no output")
            ))
        }
    }
}

/// The last line of a tool's error output that says something (pip's last line is the error).
fn last_line(bytes: &[u8]) -> Option<&str> {
    std::str::from_utf8(bytes)
        .ok()?
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty())
}
