//! The whole pinned Tencent catalogues, imported and generated in memory as `cargo xtask
//! catalogue` does: tccli 3.1.189.1 (Chinese, 300 service versions), tccli-intl-en
//! 3.1.193.1 (English, 160) and their union. Every version goes in with no error, no action
//! that is not marked deprecated or offline is lost, each gets its crates, the vendor's
//! examples are kept wherever they can be read faithfully, the English metadata's rules on
//! integer members are kept with typed values, a type name that would differ from another
//! only in case is renamed, and importing an older release first changes nothing. The
//! generator and the importer are built optimised in test builds too (`[profile.dev.package]`
//! in the workspace manifest), so this takes seconds, not minutes.
//!
//! The metadata is fetched by `scripts/fetch-metadata.sh` (these releases, from PyPI,
//! wherever the pins have moved: the counts below are these releases').

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use importer::catalogue::{self, Catalogue};
use serde_json::Value;

use crate::support::package_file;

/// The pinned release of tccli (Chinese).
const PINNED: &str = "3.1.189.1";
/// The pinned release of tccli-intl-en (English).
const PINNED_EN: &str = "3.1.193.1";
/// An older release, from before the vendor moved the required members of answers to
/// `output_required`, with 287 service versions and 11,240 actions.
const OLDER: &str = "3.0.1000.1";

/// A whole catalogue holds a gigabyte and every core: the tests here take turns.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The `services` folder of `package` at `version`, fetched when missing.
fn services_dir(package: &str, version: &str) -> PathBuf {
    package_file(package, version, "tccli/services")
}

/// The actions of a metadata file that are not marked other than `online` (`deprecated`,
/// `offline`: those are reported and left out), read from the JSON directly.
fn online_actions(api: &Path) -> BTreeSet<String> {
    let doc: Value = serde_json::from_slice(&std::fs::read(api).unwrap()).unwrap();
    doc["actions"]
        .as_object()
        .unwrap_or_else(|| panic!("{}: no actions", api.display()))
        .iter()
        .filter(|(_, a)| a.get("status").is_none_or(|s| s == "online"))
        .map(|(name, _)| name.clone())
        .collect()
}

/// `<service>/v<version>` of a metadata file, and the file.
fn by_version(inputs: &[PathBuf]) -> BTreeMap<String, PathBuf> {
    inputs
        .iter()
        .map(|api| {
            let version = api.parent().unwrap();
            let service = version.parent().unwrap();
            let key = format!(
                "{}/{}",
                service.file_name().unwrap().to_string_lossy(),
                version.file_name().unwrap().to_string_lossy()
            );
            (key, api.clone())
        })
        .collect()
}

/// What every catalogue here must be: no folder refused, the output generated with an
/// action module per action and both crates per service version.
fn assert_generates(c: &Catalogue) -> &codegen::Output {
    assert!(
        c.problems.is_empty(),
        "{}: the generator refuses imported folders:\n{}",
        c.package,
        c.problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert_eq!(c.failures(), 0, "{}", c.package);
    let output = match &c.output {
        Ok(o) => o,
        Err(e) => panic!("{}: generation failed: {e}", c.package),
    };
    let paths: BTreeSet<&str> = output.files.iter().map(|f| f.path.as_str()).collect();
    let action_modules = paths
        .iter()
        .filter(|p| p.contains("-model/src/actions/"))
        .count();
    assert_eq!(
        action_modules, c.actions,
        "{}: an action module per action",
        c.package
    );
    // A model and a client crate for every service version.
    for kind in ["model", "client"] {
        let crates = paths
            .iter()
            .filter(|p| p.ends_with(&format!("-{kind}/src/lib.rs")))
            .count();
        assert_eq!(crates, c.services, "{}: {kind} crates", c.package);
    }
    assert!(paths.contains("crates/services/src/lib.rs"));
    // Every sentence left as prose and every renamed type is reported with its reason.
    for line in &c.as_prose {
        assert!(line.ends_with(importer::merge::repair::AS_PROSE), "{line}");
    }
    for line in &c.renamed {
        assert!(line.contains("only in case"), "{line}");
    }
    output
}

fn generated<'a>(output: &'a codegen::Output, path: &str) -> &'a str {
    &output
        .files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} is generated"))
        .contents
}

/// asr's `CreateRecTask`: "This parameter is required if SourceType is set to 1" (`Data`),
/// on an integer member, in the English metadata.
const ASR_RULE: &str = "member: \"Data\",\n            when: \"SourceType\",\n            equals: sdk_shape::RuleValue::Integer(1i64),";

/// One test, so the Chinese catalogue is generated once: every version imports and
/// generates, and an older release imported first gives the same spec files (so the same
/// output: generation is a pure function of them).
#[test]
#[ignore = "network: fetches tccli 3.1.189.1 and 3.0.1000.1 from PyPI"]
fn every_service_version_imports_and_generates_whatever_came_before() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let c = catalogue::run(&services_dir("tccli", PINNED)).expect("the catalogue imports");
    assert_eq!(c.package, format!("tccli {PINNED}"));
    assert_eq!(c.inputs.len(), 300, "service versions in tccli 3.1.189.1");
    assert_eq!(c.services, c.inputs.len(), "every version imported");
    let online: usize = c.inputs.iter().map(|f| online_actions(f).len()).sum();
    assert_eq!(c.actions, online, "every online action imported");
    assert_generates(&c);
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

    let digest = c.spec_digest.clone();
    drop(c);
    let after_older = catalogue::spec_digest_of_releases(&[
        services_dir("tccli", OLDER),
        services_dir("tccli", PINNED),
    ])
    .expect("both releases import");
    assert_eq!(
        after_older, digest,
        "{OLDER} then {PINNED} must give the spec files {PINNED} alone gives"
    );
}

/// The English package on its own, then the union of both: every service version of either
/// imports and generates; a version in both has the English facts over the Chinese import,
/// so the Chinese metadata's actions the English lacks are not in the union, and each is
/// reported.
#[test]
#[ignore = "network: fetches tccli 3.1.189.1 and tccli-intl-en 3.1.193.1 from PyPI"]
fn the_english_package_and_the_union_of_both_import_and_generate() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let en_dir = services_dir("tccli-intl-en", PINNED_EN);
    let zh_dir = services_dir("tccli", PINNED);
    let en = catalogue::run(&en_dir).expect("the English catalogue imports");
    assert_eq!(en.package, format!("tccli-intl-en {PINNED_EN}"));
    assert_eq!(
        en.inputs.len(),
        160,
        "service versions in tccli-intl-en 3.1.193.1"
    );
    assert_eq!(en.services, en.inputs.len(), "every version imported");
    let en_versions = by_version(&en.inputs);
    let online: usize = en_versions.values().map(|f| online_actions(f).len()).sum();
    assert_eq!(en.actions, online, "every online action imported");
    let output = assert_generates(&en);
    assert!(
        generated(output, "crates/asr-model/src/actions/create_rec_task.rs").contains(ASR_RULE)
    );
    assert!(en.typed_rules > 0);
    // ecm's `MonthNetwork.Isp` values beside the object `ISP`.
    assert!(
        en.renamed.iter().any(|l| l.starts_with(
            "spec/ecm/2019-07-19/types/MonthNetworkIsp.json: enum type MonthNetworkIsp for MonthNetwork.Isp is not named Isp"
        )),
        "{:#?}",
        en.renamed
    );
    assert!(
        generated(output, "crates/ecm-model/src/types/month_network_isp.rs")
            .contains("pub enum MonthNetworkIsp")
    );
    drop(en);

    // Given in either order, the Chinese package goes first.
    let union = catalogue::run_union(&[en_dir, zh_dir.clone()]).expect("the union imports");
    assert_eq!(
        union.package,
        format!("tccli {PINNED} + tccli-intl-en {PINNED_EN}")
    );
    let zh_versions = by_version(&catalogue::metadata_files(&zh_dir).unwrap());
    // Where both packages have a version, its actions are those of either: the spec keeps
    // both languages' sides, and nothing the Chinese side documents is removed.
    let mut expected_actions = 0;
    let removed = 0;
    let mut versions = zh_versions.clone();
    versions.extend(en_versions.clone());
    for (key, api) in &versions {
        let mut actions = online_actions(api);
        if let Some(zh) = zh_versions.get(key) {
            actions.extend(online_actions(zh));
        }
        expected_actions += actions.len();
    }
    assert_eq!(
        union.services,
        versions.len(),
        "every version of either package"
    );
    assert_eq!(
        union.actions, expected_actions,
        "the actions of either package where both have the version"
    );
    assert_eq!(union.actions_removed(), removed);
    let output = assert_generates(&union);
    assert!(
        generated(output, "crates/asr-model/src/actions/create_rec_task.rs").contains(ASR_RULE)
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
