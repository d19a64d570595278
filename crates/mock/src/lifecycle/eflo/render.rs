//! How invocations look in DescribeInvocations and DescribeSendFileResults at one moment:
//! statuses and times from the clock, each member only where the answer's shape documents it
//! and in its documented JSON type (`TotalCount` is a string in one answer and a number in
//! others), output and command text in the encoding asked for.

use base64::Engine as _;
use sdk_shape::{Kind, MemberShape};
use serde_json::{Map, Value};

use super::runs::{NodeState, Run};
use crate::lifecycle::run::Status;

/// Alibaba's time format (`2019-12-20T06:15:54Z`).
pub fn time(unix_ms: i64) -> String {
    sdk_runtime::clock::utc_iso8601(unix_ms.div_euclid(1000))
        .as_str()
        .to_owned()
}

/// `text` in the encoding a request asked for: `Base64` or `PlainText`.
pub fn encoded(text: &str, encoding: &str) -> String {
    if encoding.eq_ignore_ascii_case("PlainText") {
        text.to_owned()
    } else {
        base64::engine::general_purpose::STANDARD.encode(text.as_bytes())
    }
}

pub fn put(item: &mut Map<String, Value>, name: &str, value: impl Into<Value>) {
    item.insert(name.to_owned(), value.into());
}

/// The members of a node's part that both answers share.
pub fn node_times(
    run: &Run,
    state: NodeState,
    node: &super::runs::Node,
    now: i64,
) -> Map<String, Value> {
    let mut item = Map::new();
    put(&mut item, "NodeId", node.task.instance_id.as_str());
    put(&mut item, "InvocationStatus", state.wire());
    put(&mut item, "CreationTime", time(run.created_ms));
    match state {
        NodeState::Refused(r) => {
            put(&mut item, "ErrorCode", r.code);
            put(
                &mut item,
                "ErrorInfo",
                match r.code {
                    "NodeNotExists" => "The node does not exist.",
                    "ClientNotRunning" => "The node's agent is not running.",
                    _ => "The file already exists and Overwrite is false.",
                },
            );
            put(&mut item, "UpdateTime", time(run.created_ms));
            put(&mut item, "FinishTime", time(run.created_ms));
        }
        NodeState::Ran(_) => {
            let seen = run.seen(node, now);
            if let Some(start) = seen.start_ms {
                put(&mut item, "StartTime", time(start));
            }
            if let Some(end) = seen.end_ms {
                put(&mut item, "FinishTime", time(end));
            }
            if matches!(seen.status, Status::Cancelled | Status::Terminated) {
                if let Some(end) = seen.end_ms {
                    put(&mut item, "StopTime", time(end));
                }
                put(&mut item, "ErrorInfo", "Stopped by StopInvocation.");
            }
            if seen.status == Status::Timeout {
                put(
                    &mut item,
                    "ErrorInfo",
                    format!(
                        "The command ran longer than its timeout of {} seconds.",
                        run.timeout_s
                    ),
                );
            }
            put(&mut item, "UpdateTime", time(seen.updated_ms));
        }
    }
    item
}

/// `value` with only the members `members` document, at any depth, each in its documented
/// JSON type where a number or a boolean stands for a string.
pub fn conform(members: &[MemberShape], value: Map<String, Value>) -> Map<String, Value> {
    let mut value = value;
    let mut out = Map::new();
    for member in members {
        if let Some(v) = value.remove(member.name) {
            out.insert(member.name.to_owned(), conform_value(member, v));
        }
    }
    out
}

fn conform_value(member: &MemberShape, value: Value) -> Value {
    match (value, member.list) {
        (Value::Array(items), true) => Value::Array(
            items
                .into_iter()
                .map(|item| conform_one(member.kind, item))
                .collect(),
        ),
        (other, _) => conform_one(member.kind, other),
    }
}

fn conform_one(kind: Kind, value: Value) -> Value {
    match (kind, value) {
        (Kind::Struct(s), Value::Object(m)) => Value::Object(conform(s.members, m)),
        (Kind::String | Kind::Enum(_), Value::Number(n)) => Value::String(n.to_string()),
        (Kind::String | Kind::Enum(_), Value::Bool(b)) => Value::String(b.to_string()),
        (_, other) => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_encodings_are_the_services() {
        assert_eq!(time(1_576_822_554_900), "2019-12-20T06:15:54Z");
        assert_eq!(encoded("hi", "Base64"), "aGk=");
        assert_eq!(encoded("hi", "plaintext"), "hi");
    }
}
