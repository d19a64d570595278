//! Invocations: RunCommand and InvokeCommand make one with a task per instance (the fleet is
//! the scenario's, or any instance when it lists none); CancelInvocation stops its unfinished
//! tasks; DescribeInvocations and DescribeInvocationTasks show them as they are at the
//! clock's now, output base64 and hidden unless `HideOutput` is false.

use serde_json::{Map, Value};

use super::commands::{self, Command};
use super::parameters;
use super::render::{documented, listing, render_invocation, render_task};
use super::task::{instance_kind, Invocation, Task};
use super::{strings, Call, Store, COMMAND_CAPACITY, INVOCATION_CAPACITY};
use crate::errors::Failure;
use crate::lifecycle::query::Query;
use crate::lifecycle::scenario::{AgentStatus, DEFAULT_DURATION_SECONDS};

/// The documented prefixes of invocation and task ids.
pub const PREFIX: &str = "inv-";
pub const TASK_PREFIX: &str = "invt-";

/// The command members an invocation copies when it is made ([`Invocation::command`]):
/// later changes to the command do not change what already ran.
const COMMAND_MEMBERS: &[&str] = &[
    "CommandName",
    "Description",
    "Content",
    "CommandType",
    "WorkingDirectory",
    "Timeout",
    "Username",
    "DefaultParameters",
    "OutputCOSBucketUrl",
    "OutputCOSKeyPrefix",
];

/// What InvokeCommand may set for one invocation instead of the command's value.
const INVOKE_OVERRIDES: &[&str] = &[
    "WorkingDirectory",
    "Timeout",
    "Username",
    "OutputCOSBucketUrl",
    "OutputCOSKeyPrefix",
];

fn copy_command(from: &Map<String, Value>) -> Map<String, Value> {
    COMMAND_MEMBERS
        .iter()
        .filter_map(|&m| Some((m.to_owned(), from.get(m)?.clone())))
        .collect()
}

/// One task per instance, as the scenario says each behaves.
pub(super) fn tasks_for(
    call: &Call<'_>,
    store: &Store,
    instances: &[String],
) -> Result<Vec<Task>, Failure> {
    if instances.is_empty() {
        return Err(call.fail(
            &["InvalidParameterValue"],
            "InstanceIds must name at least one instance.".to_owned(),
        ));
    }
    let scenario = &call.tat.scenario;
    let mut tasks: Vec<Task> = Vec::with_capacity(instances.len());
    for id in instances {
        if tasks.iter().any(|t| &t.instance_id == id) {
            continue;
        }
        let deregistered = store.deregistered.contains(id);
        let (exit_code, output, seconds) = if scenario.instances.is_empty() && !deregistered {
            (0, String::new(), DEFAULT_DURATION_SECONDS)
        } else {
            let Some(known) = scenario.instance(id).filter(|_| !deregistered) else {
                return Err(call.fail(
                    &[
                        "ResourceNotFound.InstanceNotFound",
                        "InvalidParameterValue.InvalidInstanceId",
                        "ResourceNotFound",
                    ],
                    format!("The instance {id:?} does not exist."),
                ));
            };
            if known.agent_status == AgentStatus::Offline {
                return Err(call.fail(
                    &[
                        "ResourceUnavailable.AgentStatusNotOnline",
                        "ResourceUnavailable",
                    ],
                    format!("The automation agent of instance {id:?} is not online."),
                ));
            }
            (
                known.exit_code,
                known.output.clone(),
                known.duration_seconds,
            )
        };
        let task_id = loop {
            let candidate = store.fresh_id(TASK_PREFIX);
            if tasks.iter().all(|t| t.id != candidate) {
                break candidate;
            }
        };
        tasks.push(Task {
            id: task_id,
            instance_id: id.clone(),
            exit_code,
            output,
            // Checked at load: 0..=a day, so the product fits.
            duration_ms: (seconds * 1000.0).round() as i64,
            cancelled_ms: None,
        });
    }
    Ok(tasks)
}

fn remember(store: &mut Store, invocation: Invocation) {
    store.invocations.push(invocation);
    if store.invocations.len() > INVOCATION_CAPACITY {
        store.invocations.remove(0);
    }
}

/// RunCommand: a command made from the request (stored only with `SaveCommand`), run at once.
pub fn run(
    call: &Call<'_>,
    store: &mut Store,
    filled: &Value,
) -> Result<Map<String, Value>, Failure> {
    let members = filled.as_object().cloned().unwrap_or_default();
    parameters::check_use(call, &members, filled)?;
    let tasks = tasks_for(call, store, &strings(filled, "InstanceIds"))?;
    let save = members.get("SaveCommand").and_then(Value::as_bool) == Some(true);
    if save && store.commands.len() >= COMMAND_CAPACITY {
        return Err(call.fail(
            &["LimitExceeded.CommandQuota", "LimitExceeded"],
            format!("The mock keeps at most {COMMAND_CAPACITY} commands; delete some first."),
        ));
    }
    let command_id = store.fresh_id(commands::PREFIX);
    let invocation_id = store.fresh_id(PREFIX);
    if save {
        let mut stored = members.clone();
        for transient in ["InstanceIds", "SaveCommand", "Parameters"] {
            stored.remove(transient);
        }
        store.commands.push(Command {
            id: command_id.clone(),
            members: stored,
            created_ms: call.now,
            updated_ms: call.now,
        });
    }
    remember(
        store,
        Invocation {
            id: invocation_id.clone(),
            command_id: command_id.clone(),
            command: copy_command(&members),
            parameters: members.get("Parameters").cloned(),
            created_ms: call.now,
            source: "USER",
            tasks,
        },
    );
    let mut answer = Map::new();
    answer.insert("CommandId".to_owned(), Value::String(command_id));
    answer.insert("InvocationId".to_owned(), Value::String(invocation_id));
    Ok(answer)
}

/// InvokeCommand: a stored command, with the request's overrides, run at once.
pub fn invoke(
    call: &Call<'_>,
    store: &mut Store,
    filled: &Value,
) -> Result<Map<String, Value>, Failure> {
    let command_id = filled
        .get("CommandId")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let invocation_id = launch(call, store, command_id, filled, call.now, "USER")?;
    let mut answer = Map::new();
    answer.insert("InvocationId".to_owned(), Value::String(invocation_id));
    Ok(answer)
}

/// Run the stored command `command_id` with the overrides and `InstanceIds` of `request`,
/// as made at `created_ms` by `source` (USER, or INVOKER for a schedule); its id.
pub fn launch(
    call: &Call<'_>,
    store: &mut Store,
    command_id: &str,
    request: &Value,
    created_ms: i64,
    source: &'static str,
) -> Result<String, Failure> {
    let Some(command) = store.command(command_id) else {
        return Err(call.command_not_found(command_id));
    };
    parameters::check_use(call, &command.members, request)?;
    let mut copied = copy_command(&command.members);
    for &name in INVOKE_OVERRIDES {
        if let Some(value) = request.get(name).filter(|v| !v.is_null()) {
            copied.insert(name.to_owned(), value.clone());
        }
    }
    let tasks = tasks_for(call, store, &strings(request, "InstanceIds"))?;
    let invocation_id = store.fresh_id(PREFIX);
    remember(
        store,
        Invocation {
            id: invocation_id.clone(),
            command_id: command_id.to_owned(),
            command: copied,
            parameters: request.get("Parameters").cloned(),
            created_ms,
            source,
            tasks,
        },
    );
    Ok(invocation_id)
}

/// CancelInvocation: unfinished tasks (of the instances named, else all) stop now.
pub fn cancel(
    call: &Call<'_>,
    store: &mut Store,
    filled: &Value,
) -> Result<Map<String, Value>, Failure> {
    let id = filled
        .get("InvocationId")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let instances = strings(filled, "InstanceIds");
    let Some(invocation) = store.invocations.iter_mut().find(|i| i.id == id) else {
        return Err(call.fail(
            &[
                "ResourceNotFound.InvocationNotFound",
                "InvalidParameterValue.InvalidInvocationId",
                "ResourceNotFound",
            ],
            format!("The invocation {id:?} does not exist."),
        ));
    };
    if let Some(stranger) = instances
        .iter()
        .find(|i| invocation.tasks.iter().all(|t| &t.instance_id != *i))
    {
        return Err(call.fail(
            &[
                "InvalidParameterValue.InvalidInstanceId",
                "InvalidParameterValue",
            ],
            format!("The invocation {id:?} did not run on instance {stranger:?}."),
        ));
    }
    let (created, timeout) = (invocation.created_ms, invocation.timeout_s());
    for task in &mut invocation.tasks {
        let named = instances.is_empty() || instances.contains(&task.instance_id);
        if named && !task.at(created, timeout, call.now).status.finished() {
            task.cancelled_ms = Some(call.now);
        }
    }
    Ok(Map::new())
}

/// The invocation's status at `now` (for DescribeInvokerRecords' `Result`).
pub fn status_of(invocation: &Invocation, now: i64) -> &'static str {
    let statuses: Vec<_> = invocation
        .tasks
        .iter()
        .map(|t| invocation.seen(t, now).status)
        .collect();
    super::task::invocation_status(&statuses)
}

/// Whether a Describe request is the state's to answer: it names an id the mock made or a
/// scenario instance, or names no id once the mock has made something to list. Requests
/// naming only ids the mock never made keep the shape answer.
fn from_state(call: &Call<'_>, store: &Store, query: &Query) -> bool {
    let named = query.named_ids();
    if named.is_empty() {
        return !store.invocations.is_empty();
    }
    named
        .iter()
        .any(|id| store.knows(id) || call.tat.scenario.instance(id).is_some())
}

pub fn describe(
    call: &Call<'_>,
    store: &Store,
    filled: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    let query = Query::read(filled, "InvocationIds");
    if !from_state(call, store, &query) {
        return None;
    }
    let selected: Vec<&Invocation> = store
        .invocations
        .iter()
        .rev()
        .filter(|inv| {
            query.selects(&inv.id, |name| match name {
                "invocation-id" => vec![inv.id.clone()],
                "command-id" => vec![inv.command_id.clone()],
                "command-created-by" => vec!["USER".to_owned()],
                "instance-kind" => inv
                    .tasks
                    .iter()
                    .map(|t| instance_kind(&t.instance_id).to_owned())
                    .collect(),
                _ => Vec::new(),
            })
        })
        .collect();
    let (total, page) = query.page(selected);
    let shape = call.item_shape("InvocationSet");
    let items = page
        .into_iter()
        .map(|inv| documented(shape, render_invocation(inv, call.now)))
        .collect();
    Some(Ok(listing("InvocationSet", total, items)))
}

pub fn describe_tasks(
    call: &Call<'_>,
    store: &Store,
    filled: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    let query = Query::read(filled, "InvocationTaskIds");
    if !from_state(call, store, &query) {
        return None;
    }
    // The documented default hides the output.
    let hide = filled.get("HideOutput").and_then(Value::as_bool) != Some(false);
    let selected: Vec<(&Invocation, &Task)> = store
        .invocations
        .iter()
        .rev()
        .flat_map(|inv| inv.tasks.iter().map(move |t| (inv, t)))
        .filter(|(inv, t)| {
            query.selects(&t.id, |name| match name {
                "invocation-task-id" => vec![t.id.clone()],
                "invocation-id" => vec![inv.id.clone()],
                "instance-id" => vec![t.instance_id.clone()],
                "command-id" => vec![inv.command_id.clone()],
                _ => Vec::new(),
            })
        })
        .collect();
    let (total, page) = query.page(selected);
    let shape = call.item_shape("InvocationTaskSet");
    let items = page
        .into_iter()
        .map(|(inv, t)| documented(shape, render_task(inv, t, call.now, hide)))
        .collect();
    Some(Ok(listing("InvocationTaskSet", total, items)))
}
