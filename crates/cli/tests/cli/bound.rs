//! Actions bound to their own method and path (cs 2015-12-15, ROA), end to end through
//! `--mock`: path members as required flags, the request placed as the binding says (seen in
//! `--debug`), free-form (`Json`) flags read as JSON, and an answer without a body printed
//! as `{}`.

use crate::common::{run, stderr, stdout};

fn debug_lines(err: &str) -> Vec<&str> {
    err.lines().filter(|l| l.starts_with("debug: > ")).collect()
}

#[test]
fn a_get_puts_the_path_member_in_the_path_and_the_rest_in_the_query() {
    let home = tempfile::tempdir().unwrap();
    let help = run(
        home.path(),
        &["cs", "describe-cluster-node-pools", "--help"],
    );
    let help = stdout(&help);
    assert!(
        help.contains("--cluster-id <STRING>")
            && help.contains("[required; string; sent in the path]"),
        "{help}"
    );
    let out = run(
        home.path(),
        &[
            "--mock",
            "--debug",
            "cs",
            "describe-cluster-node-pools",
            "--cluster-id",
            "c-1/x",
            "--nodepool-name",
            "np a",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    let first = debug_lines(&err)[0];
    assert!(
        first.starts_with("debug: > GET http://127.0.0.1:"),
        "{first}"
    );
    assert!(
        first.ends_with("/clusters/c-1%2Fx/nodepools?NodepoolName=np%20a"),
        "{first}"
    );
    assert!(!err.contains("debug: > content-type"), "{err}");
    // Without the path member, nothing is sent.
    let out = run(
        home.path(),
        &["--mock", "cs", "describe-cluster-node-pools"],
    );
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("--cluster-id"), "{}", stderr(&out));
}

#[test]
fn a_post_sends_a_json_body_and_free_form_flags_are_json() {
    let home = tempfile::tempdir().unwrap();
    let out = run(
        home.path(),
        &[
            "--mock",
            "--debug",
            "cs",
            "create-cluster-diagnosis",
            "--cluster-id",
            "c-1",
            "--target",
            r#"{"namespace": "kube-system", "ids": [1]}"#,
            "--type",
            "node",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    let lines = debug_lines(&err);
    assert!(
        lines[0].ends_with("/clusters/c-1/diagnosis"),
        "{}",
        lines[0]
    );
    assert!(lines[0].starts_with("debug: > POST "), "{}", lines[0]);
    assert!(
        lines.contains(&"debug: > content-type: application/json; charset=utf-8"),
        "{err}"
    );
    assert!(
        lines.contains(
            &r#"debug: > {"target":{"namespace":"kube-system","ids":[1]},"type":"node"}"#
        ),
        "{err}"
    );
    let out = run(
        home.path(),
        &[
            "--mock",
            "cs",
            "create-cluster-diagnosis",
            "--cluster-id",
            "c-1",
            "--target",
            "namespace=x",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--target: \"namespace=x\" is not JSON"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_answer_without_a_body_prints_an_empty_object() {
    let home = tempfile::tempdir().unwrap();
    let out = run(
        home.path(),
        &["--mock", "cs", "cancel-task", "--task-id", "T-1"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "{}");
}
