//! Test support: a tiny HTTP server on 127.0.0.1:0 that answers with the documented example
//! response of the action named in `X-TC-Action` / `x-acs-action`, and a runner for the built
//! binary with a clean environment.

#![allow(dead_code)] // each test file uses a different part of this module

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};

use sdk_shape::{ActionShape, ServiceShape};
use serde_json::Value;

/// The fake credentials every test signs with.
pub const TENCENT_ID: &str = "AKIDtest0000000000000000000000000000";
pub const TENCENT_KEY: &str = "testSecretKeyNotReal0000000000000";
pub const ALIBABA_ID: &str = "LTAItest000000000000";
pub const ALIBABA_SECRET: &str = "testAccessKeySecretNotReal0000";

pub static SERVICES: [&ServiceShape; 2] = [&tat_model::SERVICE, &eflo_controller_model::SERVICE];

/// One request the server received.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the server answers: status and body for a request.
pub type Answer = Arc<dyn Fn(&Recorded) -> (u16, String) + Send + Sync>;

pub struct TestServer {
    pub endpoint: String,
    pub requests: Arc<Mutex<Vec<Recorded>>>,
}

impl TestServer {
    /// A server answering with the documented examples.
    pub fn documented() -> Self {
        Self::start(Arc::new(documented_answer))
    }

    pub fn start(answer: Answer) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let endpoint = format!("http://{}", listener.local_addr().expect("addr"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let _ = handle(stream, &answer, &seen);
            }
        });
        TestServer { endpoint, requests }
    }

    pub fn last_request(&self) -> Recorded {
        self.requests
            .lock()
            .expect("lock")
            .last()
            .cloned()
            .expect("the server received a request")
    }

    pub fn count(&self) -> usize {
        self.requests.lock().expect("lock").len()
    }
}

fn handle(stream: TcpStream, answer: &Answer, seen: &Mutex<Vec<Recorded>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut headers = Vec::new();
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            break;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_owned(), v.trim().to_owned()));
        }
    }
    let length: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let recorded = Recorded {
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    let (status, text) = answer(&recorded);
    seen.lock().expect("lock").push(recorded);
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
        text.len()
    )?;
    stream.flush()
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
pub fn documented_answer(request: &Recorded) -> (u16, String) {
    let Some((_, action)) = action_of(request) else {
        return (
            404,
            r#"{"Code":"InvalidAction","Message":"unknown"}"#.to_owned(),
        );
    };
    let sent: Option<Value> = serde_json::from_str(&request.body).ok();
    let example = action
        .examples
        .iter()
        .find(|e| serde_json::from_str::<Value>(e.request).ok() == sent)
        .or(action.examples.first());
    match example {
        Some(e) => (200, e.response.to_owned()),
        None => (500, "{}".to_owned()),
    }
}

/// The built binary with a clean environment: a fresh HOME, fake credentials, no proxies.
pub fn cloudcmd(home: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cloudcmd"));
    cmd.env_clear()
        .env("HOME", home)
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
