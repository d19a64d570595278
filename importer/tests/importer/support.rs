//! What the importer's test files share: the repository, the vendor packages (fetched on
//! first use by `scripts/fetch-metadata.sh`, from PyPI), copying a folder, and the message
//! of a call that was refused. Each test binary uses part of it.
#![allow(dead_code)]

use std::fmt::Display;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace")
        .to_path_buf()
}

/// The unpacked package `name` at `version` (`target/vendor-metadata/<name>-<version>`),
/// fetched when `file` (a path inside it) is missing. One fetch at a time within a test
/// binary; the script itself renames a package into place in one step.
pub fn package_file(name: &str, version: &str, file: &str) -> PathBuf {
    let path = repo()
        .join("target/vendor-metadata")
        .join(format!("{name}-{version}"))
        .join(file);
    static FETCH: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = FETCH.lock().unwrap_or_else(|e| e.into_inner());
    if !path.exists() {
        let status = Command::new("bash")
            .arg(repo().join("scripts/fetch-metadata.sh"))
            .arg(format!("{name}=={version}"))
            .status()
            .expect("scripts/fetch-metadata.sh runs");
        assert!(status.success(), "scripts/fetch-metadata.sh failed");
    }
    assert!(path.exists(), "{} after fetching", path.display());
    path
}

/// Copy a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// The value of a call that must succeed; its errors, one a line, when it did not.
pub fn accepted<T, E: Display>(result: Result<T, Vec<E>>) -> T {
    result.unwrap_or_else(|e| {
        panic!(
            "{}",
            e.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}
