//! Hostile spec input through the built `xtask` binary: a copy of `spec/` in a temporary
//! directory is broken one way at a time, and `codegen --check --root <copy>` must exit
//! non-zero with the error located by file (and JSON pointer or line) on stderr.

use std::path::Path;
use std::process::{Command, Output};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A temporary repository holding a copy of this one's `spec/`.
fn copy_of_spec() -> tempfile::TempDir {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo.join("spec"), &dir.path().join("spec"));
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
