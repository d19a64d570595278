//! Answers checked against the documented output: a loopback server answers with hostile,
//! wrongly typed bodies; the binary must exit 4 with exactly one error line naming the member
//! path and both types, print nothing on stdout, and show the raw answer only with `--debug`.
//! Members the documentation does not list, and null or absent members, stay allowed.

use crate::common;

use common::{run, stderr, stdout, Recorded, Reply, TestServer};
use serde_json::{json, Value};

/// A server answering every request with `body`.
fn answering(body: Value) -> TestServer {
    let text = body.to_string();
    TestServer::blocking(move |_: &Recorded, _| Reply::json(text.clone()))
}

fn tat(server: &TestServer, extra: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().expect("temp home");
    let mut args = vec![
        "--region",
        "ap-guangzhou",
        "--endpoint",
        &server.url,
        "--max-attempts",
        "1",
    ];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["tat", "describe-invocations", "--invocation-ids", "inv-1"]);
    run(home.path(), &args)
}

const HOSTILE_LINE: &str = "error: the DescribeInvocations answer does not match the \
    documentation: InvocationSet[0].Timeout: documented non-negative integer, received a \
    string (\"60\") (request id req-hostile); --debug shows the raw answer";

fn hostile_tat_body() -> Value {
    json!({"Response": {
        "TotalCount": 1,
        "InvocationSet": [{"InvocationId": "inv-1", "InvocationStatus": "SUCCESS", "Timeout": "60"}],
        "RequestId": "req-hostile"
    }})
}

#[test]
fn a_wrongly_typed_member_exits_4_with_one_line_naming_path_and_types() {
    let server = answering(hostile_tat_body());
    let output = tat(&server, &[]);
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert_eq!(stderr(&output), format!("{HOSTILE_LINE}\n"));
    assert_eq!(stdout(&output), "", "nothing unchecked reaches stdout");
    assert_eq!(server.count(), 1, "a wrong answer is not retried");
}

#[test]
fn debug_shows_the_raw_answer_before_the_error_line() {
    let server = answering(hostile_tat_body());
    let output = tat(&server, &["--debug"]);
    assert_eq!(output.status.code(), Some(4));
    let err = stderr(&output);
    assert!(
        err.contains(r#""InvocationSet":[{"InvocationId":"inv-1","InvocationStatus":"SUCCESS","Timeout":"60"}]"#),
        "{err}"
    );
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors, [HOSTILE_LINE]);
    assert_eq!(err.lines().last(), Some(HOSTILE_LINE));
}

#[test]
fn objects_for_lists_and_wrong_types_inside_items_are_found_for_alibaba_too() {
    let home = tempfile::tempdir().expect("temp home");
    let cases = [
        (
            json!({"RequestId": "r1", "Invocations": {"Invocation": {"InvokeId": "t-1"}}}),
            "Invocations.Invocation: documented list of Invocation object, received an object \
             ({\"InvokeId\":\"t-1\"}) (request id r1)",
        ),
        (
            json!({"RequestId": "r2", "Invocations": {"Invocation": [{"InvokeId": "t-1",
                "InvokeNodes": {"InvokeNode": [{"NodeId": "e01", "ExitCode": "0"}]}}]}}),
            // The vendor's SDK metadata types ExitCode as a 64-bit Integer.
            "Invocations.Invocation[0].InvokeNodes.InvokeNode[0].ExitCode: documented integer, \
             received a string (\"0\") (request id r2)",
        ),
        (
            json!({"RequestId": "r3", "Invocations": {"Invocation": [{"InvokeId": 7}]}}),
            "Invocations.Invocation[0].InvokeId: documented string, received a number (7) \
             (request id r3)",
        ),
    ];
    for (body, expected) in cases {
        let server = answering(body);
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
            ],
        );
        assert_eq!(output.status.code(), Some(4), "{expected}");
        assert_eq!(
            stderr(&output),
            format!(
                "error: the DescribeInvocations answer does not match the documentation: \
                 {expected}; --debug shows the raw answer\n"
            )
        );
    }
}

#[test]
fn undocumented_null_and_absent_members_are_allowed() {
    let server = answering(json!({"Response": {
        "TotalCount": 2,
        "InvocationSet": [
            {"InvocationId": "inv-1", "EndTime": null, "Timeout": null, "NewMember": {"A": [1]}},
            {"InvocationId": "inv-2", "InvocationTaskBasicInfoSet": null}
        ],
        "SomethingNew": "x",
        "RequestId": "req-fine"
    }}));
    let output = tat(&server, &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let printed: Value = serde_json::from_str(&stdout(&output)).expect("json");
    assert_eq!(
        printed["SomethingNew"], "x",
        "undocumented members are printed"
    );
}

#[test]
fn every_page_of_all_is_checked() {
    let server = TestServer::blocking(|request: &Recorded, _| {
        let body: Value = serde_json::from_str(request.body_str()).unwrap_or_default();
        let offset = body["Offset"].as_u64().unwrap_or(0);
        // The second page is wrong: a total of "2" where the page says Integer.
        let total = if offset == 0 { json!(2) } else { json!("2") };
        let item = json!({"InvocationId": format!("inv-{offset}")});
        let answer = json!({"Response": {"TotalCount": total, "InvocationSet": [item],
            "RequestId": format!("req-{offset}")}});
        Reply::json(answer.to_string())
    });
    let home = tempfile::tempdir().expect("temp home");
    let output = run(
        home.path(),
        &[
            "--region",
            "ap-guangzhou",
            "--endpoint",
            &server.url,
            "tat",
            "describe-invocations",
            "--all",
            "--limit",
            "1",
        ],
    );
    assert_eq!(output.status.code(), Some(4));
    assert_eq!(server.count(), 2);
    assert_eq!(stdout(&output), "");
    assert!(
        stderr(&output).contains(
            "TotalCount: documented non-negative integer, received a string (\"2\") (request id req-1)"
        ),
        "{}",
        stderr(&output)
    );
}
