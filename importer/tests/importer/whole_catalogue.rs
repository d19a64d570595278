//! The whole pinned Tencent catalogue (tccli 3.1.189.1: 300 service versions), imported and
//! generated in memory as `cargo xtask catalogue` does: every version goes in with no error,
//! no action that is not marked deprecated or offline is lost, each gets its crates, the
//! vendor's examples are kept wherever they can be read faithfully, and importing an older
//! release first changes nothing. The generator and the
//! importer are built optimised in test builds too (`[profile.dev.package]` in the workspace
//! manifest), so this takes seconds, not minutes.
//!
//! The metadata is fetched by `scripts/fetch-metadata.sh` (this release, from PyPI, wherever
//! the pins have moved: the counts below are this release's).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::package_file;

/// The pinned release.
const PINNED: &str = "3.1.189.1";
/// An older release, from before the vendor moved the required members of answers to
/// `output_required`, with 287 service versions and 11,240 actions.
const OLDER: &str = "3.0.1000.1";

/// The `services` folder of `tccli` at `version`, fetched when missing.
fn services_dir(version: &str) -> PathBuf {
    package_file("tccli", version, "tccli/services")
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

/// One test, so the pinned catalogue is generated once: every version imports and generates,
/// and an older release imported first changes nothing (the output digests are equal).
#[test]
#[ignore = "network: fetches tccli 3.1.189.1 and 3.0.1000.1 from PyPI"]
fn every_service_version_imports_and_generates_whatever_came_before() {
    let c = importer::catalogue::run(&services_dir(PINNED)).expect("the catalogue imports");
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
    // Examples: every action the vendor documents one for has one, unless each of its
    // examples has a fault with no faithful reading; each such action is named with why.
    let documented: usize = c.inputs.iter().map(|f| documented_examples(f)).sum();
    assert!(c.repairs.values().sum::<usize>() > 0);
    assert!(c.report.len() >= c.left_out.len());
    let none = c
        .without_examples
        .iter()
        .filter(|a| a.ends_with("the vendor documents none"))
        .count();
    assert_eq!(none, c.actions - documented, "{:#?}", c.without_examples);
    assert!(
        c.without_examples.len() < 100,
        "{} actions without an example:\n{}",
        c.without_examples.len(),
        c.without_examples.join("\n")
    );

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

    let digest = output.digest();
    drop(c);
    let after_older =
        importer::catalogue::run_releases(&[services_dir(OLDER), services_dir(PINNED)])
            .expect("both releases import");
    let output = after_older.output.as_ref().expect("generation succeeds");
    assert_eq!(
        output.digest(),
        digest,
        "{OLDER} then {PINNED} must give what {PINNED} alone gives"
    );
}

/// The online actions of a metadata file that have an example in `examples.json` beside
/// it, read from the JSON directly.
fn documented_examples(api: &Path) -> usize {
    let doc: Value = serde_json::from_slice(&std::fs::read(api).unwrap()).unwrap();
    let examples: Value = std::fs::read(api.with_file_name("examples.json"))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or(Value::Null);
    doc["actions"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, a)| a.get("status").is_none_or(|s| s == "online"))
        .filter(|(name, _)| {
            examples["actions"][name.as_str()]
                .as_array()
                .is_some_and(|l| !l.is_empty())
        })
        .count()
}
