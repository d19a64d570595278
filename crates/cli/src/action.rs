//! Running one action: flags → request → call (one page, `--all`, or a wait) → decode → print.
//!
//! Everything that can be checked locally (the query expression, the request against its
//! shape, the configuration) is checked before a connection is opened, so usage errors exit 2
//! without touching the network.

use clap::ArgMatches;
use sdk_runtime::{Config, ServiceClient};
use sdk_shape::sample::{self, Fill};
use sdk_shape::{ActionShape, ServiceShape, WaiterShape};
use serde_json::Value;

use crate::config::{self, Globals};
use crate::exit::Failure;
use crate::flags::ids;
use crate::output::{self, print, Printer};
use crate::run::Caller;
use crate::wait::{self, Waiting};
use crate::{decode, mock, pages, request};

/// Run `action` of `service` with the action's `matches`.
pub fn run(
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
        return Err(Failure::usage(crate::language::pick(
            "--all cannot be combined with --wait or --waiter",
            "--all 不能与 --wait 或 --waiter 同时使用",
        )));
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

/// What a run prints: an answer, or a waiter's final answer as its report.
enum Outcome {
    /// The answer (of every page merged, with `--all`).
    Answer(Value),
    /// `--wait`'s final answer; `reached` is false when the waiter ended in a failure state.
    Report {
        waiter: &'static WaiterShape,
        answer: Value,
        reached: bool,
    },
}

/// The call against the configured cloud, or against a mock started for this call alone
/// (`--mock`), shut down after it whatever the outcome.
async fn call(
    service: &'static ServiceShape,
    action: &'static ActionShape,
    globals: &Globals,
    request: Value,
    all: bool,
    waiting: &Waiting,
) -> Result<Outcome, Failure> {
    if !globals.mock {
        let config = config::client_config(service, globals, None).await?;
        return call_with(service, action, globals, config, request, all, waiting).await;
    }
    if globals.endpoint.is_some() {
        return Err(Failure::usage(crate::language::pick(
            "--mock and --endpoint cannot be used together: --mock chooses its own endpoint",
            "--mock 与 --endpoint 不能同时使用：--mock 自行选择接入点",
        )));
    }
    let config = config::client_config(service, globals, Some(&mock::fallback(service))).await?;
    let (server, config) =
        mock::start_for(service, config, globals.mock_scenario.as_deref()).await?;
    let result = call_with(service, action, globals, config, request, all, waiting).await;
    server.shutdown().await;
    result
}

/// One call, every page (`--all`) or the repeated call (`--waiter`); then, for `--wait`, the
/// waiter that follows it.
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
    let caller = Caller::new(client, action, globals.debug);
    let body = match (action.pagination, waiting) {
        (Some(pagination), _) if all => pages::fetch_all(&caller, pagination, request).await?,
        (_, Waiting::Poll(poll)) => wait::repeat(&caller, request, poll).await?,
        _ => caller.send(request).await?,
    };
    match waiting {
        Waiting::Follow(waiter, template, max_wait) => {
            let (answer, reached) =
                wait::follow(caller.client(), waiter, template, &body, *max_wait).await?;
            Ok(Outcome::Report {
                waiter,
                answer,
                reached,
            })
        }
        _ => Ok(Outcome::Answer(body)),
    }
}

/// A switch of the action; `false` where the action lacks it.
fn flag(matches: &ArgMatches, id: &str) -> bool {
    // `--all` and `--decode` exist only on actions that can use them.
    matches
        .try_get_one::<bool>(id)
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false)
}
