//! `--wait`: the spec waiter that follows an action (TAT `run-command`, `invoke-command`).
//! The action's answer fills the waiter's polling request, and the runtime's waiter polls with
//! its backoff until a success or failure state, or `--max-wait`.

use std::time::Duration;

use sdk_runtime::{ServiceClient, WaitOptions, WaiterError};
use sdk_shape::{ActionShape, ServiceShape, WaiterShape};
use serde_json::{Map, Value};

use super::progress;
use crate::exit::Failure;

/// How long `--wait` waits unless `--max-wait` says otherwise.
pub const DEFAULT_MAX_WAIT_SECONDS: u64 = 600;

/// The waiter that follows `action`, if one does.
pub fn follower(
    service: &'static ServiceShape,
    action: &ActionShape,
) -> Option<(&'static WaiterShape, &'static str)> {
    service.waiters.iter().find_map(|w| {
        w.follows
            .iter()
            .find(|f| f.action == action.name)
            .map(|f| (*w, f.request))
    })
}

/// `--wait`: the followed action's `answer` fills `template`, then the waiter polls. Returns
/// the final answer and whether it is a success (`false`: a failure state, whose answer the
/// report still shows, item by item).
pub async fn follow(
    client: &ServiceClient,
    waiter: &'static WaiterShape,
    template: &str,
    answer: &Value,
    max_wait: Option<u64>,
) -> Result<(Value, bool), Failure> {
    let template: Value = serde_json::from_str(template)
        .map_err(|e| Failure::usage(format!("{}: bad polling request: {e}", waiter.name)))?;
    let request = fill(&template, answer)?;
    let max_wait = Duration::from_secs(max_wait.unwrap_or(DEFAULT_MAX_WAIT_SECONDS));
    let name = waiter.command;
    let options = WaitOptions::new(max_wait).on_progress(move |p| {
        progress::show(&format!(
            "waiting for {name}: {} polls, {} s, next in {} s",
            p.attempts,
            p.elapsed.as_secs(),
            p.next_delay.as_secs()
        ));
    });
    let outcome = client.wait_json(waiter, request, &options).await;
    progress::clear();
    let action = waiter.action;
    match outcome {
        Ok(final_answer) => {
            sdk_shape::validate_output(action, &final_answer.body)
                .map_err(|e| Failure::answer(action, &e, final_answer.request_id.as_deref()))?;
            Ok((final_answer.body, true))
        }
        Err(WaiterError::FailureState { last, .. }) => match *last {
            Ok(answer) => Ok((answer.body, false)),
            Err(e) => Err(Failure::from_sdk(action, e)),
        },
        Err(WaiterError::ExceededMaxWait {
            elapsed,
            attempts,
            last,
        }) => {
            let mut message = format!(
                "{name}: not done after {} s ({attempts} polls)",
                elapsed.as_secs()
            );
            if let Ok(answer) = *last {
                message.push_str(&format!("; the last answer: {}", answer.body));
            }
            Err(Failure::wait(message))
        }
        Err(WaiterError::OperationFailed(e)) => Err(Failure::from_sdk(action, e)),
    }
}

/// `template` with each `"{Name}"` string replaced by member `Name` of `answer`.
fn fill(template: &Value, answer: &Value) -> Result<Value, Failure> {
    Ok(match template {
        Value::String(s) => match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => answer
                .get(name)
                .cloned()
                .ok_or_else(|| Failure::usage(format!("the answer has no {name} to wait for")))?,
            None => template.clone(),
        },
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|i| fill(i, answer))
                .collect::<Result<_, _>>()?,
        ),
        Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| Ok((k.clone(), fill(v, answer)?)))
                .collect::<Result<Map<_, _>, Failure>>()?,
        ),
        other => other.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_take_the_answer_members() {
        let template = serde_json::json!({"Filters": [{"Name": "invocation-id", "Values": ["{InvocationId}"]}], "HideOutput": false});
        let filled = fill(&template, &serde_json::json!({"InvocationId": "inv-1"})).unwrap();
        assert_eq!(filled["Filters"][0]["Values"][0], "inv-1");
        assert!(fill(&template, &serde_json::json!({})).is_err());
    }
}
