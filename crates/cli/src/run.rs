//! Sending one request of an action: `--debug`'s log of it (without secrets), and the answer
//! checked against the documented output before anyone prints it.
//!
//! Every call goes through [`Caller`]: a single call, each page of `--all` and each poll of
//! `--waiter`, so no answer reaches the output unchecked.

use std::io::IsTerminal;

use sdk_runtime::ServiceClient;
use sdk_shape::ActionShape;
use serde_json::Value;

use crate::exit::Failure;

/// Sends one request of an action, logging it with `--debug`.
pub struct Caller {
    client: ServiceClient,
    action: &'static ActionShape,
    debug: bool,
}

impl Caller {
    /// A caller of `action` through `client`; `debug` logs each request and answer on stderr.
    pub fn new(client: ServiceClient, action: &'static ActionShape, debug: bool) -> Self {
        Caller {
            client,
            action,
            debug,
        }
    }

    /// The client it sends through: `--wait` polls with it after the action's call.
    pub fn client(&self) -> &ServiceClient {
        &self.client
    }

    /// The action this caller sends.
    pub fn action(&self) -> &'static ActionShape {
        self.action
    }

    /// Send `request` and return the answer's body, checked against the documented output:
    /// every page of `--all` goes through here, so no page is printed unchecked.
    pub async fn send(&self, request: Value) -> Result<Value, Failure> {
        if self.debug {
            self.log_request(&request);
        }
        match self.client.send_json(self.action, request).await {
            Ok(answer) => {
                if self.debug {
                    eprintln!(
                        "debug: answer: HTTP {}, request id {}",
                        answer.status,
                        answer.request_id.as_deref().unwrap_or("-")
                    );
                    eprintln!("debug: answer body: {}", answer.body);
                }
                sdk_shape::validate_output(self.action, &answer.body)
                    .map_err(|e| Failure::answer(self.action, &e, answer.request_id.as_deref()))?;
                Ok(answer.body)
            }
            Err(e) => {
                if self.debug {
                    eprintln!("debug: failed: {e}");
                }
                Err(Failure::from_sdk(self.action, e))
            }
        }
    }

    /// What is about to be sent, without secrets: the request as the runtime would sign it
    /// now (each attempt is signed afresh, so timestamp and nonce may differ by a second),
    /// with the signature, tokens and most of the key id redacted.
    fn log_request(&self, request: &Value) {
        let service = self.client.service();
        eprintln!(
            "debug: {} {} {} (region {})",
            service.name,
            service.version,
            self.action.name,
            self.client.config().region().unwrap_or("-")
        );
        eprintln!("debug: request members: {request}");
        let prepared = self.client.prepare(
            self.action,
            request,
            sdk_runtime::clock::now_unix(),
            "debug",
        );
        match prepared {
            Ok(prepared) => {
                eprintln!("debug: > {} {}", prepared.method, prepared.url);
                for (name, value) in &prepared.headers {
                    eprintln!("debug: > {name}: {}", redact_header(name, value));
                }
                eprintln!("debug: > {}", String::from_utf8_lossy(&prepared.body));
            }
            Err(e) => eprintln!("debug: cannot prepare the request: {e}"),
        }
    }
}

/// A header value fit for a log: tokens hidden, the signature hidden, the key id shortened.
fn redact_header(name: &str, value: &str) -> String {
    match name {
        "x-tc-token" | "x-acs-security-token" => "<redacted>".to_owned(),
        "authorization" => value
            .split([',', ' '])
            .filter(|part| !part.is_empty())
            .map(|part| {
                if part.starts_with("Signature=") {
                    "Signature=<redacted>".to_owned()
                } else if let Some(credential) = part.strip_prefix("Credential=") {
                    let id: String = credential.chars().take(4).collect();
                    let scope = credential.find('/').map_or("", |i| &credential[i..]);
                    format!("Credential={id}****{scope}")
                } else {
                    part.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
        _ => value.to_owned(),
    }
}

/// Whether progress lines may be drawn between calls (`--all`, waits): only on a terminal,
/// so logs and pipes get none of their carriage returns.
pub fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}
