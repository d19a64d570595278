//! Hostile spec input through the built `xtask` binary: a copy of `spec/` in a temporary
//! directory is broken one way at a time, and `codegen --check --root <copy>` must exit
//! non-zero with the error located by file (and JSON pointer or line) on stderr.

use std::path::Path;
use std::process::{Command, Output};

use sdk_test_support::{copy_dir, repo};

/// A temporary repository holding a copy of this one's `spec/`.
fn copy_of_spec() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo().join("spec"), &dir.path().join("spec"));
    dir
}

fn check(root: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["codegen", "--check", "--root"])
        .arg(root)
        .output()
        .expect("run xtask")
}

const FILE: &str = "spec/tat/2020-10-28/actions/DescribeInvocations.json";

fn edit(root: &Path, change: impl FnOnce(String) -> String) {
    let path = root.join(FILE);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, change(text)).expect("write");
}

#[track_caller]
fn fails_with(root: &Path, wanted: &[&str]) -> String {
    let output = check(root);
    let err = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!output.status.success(), "a bad spec must fail: {err}");
    assert!(!err.contains("panicked"), "{err}");
    for w in wanted {
        assert!(err.contains(w), "stderr should contain {w:?}: {err}");
    }
    err
}

#[test]
fn invalid_json_is_located() {
    let dir = copy_of_spec();
    edit(dir.path(), |text| text[..text.len() / 2].to_owned());
    fails_with(dir.path(), &[&format!("error: {FILE}"), "line"]);
}

#[test]
fn an_unknown_type_is_located_with_a_suggestion() {
    let dir = copy_of_spec();
    edit(dir.path(), |text| {
        text.replacen("\"type\": \"Filter\"", "\"type\": \"Fliter\"", 1)
    });
    fails_with(
        dir.path(),
        &[
            &format!("error: {FILE}: /input/"),
            "unknown type \"Fliter\"",
            "did you mean \"Filter\"",
        ],
    );
}

#[test]
fn a_member_of_the_wrong_json_type_is_located() {
    let dir = copy_of_spec();
    edit(dir.path(), |text| {
        text.replacen("\"type\": \"Filter\"", "\"type\": 42", 1)
    });
    fails_with(dir.path(), &[&format!("error: {FILE}"), "/input/"]);
}

#[test]
fn a_missing_spec_directory_fails() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = check(dir.path());
    assert!(!output.status.success());
    assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
}

#[test]
fn an_intact_copy_fails_only_for_the_missing_generated_files() {
    // The copy has spec/ but no crates/: generation succeeds, the check reports drift.
    let dir = copy_of_spec();
    let output = check(dir.path());
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        err.lines().all(|l| l.contains("run `cargo xtask codegen`")),
        "{err}"
    );
}

#[test]
fn root_without_a_directory_is_a_usage_error() {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["codegen", "--root"])
        .output()
        .expect("run xtask");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--root needs a directory"));
}

/// A made `tccli-intl-en` release under `root/target/vendor-metadata/`: one action whose
/// response has `Legacy` unless `without_legacy`.
fn tccli_release(root: &Path, version: &str, without_legacy: bool) -> std::path::PathBuf {
    let dir = root.join(format!("target/vendor-metadata/tccli-intl-en-{version}"));
    let svc = dir.join("tccli/services/demo/v20240101");
    std::fs::create_dir_all(&svc).expect("mkdir");
    std::fs::create_dir_all(dir.join(format!("tccli_intl_en-{version}.dist-info"))).expect("mkdir");
    std::fs::write(
        dir.join("tccli/__init__.py"),
        format!("__version__ = '{version}'\n"),
    )
    .expect("write");
    let member = |name: &str, ty: &str| {
        format!(
            r#"{{"name": "{name}", "type": "{ty}", "member": "{ty}", "required": false, "document": "{name}."}}"#
        )
    };
    let mut output = vec![member("TotalCount", "int")];
    if !without_legacy {
        output.push(member("Legacy", "string"));
    }
    output.push(member("RequestId", "string"));
    let api = format!(
        r#"{{"metadata": {{"serviceShortName": "demo", "apiVersion": "2024-01-01", "serviceNameCN": "Demo", "api_brief": "Demo"}},
"actions": {{"DescribeThings": {{"name": "List things", "document": "Lists things.", "input": "DescribeThingsRequest", "output": "DescribeThingsResponse", "status": "online"}}}},
"objects": {{"DescribeThingsRequest": {{"type": "object", "document": "", "members": [{}]}},
"DescribeThingsResponse": {{"type": "object", "document": "", "members": [{}]}}}}, "version": "1.0"}}"#,
        member("Limit", "int"),
        output.join(", ")
    );
    let file = svc.join("api.json");
    std::fs::write(&file, api).expect("write");
    file
}

fn xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .arg("--root")
        .arg(root)
        .output()
        .expect("run xtask")
}

/// `cargo xtask update` on a scratch repository: the release moves, the report and the
/// summary are printed, and a move back is refused without `--force`.
#[test]
fn update_moves_a_release_and_refuses_a_downgrade() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::create_dir_all(root.join("spec")).expect("mkdir");
    std::fs::create_dir_all(root.join("scripts")).expect("mkdir");
    std::fs::write(
        root.join("scripts/metadata-pins.txt"),
        "tccli-intl-en==1.0.0\n",
    )
    .expect("write");
    std::fs::write(root.join("Cargo.toml"), "[workspace.dependencies]\n").expect("write");
    let first = tccli_release(root, "1.0.0", false);
    tccli_release(root, "1.1.0", true);
    let imported = xtask(root, &["import", first.to_str().expect("utf-8")]);
    assert!(imported.status.success(), "{imported:?}");

    let dry = xtask(root, &["update", "tccli-intl-en==1.1.0", "--dry-run"]);
    let out = String::from_utf8_lossy(&dry.stdout);
    assert!(dry.status.success(), "{dry:?}");
    assert!(
        out.contains("would be updated scripts/metadata-pins.txt"),
        "{out}"
    );
    assert!(!root.join("crates").exists(), "a dry run writes nothing");

    let done = xtask(
        root,
        &["update", "tccli-intl-en==1.1.0", "--date", "2025-01-02"],
    );
    let out = String::from_utf8_lossy(&done.stdout);
    assert!(done.status.success(), "{done:?}");
    for wanted in [
        "| `member-removed` | `DescribeThings.output.Legacy` | member removed |",
        "- tccli-intl-en 1.0.0 → 1.1.0 (scripts/metadata-pins.txt)",
        "- 2 crate(s) bumped: demo-model 0.1.0 → 0.2.0 (breaking), demo-client 0.1.0 → 0.2.0 (breaking)",
        "- changelog entry: spec/demo/2024-01-01/CHANGELOG.md",
    ] {
        assert!(out.contains(wanted), "{wanted} in:\n{out}");
    }
    let changelog = std::fs::read_to_string(root.join("crates/demo-model/CHANGELOG.md"))
        .expect("the crate's changelog");
    assert!(changelog.contains("## 0.2.0 (2025-01-02)"), "{changelog}");

    let back = xtask(root, &["update", "tccli-intl-en==1.0.0"]);
    let err = String::from_utf8_lossy(&back.stderr);
    assert_eq!(back.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error: scripts/metadata-pins.txt:1: tccli-intl-en 1.0.0 is older than the pinned 1.1.0: refusing a downgrade (--force moves back)"),
        "{err}"
    );
    assert!(err.contains("error: nothing was written"), "{err}");
}
