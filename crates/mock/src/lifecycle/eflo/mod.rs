//! eflo-controller (Alibaba Cloud Lingjun node controller, 2022-12-15): commands and file
//! deliveries on nodes as state. RunCommand and SendFile make an invocation with one part per
//! node whose status moves on the mock's clock (the shared `lifecycle::run`); DescribeInvocations
//! and DescribeSendFileResults show them, StopInvocation stops them. Nodes the scenario does not
//! list, or whose agent is offline, are refused per node as the service does (`Invalid` with
//! `NodeNotExists`, `Aborted` with `ClientNotRunning`), not for the whole request.

mod commands;
mod files;
mod render;
mod runs;

use std::sync::Mutex;

use sdk_shape::{ActionShape, ServiceShape};
use serde_json::{Map, Value};

use super::scenario::Scenario;
use super::{code, is_documented_example, Behaviour, MockClock};
use crate::errors::Failure;
use crate::state::random_suffix;
use crate::validate::with_defaults;

use runs::Run;

/// Most invocations kept; beyond this the oldest are forgotten first.
pub const INVOCATION_CAPACITY: usize = 10_000;

/// The prefix of the invocation ids the service hands out (`t-cd03crwys0lrls0`).
pub const PREFIX: &str = "t-";

/// The actions answered from state.
const STATEFUL: &[&str] = &[
    "RunCommand",
    "StopInvocation",
    "DescribeInvocations",
    "SendFile",
    "DescribeSendFileResults",
];

/// The eflo-controller behaviour of one server.
pub struct Eflo {
    service: &'static ServiceShape,
    clock: MockClock,
    scenario: Scenario,
    store: Mutex<Store>,
}

/// What the service remembers, in creation order.
#[derive(Default)]
struct Store {
    runs: Vec<Run>,
}

impl Store {
    fn run(&self, id: &str) -> Option<&Run> {
        self.runs.iter().find(|r| r.id == id)
    }

    fn knows(&self, id: &str) -> bool {
        self.runs
            .iter()
            .any(|r| r.id == id || r.nodes.iter().any(|n| n.task.instance_id == id))
    }

    fn fresh_id(&self) -> String {
        loop {
            let id = format!("{PREFIX}{}", random_suffix());
            if !self.knows(&id) {
                return id;
            }
        }
    }

    fn remember(&mut self, run: Run) {
        self.runs.push(run);
        if self.runs.len() > INVOCATION_CAPACITY {
            self.runs.remove(0);
        }
    }
}

/// One request being answered.
struct Call<'a> {
    eflo: &'a Eflo,
    action: &'static ActionShape,
    now: i64,
}

impl Call<'_> {
    /// A failure with the first of `candidates` that the action or service documents.
    fn fail(&self, candidates: &[&str], message: String) -> Failure {
        let fallback = candidates.first().copied().unwrap_or("InvalidParameter");
        Failure::new(
            code(self.eflo.service, self.action, candidates, fallback),
            message,
        )
    }

    fn not_found(&self, id: &str) -> Failure {
        self.fail(
            &["InvalidInvokeId.NotFound"],
            format!("The invocation {id:?} does not exist."),
        )
        .status(404)
    }
}

impl Eflo {
    pub fn new(service: &'static ServiceShape, clock: MockClock, scenario: Scenario) -> Eflo {
        Eflo {
            service,
            clock,
            scenario,
            store: Mutex::new(Store::default()),
        }
    }
}

impl Behaviour for Eflo {
    fn answer(
        &self,
        action: &'static ActionShape,
        request: &Value,
    ) -> Option<Result<Map<String, Value>, Failure>> {
        if !STATEFUL.contains(&action.name) {
            return None;
        }
        let Ok(mut store) = self.store.lock() else {
            return Some(Err(Failure::new(
                "InternalError",
                "The mock's eflo-controller state is unusable after an earlier internal failure; restart the mock.",
            ).status(500)));
        };
        let call = Call {
            eflo: self,
            action,
            now: self.clock.now_ms(),
        };
        let filled = with_defaults(action, request);
        let names_known = request
            .get("InvokeId")
            .and_then(Value::as_str)
            .is_some_and(|id| store.knows(id));
        if is_documented_example(action, &filled) && !names_known {
            return None;
        }
        let store = &mut *store;
        match action.name {
            "RunCommand" => Some(commands::run(&call, store, &filled)),
            "StopInvocation" => Some(commands::stop(&call, store, &filled)),
            "DescribeInvocations" => commands::describe(&call, store, &filled),
            "SendFile" => Some(files::send(&call, store, &filled)),
            "DescribeSendFileResults" => files::describe(&call, store, &filled),
            _ => None,
        }
    }
}

/// The node ids of a list member, whether it came as a list or as the JSON string the
/// service's "shrink" form carries.
fn node_ids(request: &Value, member: &str) -> Vec<String> {
    let parsed;
    let value = match request.get(member) {
        Some(Value::String(text)) => {
            parsed = serde_json::from_str::<Value>(text).unwrap_or(Value::Null);
            &parsed
        }
        Some(v) => v,
        None => return Vec::new(),
    };
    let mut ids: Vec<String> = Vec::new();
    for id in value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !ids.iter().any(|seen| seen == id) {
            ids.push(id.to_owned());
        }
    }
    ids
}

fn text<'a>(request: &'a Value, member: &str) -> Option<&'a str> {
    request.get(member).and_then(Value::as_str)
}
