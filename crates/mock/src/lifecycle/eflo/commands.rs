//! RunCommand, StopInvocation and DescribeInvocations: a command run on nodes, stopped on some
//! or all of them, and shown with each node's status, exit code and (when asked) output.

use base64::Engine as _;
use serde_json::{Map, Value};

use super::render::{conform, encoded, node_times, put, time};
use super::runs::{node, NodeState, Run, Work};
use super::{node_ids, text, Call, Store};
use crate::errors::Failure;

/// The command's documented default timeout, seconds.
pub const DEFAULT_TIMEOUT_S: i64 = 60;

/// The members of RunCommand that DescribeInvocations repeats, under its names.
const REPEATED: &[(&str, &str)] = &[
    ("Name", "CommandName"),
    ("Description", "CommandDescription"),
    ("Frequency", "Frequency"),
    ("RepeatMode", "RepeatMode"),
    ("Username", "Username"),
    ("WorkingDir", "WorkingDir"),
];

/// RunCommand: the command (plain or base64 text, custom parameters replaced when enabled)
/// runs at once on every node listed, each as the scenario says.
pub fn run(
    call: &Call<'_>,
    store: &mut Store,
    filled: &Value,
) -> Result<Map<String, Value>, Failure> {
    let nodes = node_ids(filled, "NodeIdList");
    if nodes.is_empty() {
        return Err(call.fail(
            &["MissingNodeIdList", "InvalidParameter"],
            "NodeIdList must name at least one node.".to_owned(),
        ));
    }
    let content = match (text(filled, "CommandContent"), text(filled, "CommandId")) {
        (Some(content), _) => plain(call, content, text(filled, "ContentEncoding"))?,
        (None, Some(_)) => String::new(),
        (None, None) => {
            return Err(call.fail(
                &["MissingCommandContent", "InvalidParameter"],
                "Give CommandContent or CommandId.".to_owned(),
            ))
        }
    };
    let enabled = filled.get("EnableParameter").and_then(Value::as_bool) == Some(true);
    let content = match filled.get("Parameters") {
        Some(Value::Object(parameters)) if enabled => replaced(&content, parameters),
        _ => content,
    };
    let mut members = Map::new();
    for (from, to) in REPEATED {
        if let Some(v) = filled.get(*from) {
            members.insert((*to).to_owned(), v.clone());
        }
    }
    if let Some(p) = filled.get("Parameters").filter(|p| !p.is_null()) {
        members.insert("Parameters".to_owned(), Value::String(p.to_string()));
    }
    let timeout_s = filled
        .get("Timeout")
        .and_then(Value::as_i64)
        .unwrap_or(DEFAULT_TIMEOUT_S);
    let id = store.fresh_id();
    let run = Run {
        id: id.clone(),
        created_ms: call.now,
        timeout_s,
        work: Work::Command { content, members },
        nodes: nodes
            .iter()
            .map(|n| node(&call.eflo.scenario, n, None))
            .collect(),
    };
    store.remember(run);
    let mut answer = Map::new();
    put(&mut answer, "InvokeId", id);
    Ok(answer)
}

/// The command text as plain text.
fn plain(call: &Call<'_>, content: &str, encoding: Option<&str>) -> Result<String, Failure> {
    if !encoding.is_some_and(|e| e.eq_ignore_ascii_case("Base64")) {
        return Ok(content.to_owned());
    }
    base64::engine::general_purpose::STANDARD
        .decode(content)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(|| {
            call.fail(
                &["InvalidCommandContent.Malformed", "InvalidParameter"],
                "CommandContent is not valid base64 of UTF-8 text, as ContentEncoding Base64 says."
                    .to_owned(),
            )
        })
}

/// `{{name}}` (spaces around the name ignored) replaced by the parameter's value.
fn replaced(content: &str, parameters: &Map<String, Value>) -> String {
    let mut out = String::with_capacity(content.len());
    let mut rest = content;
    while let Some(open) = rest.find("{{") {
        let Some(close) = rest[open..].find("}}") else {
            break;
        };
        let name = rest[open + 2..open + close].trim();
        out.push_str(&rest[..open]);
        match parameters.get(name) {
            Some(Value::String(s)) => out.push_str(s),
            Some(other) => out.push_str(&other.to_string()),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &rest[open + close + 2..];
    }
    out.push_str(rest);
    out
}

/// StopInvocation: the nodes listed (all when none are) stop now; a node that finished is
/// left as it ended.
pub fn stop(
    call: &Call<'_>,
    store: &mut Store,
    filled: &Value,
) -> Result<Map<String, Value>, Failure> {
    let id = text(filled, "InvokeId").unwrap_or_default();
    let listed = node_ids(filled, "NodeIdList");
    let now = call.now;
    let Some(run) = store.runs.iter_mut().find(|r| r.id == id) else {
        return Err(call.not_found(id));
    };
    if let Some(stray) = listed
        .iter()
        .find(|n| !run.nodes.iter().any(|node| &node.task.instance_id == *n))
    {
        return Err(call.fail(
            &["InvalidNodeId.NotFound", "InvalidParameter"],
            format!("The invocation {id:?} does not run on node {stray:?}."),
        ));
    }
    let (created, timeout) = (run.created_ms, run.timeout_s);
    for node in &mut run.nodes {
        let chosen = listed.is_empty() || listed.contains(&node.task.instance_id);
        let running =
            node.refused.is_none() && !node.task.at(created, timeout, now).status.finished();
        if chosen && running && node.task.cancelled_ms.is_none() {
            node.task.cancelled_ms = Some(now);
        }
    }
    Ok(Map::new())
}

/// DescribeInvocations of an invocation the mock made (others are left to the documented
/// answer): one item with its nodes (only `NodeId`'s when given), output when asked for, text
/// in `ContentEncoding` (Base64 by default).
pub fn describe(
    call: &Call<'_>,
    store: &Store,
    filled: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    let id = text(filled, "InvokeId")?;
    let run = store
        .run(id)
        .filter(|r| matches!(r.work, Work::Command { .. }))?;
    let Work::Command { content, members } = &run.work else {
        return None;
    };
    let encoding = text(filled, "ContentEncoding").unwrap_or("Base64");
    let output = filled.get("IncludeOutput").and_then(Value::as_bool) == Some(true);
    let only = text(filled, "NodeId");
    let now = call.now;
    let nodes: Vec<Value> = run
        .nodes
        .iter()
        .filter(|n| only.is_none_or(|id| n.task.instance_id == id))
        .map(|n| {
            let state = run.state(n, now);
            let mut item = node_times(run, state, n, now);
            put(&mut item, "NodeInvokeStatus", state.invoke_status());
            put(&mut item, "Repeats", 1);
            put(&mut item, "Timed", "false");
            if let NodeState::Ran(status) = state {
                if status.finished() {
                    let seen = run.seen(n, now);
                    if seen.start_ms.is_some() {
                        put(&mut item, "ExitCode", n.task.exit_code);
                    }
                    put(&mut item, "Dropped", 0);
                    if output && seen.start_ms.is_some() {
                        put(&mut item, "Output", encoded(&n.task.output, encoding));
                    }
                }
            }
            Value::Object(item)
        })
        .collect();
    let mut invocation = members.clone();
    put(&mut invocation, "InvokeId", run.id.as_str());
    put(
        &mut invocation,
        "CommandContent",
        encoded(content, encoding),
    );
    put(&mut invocation, "CreationTime", time(run.created_ms));
    put(&mut invocation, "Timeout", run.timeout_s);
    put(&mut invocation, "InvocationStatus", run.status(now));
    put(&mut invocation, "InvokeStatus", run.invoke_status(now));
    put(
        &mut invocation,
        "InvokeNodes",
        serde_json::json!({ "InvokeNode": nodes }),
    );
    let mut answer = Map::new();
    put(
        &mut answer,
        "Invocations",
        serde_json::json!({ "Invocation": [invocation] }),
    );
    Some(Ok(conform(call.action.output, answer)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_replace_their_placeholders() {
        let parameters = serde_json::json!({"name": "Jack", "n": 3});
        let parameters = parameters.as_object().unwrap();
        assert_eq!(
            replaced("echo {{ name }} {{n}} {{x}}", parameters),
            "echo Jack 3 {{x}}"
        );
        assert_eq!(replaced("echo {{name", parameters), "echo {{name");
    }
}
