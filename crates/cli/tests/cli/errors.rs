//! Failures end with one line on stderr and the documented exit code: 2 for usage errors
//! (nothing is sent), 1 for service errors, 3 for transport errors. Never a panic trace.

use crate::common;

use common::{refused_url, run, stderr, stdout, Reply, TestServer};

/// Run expecting `code`, and return the single stderr line.
fn fails(code: i32, args: &[&str]) -> String {
    let home = tempfile::tempdir().expect("temp home");
    let output = run(home.path(), args);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(code), "{args:?}: {err}");
    assert!(stdout(&output).is_empty(), "{args:?}: nothing on stdout");
    assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err.trim_end().to_owned()
}

const TAT: &[&str] = &[
    "--region",
    "ap-guangzhou",
    "--endpoint",
    "http://127.0.0.1:9",
    "tat",
];

fn tat(args: &[&str]) -> Vec<&'static str> {
    let mut all: Vec<&str> = TAT.to_vec();
    // The strings live for the test's duration; leaking a few bytes keeps call sites short.
    all.extend(
        args.iter()
            .map(|a| &*Box::leak(a.to_string().into_boxed_str())),
    );
    all
}

#[test]
fn usage_errors_are_one_line_with_exit_2() {
    let cases: &[(&str, &[&str])] = &[
        (
            "missing_required_flag",
            &[
                "eflo-controller",
                "describe-invocations",
                "--region",
                "cn-hangzhou",
            ],
        ),
        (
            "conflicting_members",
            &tat(&[
                "describe-invocations",
                "--invocation-ids",
                "inv-1",
                "--filters",
                "name=invocation-id,values=inv-2",
            ]),
        ),
        (
            "not_an_integer",
            &tat(&["describe-invocations", "--limit", "ten"]),
        ),
        (
            "above_documented_maximum",
            &tat(&["describe-invocations", "--limit", "500"]),
        ),
        (
            "outside_type_range",
            &tat(&["describe-invocations", "--offset", "99999999999999999999"]),
        ),
        (
            "not_a_boolean",
            &tat(&["describe-invocation-tasks", "--hide-output", "maybe"]),
        ),
        (
            "invalid_json_object",
            &tat(&["create-invoker", "--schedule-settings", "{\"Policy\":"]),
        ),
        (
            "unknown_shorthand_key",
            &tat(&["describe-invocations", "--filters", "nme=invocation-id"]),
        ),
        (
            "unknown_filter_name",
            &tat(&[
                "describe-invocations",
                "--filters",
                "name=colour,values=red",
            ]),
        ),
        (
            "too_many_items",
            &tat(&[
                "describe-invocations",
                "--filters",
                "name=invocation-id,values=[a,b,c,d,e,f]",
            ]),
        ),
        (
            "missing_input_file",
            &tat(&[
                "describe-invocations",
                "--cli-input-json",
                "/nonexistent/request.json",
            ]),
        ),
        (
            "unknown_flag",
            &tat(&["describe-invocations", "--colour", "red"]),
        ),
        ("unknown_action", &["tat", "describe-everything"]),
        (
            "bad_query",
            &tat(&["describe-invocations", "--query", "InvocationSet[?"]),
        ),
        (
            "bad_output",
            &tat(&["describe-invocations", "--output", "yaml"]),
        ),
        (
            "bad_timeout",
            &tat(&["describe-invocations", "--timeout", "-1"]),
        ),
    ];
    for (name, args) in cases {
        insta::assert_snapshot!(format!("usage__{name}"), fails(2, args));
    }
}

#[test]
fn input_json_errors_are_usage_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path.to_string_lossy().into_owned()
    };
    let missing = write("missing.json", r#"{"NodeId": "e01-cn-1"}"#);
    let err = fails(
        2,
        &[
            "eflo-controller",
            "describe-invocations",
            "--region",
            "cn-hangzhou",
            "--cli-input-json",
            &missing,
        ],
    );
    assert_eq!(err, "error: missing required member InvokeId (--invoke-id)");

    let invalid = write("invalid.json", "{\"Limit\": 1,");
    let err = fails(
        2,
        &tat(&["describe-invocations", "--cli-input-json", &invalid]),
    );
    assert!(
        err.starts_with("error: --cli-input-json: ") && err.contains("is not valid JSON"),
        "{err}"
    );

    let conflict = write(
        "conflict.json",
        r#"{"InvocationIds":["inv-1"],"Filters":[{"Name":"invocation-id","Values":["inv-2"]}]}"#,
    );
    let err = fails(
        2,
        &tat(&["describe-invocations", "--cli-input-json", &conflict]),
    );
    assert_eq!(err, "error: --filters cannot be given together with --invocation-ids (the documentation says at most one of them)");

    let wrong_type = write("type.json", r#"{"Limit": "ten"}"#);
    let err = fails(
        2,
        &tat(&["describe-invocations", "--cli-input-json", &wrong_type]),
    );
    assert_eq!(
        err,
        "error: Limit (--limit): expected non-negative integer, got a string"
    );
}

#[test]
fn no_credentials_is_a_usage_error() {
    let home = tempfile::tempdir().expect("temp home");
    let output = common::cloudcmd(home.path())
        .env_remove("TENCENTCLOUD_SECRET_ID")
        .args(tat(&["describe-invocations"]))
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.starts_with("error: no credentials for tat: "), "{err}");
    // One line, then one indented line per provider of the chain (credentials.rs).
    assert_eq!(err.lines().count(), 5, "{err}");
    assert!(err.lines().skip(1).all(|l| l.starts_with("  ")), "{err}");
}

#[test]
fn tencent_service_error_exits_1_with_code_message_and_request_id() {
    let server = TestServer::blocking(|_, _| {
        Reply::json(
            r#"{"Response":{"Error":{"Code":"InvalidParameterValue.InvalidInvocationId","Message":"The invocation id is invalid."},"RequestId":"req-42"}}"#,
        )
    });
    let err = fails(
        1,
        &[
            "--region",
            "ap-guangzhou",
            "--endpoint",
            &server.url,
            "tat",
            "describe-invocations",
            "--invocation-ids",
            "bad",
        ],
    );
    assert_eq!(err, "error: InvalidParameterValue.InvalidInvocationId: The invocation id is invalid. (request id req-42)");
}

#[test]
fn alibaba_service_error_exits_1() {
    let server = TestServer::blocking(|_, _| {
        Reply::Json {
        status: 400,
        body: r#"{"RequestId":"A1-B2","HostId":"h","Code":"MissingInvokeId","Message":"InvokeId is mandatory for this action.","Recommend":"r"}"#.to_owned(),
    }
    });
    let err = fails(
        1,
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
    assert_eq!(
        err,
        "error: MissingInvokeId: InvokeId is mandatory for this action. (request id A1-B2)"
    );
}

#[test]
fn connection_refused_exits_3() {
    let endpoint = refused_url();
    let err = fails(
        3,
        &[
            "--region",
            "ap-guangzhou",
            "--endpoint",
            &endpoint,
            "--max-attempts",
            "1",
            "tat",
            "describe-invocations",
        ],
    );
    assert!(err.starts_with("error: could not connect"), "{err}");
}

#[test]
fn timeout_exits_3() {
    let silent = TestServer::blocking(|_, _| Reply::Never);
    let err = fails(
        3,
        &[
            "--region",
            "ap-guangzhou",
            "--endpoint",
            &silent.url,
            "--timeout",
            "0.3",
            "--max-attempts",
            "1",
            "tat",
            "describe-invocations",
        ],
    );
    assert!(err.starts_with("error: timed out"), "{err}");
}
