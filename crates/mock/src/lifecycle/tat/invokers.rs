//! Invokers: CreateInvoker for a command the mock made stores a schedule; an enabled invoker
//! fires when the clock passes its next time (a ONCE invoker's `InvokeTime`, each minute a
//! RECURRENCE crontab matches in UTC+8), making an invocation (source INVOKER) and a
//! DescribeInvokerRecords entry, as of the time it was due. Enable, Disable, Modify and
//! Delete change it; a disabled invoker misses its times and a re-enabled one resumes from
//! now. Invokers of commands the mock did not make stay with the shape answers, as do ids
//! the mock did not make.

use serde_json::{Map, Value};

use super::invocations::{self, launch, tasks_for};
use super::schedule::{self, Schedule};
use super::{strings, Call, Store};
use crate::errors::Failure;
use crate::lifecycle::clock::tat_time;
use crate::lifecycle::query::Query;

/// The documented prefix of invoker ids.
pub const PREFIX: &str = "ivk-";

/// Most invokers kept; creating more is refused.
pub const INVOKER_CAPACITY: usize = 10_000;

/// Most records kept; beyond this the oldest are forgotten first.
pub const RECORD_CAPACITY: usize = 10_000;

/// Most firings of one invoker made up in one request: a crontab of every minute on a
/// clock advanced by a year fires for the last of them only, as a busy service would skip.
pub const CATCH_UP_LIMIT: usize = 100;

pub struct Invoker {
    pub id: String,
    /// The request members it was made with, as changed by ModifyInvoker.
    members: Map<String, Value>,
    enabled: bool,
    schedule: Schedule,
    /// When it fires next; `None` once a ONCE invoker has fired or for no schedule.
    next_ms: Option<i64>,
    created_ms: i64,
    updated_ms: i64,
}

/// One firing of an invoker.
pub struct Record {
    invoker_id: String,
    invoke_ms: i64,
    invocation_id: Option<String>,
    reason: String,
}

impl Invoker {
    fn command_id(&self) -> &str {
        self.members
            .get("CommandId")
            .and_then(Value::as_str)
            .unwrap_or_default()
    }
}

fn schedule_of(call: &Call<'_>, request: &Value) -> Result<Schedule, Failure> {
    schedule::read(request, call.now)
        .map_err(|r| call.fail(&[r.code, "InvalidParameterValue"], r.message))
}

/// The first time `schedule` fires after `now` (a ONCE time counts when it is later).
fn next_time(schedule: &Schedule, now: i64) -> Option<i64> {
    match schedule {
        Schedule::Once(at) => (*at > now).then_some(*at),
        Schedule::Recurrence(cron) => cron.next_after(now),
        Schedule::None => None,
    }
}

/// The times an invoker is due by `now`, oldest first, at most [`CATCH_UP_LIMIT`] (the
/// latest ones); and when it fires after them.
fn due_times(invoker: &Invoker, now: i64) -> (Vec<i64>, Option<i64>) {
    let mut due = std::collections::VecDeque::new();
    let mut next = invoker.next_ms;
    while let Some(at) = next.filter(|&at| at <= now) {
        due.push_back(at);
        if due.len() > CATCH_UP_LIMIT {
            due.pop_front();
        }
        next = match &invoker.schedule {
            Schedule::Recurrence(cron) => cron.next_after(at),
            _ => None,
        };
    }
    (due.into(), next)
}

/// Fire every enabled invoker whose time has come, as of when it came.
pub fn fire_due(call: &Call<'_>, store: &mut Store) {
    for index in 0..store.invokers.len() {
        if !store.invokers[index].enabled {
            continue;
        }
        let (due, next) = due_times(&store.invokers[index], call.now);
        if due.is_empty() {
            continue;
        }
        let (id, command_id, request) = {
            let invoker = &mut store.invokers[index];
            invoker.next_ms = next;
            let request = Value::Object(invoker.members.clone());
            (invoker.id.clone(), invoker.command_id().to_owned(), request)
        };
        for at in due {
            let (invocation_id, reason) =
                match launch(call, store, &command_id, &request, at, "INVOKER") {
                    Ok(id) => (Some(id), String::new()),
                    Err(failure) => (None, failure.message),
                };
            store.records.push(Record {
                invoker_id: id.clone(),
                invoke_ms: at,
                invocation_id,
                reason,
            });
            if store.records.len() > RECORD_CAPACITY {
                store.records.remove(0);
            }
        }
    }
}

pub fn create(
    call: &Call<'_>,
    store: &mut Store,
    filled: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    let schedule = match schedule_of(call, filled) {
        Ok(s) => s,
        Err(f) => return Some(Err(f)),
    };
    let command_id = filled
        .get("CommandId")
        .and_then(Value::as_str)
        .unwrap_or_default();
    store.command(command_id)?;
    if let Err(f) = tasks_for(call, store, &strings(filled, "InstanceIds")) {
        return Some(Err(f));
    }
    if store.invokers.len() >= INVOKER_CAPACITY {
        return Some(Err(call.fail(
            &["LimitExceeded"],
            format!("The mock keeps at most {INVOKER_CAPACITY} invokers; delete some first."),
        )));
    }
    let id = store.fresh_id(PREFIX);
    store.invokers.push(Invoker {
        id: id.clone(),
        members: filled.as_object().cloned().unwrap_or_default(),
        enabled: true,
        next_ms: next_time(&schedule, call.now),
        schedule,
        created_ms: call.now,
        updated_ms: call.now,
    });
    let mut answer = Map::new();
    answer.insert("InvokerId".to_owned(), Value::String(id));
    Some(Ok(answer))
}

/// Enable, Disable, Modify and DeleteInvoker for an invoker the mock made; `None` for
/// others (the shape answer, as before).
pub fn change(
    call: &Call<'_>,
    store: &mut Store,
    request: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    let id = request.get("InvokerId").and_then(Value::as_str)?;
    let index = store.invokers.iter().position(|i| i.id == id)?;
    match call.action.name {
        "EnableInvoker" | "DisableInvoker" => {
            let invoker = &mut store.invokers[index];
            let enable = call.action.name == "EnableInvoker";
            if enable && !invoker.enabled {
                // Times missed while disabled are not made up.
                invoker.next_ms = next_time(&invoker.schedule, call.now);
            }
            invoker.enabled = enable;
            invoker.updated_ms = call.now;
        }
        "DeleteInvoker" => {
            store.invokers.remove(index);
        }
        _ => {
            let schedule = if request.get("ScheduleSettings").is_some() {
                match schedule_of(call, request) {
                    Ok(s) => Some(s),
                    Err(f) => return Some(Err(f)),
                }
            } else {
                None
            };
            if let Some(command) = request.get("CommandId").and_then(Value::as_str) {
                if store.command(command).is_none() {
                    return Some(Err(call.command_not_found(command)));
                }
            }
            if request.get("InstanceIds").is_some() {
                if let Err(f) = tasks_for(call, store, &strings(request, "InstanceIds")) {
                    return Some(Err(f));
                }
            }
            let invoker = &mut store.invokers[index];
            for (name, value) in request.as_object().into_iter().flatten() {
                if name != "InvokerId" {
                    invoker.members.insert(name.clone(), value.clone());
                }
            }
            if let Some(schedule) = schedule {
                invoker.next_ms = next_time(&schedule, call.now);
                invoker.schedule = schedule;
            }
            invoker.updated_ms = call.now;
        }
    }
    Some(Ok(Map::new()))
}

/// Whether a request about invokers is the state's: see `invocations::from_state`.
fn from_state(store: &Store, query: &Query) -> bool {
    let named = query.named_ids();
    if named.is_empty() {
        return !store.invokers.is_empty();
    }
    named
        .iter()
        .any(|id| store.invokers.iter().any(|i| i.id == *id) || store.command(id).is_some())
}

pub fn describe(
    call: &Call<'_>,
    store: &Store,
    filled: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    let query = Query::read(filled, "InvokerIds");
    if !from_state(store, &query) {
        return None;
    }
    let selected: Vec<&Invoker> = store
        .invokers
        .iter()
        .rev()
        .filter(|inv| {
            query.selects(&inv.id, |name| match name {
                "invoker-id" => vec![inv.id.clone()],
                "command-id" => vec![inv.command_id().to_owned()],
                "invoker-type" => inv
                    .members
                    .get("Type")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .into_iter()
                    .collect(),
                _ => Vec::new(),
            })
        })
        .collect();
    let (total, page) = query.page(selected);
    let items = page
        .into_iter()
        .map(|inv| {
            let mut item = inv.members.clone();
            item.insert("InvokerId".to_owned(), Value::String(inv.id.clone()));
            item.insert("Enable".to_owned(), Value::Bool(inv.enabled));
            item.insert(
                "CreatedTime".to_owned(),
                Value::String(tat_time(inv.created_ms)),
            );
            item.insert(
                "UpdatedTime".to_owned(),
                Value::String(tat_time(inv.updated_ms)),
            );
            super::render::documented(call.item_shape("InvokerSet"), item)
        })
        .collect();
    Some(Ok(super::render::listing("InvokerSet", total, items)))
}

pub fn describe_records(
    call: &Call<'_>,
    store: &Store,
    filled: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    let query = Query::read(filled, "InvokerIds");
    if !from_state(store, &query) {
        return None;
    }
    let selected: Vec<&Record> = store
        .records
        .iter()
        .rev()
        .filter(|r| query.selects(&r.invoker_id, |_| Vec::new()))
        .collect();
    let (total, page) = query.page(selected);
    let items = page
        .into_iter()
        .map(|r| {
            let result = r
                .invocation_id
                .as_deref()
                .and_then(|id| store.invocations.iter().find(|i| i.id == id))
                .map_or("FAILED", |inv| invocations::status_of(inv, call.now));
            let mut item = Map::new();
            item.insert("InvokerId".to_owned(), Value::String(r.invoker_id.clone()));
            item.insert(
                "InvokeTime".to_owned(),
                Value::String(tat_time(r.invoke_ms)),
            );
            item.insert("Reason".to_owned(), Value::String(r.reason.clone()));
            if let Some(id) = &r.invocation_id {
                item.insert("InvocationId".to_owned(), Value::String(id.clone()));
            }
            item.insert("Result".to_owned(), Value::String(result.to_owned()));
            super::render::documented(call.item_shape("InvokerRecordSet"), item)
        })
        .collect();
    Some(Ok(super::render::listing("InvokerRecordSet", total, items)))
}
