//! The built `cloudcmd` never prints a known secret or session token, whatever happens:
//! `--debug` of a success, a service error, a transport error, a timeout, an unreadable
//! answer and invalid input, for both services, from the environment or a profile file. A
//! profile file readable by group or others gets a warning on stderr; a private one does not.

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Output;

use common::{documented_server, refused_url, stderr, stdout, Recorded, Reply, TestServer};

const SECRET: &str = "SECRETNEVERSHOWN123";
const TOKEN: &str = "TOKENNEVERSHOWN456";

/// The binary with the known secret and token in the environment for both vendors.
fn run(home: &Path, args: &[&str]) -> Output {
    common::cloudcmd(home)
        .env("TENCENTCLOUD_SECRET_KEY", SECRET)
        .env("TENCENTCLOUD_SESSION_TOKEN", TOKEN)
        .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)
        .env("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN)
        .args(args)
        .output()
        .expect("run cloudcmd")
}

#[track_caller]
fn clean(what: &str, output: &Output) {
    let all = format!("{}{}", stdout(output), stderr(output));
    assert!(!all.contains(SECRET), "{what}: the secret is shown:\n{all}");
    assert!(!all.contains(TOKEN), "{what}: the token is shown:\n{all}");
    assert!(!all.contains("panicked"), "{what}: {all}");
}

fn tat_args<'a>(endpoint: &'a str, rest: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "--debug",
        "--region",
        "ap-guangzhou",
        "--endpoint",
        endpoint,
        "--max-attempts",
        "1",
        "--timeout",
        "1",
        "tat",
    ];
    args.extend_from_slice(rest);
    args
}

fn eflo_args(endpoint: &str) -> Vec<&str> {
    vec![
        "--debug",
        "--region",
        "cn-hangzhou",
        "--endpoint",
        endpoint,
        "--max-attempts",
        "1",
        "--timeout",
        "1",
        "eflo-controller",
        "describe-invocations",
        "--invoke-id",
        "t-1",
    ]
}

#[test]
fn debug_and_error_output_never_show_the_secret_or_token() {
    let home = tempfile::tempdir().expect("home");
    let describe = ["describe-invocations", "--invocation-ids", "inv-q4zp60g0"];
    let mut runs = 0;
    let mut check = |what: &str, args: Vec<&str>, code: i32| {
        let output = run(home.path(), &args);
        assert_eq!(
            output.status.code(),
            Some(code),
            "{what}: {}",
            stderr(&output)
        );
        clean(what, &output);
        runs += 1;
    };

    let documented = documented_server();
    check("success", tat_args(&documented.url, &describe), 0);
    check("eflo success", eflo_args(&documented.url), 0);

    let failing = TestServer::blocking(|r: &Recorded, _| {
        if r.header("x-acs-action").is_some() {
            Reply::Json {
                status: 400,
                body: r#"{"Code":"MissingInvokeId","Message":"no","RequestId":"r-1"}"#.to_owned(),
            }
        } else {
            Reply::json(
                r#"{"Response":{"Error":{"Code":"AuthFailure.TokenFailure","Message":"bad token"},"RequestId":"r-1"}}"#,
            )
        }
    });
    check("service error", tat_args(&failing.url, &describe), 1);
    check("eflo service error", eflo_args(&failing.url), 1);

    let html = TestServer::blocking(|_, _| Reply::Json {
        status: 502,
        body: "<html>bad gateway</html>".to_owned(),
    });
    check("decode error", tat_args(&html.url, &describe), 1);
    check("eflo decode error", eflo_args(&html.url), 1);

    let closed = refused_url();
    check("transport error", tat_args(&closed, &describe), 3);
    check("eflo transport error", eflo_args(&closed), 3);

    let silent = TestServer::blocking(|_, _| Reply::Never);
    check("timeout", tat_args(&silent.url, &describe), 3);

    check(
        "invalid input",
        tat_args(
            &documented.url,
            &["describe-invocations", "--limit", "5000"],
        ),
        2,
    );
    check(
        "mock",
        vec![
            "--debug",
            "--mock",
            "tat",
            "describe-invocations",
            "--invocation-ids",
            "inv-q4zp60g0",
        ],
        // The mock accepts only the key the CLI signs with: the run succeeds.
        0,
    );
    assert_eq!(runs, 11);
    // The secret never went on the wire; the token did, as it must.
    for server in [&documented, &failing, &html] {
        for request in server.requests().iter() {
            let text = format!("{:?}", request);
            assert!(!text.contains(SECRET), "{text}");
            assert!(text.contains(TOKEN), "{text}");
        }
    }
}

fn write_profile(home: &Path, mode: u32, text: &str) {
    let dir = home.join(".tencentcloud");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let path = dir.join("credentials");
    std::fs::write(&path, text).expect("write profile");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

fn profile_run(home: &Path, endpoint: &str) -> Output {
    common::cloudcmd(home)
        .env_remove("TENCENTCLOUD_SECRET_ID")
        .env_remove("TENCENTCLOUD_SECRET_KEY")
        .args([
            "--debug",
            "--region",
            "ap-guangzhou",
            "--endpoint",
            endpoint,
            "tat",
            "describe-invocations",
            "--invocation-ids",
            "inv-q4zp60g0",
        ])
        .output()
        .expect("run cloudcmd")
}

const PROFILE: &str = "[default]\nsecret_id = AKIDprofile0000\nsecret_key = SECRETNEVERSHOWN123\ntoken = TOKENNEVERSHOWN456\n";

#[test]
fn a_profile_readable_by_others_gets_a_warning() {
    let server = documented_server();
    let home = tempfile::tempdir().expect("home");
    write_profile(home.path(), 0o644, PROFILE);
    let output = profile_run(home.path(), &server.url);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    clean("0644 profile", &output);
    let err = stderr(&output);
    let warnings: Vec<&str> = err.lines().filter(|l| l.starts_with("warning:")).collect();
    assert_eq!(warnings.len(), 1, "{err}");
    assert!(
        warnings[0].contains(".tencentcloud/credentials")
            && warnings[0].contains("readable by group or others")
            && warnings[0].contains("644"),
        "{err}"
    );
    // The profile's credentials were used.
    assert!(server
        .last_request()
        .header("authorization")
        .is_some_and(|a| a.contains("AKIDprofile0000")));

    // Group-readable only is still too open.
    write_profile(home.path(), 0o640, PROFILE);
    let output = profile_run(home.path(), &server.url);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).contains("readable by group or others"));
}

#[test]
fn a_private_profile_gets_no_warning() {
    let server = documented_server();
    let home = tempfile::tempdir().expect("home");
    write_profile(home.path(), 0o600, PROFILE);
    let output = profile_run(home.path(), &server.url);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    clean("0600 profile", &output);
    assert!(!stderr(&output).contains("warning:"), "{}", stderr(&output));
}

#[test]
fn a_broken_profile_is_reported_without_its_secret() {
    let server = documented_server();
    let home = tempfile::tempdir().expect("home");
    // A profile section that is not there, and an Alibaba file that is not JSON.
    write_profile(
        home.path(),
        0o600,
        "[other]\nsecret_id = AKIDprofile0000\nsecret_key = SECRETNEVERSHOWN123\n",
    );
    let output = profile_run(home.path(), &server.url);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    clean("missing section", &output);
    let dir = home.path().join(".aliyun");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(
        dir.join("config.json"),
        "{\"profiles\":[{\"name\":\"default\",\"access_key_secret\":\"SECRETNEVERSHOWN123\" \"x\"",
    )
    .expect("write");
    let output = common::cloudcmd(home.path())
        .env_remove("ALIBABA_CLOUD_ACCESS_KEY_ID")
        .env_remove("ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        .args(eflo_args(&server.url))
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    clean("broken aliyun config", &output);
    assert_eq!(stderr(&output).lines().count(), 1, "{}", stderr(&output));
}
