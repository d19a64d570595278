//! The whole pinned Tencent catalogue (tccli 3.1.189.1: 300 service versions), imported and
//! generated in memory as `cargo xtask catalogue` does: every version goes in with no error,
//! no action that is not marked deprecated or offline is lost, and each gets its crates. The generator and the
//! importer are built optimised in test builds too (`[profile.dev.package]` in the workspace
//! manifest), so this takes seconds, not minutes.
//!
//! The metadata is fetched by `scripts/fetch-metadata.sh` (this release, from PyPI, wherever
//! the pins have moved: the counts below are this release's).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The allocator `cargo xtask` uses: generation is allocation-bound (a third faster).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn services_dir() -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace")
        .to_path_buf();
    let dir = repo.join("target/vendor-metadata/tccli-3.1.189.1/tccli/services");
    if !dir.exists() {
        let status = Command::new("bash")
            .arg(repo.join("scripts/fetch-metadata.sh"))
            .arg("tccli==3.1.189.1")
            .status()
            .expect("scripts/fetch-metadata.sh runs");
        assert!(status.success(), "scripts/fetch-metadata.sh failed");
    }
    dir
}

/// The actions of a metadata file that are not marked other than `online` (`deprecated`,
/// `offline`: those are reported and left out), read from the JSON directly.
fn online_actions(api: &Path) -> usize {
    let doc: Value = serde_json::from_slice(&std::fs::read(api).unwrap()).unwrap();
    doc["actions"]
        .as_object()
        .unwrap_or_else(|| panic!("{}: no actions", api.display()))
        .values()
        .filter(|a| a.get("status").is_none_or(|s| s == "online"))
        .count()
}

#[test]
fn every_service_version_imports_and_generates() {
    let c = importer::catalogue::run(&services_dir()).expect("the catalogue imports");
    assert_eq!(c.inputs.len(), 300, "service versions in tccli 3.1.189.1");
    assert_eq!(c.services, c.inputs.len(), "every version imported");
    assert!(
        c.problems.is_empty(),
        "the generator refuses imported folders:\n{}",
        c.problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    let online: usize = c.inputs.iter().map(|f| online_actions(f)).sum();
    assert_eq!(c.actions, online, "every online action imported");
    assert!(c.left_out > 0 && c.report.len() >= c.left_out);

    let output = match &c.output {
        Ok(o) => o,
        Err(e) => panic!("generation failed: {e}"),
    };
    let paths: BTreeSet<&str> = output.files.iter().map(|f| f.path.as_str()).collect();
    let action_modules = paths
        .iter()
        .filter(|p| p.contains("-model/src/actions/"))
        .count();
    assert_eq!(action_modules, online, "an action module per action");
    // A model and a client crate for every service version.
    for kind in ["model", "client"] {
        let crates = paths
            .iter()
            .filter(|p| p.ends_with(&format!("-{kind}/src/lib.rs")))
            .count();
        assert_eq!(crates, c.services, "{kind} crates");
    }
    assert!(paths.contains("crates/services/src/lib.rs"));
}
