//! SendFile and DescribeSendFileResults: a file delivered to nodes, each node's delivery a
//! short run on the mock's clock; a file already delivered to the same path of a node fails
//! there with `FileAlreadyExists` unless `Overwrite` is true.

use serde_json::{Map, Value};

use super::render::{conform, node_times, put, time};
use super::runs::{node, Refusal, Run, Work, DELIVERY_MS};
use super::{node_ids, text, Call, Store};
use crate::errors::Failure;
use crate::lifecycle::run::Status;

/// The members of SendFile that DescribeSendFileResults repeats.
const REPEATED: &[&str] = &[
    "Content",
    "ContentType",
    "Description",
    "FileGroup",
    "FileMode",
    "FileOwner",
    "Name",
    "Overwrite",
    "TargetDir",
];

/// SendFile: the file goes to every node listed.
pub fn send(
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
    let path = (
        text(filled, "TargetDir").unwrap_or_default(),
        text(filled, "Name").unwrap_or_default(),
    );
    let overwrite = filled.get("Overwrite").and_then(Value::as_bool) == Some(true);
    let mut members = Map::new();
    for name in REPEATED {
        if let Some(v) = filled.get(*name) {
            members.insert((*name).to_owned(), v.clone());
        }
    }
    let timeout_s = filled.get("Timeout").and_then(Value::as_i64).unwrap_or(60);
    let now = call.now;
    let nodes = nodes
        .iter()
        .map(|id| {
            let mut n = node(&call.eflo.scenario, id, Some(DELIVERY_MS));
            if n.refused.is_none() && !overwrite && delivered(store, id, path, now) {
                n.refused = Some(Refusal {
                    status: "Failed",
                    code: "FileAlreadyExists",
                });
            }
            n
        })
        .collect();
    let id = store.fresh_id();
    store.remember(Run {
        id: id.clone(),
        created_ms: now,
        timeout_s,
        work: Work::File { members },
        nodes,
    });
    let mut answer = Map::new();
    put(&mut answer, "InvokeId", id);
    Ok(answer)
}

/// Whether a file of this path reached node `id` before `now`.
fn delivered(store: &Store, id: &str, (dir, name): (&str, &str), now: i64) -> bool {
    store.runs.iter().any(|run| {
        let Work::File { members } = &run.work else {
            return false;
        };
        let same = |key: &str, want: &str| members.get(key).and_then(Value::as_str) == Some(want);
        same("TargetDir", dir)
            && same("Name", name)
            && run.nodes.iter().any(|n| {
                n.task.instance_id == id
                    && n.refused.is_none()
                    && run.seen(n, now).status == Status::Success
            })
    })
}

/// DescribeSendFileResults of deliveries the mock made: the one `InvokeId` names, or all of
/// them newest first; `NodeId` keeps that node's part only.
pub fn describe(
    call: &Call<'_>,
    store: &Store,
    filled: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    let id = text(filled, "InvokeId");
    let only = text(filled, "NodeId");
    let known = |run: &&Run| matches!(run.work, Work::File { .. });
    let runs: Vec<&Run> = match id {
        Some(id) => vec![store.run(id).filter(known)?],
        None if store.runs.iter().any(|r| known(&r)) => {
            store.runs.iter().rev().filter(known).collect()
        }
        None => return None,
    };
    let now = call.now;
    let items: Vec<Value> = runs
        .iter()
        .map(|run| {
            let Work::File { members } = &run.work else {
                return Value::Null;
            };
            let nodes: Vec<Value> = run
                .nodes
                .iter()
                .filter(|n| only.is_none_or(|id| n.task.instance_id == id))
                .map(|n| Value::Object(node_times(run, run.state(n, now), n, now)))
                .collect();
            let mut item = members.clone();
            put(&mut item, "InvokeId", run.id.as_str());
            put(&mut item, "CreationTime", time(run.created_ms));
            put(&mut item, "NodeCount", run.nodes.len());
            put(&mut item, "InvocationStatus", run.status(now));
            put(
                &mut item,
                "InvokeNodes",
                serde_json::json!({ "InvokeNode": nodes }),
            );
            Value::Object(item)
        })
        .collect();
    let mut answer = Map::new();
    put(&mut answer, "TotalCount", items.len());
    put(
        &mut answer,
        "Invocations",
        serde_json::json!({ "Invocation": items }),
    );
    Some(Ok(conform(call.action.output, answer)))
}
