//! Snapshots of the help text: the root, each service and every action, as a user sees it.
//! A change in the documentation (spec) shows up here as a reviewable diff.

use crate::common;

use common::{kebab, run, stderr, stdout, SERVICES};

fn help(args: &[&str]) -> String {
    let home = tempfile::tempdir().expect("temp home");
    let output = run(home.path(), args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        stderr(&output)
    );
    stdout(&output)
}

#[test]
fn root_help() {
    insta::assert_snapshot!("root", help(&["--help"]));
}

#[test]
fn service_help() {
    for service in SERVICES {
        insta::assert_snapshot!(
            format!("service__{}", service.name),
            help(&[service.name, "--help"])
        );
    }
}

#[test]
fn action_help() {
    for service in SERVICES {
        for action in service.actions {
            let name = kebab(action.name);
            insta::assert_snapshot!(
                format!("action__{}__{name}", service.name),
                help(&[service.name, &name, "--help"])
            );
        }
    }
}

#[test]
fn pascal_case_aliases_reach_the_same_action() {
    assert_eq!(
        help(&["tat", "DescribeInvocations", "--help"]),
        help(&["tat", "describe-invocations", "--help"])
    );
}

#[test]
fn completions_list_actions_and_flags() {
    for shell in ["bash", "zsh", "fish"] {
        let script = help(&["completions", shell]);
        assert!(script.contains("describe-invocations"), "{shell}");
        assert!(script.contains("invocation-ids"), "{shell}");
    }
    // Documented enum values are offered for completion.
    assert!(help(&["completions", "bash"]).contains("PlainText"));
}
