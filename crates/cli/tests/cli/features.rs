//! The request-building and output features, checked on what the server receives and what
//! the binary prints: shorthand, comma lists, aliases, overrides, skeleton, --all, --decode,
//! --query, text output, unknown enum values (warnings), documented formats and conditions
//! (refused before sending) and --debug redaction.

use crate::common;

use common::{documented_server, run, stderr, stdout, Recorded, Reply, TestServer, TENCENT_KEY};
use serde_json::{json, Value};

fn tat_ok(server: &TestServer, args: &[&str]) -> (String, String) {
    let home = tempfile::tempdir().expect("temp home");
    let mut all = vec!["--region", "ap-guangzhou", "--endpoint", &server.url, "tat"];
    all.extend_from_slice(args);
    let output = run(home.path(), &all);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        stderr(&output)
    );
    (stdout(&output), stderr(&output))
}

fn sent(server: &TestServer) -> Value {
    serde_json::from_str(server.last_request().body_str()).expect("json body")
}

#[test]
fn lists_take_repeated_comma_separated_and_json_values() {
    let server = documented_server();
    tat_ok(
        &server,
        &[
            "describe-invocations",
            "--invocation-ids",
            "inv-1",
            "inv-2,inv-3",
            "--invocation-ids",
            "[\"inv-4\"]",
        ],
    );
    assert_eq!(
        sent(&server),
        json!({"InvocationIds": ["inv-1", "inv-2", "inv-3", "inv-4"]})
    );
}

#[test]
fn shorthand_and_json_objects() {
    let server = documented_server();
    tat_ok(
        &server,
        &[
            "describe-invocations",
            "--filters",
            "name=invocation-id,values=inv-1,inv-2",
            "Name=command-id,Values=[cmd-1]",
        ],
    );
    assert_eq!(
        sent(&server),
        json!({"Filters": [
            {"Name": "invocation-id", "Values": ["inv-1", "inv-2"]},
            {"Name": "command-id", "Values": ["cmd-1"]}
        ]})
    );
    tat_ok(
        &server,
        &[
            "create-invoker",
            "--name",
            "n",
            "--type",
            "SCHEDULE",
            "--command-id",
            "cmd-1",
            "--instance-ids",
            "ins-1",
            "--schedule-settings",
            r#"{"Policy":"ONCE","InvokeTime":"2021-09-01T00:00:00+08:00"}"#,
        ],
    );
    assert_eq!(
        sent(&server)["ScheduleSettings"],
        json!({"Policy": "ONCE", "InvokeTime": "2021-09-01T00:00:00+08:00"})
    );
    tat_ok(
        &server,
        &[
            "create-invoker",
            "--name",
            "n",
            "--type",
            "SCHEDULE",
            "--command-id",
            "cmd-1",
            "--instance-ids",
            "ins-1",
            "--schedule-settings",
            "policy=RECURRENCE,recurrence=\"0 0 1 * *\"",
        ],
    );
    assert_eq!(
        sent(&server)["ScheduleSettings"],
        json!({"Policy": "RECURRENCE", "Recurrence": "0 0 1 * *"})
    );
}

#[test]
fn pascal_case_aliases_and_flag_overrides() {
    let server = documented_server();
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("req.json");
    std::fs::write(
        &input,
        r#"{"Offset": 0, "Limit": 1, "InvocationIds": ["inv-q4zp60g0"]}"#,
    )
    .expect("write");
    let input = input.to_string_lossy().into_owned();
    tat_ok(
        &server,
        &[
            "DescribeInvocations",
            "--cli-input-json",
            &input,
            "--Limit",
            "5",
        ],
    );
    assert_eq!(
        sent(&server),
        json!({"Offset": 0, "Limit": 5, "InvocationIds": ["inv-q4zp60g0"]})
    );
}

#[test]
fn input_json_from_stdin() {
    let server = documented_server();
    let home = tempfile::tempdir().expect("home");
    let mut child = common::cloudcmd(home.path())
        .args([
            "--region",
            "ap-guangzhou",
            "--endpoint",
            &server.url,
            "tat",
            "describe-invocations",
            "--cli-input-json",
            "-",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(br#"{"Limit": 3}"#)
        .expect("write");
    let output = child.wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(sent(&server), json!({"Limit": 3}));
}

#[test]
fn skeleton_lists_every_member_and_is_a_valid_request() {
    let server = documented_server();
    let (skeleton, _) = tat_ok(&server, &["create-invoker", "--generate-cli-skeleton"]);
    assert_eq!(server.count(), 0, "the skeleton sends nothing");
    insta::assert_snapshot!("skeleton__tat__create-invoker", skeleton);
    let dir = tempfile::tempdir().expect("dir");
    let input = dir.path().join("skeleton.json");
    std::fs::write(&input, &skeleton).expect("write");
    tat_ok(
        &server,
        &[
            "create-invoker",
            "--cli-input-json",
            &input.to_string_lossy(),
        ],
    );
    assert_eq!(
        sent(&server),
        serde_json::from_str::<Value>(&skeleton).expect("json")
    );
}

#[test]
fn unknown_enum_values_are_sent_with_a_warning() {
    let server = documented_server();
    let (_, err) = tat_ok(
        &server,
        &[
            "create-invoker",
            "--name",
            "n",
            "--type",
            "EVENT",
            "--command-id",
            "cmd-1",
            "--instance-ids",
            "ins-1",
        ],
    );
    assert_eq!(sent(&server)["Type"], "EVENT");
    assert_eq!(
        err.lines().next(),
        Some("warning: Type (--type): \"EVENT\" is not a documented value of InvokerType (documented: SCHEDULE); sent as given"),
        "{err}"
    );
    // At any depth, from shorthand too; the request still goes out.
    let (_, err) = tat_ok(
        &server,
        &[
            "create-invoker",
            "--name",
            "n",
            "--type",
            "SCHEDULE",
            "--command-id",
            "cmd-1",
            "--instance-ids",
            "ins-1",
            "--schedule-settings",
            "Policy=once,InvokeTime=2030-01-01T00:00:00Z",
        ],
    );
    assert_eq!(sent(&server)["ScheduleSettings"]["Policy"], "once");
    assert_eq!(
        err.lines().next(),
        Some("warning: ScheduleSettings.Policy (--schedule-settings): \"once\" is not a documented value of SchedulePolicy (documented: ONCE, RECURRENCE; did you mean ONCE?); sent as given"),
        "{err}"
    );
}

#[test]
fn documented_formats_and_conditions_are_refused_before_sending() {
    let server = documented_server();
    for (settings, message) in [
        (
            "Policy=ONCE,InvokeTime=tomorrow",
            "error: ScheduleSettings.InvokeTime (--schedule-settings): \"tomorrow\" is not an ISO 8601 date-time",
        ),
        (
            "Policy=RECURRENCE,Recurrence=0 0 32 * *",
            "error: ScheduleSettings.Recurrence (--schedule-settings): \"0 0 32 * *\" is not a crontab",
        ),
        (
            "Policy=RECURRENCE",
            "error: ScheduleSettings.Recurrence (--schedule-settings): is required when Policy is RECURRENCE",
        ),
    ] {
        let home = tempfile::tempdir().expect("temp home");
        let out = run(
            home.path(),
            &[
                "--region",
                "ap-guangzhou",
                "--endpoint",
                &server.url,
                "tat",
                "create-invoker",
                "--name",
                "n",
                "--type",
                "SCHEDULE",
                "--command-id",
                "cmd-1",
                "--instance-ids",
                "ins-1",
                "--schedule-settings",
                settings,
            ],
        );
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{settings}: {err}");
        assert!(err.starts_with(message), "{settings}: {err}");
    }
    assert_eq!(server.count(), 0, "nothing was sent");
}

#[test]
fn query_and_text_output() {
    let server = documented_server();
    let (out, _) = tat_ok(
        &server,
        &[
            "describe-invocations",
            "--invocation-ids",
            "inv-q4zp60g0",
            "--limit",
            "1",
            "--offset",
            "0",
            "--query",
            "InvocationSet[].[InvocationId, InvocationStatus]",
            "--output",
            "text",
        ],
    );
    assert_eq!(out, "inv-q4zp60g0\tSUCCESS\n");
    let (out, _) = tat_ok(&server, &["describe-invocations", "--query", "TotalCount"]);
    assert_eq!(out, "1\n");
}

#[test]
fn decode_shows_base64_members_as_text() {
    let server = documented_server();
    let (out, _) = tat_ok(
        &server,
        &[
            "describe-invocations",
            "--decode",
            "--query",
            "InvocationSet[0].CommandContent",
            "--output",
            "text",
        ],
    );
    assert_eq!(out, "pwd\n");
    // eflo-controller's documented CommandContent is masked (`****`): left as is, with a note.
    let home = tempfile::tempdir().expect("home");
    let output = run(
        home.path(),
        &[
            "--region",
            "cn-hangzhou",
            "--endpoint",
            &server.url,
            "eflo-controller",
            "describe-invocations",
            "--invoke-id",
            "t-1",
            "--decode",
        ],
    );
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stderr(&output).contains("Invocations.Invocation[0].CommandContent: not valid base64"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn all_follows_pagination_and_merges_pages() {
    let total = 5;
    let server = TestServer::blocking(move |request: &Recorded, _| {
        let body: Value = serde_json::from_str(request.body_str()).unwrap_or_default();
        let offset = body["Offset"].as_u64().unwrap_or(0);
        let limit = body["Limit"].as_u64().unwrap_or(20);
        let items: Vec<Value> = (offset..(offset + limit).min(total))
            .map(|i| json!({"InvocationId": format!("inv-{i}")}))
            .collect();
        Reply::json(json!({"Response": {"TotalCount": total, "InvocationSet": items, "RequestId": format!("req-{offset}")}}).to_string())
    });
    let (out, err) = tat_ok(&server, &["describe-invocations", "--all", "--limit", "2"]);
    assert_eq!(server.count(), 3);
    assert!(
        err.is_empty(),
        "no progress line when stderr is not a terminal: {err}"
    );
    let merged: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(merged["TotalCount"], 5);
    let ids: Vec<&str> = merged["InvocationSet"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["InvocationId"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids, ["inv-0", "inv-1", "inv-2", "inv-3", "inv-4"]);
    // Without --limit, pages are as large as documented (100).
    tat_ok(&server, &["describe-invocations", "--all"]);
    assert_eq!(sent(&server)["Limit"], 100);
}

#[test]
fn debug_shows_request_and_answer_without_secrets() {
    let server = documented_server();
    let home = tempfile::tempdir().expect("home");
    let output = common::cloudcmd(home.path())
        .env("TENCENTCLOUD_SESSION_TOKEN", "session-token-value")
        .args([
            "--region",
            "ap-guangzhou",
            "--endpoint",
            &server.url,
            "--debug",
            "tat",
            "describe-invocations",
            "--invocation-ids",
            "inv-q4zp60g0",
        ])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0));
    let err = stderr(&output);
    assert!(err.contains("debug: > POST http://127.0.0.1:"), "{err}");
    assert!(
        err.contains("debug: > x-tc-action: DescribeInvocations"),
        "{err}"
    );
    assert!(err.contains("debug: > x-tc-token: <redacted>"), "{err}");
    assert!(err.contains("Signature=<redacted>"), "{err}");
    assert!(!err.contains("session-token-value"), "{err}");
    assert!(
        err.contains("debug: request members: {\"InvocationIds\":[\"inv-q4zp60g0\"]}"),
        "{err}"
    );
    assert!(
        err.contains("debug: answer: HTTP 200, request id 958a3603"),
        "{err}"
    );
    assert!(!err.contains(TENCENT_KEY), "{err}");
    assert!(
        !err.contains(common::TENCENT_ID),
        "the key id is shortened: {err}"
    );
    let auth = server
        .last_request()
        .header("authorization")
        .unwrap_or_default()
        .to_owned();
    let signature = auth.rsplit('=').next().unwrap_or_default();
    assert!(!signature.is_empty() && !err.contains(signature), "{err}");
}

#[test]
fn boolean_flags_alone_mean_true() {
    let server = documented_server();
    tat_ok(
        &server,
        &["describe-invocation-tasks", "--hide-output", "--limit", "1"],
    );
    assert_eq!(sent(&server), json!({"HideOutput": true, "Limit": 1}));
}
