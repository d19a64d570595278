//! Behaviour with state: services whose documentation describes resources that live and
//! change over time (TAT's commands, invocations and tasks; eflo-controller's command runs and
//! file deliveries on nodes) answer those actions from what
//! the mock remembers, on the mock's own [`MockClock`]. Everything else stays with the
//! generic, shape-driven engine.
//!
//! The engine asks a service's [`Behaviour`] first; `None` means "not mine", and the shape
//! answer follows. So a request equal to a documented example that names nothing the mock
//! made still gets the documented answer verbatim, and ids the mock never made (the
//! documentation's `inv-q4zp60g0`) are answered from the shapes as before.

pub mod clock;
mod eflo;
mod query;
mod run;
pub mod scenario;
mod tat;

use sdk_shape::{ActionShape, ServiceShape};
use serde_json::{Map, Value};

use crate::errors::Failure;
use crate::validate::with_defaults;
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
        "eflo-controller" => Some(Box::new(eflo::Eflo::new(
            service,
            options.clock.clone(),
            options.scenario.clone(),
        ))),
        _ => None,
    }
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
