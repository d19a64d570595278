//! What the CLI's test modules share: a loopback server (the workspace's, from
//! `sdk-test-support`) answering with the documented example response of the action named in
//! `X-TC-Action` / `x-acs-action`, and a runner for the built binary with a clean environment.

use std::process::{Command, Output, Stdio};

use sdk_shape::{ActionShape, ServiceShape};
pub use sdk_test_support::{refused_url, Recorded, Reply, TestServer};
use serde_json::Value;

/// The fake credentials every test signs with.
pub const TENCENT_ID: &str = "AKIDtest0000000000000000000000000000";
pub const TENCENT_KEY: &str = "testSecretKeyNotReal0000000000000";
pub const ALIBABA_ID: &str = "LTAItest000000000000";
pub const ALIBABA_SECRET: &str = "testAccessKeySecretNotReal0000";

pub static SERVICES: [&ServiceShape; 2] = [&tat_model::SERVICE, &eflo_controller_model::SERVICE];

/// A server answering with the documented examples.
pub fn documented_server() -> TestServer {
    TestServer::blocking(|request, _| documented_answer(request))
}

/// The action a request names.
pub fn action_of(request: &Recorded) -> Option<(&'static ServiceShape, &'static ActionShape)> {
    if let Some(name) = request.header("x-tc-action") {
        return tat_model::SERVICE
            .action(name)
            .map(|a| (&tat_model::SERVICE, a));
    }
    let name = request.header("x-acs-action")?;
    eflo_controller_model::SERVICE
        .action(name)
        .map(|a| (&eflo_controller_model::SERVICE, a))
}

/// The documented response of the example whose request equals this one (else the first).
pub fn documented_answer(request: &Recorded) -> Reply {
    let Some((_, action)) = action_of(request) else {
        return Reply::Json {
            status: 404,
            body: r#"{"Code":"InvalidAction","Message":"unknown"}"#.to_owned(),
        };
    };
    let sent: Option<Value> = serde_json::from_slice(&request.body).ok();
    let example = action
        .examples
        .iter()
        .find(|e| serde_json::from_str::<Value>(e.request).ok() == sent)
        .or(action.examples.first());
    match example {
        Some(e) => Reply::json(e.response),
        None => Reply::Json {
            status: 500,
            body: "{}".to_owned(),
        },
    }
}

/// The built binary with a clean environment: a fresh HOME, fake credentials, no proxies, and
/// both vendors' metadata services at a closed loopback port, so a test whose keys are
/// removed never reaches a real metadata address.
pub fn cloudcmd(home: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cloudcmd"));
    let closed = refused_url();
    cmd.env_clear()
        .env("HOME", home)
        .env("TENCENTCLOUD_METADATA_ENDPOINT", &closed)
        .env("ALIBABA_CLOUD_METADATA_ENDPOINT", &closed)
        .env("TENCENTCLOUD_SECRET_ID", TENCENT_ID)
        .env("TENCENTCLOUD_SECRET_KEY", TENCENT_KEY)
        .env("ALIBABA_CLOUD_ACCESS_KEY_ID", ALIBABA_ID)
        .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", ALIBABA_SECRET)
        .stdin(Stdio::null());
    cmd
}

/// Run and capture.
pub fn run(home: &std::path::Path, args: &[&str]) -> Output {
    cloudcmd(home).args(args).output().expect("run cloudcmd")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `kebab-case` of an action name, as the CLI spells it.
pub fn kebab(pascal: &str) -> String {
    let chars: Vec<char> = pascal.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev.is_lowercase() || (prev.is_uppercase() && next_lower) {
                out.push('-');
            }
        }
        out.extend(c.to_lowercase());
    }
    out
}
