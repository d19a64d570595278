//! Where `cloudcmd` finds credentials and what `cloudcmd configure` writes: the vendors'
//! default chains in their order, tccli's `--use-cvm-role` and aliyun's `--mode`, the failure
//! with nothing configured (fast, each provider listed, both languages), and profiles written
//! by `configure` read back by the runtime and by a call. The metadata services are played by
//! loopback servers, or are a closed loopback port (`common::cloudcmd` points both vendors'
//! there); nothing here reaches a real metadata address.

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use common::{documented_answer, stderr, stdout, Recorded, Reply, TestServer};
use sdk_runtime::credentials::Environment;
use sdk_runtime::Config;

const SECRET: &str = "CONFIGSECRETNEVERSHOWN9876";
const TOKEN: &str = "CONFIGTOKENNEVERSHOWN5432";
const TMP_SECRET: &str = "TMPSECRETNEVERSHOWN";
const TMP_TOKEN: &str = "TMPTOKENNEVERSHOWN";

/// `cloudcmd` with no keys in the environment.
fn bare(home: &Path) -> std::process::Command {
    let mut cmd = common::cloudcmd(home);
    for var in [
        "TENCENTCLOUD_SECRET_ID",
        "TENCENTCLOUD_SECRET_KEY",
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

fn run(cmd: &mut std::process::Command, args: &[&str]) -> Output {
    cmd.args(args).output().expect("run cloudcmd")
}

#[track_caller]
fn clean(what: &str, output: &Output) {
    let all = format!("{}{}", stdout(output), stderr(output));
    for secret in [SECRET, TOKEN, TMP_SECRET, TMP_TOKEN] {
        assert!(!all.contains(secret), "{what} shows a secret:\n{all}");
    }
    assert!(!all.contains("panicked"), "{what}: {all}");
}

/// The provider names of the failure's detail lines, in order.
fn listed(err: &str) -> Vec<String> {
    err.lines()
        .skip(1)
        .map(|l| {
            let l = l.trim_start();
            let after = l.split_once(". ").map_or(l, |(_, rest)| rest);
            after
                .split([' ', '（', ':'])
                .next()
                .unwrap_or("")
                .to_owned()
        })
        .collect()
}

#[test]
fn nothing_configured_fails_at_once_listing_each_provider_in_order() {
    let home = tempfile::tempdir().expect("home");
    let started = Instant::now();
    let output = run(
        &mut bare(home.path()),
        &["--region", "ap-guangzhou", "tat", "describe-invocations"],
    );
    let took = started.elapsed();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.starts_with("error: no credentials for tat: every provider of the default chain"),
        "{err}"
    );
    assert_eq!(
        listed(&err),
        ["environment", "profile", "cvm-role", "tke-oidc"],
        "{err}"
    );
    for part in [
        "$TENCENTCLOUD_SECRET_ID and $TENCENTCLOUD_SECRET_KEY are not both set",
        ".tencentcloud/credentials does not exist",
        ".tccli/default.credential does not exist",
        "cvm-role (CVM instance role, metadata service): GET http://127.0.0.1:",
        "$TKE_REGION is not set",
        "cloudcmd configure --vendor tencent",
    ] {
        assert!(err.contains(part), "{part:?} missing from:\n{err}");
    }
    // A refused port answers at once; the limit only catches a hang.
    assert!(took < Duration::from_secs(10), "took {took:?}");

    // Alibaba's chain, in Chinese.
    let output = run(
        &mut bare(home.path()),
        &[
            "--language",
            "zh-CN",
            "--region",
            "cn-hangzhou",
            "eflo-controller",
            "describe-invocations",
            "--invoke-id",
            "t-1",
        ],
    );
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.starts_with("error: 没有 eflo-controller 的凭证"),
        "{err}"
    );
    assert_eq!(
        listed(&err),
        ["environment", "oidc-role-arn", "profile", "ecs-ram-role"],
        "{err}"
    );
    for part in [
        "未同时设置",
        "未设置 $ALIBABA_CLOUD_ROLE_ARN",
        ".aliyun/config.json 不存在",
        "ECS RAM 角色，元数据服务）：获取失败：",
    ] {
        assert!(err.contains(part), "{part:?} missing from:\n{err}");
    }
    let output = bare(home.path())
        .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .args([
            "--region",
            "cn-hangzhou",
            "eflo-controller",
            "describe-invocations",
            "--invoke-id",
            "t-1",
        ])
        .output()
        .expect("run");
    assert!(
        stderr(&output).contains("disabled by $ALIBABA_CLOUD_ECS_METADATA_DISABLED"),
        "{}",
        stderr(&output)
    );
}

/// A loopback server playing the CVM metadata service (GET) and the API (POST).
fn cvm_and_api() -> TestServer {
    TestServer::blocking(|r: &Recorded, _| {
        let text = |body: &str| Reply::Body {
            status: 200,
            content_type: "text/plain",
            body: body.to_owned(),
        };
        match (r.method.as_str(), r.path.as_str()) {
            ("POST", _) => documented_answer(r),
            ("GET", "/latest/meta-data/cam/security-credentials/") => text("role-a"),
            ("GET", "/latest/meta-data/cam/security-credentials/role-a") => Reply::json(
                serde_json::json!({
                    "TmpSecretId": "AKIDtmp", "TmpSecretKey": TMP_SECRET, "Token": TMP_TOKEN,
                    "ExpiredTime": 4_000_000_000i64, "Code": "Success"
                })
                .to_string(),
            ),
            _ => Reply::Body {
                status: 404,
                content_type: "text/plain",
                body: String::new(),
            },
        }
    })
}

/// The key id the last API call was signed with.
fn signed_with(server: &TestServer) -> String {
    let post = server
        .requests()
        .into_iter()
        .rev()
        .find(|r| r.method == "POST")
        .expect("an API call");
    let auth = post.header("authorization").expect("signed").to_owned();
    let id = auth
        .split("Credential=")
        .nth(1)
        .and_then(|c| c.split('/').next())
        .unwrap_or("");
    id.to_owned()
}

fn tat_call<'a>(server: &'a TestServer, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["--region", "ap-guangzhou", "--endpoint", &server.url];
    args.extend_from_slice(extra);
    args.extend([
        "tat",
        "describe-invocations",
        "--invocation-ids",
        "inv-q4zp60g0",
    ]);
    args
}

#[test]
fn the_tencent_chain_asks_environment_then_profile_then_the_cvm_role() {
    let server = cvm_and_api();
    let home = tempfile::tempdir().expect("home");
    let with_metadata = |cmd: &mut std::process::Command| {
        cmd.env("TENCENTCLOUD_METADATA_ENDPOINT", &server.url);
    };
    // A profile written by `configure`, and keys in the environment: the environment wins.
    let output = run(
        &mut bare(home.path()),
        &[
            "configure",
            "set",
            "secretId",
            "AKIDprofile00001",
            "secretKey",
            SECRET,
            "--vendor",
            "tencent",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mut cmd = common::cloudcmd(home.path());
    with_metadata(&mut cmd);
    let output = run(&mut cmd, &tat_call(&server, &[]));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(signed_with(&server), common::TENCENT_ID);

    // Without it, the profile.
    let mut cmd = bare(home.path());
    with_metadata(&mut cmd);
    let output = run(&mut cmd, &tat_call(&server, &[]));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(signed_with(&server), "AKIDprofile00001");
    clean("a call with the profile", &output);

    // Without either, the CVM role, its token sent.
    std::fs::remove_dir_all(home.path().join(".tccli")).expect("rm");
    let mut cmd = bare(home.path());
    with_metadata(&mut cmd);
    let output = run(&mut cmd, &tat_call(&server, &["--debug"]));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(signed_with(&server), "AKIDtmp");
    let post = server
        .requests()
        .into_iter()
        .rev()
        .find(|r| r.method == "POST");
    assert_eq!(
        post.and_then(|p| p.header("x-tc-token").map(str::to_owned))
            .as_deref(),
        Some(TMP_TOKEN)
    );
    clean("a call with the CVM role and --debug", &output);
}

#[test]
fn use_cvm_role_and_mode_pick_one_source() {
    let server = cvm_and_api();
    let home = tempfile::tempdir().expect("home");
    // Keys in the environment, yet --use-cvm-role signs with the instance's role.
    let mut cmd = common::cloudcmd(home.path());
    cmd.env("TENCENTCLOUD_METADATA_ENDPOINT", &server.url);
    let output = run(&mut cmd, &tat_call(&server, &["--use-cvm-role"]));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(signed_with(&server), "AKIDtmp");
    let mut cmd = common::cloudcmd(home.path());
    cmd.env("TENCENTCLOUD_METADATA_ENDPOINT", &server.url);
    let output = run(&mut cmd, &tat_call(&server, &["--mode", "EcsRamRole"]));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(signed_with(&server), "AKIDtmp");

    // --mode AK never asks the metadata service: no keys is a usage error at once.
    let before = server.count();
    let mut cmd = bare(home.path());
    cmd.env("TENCENTCLOUD_METADATA_ENDPOINT", &server.url);
    let output = run(&mut cmd, &tat_call(&server, &["--mode", "AK"]));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with("error: --mode AK: no key pair for tat"),
        "{}",
        stderr(&output)
    );
    assert_eq!(server.count(), before, "nothing was asked");

    // --mode StsToken wants a token.
    let output = run(
        &mut common::cloudcmd(home.path()),
        &tat_call(&server, &["--mode", "StsToken"]),
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("have no token"),
        "{}",
        stderr(&output)
    );
    let output = common::cloudcmd(home.path())
        .env("TENCENTCLOUD_SESSION_TOKEN", TOKEN)
        .args(tat_call(&server, &["--mode", "StsToken"]))
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    clean("--mode StsToken", &output);

    // The instance role alone, when the metadata service is not there: its one reason.
    let output = run(
        &mut common::cloudcmd(home.path()),
        &tat_call(&server, &["--use-cvm-role"]),
    );
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.starts_with("error: no credentials for tat from --use-cvm-role"),
        "{err}"
    );
    assert_eq!(listed(&err), ["cvm-role"], "{err}");

    // Contradictions are refused by the parser, and the mock takes keys only.
    let output = run(
        &mut common::cloudcmd(home.path()),
        &[
            "--use-cvm-role",
            "--mode",
            "AK",
            "tat",
            "describe-invocations",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    let output = run(
        &mut common::cloudcmd(home.path()),
        &["--mock", "--use-cvm-role", "tat", "describe-invocations"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--mock"), "{}", stderr(&output));
}

#[test]
fn mock_still_falls_back_to_demo_keys() {
    let home = tempfile::tempdir().expect("home");
    let output = run(
        &mut bare(home.path()),
        &["--mock", "tat", "describe-invocations"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

fn mode_of(path: &Path) -> u32 {
    std::fs::metadata(path).expect("stat").permissions().mode() & 0o777
}

#[test]
fn configure_round_trips_through_the_runtime_s_readers() {
    let home = tempfile::tempdir().expect("home");
    let h = home.path();
    // Tencent: tccli's two files, read back by the runtime.
    let output = run(
        &mut bare(h),
        &[
            "configure",
            "set",
            "secretId",
            "AKIDwork000000001",
            "secretKey",
            SECRET,
            "token",
            TOKEN,
            "region",
            "ap-nanjing",
            "--vendor",
            "tat",
            "--profile",
            "work",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    clean("configure set", &output);
    let credential = h.join(".tccli/work.credential");
    assert_eq!(mode_of(&credential), 0o600);
    assert_eq!(mode_of(&h.join(".tccli/work.configure")), 0o600);
    assert_eq!(mode_of(&h.join(".tccli")), 0o700);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&credential).expect("read")).expect("json");
    assert_eq!(doc["secretId"], "AKIDwork000000001");
    let env = Environment {
        home: Some(h.to_owned()),
        profile: Some("work".into()),
        ..Environment::default()
    };
    let config = Config::from_environment(&tat_model::SERVICE, env).expect("config");
    let c = config.credentials().expect("keys");
    assert_eq!(
        (c.id(), c.secret(), c.token()),
        ("AKIDwork000000001", SECRET, Some(TOKEN))
    );
    assert_eq!(config.region(), Some("ap-nanjing"));

    // Alibaba: aliyun's file, another profile and unknown fields kept.
    std::fs::create_dir_all(h.join(".aliyun")).expect("mkdir");
    std::fs::write(
        h.join(".aliyun/config.json"),
        r#"{"current": "other", "profiles": [{"name": "other", "mode": "AK", "access_key_id": "LTAIother", "access_key_secret": "x", "site": "intl", "x_custom": [1, 2]}], "meta_path": "", "x_top": true}"#,
    )
    .expect("write");
    let output = run(
        &mut bare(h),
        &[
            "configure",
            "set",
            "access-key-id",
            "LTAIwork0000001",
            "access_key_secret",
            SECRET,
            "region",
            "cn-shanghai",
            "--vendor",
            "alibaba",
            "--profile",
            "work",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let path = h.join(".aliyun/config.json");
    assert_eq!(mode_of(&path), 0o600);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
    assert_eq!(doc["current"], "other", "current kept");
    assert_eq!(doc["x_top"], true);
    assert_eq!(doc["profiles"][0]["x_custom"], serde_json::json!([1, 2]));
    assert_eq!(doc["profiles"][0]["site"], "intl");
    assert_eq!(doc["profiles"][1]["name"], "work");
    assert_eq!(doc["profiles"][1]["mode"], "AK");
    assert_eq!(doc["profiles"][1]["region_id"], "cn-shanghai");
    let env = Environment {
        home: Some(h.to_owned()),
        profile: Some("work".into()),
        ..Environment::default()
    };
    let config = Config::from_environment(&eflo_controller_model::SERVICE, env).expect("config");
    let c = config.credentials().expect("keys");
    assert_eq!((c.id(), c.secret()), ("LTAIwork0000001", SECRET));
    assert_eq!(config.region(), Some("cn-shanghai"));

    // And a call signs with them.
    let server = TestServer::blocking(|r, _| documented_answer(r));
    let output = run(
        &mut bare(h),
        &[
            "--profile",
            "work",
            "--region",
            "ap-guangzhou",
            "--endpoint",
            &server.url,
            "tat",
            "describe-invocations",
            "--invocation-ids",
            "inv-q4zp60g0",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(signed_with(&server), "AKIDwork000000001");
    assert_eq!(server.last_request().header("x-tc-token"), Some(TOKEN));
}

#[test]
fn configure_shows_no_secret_anywhere() {
    let home = tempfile::tempdir().expect("home");
    let h = home.path();
    let set = run(
        &mut bare(h),
        &[
            "configure",
            "set",
            "secretId",
            "AKIDshown0000abcd",
            "secretKey",
            SECRET,
            "--vendor",
            "tencent",
        ],
    );
    assert_eq!(set.status.code(), Some(0), "{}", stderr(&set));
    let list = run(&mut bare(h), &["configure", "list", "--vendor", "tencent"]);
    assert_eq!(list.status.code(), Some(0), "{}", stderr(&list));
    assert_eq!(
        stdout(&list),
        "credential:\nsecretId = ****************abcd\nsecretKey = ****************9876\nconfigure:\n"
    );
    let get = run(
        &mut bare(h),
        &["configure", "get", "secretKey", "--vendor", "tencent"],
    );
    assert_eq!(stdout(&get), "secretKey = ****************9876\n");
    let both = run(&mut bare(h), &["configure", "list"]);
    assert!(stdout(&both).contains("[alibaba]"), "{}", stdout(&both));
    // Errors: an unknown key, a bad value, an odd number of words.
    for args in [
        &["configure", "get", "nope", "--vendor", "tencent"][..],
        &["configure", "set", "output", "yaml", "--vendor", "tencent"],
        &[
            "configure",
            "set",
            "secretKey",
            SECRET,
            "region",
            "--vendor",
            "tencent",
        ],
        &["configure", "set", "mode", SECRET, "--vendor", "alibaba"],
    ] {
        let output = run(&mut bare(h), args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        clean(&format!("{args:?}"), &output);
    }
    // The interactive form shows the current secrets masked, and keeps them on empty answers.
    let mut child = bare(h)
        .args(["configure", "--vendor", "tencent"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin
            .write_all(b"\n\nap-chengdu\ntable\n")
            .expect("answers");
    }
    let output = child.wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    clean("interactive configure", &output);
    assert!(
        stderr(&output).contains("[****************9876]"),
        "{}",
        stderr(&output)
    );
    let get = run(
        &mut bare(h),
        &[
            "configure",
            "get",
            "region",
            "output",
            "secretId",
            "--vendor",
            "tencent",
        ],
    );
    assert_eq!(
        stdout(&get),
        "region = ap-chengdu\noutput = table\nsecretId = ****************abcd\n"
    );
    // A broken file is named, not quoted.
    std::fs::write(
        h.join(".tccli/default.credential"),
        format!("{{\"secretKey\": \"{SECRET}\" "),
    )
    .expect("write");
    let output = run(&mut bare(h), &["configure", "list", "--vendor", "tencent"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("default.credential: not valid JSON"),
        "{}",
        stderr(&output)
    );
    clean("a broken file", &output);
}

#[test]
fn aliyun_modes_are_asked_for_and_read_back() {
    let home = tempfile::tempdir().expect("home");
    let h = home.path();
    let mut child = bare(h)
        .args([
            "configure",
            "--vendor",
            "alibaba",
            "--mode",
            "RamRoleArn",
            "--profile",
            "ram",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        let answers =
            format!("LTAIram000000001\n{SECRET}\nacs:ram::1:role/r\ns1\ncn-beijing\nzh\n");
        stdin.write_all(answers.as_bytes()).expect("answers");
    }
    let output = child.wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    clean("interactive aliyun configure", &output);
    let profile = sdk_runtime::credentials::parse_aliyun_json(
        &std::fs::read_to_string(h.join(".aliyun/config.json")).expect("read"),
        None,
    )
    .expect("the runtime reads it");
    assert_eq!(profile.region.as_deref(), Some("cn-beijing"));
    assert!(
        matches!(&profile.source, Some(sdk_runtime::credentials::ProfileSource::RamRoleArn { role_arn, session_name, .. })
            if role_arn == "acs:ram::1:role/r" && session_name.as_deref() == Some("s1")),
        "{profile:?}"
    );
}
