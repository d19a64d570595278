//! What the importer's test modules share: the vendor packages (fetched on first use by
//! `scripts/fetch-metadata.sh`, from PyPI, so every test that asks for one is marked
//! `#[ignore = "network: ..."]` and runs only when asked, as `.ci/run` does) and the message
//! of a call that was refused. The repository and folder copies are the workspace's
//! (`sdk-test-support`).

use std::fmt::Display;
use std::path::PathBuf;
use std::process::Command;

pub use sdk_test_support::{copy_dir, repo};

/// The unpacked package `name` at `version` (`target/vendor-metadata/<name>-<version>`),
/// fetched when `file` (a path inside it) is missing. One fetch at a time within the test
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
