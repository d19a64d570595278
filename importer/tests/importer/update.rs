//! `cargo xtask update` as a library call, without the network: made metadata packages of
//! several releases under a scratch repository's `target/vendor-metadata/`, a spec imported
//! from the first, and the update to another: the spec, the crate versions, the changelog,
//! the manifests and the pin move together; a downgrade is refused unless forced; a dry run
//! writes nothing; a service the new release lacks, an unpinned package and a broken pin
//! file are named.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use importer::update::{package_dir, update, Registry, Target, Update, UpdateOptions};
use serde_json::{json, Value};

use crate::support::{accepted, copy_dir};

const TCCLI: &str = "tccli-intl-en";
const SDK: &str = "tencentcloud-sdk-python-intl-en";
const DIR: &str = "spec/demo/2024-01-01";
const DATE: &str = "2025-01-02";

/// The releases made here, by what changes from the first.
#[derive(Clone, Copy, PartialEq)]
enum Release {
    /// `DescribeThings` with `Limit` in, `TotalCount`, `Legacy` and `RequestId` out.
    First,
    /// A new optional request member (additive).
    NewMember,
    /// `Legacy` removed (breaking), an action added, a description changed.
    Breaking,
    /// The service is gone from the package.
    Dropped,
    /// `DescribeThings` gone, `CreateThing` in its place.
    Replaced,
}

fn member(name: &str, ty: &str, doc: &str) -> Value {
    json!({ "name": name, "type": ty, "member": ty, "required": false, "document": doc })
}

/// An unpacked `tccli-intl-en` wheel of `version`: the module's `__init__.py`, the dist-info
/// folder naming the distribution, and the demo service's `api.json` as `release` has it.
fn tccli(root: &Path, version: &str, release: Release) {
    let dir = package_dir(root, TCCLI, version);
    fs::create_dir_all(dir.join("tccli/services")).unwrap();
    fs::create_dir_all(dir.join(format!("tccli_intl_en-{version}.dist-info"))).unwrap();
    fs::write(
        dir.join("tccli/__init__.py"),
        format!("__version__ = '{version}'\n"),
    )
    .unwrap();
    if release == Release::Dropped {
        return;
    }
    if release == Release::Replaced {
        let api = json!({
            "metadata": { "serviceShortName": "demo", "apiVersion": "2024-01-01", "serviceNameCN": "Demo", "api_brief": "Demo" },
            "actions": { "CreateThing": {
                "name": "Create a thing", "document": "Creates a thing.",
                "input": "CreateThingRequest", "output": "CreateThingResponse", "status": "online"
            }},
            "objects": {
                "CreateThingRequest": { "type": "object", "document": "", "members": [member("Name", "string", "Name.")] },
                "CreateThingResponse": { "type": "object", "document": "", "members": [member("RequestId", "string", "Request id.")] },
            },
            "version": "1.0"
        });
        let svc = dir.join("tccli/services/demo/v20240101");
        fs::create_dir_all(&svc).unwrap();
        fs::write(svc.join("api.json"), api.to_string()).unwrap();
        return;
    }
    let limit_doc = if release == Release::Breaking {
        "Number of results to return."
    } else {
        "Number of results."
    };
    let mut input = vec![member("Limit", "int", limit_doc)];
    if release == Release::NewMember {
        input.push(member("Offset", "int", "Offset of the first result."));
    }
    let mut output = vec![member("TotalCount", "int", "Total.")];
    if release != Release::Breaking {
        output.push(member("Legacy", "string", "An old member."));
    }
    output.push(member("RequestId", "string", "Request id."));
    let mut actions = json!({ "DescribeThings": {
        "name": "List things", "document": "Lists things.",
        "input": "DescribeThingsRequest", "output": "DescribeThingsResponse", "status": "online"
    }});
    let mut objects = json!({
        "DescribeThingsRequest": { "type": "object", "document": "", "members": input },
        "DescribeThingsResponse": { "type": "object", "document": "", "members": output },
    });
    if release == Release::Breaking {
        actions["CreateThing"] = json!({
            "name": "Create a thing", "document": "Creates a thing.",
            "input": "CreateThingRequest", "output": "CreateThingResponse", "status": "online"
        });
        objects["CreateThingRequest"] = json!({ "type": "object", "document": "", "members": [member("Name", "string", "Name.")] });
        objects["CreateThingResponse"] = json!({ "type": "object", "document": "", "members": [member("RequestId", "string", "Request id.")] });
    }
    let api = json!({
        "metadata": { "serviceShortName": "demo", "apiVersion": "2024-01-01", "serviceNameCN": "Demo", "api_brief": "Demo" },
        "actions": actions,
        "objects": objects,
        "version": "1.0"
    });
    let svc = dir.join("tccli/services/demo/v20240101");
    fs::create_dir_all(&svc).unwrap();
    fs::write(svc.join("api.json"), api.to_string()).unwrap();
}

/// An unpacked SDK wheel of `version` with the demo service's `errorcodes.py`; `extra` adds a
/// code.
fn sdk(root: &Path, version: &str, extra: bool) {
    let dir = package_dir(root, SDK, version);
    let file = dir.join("tencentcloud/demo/v20240101/errorcodes.py");
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    fs::write(
        dir.join("tencentcloud/__init__.py"),
        format!("__version__ = '{version}'\n"),
    )
    .unwrap();
    let info = dir.join(format!(
        "tencentcloud_sdk_python_intl_en-{version}.dist-info"
    ));
    fs::create_dir_all(&info).unwrap();
    fs::write(
        info.join("RECORD"),
        "tencentcloud/demo/v20240101/errorcodes.py,,\n",
    )
    .unwrap();
    let mut codes = String::from(
        "# Failed to reach the thing store.\nFAILEDOPERATION_STORE = 'FailedOperation.Store'\n",
    );
    if extra {
        codes.push_str(
            "\n# The thing is locked.\nFAILEDOPERATION_LOCKED = 'FailedOperation.Locked'\n",
        );
    }
    fs::write(file, codes).unwrap();
}

/// A scratch repository: the pins, a workspace manifest and lock naming the demo crates, the
/// packages of every release, the spec imported from the first and generated.
fn repo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    fs::create_dir_all(root.join("scripts")).unwrap();
    fs::create_dir_all(root.join("spec")).unwrap();
    fs::write(
        root.join("scripts/metadata-pins.txt"),
        format!("# Pins.\n{TCCLI}==1.0.0\n{SDK}==1.0\n"),
    )
    .unwrap();
    fs::write(
        root.join("Cargo.toml"),
        "[workspace]\nmembers = [\"crates/*\"]\n\n[workspace.dependencies]\nserde = \"1\"\n\
         demo-model = { path = \"crates/demo-model\", version = \"0.1.0\" }\n",
    )
    .unwrap();
    fs::write(
        root.join("Cargo.lock"),
        "version = 4\n\n[[package]]\nname = \"demo-client\"\nversion = \"0.1.0\"\n\n\
         [[package]]\nname = \"demo-model\"\nversion = \"0.1.0\"\n",
    )
    .unwrap();
    tccli(root, "1.0.0", Release::First);
    tccli(root, "1.0.1", Release::NewMember);
    tccli(root, "1.1.0", Release::Breaking);
    tccli(root, "2.0.0", Release::Dropped);
    tccli(root, "3.0.0", Release::Replaced);
    sdk(root, "1.0", false);
    sdk(root, "1.1", true);
    let inputs = [
        package_dir(root, TCCLI, "1.0.0").join("tccli/services/demo/v20240101/api.json"),
        package_dir(root, SDK, "1.0").join("tencentcloud/demo/v20240101/errorcodes.py"),
    ];
    importer::import(root, &inputs, &Default::default()).unwrap_or_else(|e| panic!("{e:?}"));
    write_generated(root);
    tmp
}

fn write_generated(root: &Path) {
    let out = codegen::generate(root).unwrap_or_else(|e| panic!("{e}"));
    codegen::write::write(root, &out).unwrap();
}

/// No network: nothing is newest and nothing is fetched unless a test says so.
struct Offline;

impl Registry for Offline {
    fn newest(&self, name: &str) -> Result<String, String> {
        Err(format!("{name}: offline"))
    }
    fn fetch(&self, _: &Path, name: &str, version: &str) -> Result<(), String> {
        Err(format!("{name} {version}: offline"))
    }
}

fn to(targets: &[(&str, &str)]) -> UpdateOptions {
    UpdateOptions {
        targets: targets
            .iter()
            .map(|(name, version)| Target {
                name: (*name).to_owned(),
                version: Some((*version).to_owned()),
            })
            .collect(),
        date: Some(DATE.to_owned()),
        ..UpdateOptions::default()
    }
}

fn run(root: &Path, opts: &UpdateOptions) -> Update {
    accepted(update(root, opts, &Offline))
}

fn errors(root: &Path, opts: &UpdateOptions) -> Vec<String> {
    match update(root, opts, &Offline) {
        Ok(_) => panic!("the update was accepted"),
        Err(e) => e.iter().map(ToString::to_string).collect(),
    }
}

fn read(root: &Path, rel: &str) -> String {
    fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn service(root: &Path) -> Value {
    serde_json::from_str(&read(root, &format!("{DIR}/service.json"))).unwrap()
}

/// Every file under `root` but the packages, with its contents.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                if !p.ends_with("target") {
                    walk(&p, out);
                }
            } else {
                out.insert(p.clone(), fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, &mut out);
    out
}

/// The generated crates are what the spec gives.
fn generated_is_current(root: &Path) {
    let out = codegen::generate(root).unwrap_or_else(|e| panic!("{e}"));
    let drift = codegen::write::check(root, &out).unwrap();
    assert!(drift.is_empty(), "{drift:?}");
}

#[test]
fn a_breaking_release_moves_the_spec_the_versions_the_changelog_and_the_pin() {
    let tmp = repo();
    let root = tmp.path();
    assert_eq!(service(root).get("crate_version"), None);
    let done = run(root, &to(&[(TCCLI, "1.1.0"), (SDK, "1.1")]));

    // The spec comes from the new release.
    let action: Value =
        serde_json::from_str(&read(root, &format!("{DIR}/actions/DescribeThings.json"))).unwrap();
    assert_eq!(action["source_package"], "tccli-intl-en 1.1.0");
    assert!(!action["output"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["name"] == "Legacy"));
    assert!(root.join(DIR).join("actions/CreateThing.json").exists());
    let svc = service(root);
    assert_eq!(
        svc["service_errors_source"]["package"],
        "tencentcloud-sdk-python-intl-en 1.1"
    );
    assert_eq!(done.reimported, [DIR]);
    assert!(done.dropped.is_empty(), "{:?}", done.dropped);

    // Breaking: 0.1.0 → 0.2.0, for both crates, everywhere the version is written.
    assert_eq!(svc["crate_version"], "0.2.0");
    let bumps: Vec<(&str, &str, &str)> = done
        .report
        .bumps
        .iter()
        .map(|b| (b.name.as_str(), b.from.as_str(), b.to.as_str()))
        .collect();
    assert_eq!(
        bumps,
        [
            ("demo-model", "0.1.0", "0.2.0"),
            ("demo-client", "0.1.0", "0.2.0")
        ]
    );
    assert!(read(root, "crates/demo-model/Cargo.toml").contains("\nversion = \"0.2.0\"\n"));
    let client = read(root, "crates/demo-client/Cargo.toml");
    assert!(client.contains("\nversion = \"0.2.0\"\n"), "{client}");
    assert!(
        client.contains("demo-model = { path = \"../demo-model\", version = \"0.2.0\" }"),
        "{client}"
    );
    assert!(read(root, "Cargo.toml")
        .contains("demo-model = { path = \"crates/demo-model\", version = \"0.2.0\" }"));
    assert_eq!(
        read(root, "Cargo.lock"),
        "version = 4\n\n[[package]]\nname = \"demo-client\"\nversion = \"0.2.0\"\n\n\
         [[package]]\nname = \"demo-model\"\nversion = \"0.2.0\"\n"
    );

    // The changelog beside the spec, and its copies in both crates.
    let changelog = read(root, &format!("{DIR}/CHANGELOG.md"));
    assert!(
        changelog.starts_with(importer::update::changelog::HEADER),
        "{changelog}"
    );
    let entry = &changelog[importer::update::changelog::HEADER.len() + 1..];
    assert!(
        entry.starts_with(
            "## 0.2.0 (2025-01-02)\n\n\
             Vendor metadata: tccli-intl-en 1.0.0 → 1.1.0, tencentcloud-sdk-python-intl-en 1.0 → 1.1.\n\n\
             ### Breaking changes\n\n\
             - `DescribeThings.output.Legacy`: member removed (`member-removed`)\n\n\
             ### New features\n\n"
        ),
        "{entry}"
    );
    assert!(entry.contains("\n- `CreateThing`: "), "{entry}");
    assert!(entry.contains("FailedOperation.Locked"), "{entry}");
    assert!(entry.contains("\n### Documentation\n\n"), "{entry}");
    assert!(
        entry.contains("\n- `DescribeThings.input.Limit`: "),
        "{entry}"
    );
    assert_eq!(done.changelogs.len(), 1);
    assert_eq!(done.changelogs[0].1, entry);
    for krate in ["demo-model", "demo-client"] {
        let copy = read(root, &format!("crates/{krate}/CHANGELOG.md"));
        assert!(copy.starts_with("<!-- @generated from spec/demo/2024-01-01/CHANGELOG.md"));
        assert!(copy.ends_with(&changelog));
    }

    // The pin moved, its comment kept; the crates are current.
    assert_eq!(
        read(root, "scripts/metadata-pins.txt"),
        format!("# Pins.\n{TCCLI}==1.1.0\n{SDK}==1.1\n")
    );
    generated_is_current(root);
    let summary = done.summary();
    assert!(
        summary.contains("- tccli-intl-en 1.0.0 → 1.1.0 (scripts/metadata-pins.txt)"),
        "{summary}"
    );
    assert!(
        summary.contains("- 2 crate(s) bumped: demo-model 0.1.0 → 0.2.0 (breaking), demo-client 0.1.0 → 0.2.0 (breaking)"),
        "{summary}"
    );
    assert!(!done.dry_run);
}

#[test]
fn an_additive_release_is_a_patch_and_the_next_entry_goes_first() {
    let tmp = repo();
    let root = tmp.path();
    let done = run(root, &to(&[(TCCLI, "1.0.1")]));
    assert!(!done.report.has_breaking());
    assert_eq!(service(root)["crate_version"], "0.1.1");
    assert!(read(root, "crates/demo-model/Cargo.toml").contains("\nversion = \"0.1.1\"\n"));
    let first = read(root, &format!("{DIR}/CHANGELOG.md"));
    assert!(
        first.contains(
            "## 0.1.1 (2025-01-02)\n\nVendor metadata: tccli-intl-en 1.0.0 → 1.0.1.\n\n\
             ### New features\n\n- `DescribeThings.input.Offset`: "
        ),
        "{first}"
    );
    // The SDK stayed where it was: its pin, and the folder's error codes.
    assert!(read(root, "scripts/metadata-pins.txt").contains(&format!("{SDK}==1.0\n")));

    // The next release: breaking, from 0.1.1; its entry above the first.
    let mut opts = to(&[(TCCLI, "1.1.0")]);
    opts.date = Some("2025-02-03".to_owned());
    run(root, &opts);
    assert_eq!(service(root)["crate_version"], "0.2.0");
    let second = read(root, &format!("{DIR}/CHANGELOG.md"));
    let new = second.find("## 0.2.0 (2025-02-03)").expect("the new entry");
    let old = second.find("## 0.1.1 (2025-01-02)").expect("the old entry");
    assert!(new < old, "{second}");
    assert!(second.contains("tccli-intl-en 1.0.1 → 1.1.0"), "{second}");
    generated_is_current(root);
}

#[test]
fn a_downgrade_is_refused_unless_forced() {
    let tmp = repo();
    let root = tmp.path();
    run(root, &to(&[(TCCLI, "1.1.0")]));
    let before = snapshot(root);
    assert_eq!(
        errors(root, &to(&[(TCCLI, "1.0.1")])),
        ["scripts/metadata-pins.txt:2: tccli-intl-en 1.0.1 is older than the pinned 1.1.0: refusing a downgrade (--force moves back)"]
    );
    assert_eq!(snapshot(root), before, "a refused update writes nothing");
    let mut forced = to(&[(TCCLI, "1.0.1")]);
    forced.force = true;
    let done = run(root, &forced);
    assert_eq!(done.moved[0].to, "1.0.1");
    assert!(read(root, "scripts/metadata-pins.txt").contains("tccli-intl-en==1.0.1\n"));
    let action = read(root, &format!("{DIR}/actions/DescribeThings.json"));
    assert!(action.contains("\"source_package\": \"tccli-intl-en 1.0.1\""));
}

#[test]
fn a_dry_run_writes_nothing_and_says_what_it_would() {
    let tmp = repo();
    let root = tmp.path();
    let before = snapshot(root);
    let mut opts = to(&[(TCCLI, "1.1.0")]);
    opts.dry_run = true;
    let done = run(root, &opts);
    assert_eq!(snapshot(root), before);
    assert!(done.dry_run);
    assert!(done.report.has_breaking());
    assert_eq!(done.report.bumps[0].to, "0.2.0");
    let files: Vec<String> = done.files.iter().map(ToString::to_string).collect();
    for f in [
        "spec/demo/2024-01-01/service.json is stale",
        "spec/demo/2024-01-01/CHANGELOG.md is missing",
        "spec/demo/2024-01-01/actions/CreateThing.json is missing",
        "Cargo.toml is stale",
        "Cargo.lock is stale",
        "scripts/metadata-pins.txt is stale",
        "crates/demo-model/Cargo.toml is stale",
        "crates/demo-model/CHANGELOG.md is missing",
    ] {
        assert!(files.iter().any(|x| x == f), "{f} in {files:#?}");
    }
    assert!(done
        .summary()
        .contains("file(s) would be written (dry run: nothing was)"));

    // The real run writes what the dry run listed.
    opts.dry_run = false;
    let real = run(root, &opts);
    assert_eq!(real.files, done.files);
    assert_eq!(real.report.changes, done.report.changes);
}

#[test]
fn a_service_the_release_no_longer_has_is_reported_and_kept() {
    let tmp = repo();
    let root = tmp.path();
    let spec_before: Vec<_> = snapshot(root)
        .into_iter()
        .filter(|(p, _)| p.starts_with(root.join("spec")))
        .collect();
    let done = run(root, &to(&[(TCCLI, "2.0.0")]));
    assert_eq!(
        done.dropped,
        ["spec/demo/2024-01-01: tccli-intl-en 2.0.0 has no tccli/services/demo/v20240101/api.json (the vendor dropped this service version?); the folder is kept as tccli-intl-en 1.0.0 gave it"]
    );
    assert!(done.reimported.is_empty());
    assert!(done.report.changes.is_empty());
    let spec_after: Vec<_> = snapshot(root)
        .into_iter()
        .filter(|(p, _)| p.starts_with(root.join("spec")))
        .collect();
    assert_eq!(spec_after, spec_before);
    assert!(read(root, "scripts/metadata-pins.txt").contains("tccli-intl-en==2.0.0\n"));
    assert!(done
        .summary()
        .contains("- not in the new release: spec/demo/2024-01-01: "));
}

#[test]
fn the_newest_release_is_asked_for_and_fetched_when_missing() {
    struct Index;
    impl Registry for Index {
        fn newest(&self, name: &str) -> Result<String, String> {
            match name {
                TCCLI => Ok("1.2.0".to_owned()),
                _ => Ok("1.0".to_owned()),
            }
        }
        fn fetch(&self, root: &Path, name: &str, version: &str) -> Result<(), String> {
            assert_eq!((name, version), (TCCLI, "1.2.0"));
            tccli(root, version, Release::NewMember);
            Ok(())
        }
    }
    let tmp = repo();
    let root = tmp.path();
    let opts = UpdateOptions {
        date: Some(DATE.to_owned()),
        ..UpdateOptions::default()
    };
    let done = update(root, &opts, &Index).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(done.moved.len(), 1);
    assert_eq!(
        (done.moved[0].name.as_str(), done.moved[0].to.as_str()),
        (TCCLI, "1.2.0")
    );
    assert_eq!(done.current, [(SDK.to_owned(), "1.0".to_owned())]);
    assert_eq!(service(root)["crate_version"], "0.1.1");
    assert!(done
        .summary()
        .contains("- tencentcloud-sdk-python-intl-en 1.0: already pinned"));
}

#[test]
fn what_cannot_be_moved_is_named() {
    let tmp = repo();
    let root = tmp.path();
    let before = snapshot(root);
    // A release that is not there and cannot be fetched.
    assert_eq!(
        errors(root, &to(&[(TCCLI, "9.0.0")])),
        ["tccli-intl-en 9.0.0: offline"]
    );
    // A package that is not pinned; the newest release when the index cannot say.
    assert_eq!(
        errors(root, &to(&[("tccli", "3.1.189.1")])),
        ["scripts/metadata-pins.txt: `tccli` is not pinned (pinned: tccli-intl-en, tencentcloud-sdk-python-intl-en)"]
    );
    let newest = UpdateOptions {
        targets: vec![Target {
            name: TCCLI.to_owned(),
            version: None,
        }],
        ..UpdateOptions::default()
    };
    assert_eq!(errors(root, &newest), ["tccli-intl-en: offline"]);
    let mut bad_date = to(&[(TCCLI, "1.1.0")]);
    bad_date.date = Some("2 January".to_owned());
    assert_eq!(
        errors(root, &bad_date),
        ["--date `2 January`: expected YYYY-MM-DD"]
    );
    assert_eq!(snapshot(root), before);

    // A spec folder from a package the pins do not list.
    let action = root.join(DIR).join("actions/DescribeThings.json");
    let text = fs::read_to_string(&action).unwrap();
    fs::write(
        &action,
        text.replace("tccli-intl-en 1.0.0", "tccli-intl-xx 1.0.0"),
    )
    .unwrap();
    assert_eq!(
        errors(root, &to(&[(TCCLI, "1.1.0")])),
        ["spec/demo/2024-01-01/actions/DescribeThings.json: comes from tccli-intl-xx 1.0.0, a package scripts/metadata-pins.txt does not pin: add `tccli-intl-xx==1.0.0` there (or import the folder from a pinned package)"]
    );
    fs::write(&action, text).unwrap();

    // A pin file that does not parse.
    fs::write(
        root.join("scripts/metadata-pins.txt"),
        "tccli-intl-en 1.0.0\n",
    )
    .unwrap();
    assert_eq!(
        errors(root, &to(&[(TCCLI, "1.1.0")])),
        ["scripts/metadata-pins.txt:1: expected NAME==VERSION (`tccli-intl-en==3.1.193.1`), found `tccli-intl-en 1.0.0`"]
    );
}

#[test]
fn a_workspace_dependency_without_the_version_is_named() {
    let tmp = repo();
    let root = tmp.path();
    fs::write(
        root.join("Cargo.toml"),
        "[workspace.dependencies]\ndemo-model = { path = \"crates/demo-model\" }\n",
    )
    .unwrap();
    let before = snapshot(root);
    assert_eq!(
        errors(root, &to(&[(TCCLI, "1.1.0")])),
        ["Cargo.toml:2: the [workspace.dependencies] line of demo-model has no `version = \"0.1.0\"` to move to 0.2.0: `demo-model = { path = \"crates/demo-model\" }`"]
    );
    assert_eq!(snapshot(root), before);
}

/// An older version of a service has its version in its crates' names, and they are the
/// ones bumped.
#[test]
fn an_older_service_version_bumps_its_own_crates() {
    let tmp = repo();
    let root = tmp.path();
    let newer = root.join("spec/demo/2025-01-01");
    copy_dir(&root.join(DIR), &newer);
    let service = newer.join("service.json");
    let text = fs::read_to_string(&service).unwrap();
    fs::write(
        &service,
        text.replace("\"version\": \"2024-01-01\"", "\"version\": \"2025-01-01\""),
    )
    .unwrap();
    // A copied folder still names the other version's files: an update would import them
    // into the folder they name.
    assert_eq!(
        errors(root, &to(&[(TCCLI, "1.1.0")]))[0],
        "spec/demo/2025-01-01/service.json: comes from tencentcloud/demo/v20240101/errorcodes.py of tencentcloud-sdk-python-intl-en 1.0, which is not this service version's (`/demo/v20250101/`): a release would import it into another folder"
    );
    for e in fs::read_dir(newer.join("actions")).unwrap().flatten() {
        let text = fs::read_to_string(e.path()).unwrap();
        fs::write(e.path(), text.replace("v20240101", "v20250101")).unwrap();
    }
    fs::write(
        &service,
        fs::read_to_string(&service)
            .unwrap()
            .replace("v20240101", "v20250101"),
    )
    .unwrap();
    write_generated(root);
    assert!(root.join("crates/demo-v20240101-model/Cargo.toml").exists());

    let done = run(root, &to(&[(TCCLI, "1.1.0")]));
    let names: Vec<&str> = done.report.bumps.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, ["demo-v20240101-model", "demo-v20240101-client"]);
    assert!(
        read(root, "crates/demo-v20240101-model/Cargo.toml").contains("\nversion = \"0.2.0\"\n")
    );
    // The made release has no files for the newer version.
    assert_eq!(done.reimported, [DIR]);
    assert_eq!(done.dropped.len(), 1, "{:?}", done.dropped);
    assert!(read(root, "crates/demo-model/Cargo.toml").contains("\nversion = \"0.1.0\"\n"));
    assert!(read(root, "Cargo.toml")
        .contains("demo-model = { path = \"crates/demo-model\", version = \"0.1.0\" }"));
}

/// An action the new release no longer has goes: its spec file, its generated module, and
/// the report says so as breaking.
#[test]
fn an_action_the_release_no_longer_has_is_removed() {
    let tmp = repo();
    let root = tmp.path();
    assert!(root.join(DIR).join("actions/DescribeThings.json").exists());
    let done = run(root, &to(&[(TCCLI, "3.0.0")]));
    assert!(!root.join(DIR).join("actions/DescribeThings.json").exists());
    assert!(!root
        .join("crates/demo-model/src/actions/describe_things.rs")
        .exists());
    assert!(root.join(DIR).join("actions/CreateThing.json").exists());
    let removed: Vec<(&str, &str)> = done
        .report
        .changes
        .iter()
        .filter(|c| c.id == "action-removed")
        .map(|c| (c.place.as_str(), c.level.name()))
        .collect();
    assert_eq!(removed, [("DescribeThings", "breaking")]);
    assert_eq!(service(root)["crate_version"], "0.2.0");
    generated_is_current(root);
}
