//! `--mock` (the in-process mock server) and `cloudcmd mock serve`.

use crate::common;

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

    let served = serve(r#"{"instances": [{"id": "ins-web00001"}]}"#, "1");
    let run = |instance: &str| {
        served.tat(&[
            "run-command",
            "--content",
            "bHM=",
            "--instance-ids",
            instance,
        ])
    };
    let known = run("ins-web00001");
    let unknown = run("ins-zzzzzzzz");
    drop(served);
    assert_eq!(known.status.code(), Some(0), "{}", stderr(&known));
    assert!(stdout(&known).contains("inv-"), "{}", stdout(&known));
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        stderr(&unknown).contains("ResourceNotFound"),
        "{}",
        stderr(&unknown)
    );
}

/// `mock serve` with `scenario` on a clock `speed` times real time, and its endpoint; the
/// server stops when the guard drops.
struct Served {
    child: std::process::Child,
    endpoint: String,
    home: tempfile::TempDir,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(scenario: &str, speed: &str) -> Served {
    let home = tempfile::tempdir().expect("tempdir");
    let fleet = home.path().join("fleet.json");
    std::fs::write(&fleet, scenario).expect("write");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_cloudcmd"))
        .env_clear()
        .env("HOME", home.path())
        .args([
            "mock",
            "serve",
            "--service",
            "tat",
            "--clock-speed",
            speed,
            "--scenario",
        ])
        .arg(&fleet)
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let first = lines.next().expect("a line").expect("utf-8");
    let endpoint = first
        .strip_prefix("listening on ")
        .expect("endpoint line")
        .to_owned();
    Served {
        child,
        endpoint,
        home,
    }
}

impl Served {
    fn tat(&self, args: &[&str]) -> std::process::Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_cloudcmd"))
            .env_clear()
            .env("HOME", self.home.path())
            .env("TENCENTCLOUD_SECRET_ID", sdk_mock::demo::TENCENT_SECRET_ID)
            .env(
                "TENCENTCLOUD_SECRET_KEY",
                sdk_mock::demo::TENCENT_SECRET_KEY,
            )
            .args([
                "--endpoint",
                &self.endpoint,
                "--region",
                "ap-guangzhou",
                "tat",
            ])
            .args(args)
            .output()
            .expect("run")
    }
}

#[test]
fn run_command_wait_prints_one_row_per_instance_and_fails_when_one_failed() {
    // 20x: the 30 s command takes 1.5 s of real time.
    let served = serve(
        r#"{"instances": [
            {"id": "ins-web00001", "output": "hello\n", "duration_seconds": 20},
            {"id": "ins-web00002", "output": "hello\n", "duration_seconds": 30},
            {"id": "ins-web00003", "exit_code": 1, "output": "disk full\n", "duration_seconds": 10}
        ]}"#,
        "20",
    );
    let run = served.tat(&[
        "run-command",
        "--content",
        "ZWNobyBoZWxsbw==",
        "--instance-ids",
        "ins-web00001",
        "ins-web00002",
        "ins-web00003",
        "--wait",
    ]);
    assert_eq!(run.status.code(), Some(5), "{}", stderr(&run));
    assert!(
        stderr(&run).contains("invocation-tasks-finished: finished, but not every item succeeded"),
        "{}",
        stderr(&run)
    );
    // Not a terminal: JSON rows, in the report's column order, output decoded.
    let rows: serde_json::Value = serde_json::from_str(&stdout(&run)).expect("json");
    let mut rows = rows.as_array().expect("rows").clone();
    rows.sort_by_key(|r| r["Instance"].as_str().unwrap_or_default().to_owned());
    assert_eq!(
        serde_json::Value::Array(rows),
        serde_json::json!([
            {"Instance": "ins-web00001", "Status": "SUCCESS", "ExitCode": 0, "Seconds": 20, "Output": "hello\n"},
            {"Instance": "ins-web00002", "Status": "SUCCESS", "ExitCode": 0, "Seconds": 30, "Output": "hello\n"},
            {"Instance": "ins-web00003", "Status": "FAILED", "ExitCode": 1, "Seconds": 10, "Output": "disk full\n"}
        ])
    );
    let printed = stdout(&run);
    let keys: Vec<&str> = printed
        .lines()
        .take(7)
        .filter_map(|l| l.trim().strip_prefix('"')?.split('"').next())
        .collect();
    assert_eq!(
        keys,
        ["Instance", "Status", "ExitCode", "Seconds", "Output"]
    );

    // All succeed: exit 0; --output table asks for the table even off a terminal.
    let ok = served.tat(&[
        "--output",
        "table",
        "run-command",
        "--content",
        "ZWNobyBoZWxsbw==",
        "--instance-ids",
        "ins-web00001",
        "--wait",
    ]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    assert!(
        stdout(&ok).contains("| ins-web00001 | SUCCESS | 0"),
        "{}",
        stdout(&ok)
    );
}

#[test]
fn waiter_in_both_vendor_forms_and_the_timeout() {
    let served = serve(
        r#"{"instances": [{"id": "ins-web00001", "duration_seconds": 20}]}"#,
        "20",
    );
    let run = served.tat(&[
        "run-command",
        "--content",
        "bHM=",
        "--instance-ids",
        "ins-web00001",
        "--query",
        "InvocationId",
        "--output",
        "text",
    ]);
    let id = stdout(&run).trim().to_owned();
    assert!(id.starts_with("inv-"), "{}", stderr(&run));
    let tccli = served.tat(&[
        "describe-invocations",
        "--invocation-ids",
        &id,
        "--waiter",
        "{'expr':'InvocationSet[0].InvocationStatus','to':'SUCCESS','timeout':30,'interval':0.2}",
        "--query",
        "InvocationSet[0].InvocationStatus",
    ]);
    assert_eq!(tccli.status.code(), Some(0), "{}", stderr(&tccli));
    assert_eq!(stdout(&tccli).trim(), "\"SUCCESS\"");
    // aliyun's form; a value that never comes ends at the timeout with the last value.
    let never = served.tat(&[
        "describe-invocations",
        "--invocation-ids",
        &id,
        "--waiter",
        "expr=InvocationSet[0].InvocationStatus",
        "to=FAILED",
        "timeout=1",
        "interval=0.2",
    ]);
    assert_eq!(never.status.code(), Some(5), "{}", stderr(&never));
    assert!(
        stderr(&never).contains("never equalled \"FAILED\" in 1 s")
            && stderr(&never).contains("the last value was SUCCESS"),
        "{}",
        stderr(&never)
    );
    let bad = served.tat(&["describe-invocations", "--waiter", "expr=a["]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
}

#[test]
fn mock_scenario_gives_the_in_process_mock_a_fleet() {
    let home = tempfile::tempdir().expect("home");
    let fleet = home.path().join("fleet.json");
    std::fs::write(
        &fleet,
        r#"{"instances": [{"id": "ins-web00001", "output": "hi\n", "duration_seconds": 0.2},
                          {"id": "ins-web00003", "exit_code": 2, "duration_seconds": 0.2}]}"#,
    )
    .expect("write");
    let fleet = fleet.to_str().expect("utf-8 path");
    let run = bare(
        home.path(),
        &[
            "--mock-scenario",
            fleet,
            "tat",
            "run-command",
            "--content",
            "bHM=",
            "--instance-ids",
            "ins-web00001",
            "ins-web00003",
            "--wait",
        ],
    );
    assert_eq!(run.status.code(), Some(5), "{}", stderr(&run));
    let rows: Value = serde_json::from_str(&stdout(&run)).expect("json rows");
    let mut statuses: Vec<(String, String)> = rows
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["Instance"].as_str().unwrap_or_default().to_owned(),
                r["Status"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    statuses.sort();
    assert_eq!(
        statuses,
        [
            ("ins-web00001".to_owned(), "SUCCESS".to_owned()),
            ("ins-web00003".to_owned(), "FAILED".to_owned())
        ]
    );
    // An instance the fleet does not list gets the documented code.
    let unknown = bare(
        home.path(),
        &[
            "--mock-scenario",
            fleet,
            "tat",
            "run-command",
            "--content",
            "bHM=",
            "--instance-ids",
            "ins-zzzzzzzz",
        ],
    );
    assert_eq!(unknown.status.code(), Some(1), "{}", stderr(&unknown));
    assert!(
        stderr(&unknown).contains("ResourceNotFound.InstanceNotFound"),
        "{}",
        stderr(&unknown)
    );
    let missing = bare(
        home.path(),
        &[
            "--mock-scenario",
            "/nonexistent/fleet.json",
            "tat",
            "describe-invocations",
        ],
    );
    assert_eq!(missing.status.code(), Some(2), "{}", stderr(&missing));
    assert!(
        stderr(&missing).contains("--mock-scenario /nonexistent/fleet.json"),
        "{}",
        stderr(&missing)
    );
}
