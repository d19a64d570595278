//! eflo-controller through the in-process mock: a command run on three nodes with `--wait`,
//! one row per node and exit code 5 when one failed; a file delivery waited for the same way.

use crate::common;

use common::{stderr, stdout};
use serde_json::Value;

/// `cloudcmd --mock --mock-scenario FLEET ...` with nothing configured.
fn run(fleet: &str, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().expect("home");
    let file = home.path().join("fleet.json");
    std::fs::write(&file, fleet).expect("write");
    std::process::Command::new(env!("CARGO_BIN_EXE_cloudcmd"))
        .env_clear()
        .env("HOME", home.path())
        .env("COLUMNS", "100")
        .arg("--mock-scenario")
        .arg(&file)
        .args(args)
        .output()
        .expect("run cloudcmd")
}

const FLEET: &str = r#"{"instances": [
    {"id": "e01-cn-node1", "output": "hello\n", "duration_seconds": 1},
    {"id": "e01-cn-node2", "output": "hello\n", "duration_seconds": 2},
    {"id": "e01-cn-node3", "exit_code": 1, "output": "disk full\n", "duration_seconds": 1}
]}"#;

#[test]
fn run_command_wait_prints_one_row_per_node_and_exits_5_when_one_failed() {
    let out = run(
        FLEET,
        &[
            "eflo-controller",
            "run-command",
            "--command-content",
            "echo hello",
            "--node-id-list",
            "e01-cn-node1",
            "e01-cn-node2",
            "e01-cn-node3",
            "--wait",
        ],
    );
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("invocation-finished: finished, but not every item succeeded"),
        "{}",
        stderr(&out)
    );
    let rows: Value = serde_json::from_str(&stdout(&out)).expect("json rows");
    let rows: Vec<(String, String, Value, String)> = rows
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["Node"].as_str().unwrap_or_default().to_owned(),
                r["Status"].as_str().unwrap_or_default().to_owned(),
                r["ExitCode"].clone(),
                r["Output"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "e01-cn-node1".into(),
                "Success".into(),
                0.into(),
                "hello\n".into()
            ),
            (
                "e01-cn-node2".into(),
                "Success".into(),
                0.into(),
                "hello\n".into()
            ),
            (
                "e01-cn-node3".into(),
                "Failed".into(),
                1.into(),
                "disk full\n".into()
            ),
        ]
    );

    // The table, as a terminal user sees it.
    let table = run(
        FLEET,
        &[
            "--output",
            "table",
            "eflo-controller",
            "run-command",
            "--command-content",
            "echo hello",
            "--node-id-list",
            "e01-cn-node1",
            "e01-cn-node2",
            "e01-cn-node3",
            "--wait",
        ],
    );
    assert_eq!(table.status.code(), Some(5), "{}", stderr(&table));
    let printed = stdout(&table);
    assert!(printed.contains("| e01-cn-node3 | Failed"), "{printed}");
    insta::assert_snapshot!(printed);
}

#[test]
fn send_file_wait_reports_each_node() {
    let out = run(
        FLEET,
        &[
            "eflo-controller",
            "send-file",
            "--content",
            "hello",
            "--name",
            "hello.txt",
            "--target-dir",
            "/tmp",
            "--node-id-list",
            "e01-cn-node1",
            "e01-cn-unknown",
            "--wait",
        ],
    );
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let rows: Value = serde_json::from_str(&stdout(&out)).expect("json rows");
    assert_eq!(rows[0]["Status"], "Success", "{rows}");
    assert_eq!(
        (rows[1]["Status"].as_str(), rows[1]["Error"].as_str()),
        (Some("Invalid"), Some("NodeNotExists")),
        "{rows}"
    );
}
