//! Running one action: flags → request → call (one page or `--all`) → decode → print.
//!
//! Everything that can be checked locally (the query expression, the request against its
//! shape, the configuration) is checked before a connection is opened, so usage errors exit 2
//! without touching the network.

use std::io::{IsTerminal, Write};

use clap::ArgMatches;
use sdk_runtime::{Config, ServiceClient};
use sdk_shape::sample::{self, Fill};
use sdk_shape::{ActionShape, ServiceShape, WaiterShape};
use serde_json::Value;

use crate::flags::ids;
use crate::config::{self, Globals};
use crate::exit::Failure;
use crate::output::{self, Printer};
use crate::{decode, mock, pages, request, wait};

/// Run `action` of `service` with the action's `matches`.
pub fn action(
    service: &'static ServiceShape,
    action: &'static ActionShape,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    if matches.get_flag(ids::SKELETON) {
        // A form to complete: every member, nested objects expanded, blank values by type.
        let form = sample::object(action.input, Fill::Blank);
        return print(&output::json(&Value::Object(form)));
    }
    let globals = Globals::from_matches(matches)?;
    let printer = Printer::from_matches(matches)?;
    let request = request::build(action, matches)?;
    let all = flag(matches, ids::ALL);
    let decode_base64 = flag(matches, ids::DECODE);
    let waiting = Waiting::from_matches(service, action, matches)?;
    if all && !matches!(waiting, Waiting::No) {
        return Err(Failure::usage(
            "--all cannot be combined with --wait or --waiter",
        ));
    }
    let explicit_format =
        matches.value_source(ids::OUTPUT) == Some(clap::parser::ValueSource::CommandLine);

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::transport(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(async {
        let mut body = match call(service, action, &globals, request, all, &waiting).await? {
            Outcome::Answer(body) => body,
            Outcome::Report {
                waiter,
                answer,
                reached,
            } => return wait::print_report(waiter, &answer, reached, &printer, explicit_format),
        };
        if decode_base64 {
            for note in decode::decode(action.output, &mut body) {
                eprintln!("note: --decode: {note}");
            }
        }
        print(&printer.render(&body)?)
    })
}

/// What the run asks for beyond one call.
enum Waiting {
    No,
    /// `--wait`: the waiter following the action, its polling template, `--max-wait`.
    Follow(&'static WaiterShape, &'static str, Option<u64>),
    /// `--waiter`: repeat the call until the expression matches.
    Poll(wait::Poll),
}

impl Waiting {
    fn from_matches(
        service: &'static ServiceShape,
        action: &'static ActionShape,
        matches: &ArgMatches,
    ) -> Result<Self, Failure> {
        let waiter: Option<Vec<String>> = matches
            .try_get_many::<String>(ids::WAITER)
            .ok()
            .flatten()
            .map(|v| v.cloned().collect());
        let follow = flag(matches, ids::WAIT);
        match (waiter, follow) {
            (Some(_), true) => Err(Failure::usage("--wait and --waiter cannot be combined")),
            (Some(words), false) => Ok(Waiting::Poll(wait::Poll::parse(&words)?)),
            (None, true) => {
                let (waiter, template) = wait::follower(service, action)
                    .ok_or_else(|| Failure::usage("--wait: no waiter follows this action"))?;
                let max_wait = matches
                    .try_get_one::<u64>(ids::MAX_WAIT)
                    .ok()
                    .flatten()
                    .copied();
                Ok(Waiting::Follow(waiter, template, max_wait))
            }
            (None, false) => Ok(Waiting::No),
        }
    }
}

/// What a run prints: an answer, or a waiter's final answer as its report.
enum Outcome {
    Answer(Value),
    Report {
        waiter: &'static WaiterShape,
        answer: Value,
        reached: bool,
    },
}

async fn call(
    service: &'static ServiceShape,
    action: &'static ActionShape,
    globals: &Globals,
    request: Value,
    all: bool,
    waiting: &Waiting,
) -> Result<Outcome, Failure> {
    if !globals.mock {
        let config = config::client_config(service, globals, None)?;
        return call_with(service, action, globals, config, request, all, waiting).await;
    }
    if globals.endpoint.is_some() {
        return Err(Failure::usage(
            "--mock and --endpoint cannot be used together: --mock chooses its own endpoint",
        ));
    }
    let config = config::client_config(service, globals, Some(&mock::fallback(service)))?;
    let (server, config) =
        mock::start_for(service, config, globals.mock_scenario.as_deref()).await?;
    let result = call_with(service, action, globals, config, request, all, waiting).await;
    server.shutdown().await;
    result
}

async fn call_with(
    service: &'static ServiceShape,
    action: &'static ActionShape,
    globals: &Globals,
    config: Config,
    request: Value,
    all: bool,
    waiting: &Waiting,
) -> Result<Outcome, Failure> {
    let client = ServiceClient::new(service, config).map_err(|e| Failure::usage(e.to_string()))?;
    let caller = Caller {
        client,
        action,
        debug: globals.debug,
    };
    let body = match (action.pagination, waiting) {
        (Some(pagination), _) if all => pages::fetch_all(&caller, pagination, request).await?,
        (_, Waiting::Poll(poll)) => wait::poll(&caller, request, poll).await?,
        _ => caller.send(request).await?,
    };
    match waiting {
        Waiting::Follow(waiter, template, max_wait) => {
            let (answer, reached) =
                wait::follow(&caller.client, waiter, template, &body, *max_wait).await?;
            Ok(Outcome::Report {
                waiter,
                answer,
                reached,
            })
        }
        _ => Ok(Outcome::Answer(body)),
    }
}

/// Sends one request of an action, logging it with `--debug`.
pub struct Caller {
    client: ServiceClient,
    action: &'static ActionShape,
    debug: bool,
}

impl Caller {
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

fn flag(matches: &ArgMatches, id: &str) -> bool {
    // `--all` and `--decode` exist only on actions that can use them.
    matches
        .try_get_one::<bool>(id)
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false)
}

/// Print to stdout; a closed pipe (`| head`) is not an error.
pub fn print(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::transport(format!("cannot write the output: {e}")))
        }
        _ => Ok(()),
    }
}

/// Whether progress lines may be drawn.
pub fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}
