//! `--mock` (the in-process mock server) and `cloudcmd mock serve`.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::{stderr, stdout};
use serde_json::Value;

/// A run with no credentials and no region at all: `--mock` supplies both.
fn bare(home: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_cloudcmd"))
        .env_clear()
        .env("HOME", home)
        .args(args)
        .output()
        .expect("run cloudcmd")
}

#[test]
fn mock_answers_documented_examples_without_configuration() {
    let home = tempfile::tempdir().expect("home");
    let output = bare(
        home.path(),
        &[
            "--mock",
            "tat",
            "describe-invocations",
            "--offset",
            "0",
            "--limit",
            "1",
            "--invocation-ids",
            "inv-q4zp60g0",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed: Value = serde_json::from_str(&stdout(&output)).expect("json");
    let documented: Value =
        serde_json::from_str(tat_model::actions::describe_invocations::SHAPE.examples[0].response)
            .expect("json");
    assert_eq!(printed, documented["Response"]);

    let output = bare(
        home.path(),
        &[
            "--mock",
            "eflo-controller",
            "describe-invocations",
            "--invoke-id",
            "t-ind3k9ytvvduoe8",
            "--output",
            "table",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("t-ind3k9ytvvduoe8"));
}

#[test]
fn mock_reports_service_errors_and_pages() {
    let home = tempfile::tempdir().expect("home");
    let output = bare(
        home.path(),
        &[
            "--mock",
            "tat",
            "describe-invocations",
            "--invocation-ids",
            "bad",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with("error: InvalidParameterValue.InvalidInvocationId: "),
        "{}",
        stderr(&output)
    );

    let output = bare(
        home.path(),
        &[
            "--mock",
            "tat",
            "describe-invocations",
            "--all",
            "--limit",
            "1",
            "--query",
            "length(InvocationSet)",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), "3\n");

    let output = bare(
        home.path(),
        &[
            "--mock",
            "--endpoint",
            "http://127.0.0.1:1",
            "tat",
            "describe-invocations",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn mock_serve_prints_its_endpoint_and_serves() {
    let home = tempfile::tempdir().expect("home");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_cloudcmd"))
        .env_clear()
        .env("HOME", home.path())
        .args(["mock", "serve", "--service", "tat"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let first = lines.next().expect("a line").expect("utf-8");
    let endpoint = first
        .strip_prefix("listening on ")
        .expect("endpoint line")
        .to_owned();
    let second = lines.next().expect("a line").expect("utf-8");
    assert!(
        second.contains("TENCENTCLOUD_SECRET_ID=AKIDMOCK"),
        "{second}"
    );
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cloudcmd"))
        .env_clear()
        .env("HOME", home.path())
        .env("TENCENTCLOUD_SECRET_ID", sdk_mock::demo::TENCENT_SECRET_ID)
        .env(
            "TENCENTCLOUD_SECRET_KEY",
            sdk_mock::demo::TENCENT_SECRET_KEY,
        )
        .args([
            "--endpoint",
            &endpoint,
            "--region",
            "ap-guangzhou",
            "tat",
            "describe-invoker-records",
            "--invoker-ids",
            "ivk-b7s3qa5l",
            "--offset",
            "0",
            "--limit",
            "2",
            "--query",
            "TotalCount",
        ])
        .output()
        .expect("run");
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!stdout(&output).trim().is_empty());
}

#[test]
fn mock_serve_refuses_a_bad_scenario_and_follows_a_good_one() {
    let home = tempfile::tempdir().expect("home");
    let bad = home.path().join("bad.json");
    std::fs::write(&bad, r#"{"instances": [{"id": "ins-a", "exit": 1}]}"#).expect("write");
    let bad = bad.to_str().expect("utf-8 path");
    let output = bare(home.path(), &["mock", "serve", "--scenario", bad]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("unknown field `exit`"),
        "{}",
        stderr(&output)
    );

    let good = home.path().join("fleet.json");
    std::fs::write(&good, r#"{"instances": [{"id": "ins-web00001"}]}"#).expect("write");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_cloudcmd"))
        .env_clear()
        .env("HOME", home.path())
        .args(["mock", "serve", "--service", "tat", "--scenario"])
        .arg(&good)
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let first = lines.next().expect("a line").expect("utf-8");
    let endpoint = first
        .strip_prefix("listening on ")
        .expect("endpoint line")
        .to_owned();
    let run = |instance: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_cloudcmd"))
            .env_clear()
            .env("HOME", home.path())
            .env("TENCENTCLOUD_SECRET_ID", sdk_mock::demo::TENCENT_SECRET_ID)
            .env(
                "TENCENTCLOUD_SECRET_KEY",
                sdk_mock::demo::TENCENT_SECRET_KEY,
            )
            .args([
                "--endpoint",
                &endpoint,
                "--region",
                "ap-guangzhou",
                "tat",
                "run-command",
            ])
            .args(["--content", "bHM=", "--instance-ids", instance])
            .output()
            .expect("run")
    };
    let known = run("ins-web00001");
    let unknown = run("ins-zzzzzzzz");
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(known.status.code(), Some(0), "{}", stderr(&known));
    assert!(stdout(&known).contains("inv-"), "{}", stdout(&known));
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        stderr(&unknown).contains("ResourceNotFound"),
        "{}",
        stderr(&unknown)
    );
}
