//! `--waiter`: the same call repeated every `interval` until the JMESPath `expr` of the
//! answer equals `to`, for at most `timeout`; a wait that never matches ends at the timeout
//! with the last value (exit 5).

use std::time::Instant;

use serde_json::Value;

use super::poll::Poll;
use super::progress;
use crate::exit::Failure;
use crate::run::Caller;

/// `--waiter`: send `request` until `poll` matches, then return that answer.
pub async fn repeat(caller: &Caller, request: Value, poll: &Poll) -> Result<Value, Failure> {
    let start = Instant::now();
    let mut attempts = 0u32;
    loop {
        attempts += 1;
        let answer = caller.send(request.clone()).await?;
        let value = value_of(&poll.expr, &answer);
        if value.as_deref() == Some(poll.to.as_str()) {
            progress::clear();
            return Ok(answer);
        }
        let elapsed = start.elapsed();
        if elapsed + poll.interval > poll.timeout {
            progress::clear();
            return Err(Failure::wait(format!(
                "--waiter: {} never equalled {:?} in {} s ({attempts} calls); the last value was {}",
                poll.expr,
                poll.to,
                poll.timeout.as_secs(),
                value.unwrap_or_else(|| "nothing".to_owned())
            )));
        }
        progress::show(&format!(
            "waiting: {} is {}, want {:?} ({} s)",
            poll.expr,
            value.as_deref().unwrap_or("nothing"),
            poll.to,
            elapsed.as_secs()
        ));
        tokio::time::sleep(poll.interval).await;
    }
}

/// The JMESPath result of `expr` as the vendors' CLIs compare it: strings bare, anything
/// else as JSON.
fn value_of(expr: &str, answer: &Value) -> Option<String> {
    let result = jmespath::compile(expr).ok()?.search(answer).ok()?;
    Some(match result.as_string() {
        Some(s) => s.clone(),
        None => serde_json::to_value(&*result).ok()?.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_compare_as_the_vendors_do() {
        let answer = serde_json::json!({"S": "SUCCESS", "N": 3, "B": true});
        assert_eq!(value_of("S", &answer).as_deref(), Some("SUCCESS"));
        assert_eq!(value_of("N", &answer).as_deref(), Some("3"));
        assert_eq!(value_of("B", &answer).as_deref(), Some("true"));
    }
}
