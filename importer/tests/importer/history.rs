//! History does not matter: importing an older release of a service's metadata and then a
//! newer one gives, byte for byte, the spec that importing the newer one alone gives. Real
//! releases of `tccli-intl-en` (fetched by `scripts/fetch-metadata.sh`, pinned in
//! `HISTORY` below), real services: TAT, CVM, CMQ (15 of its 17 actions removed between
//! the first pair), CDN and OCR (actions removed, types changed), and the switch from
//! `required` to `output_required` between the 3.0 and 3.1 releases.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{accepted, package_file, repo};

/// Release pairs (older, newer) of `tccli-intl-en`.
const PAIRS: &[(&str, &str)] = &[
    ("3.0.1000.1", "3.1.193.1"),
    ("3.1.100.1", "3.1.193.1"),
    ("3.1.150.1", "3.1.180.1"),
];

/// Services and the version folder of each in the metadata.
const SERVICES: &[(&str, &str)] = &[
    ("tat", "v20201028"),
    ("cvm", "v20170312"),
    ("cmq", "v20190304"),
    ("cdn", "v20180606"),
    ("ocr", "v20181119"),
];

/// A service version's metadata in `tccli-intl-en` of `version`, fetched when missing.
fn api(version: &str, service: &str, folder: &str) -> PathBuf {
    let file = format!("tccli/services/{service}/{folder}/api.json");
    package_file("tccli-intl-en", version, &file)
}

fn import(root: &Path, inputs: &[PathBuf]) -> importer::ImportReport {
    accepted(importer::import(root, inputs, &Default::default()))
}

/// Every file under `root/spec`, by relative path.
fn files(root: &Path) -> BTreeMap<String, String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, root, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().display().to_string();
                out.insert(rel, fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&root.join("spec"), root, &mut out);
    out
}

/// The paths whose contents differ, or that only one side has.
fn differing(a: &BTreeMap<String, String>, b: &BTreeMap<String, String>) -> Vec<String> {
    let mut paths: Vec<String> = a.keys().chain(b.keys()).cloned().collect();
    paths.sort();
    paths.dedup();
    paths.retain(|p| a.get(p) != b.get(p));
    paths
}

/// A root with an empty `spec/`, or the given files in it.
fn root_with(seed: &BTreeMap<String, String>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("spec")).unwrap();
    for (rel, text) in seed {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

#[test]
#[ignore = "network: fetches tccli-intl-en 3.0.1000.1, 3.1.100.1, 3.1.150.1, 3.1.180.1 and 3.1.193.1 from PyPI"]
fn an_older_release_then_a_newer_one_equals_the_newer_one_alone() {
    let mut removed_actions = 0;
    for (old, new) in PAIRS {
        for (service, folder) in SERVICES {
            let (before, after) = (api(old, service, folder), api(new, service, folder));
            assert!(after.exists(), "{service} is in {new}");
            let history = root_with(&BTreeMap::new());
            if before.exists() {
                import(history.path(), &[before]);
            }
            let report = import(history.path(), std::slice::from_ref(&after));
            removed_actions += report
                .lines
                .iter()
                .filter(|l| l.contains("removed: the metadata no longer has action"))
                .count();
            let alone = root_with(&BTreeMap::new());
            import(alone.path(), &[after]);
            let diff = differing(&files(history.path()), &files(alone.path()));
            assert!(
                diff.is_empty(),
                "{service}: {old} then {new} differs from {new} alone in {} files: {diff:?}",
                diff.len()
            );
        }
    }
    // The pairs exercise removal: CMQ lost 15 actions between 3.0.1000.1 and 3.1.193.1.
    assert!(removed_actions >= 15, "{removed_actions} actions removed");
}

/// Over the seeded pages and the curated types, as the repository holds TAT: what the pages
/// say that the metadata has no field for (rate limits, error tables) and the curated enums
/// stay, and the order of releases still does not matter.
#[test]
#[ignore = "network: fetches tccli-intl-en 3.0.1000.1, 3.1.100.1, 3.1.150.1, 3.1.180.1 and 3.1.193.1 from PyPI"]
fn over_pages_and_curated_types_history_does_not_matter_either() {
    let pages: Vec<PathBuf> = [
        "tat-CreateInvoker.en.txt",
        "tat-DescribeInvocations.en.txt",
        "tat-DescribeInvokerRecords.en.txt",
    ]
    .iter()
    .map(|p| repo().join("../shared/docs").join(p))
    .collect();
    let committed = files(&repo());
    let curated: BTreeMap<String, String> = committed
        .into_iter()
        .filter(|(p, text)| p.starts_with("spec/tat/") && text.contains("\"curated\""))
        .collect();
    assert!(curated.len() >= 5, "the curated TAT types: {curated:?}");
    let seeded = |root: &Path| {
        import(root, &pages);
    };
    for (old, new) in PAIRS {
        let history = root_with(&curated);
        seeded(history.path());
        import(history.path(), &[api(old, "tat", "v20201028")]);
        import(history.path(), &[api(new, "tat", "v20201028")]);
        let alone = root_with(&curated);
        seeded(alone.path());
        import(alone.path(), &[api(new, "tat", "v20201028")]);
        let (h, a) = (files(history.path()), files(alone.path()));
        let diff = differing(&h, &a);
        assert!(
            diff.is_empty(),
            "TAT over its pages: {old} then {new}: {diff:?}"
        );
        // The page facts the metadata has no field for are kept, the curated types as written.
        let action = &a["spec/tat/2020-10-28/actions/DescribeInvocations.json"];
        assert!(action.contains("\"rate_limit\": 20"), "{action}");
        assert!(
            action.contains("InvalidParameterValue.InvalidInvocationId"),
            "{action}"
        );
        for (path, text) in &curated {
            assert_eq!(&a[path], text, "{path} is curated");
        }
    }
}

/// The committed TAT spec is the pinned release over the pages: importing that release
/// again writes nothing.
#[test]
#[ignore = "network: fetches tccli-intl-en 3.1.193.1 from PyPI"]
fn the_committed_tat_spec_is_the_pinned_release() {
    let root = root_with(&files(&repo()));
    let report = import(root.path(), &[api("3.1.193.1", "tat", "v20201028")]);
    assert!(
        report.written.is_empty(),
        "re-importing the pinned release changed {:?}\n{}",
        report.written,
        report.lines.join("\n")
    );
}

/// The 3.0 releases mark the members of answers `required`, the 3.1 releases
/// `output_required`: both give every member of an answer-only type as optional, and the
/// same required members of requests.
#[test]
#[ignore = "network: fetches tccli-intl-en 3.0.1000.1 and 3.1.193.1 from PyPI"]
fn both_generations_of_required_give_the_same_spec() {
    let required = |version: &str| -> BTreeMap<String, bool> {
        let root = root_with(&BTreeMap::new());
        import(root.path(), &[api(version, "tat", "v20201028")]);
        let mut out = BTreeMap::new();
        for (path, text) in files(root.path()) {
            let v: serde_json::Value = serde_json::from_str(&text).unwrap();
            for list in ["input", "output", "members"] {
                for m in v[list].as_array().into_iter().flatten() {
                    let key = format!("{path} {list}.{}", m["name"].as_str().unwrap());
                    out.insert(key, m["required"].as_bool().unwrap_or(false));
                }
            }
        }
        out
    };
    let (old, new) = (required("3.0.1000.1"), required("3.1.193.1"));
    let mut compared = 0;
    for (member, required) in &old {
        if let Some(now) = new.get(member) {
            compared += 1;
            assert_eq!(required, now, "{member}");
        }
    }
    assert!(compared > 100, "{compared} members in both releases");
    // Answers: `Command` is only ever answered; the 3.0 metadata marks all its members
    // required.
    assert!(old
        .iter()
        .filter(|(k, _)| k.contains("types/Command.json"))
        .all(|(_, r)| !r));
}
