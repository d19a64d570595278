//! How invocations and tasks look in DescribeInvocations and DescribeInvocationTasks at one
//! moment: statuses and times from the clock, members only as their types document them,
//! output base64 once the command has exited, and only when asked for.

use base64::Engine as _;
use sdk_shape::StructShape;
use serde_json::{Map, Value};

use super::task::{self, instance_kind, invocation_status, Invocation, Seen, Status, Task};
use crate::lifecycle::clock::tat_time;

pub(super) fn listing(items_member: &str, total: usize, items: Vec<Value>) -> Map<String, Value> {
    let mut answer = Map::new();
    answer.insert("TotalCount".to_owned(), Value::from(total));
    answer.insert(items_member.to_owned(), Value::Array(items));
    answer
}

/// Only the members the item's type documents, in its order.
pub(super) fn documented(
    shape: Option<&'static StructShape>,
    mut item: Map<String, Value>,
) -> Value {
    let Some(shape) = shape else {
        return Value::Object(item);
    };
    let mut out = Map::new();
    for member in shape.members {
        if let Some(value) = item.remove(member.name) {
            out.insert(member.name.to_owned(), value);
        }
    }
    Value::Object(out)
}

fn put(item: &mut Map<String, Value>, name: &str, value: impl Into<Value>) {
    item.insert(name.to_owned(), value.into());
}

pub(super) fn render_invocation(inv: &Invocation, now: i64) -> Map<String, Value> {
    let seen: Vec<Seen> = inv.tasks.iter().map(|t| inv.seen(t, now)).collect();
    let statuses: Vec<Status> = seen.iter().map(|s| s.status).collect();
    let mut item = Map::new();
    put(&mut item, "InvocationId", inv.id.as_str());
    put(&mut item, "CommandId", inv.command_id.as_str());
    put(&mut item, "InvocationStatus", invocation_status(&statuses));
    let basics: Vec<Value> = inv
        .tasks
        .iter()
        .zip(&seen)
        .map(|(t, s)| {
            serde_json::json!({
                "InvocationTaskId": t.id,
                "TaskStatus": task::wire(s.status),
                "InstanceId": t.instance_id,
            })
        })
        .collect();
    put(&mut item, "InvocationTaskBasicInfoSet", basics);
    if let Some(start) = seen.iter().filter_map(|s| s.start_ms).min() {
        put(&mut item, "StartTime", tat_time(start));
    }
    if statuses.iter().all(|s| s.finished()) {
        if let Some(end) = seen.iter().filter_map(|s| s.end_ms).max() {
            put(&mut item, "EndTime", tat_time(end));
        }
    }
    put(&mut item, "CreatedTime", tat_time(inv.created_ms));
    let updated = seen
        .iter()
        .map(|s| s.updated_ms)
        .max()
        .unwrap_or(inv.created_ms);
    put(&mut item, "UpdatedTime", tat_time(updated));
    if let Some(parameters) = &inv.parameters {
        item.insert("Parameters".to_owned(), parameters.clone());
    }
    if let Some(first) = inv.tasks.first() {
        put(&mut item, "InstanceKind", instance_kind(&first.instance_id));
    }
    put(&mut item, "InvocationSource", inv.source);
    for (from, to) in [
        ("CommandName", "CommandName"),
        ("Description", "Description"),
        ("DefaultParameters", "DefaultParameters"),
        ("Username", "Username"),
        ("Content", "CommandContent"),
        ("CommandType", "CommandType"),
        ("Timeout", "Timeout"),
        ("WorkingDirectory", "WorkingDirectory"),
        ("OutputCOSBucketUrl", "OutputCOSBucketUrl"),
        ("OutputCOSKeyPrefix", "OutputCOSKeyPrefix"),
    ] {
        if let Some(value) = inv.command.get(from) {
            item.insert(to.to_owned(), value.clone());
        }
    }
    item
}

pub(super) fn render_task(
    inv: &Invocation,
    task: &Task,
    now: i64,
    hide: bool,
) -> Map<String, Value> {
    let seen = inv.seen(task, now);
    let mut item = Map::new();
    put(&mut item, "InvocationId", inv.id.as_str());
    put(&mut item, "InvocationTaskId", task.id.as_str());
    put(&mut item, "CommandId", inv.command_id.as_str());
    put(&mut item, "TaskStatus", task::wire(seen.status));
    put(&mut item, "InstanceId", task.instance_id.as_str());
    if let Some(start) = seen.start_ms {
        let exited = matches!(seen.status, Status::Success | Status::Failed);
        let mut result = Map::new();
        if exited {
            put(&mut result, "ExitCode", task.exit_code);
        }
        // The agent reports output with the exit code; hidden by default (`HideOutput`).
        let output = if exited && !hide {
            base64::engine::general_purpose::STANDARD.encode(task.output.as_bytes())
        } else {
            String::new()
        };
        put(&mut result, "Output", output);
        put(&mut result, "ExecStartTime", tat_time(start));
        if let Some(end) = seen.end_ms {
            put(&mut result, "ExecEndTime", tat_time(end));
        }
        put(&mut result, "Dropped", 0);
        put(&mut result, "OutputUrl", "");
        put(&mut result, "OutputUploadCOSErrorInfo", "");
        put(&mut item, "TaskResult", result);
        put(&mut item, "StartTime", tat_time(start));
    }
    if let Some(end) = seen.end_ms {
        put(&mut item, "EndTime", tat_time(end));
    }
    put(&mut item, "CreatedTime", tat_time(inv.created_ms));
    put(&mut item, "UpdatedTime", tat_time(seen.updated_ms));
    let mut document = Map::new();
    for name in [
        "Content",
        "CommandType",
        "Timeout",
        "Username",
        "WorkingDirectory",
        "OutputCOSBucketUrl",
        "OutputCOSKeyPrefix",
    ] {
        if let Some(value) = inv.command.get(name) {
            document.insert(name.to_owned(), value.clone());
        }
    }
    put(&mut item, "CommandDocument", document);
    let error = match seen.status {
        Status::Timeout => format!(
            "The command did not finish within its Timeout of {} s.",
            inv.timeout_s()
        ),
        Status::Terminated => "Terminated by CancelInvocation while running.".to_owned(),
        Status::Cancelled => "Cancelled by CancelInvocation before it started running.".to_owned(),
        _ => String::new(),
    };
    put(&mut item, "ErrorInfo", error);
    put(&mut item, "InvocationSource", inv.source);
    if let Some(name) = inv.text("CommandName") {
        put(&mut item, "CommandName", name);
    }
    item
}
