//! TAT (Tencent Cloud automation assistant, 2020-10-28): commands, invocations and their
//! tasks, and invokers as state. Commands are stored with their documented defaults; an
//! invocation has one task per instance, and each task's status is a function of the mock's
//! clock (see `task.rs`), so nothing runs in the background and a manual clock makes tests
//! exact; due invokers fire at the start of each request, as of their own time.

mod agents;
mod commands;
mod invocations;
mod invokers;
mod parameters;
mod registrations;
mod render;
mod schedule;
mod task;

use std::sync::Mutex;

use sdk_shape::{ActionShape, Kind, ServiceShape, StructShape};
use serde_json::{Map, Value};

use super::scenario::Scenario;
use super::{code, is_documented_example, Behaviour, MockClock};
use crate::errors::Failure;
use crate::state::random_suffix;
use crate::validate::with_defaults;

use commands::Command;
use invokers::{Invoker, Record};
use registrations::{RegisterCode, Registered};
use task::Invocation;

/// Most commands kept; creating more is refused as the vendor's quota would.
pub const COMMAND_CAPACITY: usize = 10_000;

/// Most invocations kept; beyond this the oldest are forgotten first.
pub const INVOCATION_CAPACITY: usize = 10_000;

/// The actions answered from state.
const STATEFUL: &[&str] = &[
    "CreateCommand",
    "DescribeCommands",
    "ModifyCommand",
    "DeleteCommand",
    "DeleteCommands",
    "RunCommand",
    "InvokeCommand",
    "CancelInvocation",
    "DescribeInvocations",
    "DescribeInvocationTasks",
    "CreateInvoker",
    "DescribeInvokers",
    "EnableInvoker",
    "DisableInvoker",
    "ModifyInvoker",
    "DeleteInvoker",
    "DescribeInvokerRecords",
    "DescribeAutomationAgentStatus",
    "CreateRegisterCode",
    "DescribeRegisterCodes",
    "DisableRegisterCodes",
    "DeleteRegisterCodes",
    "DescribeRegisterInstances",
    "ModifyRegisterInstance",
    "DeleteRegisterInstance",
    "PreviewReplacedCommandContent",
];

/// The TAT behaviour of one server.
pub struct Tat {
    service: &'static ServiceShape,
    clock: MockClock,
    scenario: Scenario,
    store: Mutex<Store>,
}

/// What TAT remembers, in creation order (answers list newest first, as TAT does).
#[derive(Default)]
struct Store {
    commands: Vec<Command>,
    invocations: Vec<Invocation>,
    invokers: Vec<Invoker>,
    records: Vec<Record>,
    register_codes: Vec<RegisterCode>,
    /// The scenario's registered instances still registered.
    registered: Vec<Registered>,
    /// Registered instances deleted since: commands for them are refused.
    deregistered: Vec<String>,
}

impl Store {
    fn command(&self, id: &str) -> Option<&Command> {
        self.commands.iter().find(|c| c.id == id)
    }

    /// Whether `id` names something the mock made, or an instance it ran something on.
    fn knows(&self, id: &str) -> bool {
        self.command(id).is_some()
            || self.invokers.iter().any(|i| i.id == id)
            || self.register_codes.iter().any(|c| c.id == id)
            || self.registered.iter().any(|r| r.id == id)
            || self.invocations.iter().any(|i| {
                i.id == id
                    || i.command_id == id
                    || i.tasks.iter().any(|t| t.id == id || t.instance_id == id)
            })
    }

    /// A fresh id with `prefix` that names nothing yet.
    fn fresh_id(&self, prefix: &str) -> String {
        loop {
            let id = format!("{prefix}{}", random_suffix());
            if !self.knows(&id) {
                return id;
            }
        }
    }
}

/// One request being answered: the action, the time, the behaviour.
struct Call<'a> {
    tat: &'a Tat,
    action: &'static ActionShape,
    now: i64,
}

impl Call<'_> {
    /// A failure with the first of `candidates` that the action or service documents.
    fn fail(&self, candidates: &[&str], message: String) -> Failure {
        let fallback = candidates
            .first()
            .copied()
            .unwrap_or("InvalidParameterValue");
        Failure::new(
            code(self.tat.service, self.action, candidates, fallback),
            message,
        )
    }

    fn command_not_found(&self, id: &str) -> Failure {
        self.fail(
            &[
                "ResourceNotFound.CommandNotFound",
                "InvalidParameterValue.InvalidCommandId",
                "ResourceNotFound",
            ],
            format!("The command {id:?} does not exist."),
        )
    }

    /// The struct shape of the items of output list `member` (`CommandSet` → Command).
    fn item_shape(&self, member: &str) -> Option<&'static StructShape> {
        self.action
            .output
            .iter()
            .find(|m| m.name == member)
            .and_then(|m| match m.kind {
                Kind::Struct(s) => Some(s.get()),
                _ => None,
            })
    }
}

impl Tat {
    pub fn new(service: &'static ServiceShape, clock: MockClock, scenario: Scenario) -> Tat {
        Tat {
            service,
            clock,
            store: Mutex::new(Store {
                registered: registrations::from_scenario(&scenario),
                ..Store::default()
            }),
            scenario,
        }
    }

    /// Whether any string in `request` names something the mock made or a scenario instance.
    fn names_known(&self, store: &Store, request: &Value) -> bool {
        match request {
            Value::String(s) => store.knows(s) || self.scenario.instance(s).is_some(),
            Value::Array(items) => items.iter().any(|i| self.names_known(store, i)),
            Value::Object(members) => members.values().any(|m| self.names_known(store, m)),
            _ => false,
        }
    }
}

impl Behaviour for Tat {
    fn answer(
        &self,
        action: &'static ActionShape,
        request: &Value,
    ) -> Option<Result<Map<String, Value>, Failure>> {
        if !STATEFUL.contains(&action.name) {
            return None;
        }
        let Ok(mut store) = self.store.lock() else {
            // A panic while the state was being changed: it may be half-changed, so say so
            // rather than answer from it.
            return Some(Err(Failure::new(
                "InternalError",
                "The mock's TAT state is unusable after an earlier internal failure; restart the mock.",
            )));
        };
        let call = Call {
            tat: self,
            action,
            now: self.clock.now_ms(),
        };
        // Schedules due by now fire first, so every answer sees what they made.
        invokers::fire_due(&call, &mut store);
        let filled = with_defaults(action, request);
        if is_documented_example(action, &filled) && !self.names_known(&store, request) {
            return None;
        }
        let store = &mut *store;
        match action.name {
            "CreateCommand" => Some(commands::create(&call, store, &filled)),
            "DescribeCommands" => Some(commands::describe(&call, store, &filled)),
            "ModifyCommand" => Some(commands::modify(&call, store, request)),
            "DeleteCommand" | "DeleteCommands" => Some(commands::delete(&call, store, request)),
            "RunCommand" => Some(invocations::run(&call, store, &filled)),
            "InvokeCommand" => Some(invocations::invoke(&call, store, &filled)),
            "CancelInvocation" => Some(invocations::cancel(&call, store, &filled)),
            "DescribeInvocations" => invocations::describe(&call, store, &filled),
            "DescribeInvocationTasks" => invocations::describe_tasks(&call, store, &filled),
            "DescribeAutomationAgentStatus" => agents::describe(&call, &filled),
            "CreateInvoker" => invokers::create(&call, store, &filled),
            "DescribeInvokers" => invokers::describe(&call, store, &filled),
            "DescribeInvokerRecords" => invokers::describe_records(&call, store, &filled),
            "EnableInvoker" | "DisableInvoker" | "ModifyInvoker" | "DeleteInvoker" => {
                invokers::change(&call, store, request)
            }
            "PreviewReplacedCommandContent" => parameters::preview(&call, store, request),
            "CreateRegisterCode" => Some(registrations::create(&call, store, &filled)),
            "DescribeRegisterCodes" => registrations::describe_codes(&call, store, &filled),
            "DisableRegisterCodes" | "DeleteRegisterCodes" => {
                registrations::change_codes(&call, store, request)
            }
            "DescribeRegisterInstances" => registrations::describe_instances(&call, store, &filled),
            "ModifyRegisterInstance" | "DeleteRegisterInstance" => {
                registrations::change_instance(&call, store, request)
            }
            _ => None,
        }
    }
}

/// The strings of a list member of `request`.
fn strings(request: &Value, member: &str) -> Vec<String> {
    request
        .get(member)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::validate::IdFormats;

    #[test]
    fn fresh_ids_use_the_documented_prefixes() {
        // The prefixes are written down here; the documented examples are the authority.
        let learned = IdFormats::learn(&tat_model::SERVICE);
        assert_eq!(learned.prefix("CommandId"), Some(super::commands::PREFIX));
        assert_eq!(
            learned.prefix("InvocationId"),
            Some(super::invocations::PREFIX)
        );
        assert_eq!(
            learned.prefix("InvocationTaskId"),
            Some(super::invocations::TASK_PREFIX)
        );
        assert_eq!(learned.prefix("InvokerId"), Some(super::invokers::PREFIX));
    }
}
