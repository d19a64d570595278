//! Hostile input to the built binary: wrong types, out-of-range values, conflicting flags,
//! broken JSON, missing or strange files, huge files and flag values. Each must end with
//! exactly one short `error:` line on stderr, nothing on stdout, exit code 2, no panic and no
//! request sent, in bounded time. (The common cases, with their exact messages, are
//! snapshotted in `errors.rs`; these add what those do not cover.)
//!
//! Also the plain-HTTP policy of `--endpoint`: `http://` is for loopback only unless
//! `--allow-http` is given, which warns.

use crate::common;

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use common::{documented_server, stderr, stdout, TestServer};

/// Longest acceptable error line: a message names the problem, it does not echo megabytes.
const MAX_LINE: usize = 600;
/// Upper bound for any of these runs (generous: a debug build on a busy machine).
const BOUND: Duration = Duration::from_secs(60);

/// Assert the run is a clean usage error and return its line.
#[track_caller]
fn usage_error(what: &str, output: &Output, started: Instant) -> String {
    let err = stderr(output);
    let shown: String = err.chars().take(1000).collect();
    assert_eq!(output.status.code(), Some(2), "{what}: {shown}");
    assert!(stdout(output).is_empty(), "{what}: nothing on stdout");
    assert_eq!(err.lines().count(), 1, "{what}: one line: {shown}");
    assert!(err.starts_with("error: "), "{what}: {shown}");
    assert!(
        err.len() <= MAX_LINE,
        "{what}: a short line, got {} bytes: {shown}",
        err.len()
    );
    assert!(!err.contains("panicked"), "{what}: {shown}");
    assert!(
        started.elapsed() < BOUND,
        "{what}: took {:?}",
        started.elapsed()
    );
    err.trim_end().to_owned()
}

/// The TAT prefix with the server as endpoint (so anything sent would be counted).
fn tat<'a>(server: &'a TestServer, rest: &[&'a str]) -> Vec<OsString> {
    let mut args: Vec<OsString> = ["--region", "ap-guangzhou", "--endpoint", &server.url, "tat"]
        .iter()
        .map(OsString::from)
        .collect();
    args.extend(rest.iter().map(OsString::from));
    args
}

fn run(home: &Path, args: &[OsString]) -> (Output, Instant) {
    let started = Instant::now();
    let output = common::cloudcmd(home).args(args).output().expect("run");
    (output, started)
}

#[test]
fn wrong_types_out_of_range_and_conflicts_are_usage_errors() {
    let server = documented_server();
    let home = tempfile::tempdir().expect("home");
    let cases: &[(&str, &[&str])] = &[
        ("fraction", &["describe-invocations", "--limit", "1.5"]),
        (
            "boolean for integer",
            &["describe-invocations", "--limit", "true"],
        ),
        ("empty integer", &["describe-invocations", "--limit", ""]),
        (
            "above u64",
            &["describe-invocations", "--limit", "18446744073709551616"],
        ),
        (
            "below i64",
            &["describe-invocations", "--offset", "-9223372036854775809"],
        ),
        ("hex", &["describe-invocations", "--limit", "0x10"]),
        (
            "integer for boolean",
            &["describe-invocation-tasks", "--hide-output", "1"],
        ),
        (
            "list for an object",
            &["create-invoker", "--schedule-settings", "[1,2]"],
        ),
        (
            "number for an object",
            &["create-invoker", "--schedule-settings", "5"],
        ),
        (
            "shorthand without value",
            &["describe-invocations", "--filters", "name"],
        ),
        (
            "shorthand with an unclosed list",
            &[
                "describe-invocations",
                "--filters",
                "name=invocation-id,values=[a,b",
            ],
        ),
        (
            "repeated flag",
            &["describe-invocations", "--limit", "1", "--limit", "2"],
        ),
        ("mock with endpoint", &["--mock", "describe-invocations"]),
        (
            "skeleton with a member",
            &[
                "describe-invocations",
                "--generate-cli-skeleton",
                "--limit",
                "x",
            ],
        ),
        (
            "max-attempts zero",
            &["--max-attempts", "0", "describe-invocations"],
        ),
        ("timeout nan", &["--timeout", "NaN", "describe-invocations"]),
        (
            "timeout infinite",
            &["--timeout", "inf", "describe-invocations"],
        ),
        ("unknown global", &["--colour", "describe-invocations"]),
    ];
    let mut lines = Vec::new();
    for (what, rest) in cases {
        let (output, started) = run(home.path(), &tat(&server, rest));
        // "skeleton with a member" may legitimately print the skeleton: only check others.
        if *what == "skeleton with a member" && output.status.success() {
            continue;
        }
        lines.push(usage_error(what, &output, started));
    }
    assert!(lines.len() >= cases.len() - 1);
    assert_eq!(server.count(), 0, "nothing was sent: {lines:#?}");
}

#[test]
fn broken_input_json_and_strange_files_are_usage_errors() {
    let server = documented_server();
    let home = tempfile::tempdir().expect("home");
    let dir = tempfile::tempdir().expect("dir");
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        path.to_string_lossy().into_owned()
    };
    let deep = format!(
        "{{\"Limit\":{}1{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let files: Vec<(&str, String)> = vec![
        ("a list, not an object", write("list.json", b"[1, 2]")),
        ("a string", write("string.json", b"\"Limit\"")),
        (
            "trailing garbage",
            write("trailing.json", b"{\"Limit\": 1} x"),
        ),
        (
            "byte order mark",
            write("bom.json", "\u{feff}{\"Limit\": 1}".as_bytes()),
        ),
        (
            "not UTF-8",
            write("latin1.json", b"{\"Limit\": \"\xff\xfe\"}"),
        ),
        ("NUL bytes", write("nul.json", b"{\"Limit\"\0: 1}")),
        ("number too large", write("big.json", b"{\"Limit\": 1e400}")),
        (
            "float for integer",
            write("float.json", b"{\"Limit\": 1.0}"),
        ),
        (
            "string for list",
            write("strlist.json", b"{\"InvocationIds\": \"inv-1\"}"),
        ),
        (
            "string for filter values",
            write(
                "filter.json",
                br#"{"Filters":[{"Name":"invocation-id","Values":"x"}]}"#,
            ),
        ),
        ("unknown member", write("unknown.json", b"{\"Limt\": 1}")),
        (
            "null for a required member",
            write("null.json", br#"{"Filters":[{"Name":null,"Values":[]}]}"#),
        ),
        (
            "100 000 levels of nesting",
            write("deep.json", deep.as_bytes()),
        ),
        ("a directory", dir.path().to_string_lossy().into_owned()),
        (
            "a missing file",
            dir.path()
                .join("missing.json")
                .to_string_lossy()
                .into_owned(),
        ),
        ("an endless file", "/dev/zero".to_owned()),
    ];
    for (what, path) in &files {
        let (output, started) = run(
            home.path(),
            &tat(&server, &["describe-invocations", "--cli-input-json", path]),
        );
        usage_error(what, &output, started);
    }
    assert_eq!(server.count(), 0, "nothing was sent");
}

#[test]
fn huge_input_is_refused_with_one_line() {
    let server = documented_server();
    let home = tempfile::tempdir().expect("home");
    let dir = tempfile::tempdir().expect("dir");

    // 50 MB of a valid request: far above any documented request.
    let path = dir.path().join("huge.json");
    let mut text = String::with_capacity(50 * 1024 * 1024 + 64);
    text.push_str("{\"InvocationIds\": [\"");
    text.push_str(&"i".repeat(50 * 1024 * 1024));
    text.push_str("\"]}");
    std::fs::write(&path, &text).expect("write");
    let path = path.to_string_lossy().into_owned();
    let (output, started) = run(
        home.path(),
        &tat(
            &server,
            &["describe-invocations", "--cli-input-json", &path],
        ),
    );
    let line = usage_error("50 MB file", &output, started);
    assert!(line.contains("--cli-input-json"), "{line}");

    // The same from stdin.
    let started = Instant::now();
    let mut child = common::cloudcmd(home.path())
        .args(tat(
            &server,
            &["describe-invocations", "--cli-input-json", "-"],
        ))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        // The CLI may stop reading early: a broken pipe is expected then.
        let _ = stdin.write_all(text.as_bytes());
    });
    let output = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    usage_error("50 MB on stdin", &output, started);

    // Flag values as large as Linux allows (one argument is at most 128 KiB, so a 1 MB
    // value can only come through --cli-input-json, above): an invalid one is named, not
    // echoed in full.
    const BIG: usize = 120 * 1024;
    let mega = "9".repeat(BIG);
    let (output, started) = run(
        home.path(),
        &tat(&server, &["describe-invocations", "--limit", &mega]),
    );
    usage_error("120 KB integer", &output, started);
    let mega_json = format!("{{\"Policy\": \"{}", "x".repeat(BIG));
    let (output, started) = run(
        home.path(),
        &tat(
            &server,
            &["create-invoker", "--schedule-settings", &mega_json],
        ),
    );
    usage_error("120 KB broken JSON", &output, started);
    let mega_filter = format!("name={},values=a", "n".repeat(BIG));
    let (output, started) = run(
        home.path(),
        &tat(
            &server,
            &["describe-invocations", "--filters", &mega_filter],
        ),
    );
    usage_error("120 KB filter name", &output, started);
    assert_eq!(server.count(), 0, "nothing was sent");
}

#[test]
fn arguments_that_are_not_utf8_are_usage_errors() {
    let server = documented_server();
    let home = tempfile::tempdir().expect("home");
    let mut args = tat(&server, &["describe-invocations", "--invocation-ids"]);
    args.push(OsString::from_vec(vec![b'i', 0xff, 0xfe]));
    let (output, started) = run(home.path(), &args);
    usage_error("invalid UTF-8 value", &output, started);
    let mut args = tat(&server, &["describe-invocations"]);
    args.push(OsString::from_vec(vec![b'-', b'-', 0xff]));
    let (output, started) = run(home.path(), &args);
    usage_error("invalid UTF-8 flag", &output, started);
    assert_eq!(server.count(), 0);
}

// ---------------------------------------------------------------------------------------
// Plain http:// endpoints.

/// `0.0.0.0` is not a loopback address, but connecting to it reaches this machine, so the
/// test can call a server bound to 127.0.0.1 through a "non-loopback" http:// endpoint.
fn non_loopback(server: &TestServer) -> String {
    server.url.replace("127.0.0.1", "0.0.0.0")
}

fn call(home: &Path, endpoint: &str, extra: &[&str]) -> Output {
    let mut args = vec!["--region", "ap-guangzhou", "--endpoint", endpoint];
    args.extend_from_slice(extra);
    args.extend_from_slice(&[
        "tat",
        "describe-invocations",
        "--invocation-ids",
        "inv-q4zp60g0",
    ]);
    common::cloudcmd(home).args(&args).output().expect("run")
}

#[test]
fn plain_http_to_a_non_loopback_host_needs_allow_http() {
    let server = documented_server();
    let home = tempfile::tempdir().expect("home");
    let endpoint = non_loopback(&server);
    let started = Instant::now();
    let output = call(home.path(), &endpoint, &[]);
    let line = usage_error("http:// without --allow-http", &output, started);
    assert!(
        line.contains("--allow-http") && line.contains(&endpoint),
        "{line}"
    );
    assert_eq!(server.count(), 0);

    // The flag may come anywhere, like the other global flags.
    let output = call(home.path(), &endpoint, &["--allow-http"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("warning: ") && err.contains(&endpoint),
        "{err}"
    );
    assert!(stdout(&output).contains("InvocationSet"));
    assert_eq!(server.count(), 1);
}

#[test]
fn loopback_and_https_need_no_flag_and_get_no_warning() {
    let server = documented_server();
    let home = tempfile::tempdir().expect("home");
    for endpoint in [
        server.url.clone(),
        server.url.replace("127.0.0.1", "localhost"),
    ] {
        for extra in [&[][..], &["--allow-http"][..]] {
            let output = call(home.path(), &endpoint, extra);
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            assert!(
                stderr(&output).is_empty(),
                "{endpoint} {extra:?}: {}",
                stderr(&output)
            );
        }
    }
    assert_eq!(server.count(), 4);
}
