//! Behaviour with state: services whose documentation describes resources that live and
//! change over time (TAT's commands, invocations and tasks) answer those actions from what
//! the mock remembers, on the mock's own [`MockClock`]. Everything else stays with the
//! generic, shape-driven engine.
//!
//! The engine asks a service's [`Behaviour`] first; `None` means "not mine", and the shape
//! answer follows. So a request equal to a documented example that names nothing the mock
//! made still gets the documented answer verbatim, and ids the mock never made (the
//! documentation's `inv-q4zp60g0`) are answered from the shapes as before.

pub mod clock;
mod query;
pub mod scenario;
mod tat;

use sdk_shape::{ActionShape, ServiceShape};
use serde_json::{Map, Value};

use crate::errors::Failure;
use crate::MockOptions;

pub(crate) use crate::errors::documented_code as code;
pub use clock::MockClock;

/// What a stateful service does with one valid request.
pub trait Behaviour: Send + Sync {
    /// The answer's members (without `RequestId`), a documented failure, or `None` to leave
    /// the request to the shape answer.
    fn answer(
        &self,
        action: &'static ActionShape,
        request: &Value,
    ) -> Option<Result<Map<String, Value>, Failure>>;
}

/// The stateful behaviour of `service`, if it has one.
pub fn for_service(
    service: &'static ServiceShape,
    options: &MockOptions,
) -> Option<Box<dyn Behaviour>> {
    match service.name {
        "tat" => Some(Box::new(tat::Tat::new(
            service,
            options.clock.clone(),
            options.scenario.clone(),
        ))),
        _ => None,
    }
}

/// `request` with the documented defaults of its absent top-level members filled in: what
/// the vendor stores and what documented examples are compared with.
fn with_defaults(action: &ActionShape, request: &Value) -> Value {
    let mut request = request.clone();
    if let Value::Object(members) = &mut request {
        for member in action.input {
            let Some(default) = member.default else {
                continue;
            };
            if members.get(member.name).is_none_or(Value::is_null) {
                if let Ok(value) = serde_json::from_str(default) {
                    members.insert(member.name.to_owned(), value);
                }
            }
        }
    }
    request
}

/// Whether `filled` (defaults filled) is the request of one of the action's documented
/// examples, compared the way the shape answer compares them.
fn is_documented_example(action: &ActionShape, filled: &Value) -> bool {
    action.examples.iter().any(|example| {
        !example.request.trim().is_empty()
            && serde_json::from_str::<Value>(example.request)
                .is_ok_and(|documented| with_defaults(action, &documented) == *filled)
    })
}

/// 8 lower-case letters and digits, the form of documented ids (`le1g3x2h`).
fn random_suffix() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..8)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_examples_are_recognised_with_defaults() {
        let action = tat_model::SERVICE.action("DescribeInvocations").unwrap();
        let documented =
            serde_json::json!({"Offset": 0, "Limit": 1, "InvocationIds": ["inv-q4zp60g0"]});
        assert!(is_documented_example(
            action,
            &with_defaults(action, &documented)
        ));
        let other = serde_json::json!({"Limit": 1, "InvocationIds": ["inv-q4zp60g0"]});
        assert!(is_documented_example(
            action,
            &with_defaults(action, &other)
        ));
        let other = serde_json::json!({"Limit": 2, "InvocationIds": ["inv-q4zp60g0"]});
        assert!(!is_documented_example(
            action,
            &with_defaults(action, &other)
        ));
    }

    #[test]
    fn codes_prefer_the_action_then_the_service_then_the_common() {
        let s = &tat_model::SERVICE;
        let invoker = s.action("CreateInvoker").unwrap();
        let modify = s.action("ModifyCommand").unwrap();
        // The page of CreateInvoker documents the specific code.
        let candidates = ["ResourceNotFound.CommandNotFound", "ResourceNotFound"];
        assert_eq!(
            code(s, invoker, &candidates, "x"),
            "ResourceNotFound.CommandNotFound"
        );
        // ModifyCommand's page documents none: the service's own code comes before the
        // platform's common one.
        assert_eq!(
            code(s, modify, &candidates, "x"),
            "ResourceNotFound.CommandNotFound"
        );
        let candidates = ["NoSuchCode.Anywhere", "ResourceNotFound"];
        assert_eq!(code(s, modify, &candidates, "x"), "ResourceNotFound");
        assert_eq!(code(s, modify, &["NoSuchCode.Anywhere"], "x"), "x");
    }
}
