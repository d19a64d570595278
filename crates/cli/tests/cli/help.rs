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
fn completion_scripts_ask_the_binary_for_the_words_typed() {
    // The scripts are a few lines whatever the catalogue: the binary answers each Tab.
    for shell in ["bash", "zsh", "fish"] {
        let script = help(&["completions", shell]);
        assert!(script.contains("cloudcmd __complete"), "{shell}:\n{script}");
        assert!(script.len() < 600, "{shell}: {} bytes", script.len());
    }
    // bash runs the script's function on Tab with the words typed; the binary on PATH answers.
    let script = help(&["completions", "bash"]);
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_cloudcmd"))
        .parent()
        .expect("the binary's folder");
    let tab = |words: &str, cword: usize| {
        let line = format!(
            "{script}\nCOMP_WORDS=({words}); COMP_CWORD={cword}; _cloudcmd; printf '%s\\n' \"${{COMPREPLY[@]}}\""
        );
        let out = std::process::Command::new("bash")
            .args(["--norc", "-c", &line])
            .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
            .env("HOME", "/nonexistent")
            .output()
            .expect("bash runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(tab("cloudcmd ta", 1), "tat\n");
    assert_eq!(
        tab("cloudcmd tat describe-invocation", 2),
        "describe-invocation-tasks\ndescribe-invocations\n"
    );
    assert_eq!(
        tab("cloudcmd tat describe-invocations --invocation-i", 3),
        "--invocation-ids\n"
    );
    // Documented enum values are offered for a flag's value.
    assert_eq!(
        tab("cloudcmd tat run-command --command-type ''", 4),
        "BAT\nPOWERSHELL\nSHELL\n"
    );
}
