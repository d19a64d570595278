//! `waiters.json` checked and resolved into [`ir::Waiter`]s: names, the polled action, delays,
//! acceptors (exactly one matcher each, JMESPath paths that compile, boolean expectations
//! spelled `true`/`false`, error codes the action can return), the actions a waiter follows
//! and the placeholders of their polling requests. Every problem is reported with its place.

use serde_json::Value;

use crate::error::SpecError;
use crate::ir;
use crate::naming;
use crate::spec::{AcceptorStateSpec, ComparatorSpec, WaitersFile};

/// Resolve the waiters of one service; `actions` are the service's resolved actions and
/// `codes` every error code it documents (common, its own, and the pages').
pub fn resolve(
    file: Option<(String, WaitersFile)>,
    actions: &[ir::Action],
    codes: &[&str],
    errors: &mut Vec<SpecError>,
) -> Vec<ir::Waiter> {
    let Some((path, spec)) = file else {
        return Vec::new();
    };
    let mut out: Vec<ir::Waiter> = Vec::new();
    for (i, w) in spec.waiters.iter().enumerate() {
        let at = |rest: &str| format!("/waiters/{i}{rest}");
        let errors_before = errors.len();
        let mut fail = |pointer: String, message: String| {
            errors.push(SpecError::new(&path, &pointer, message));
        };
        if !w
            .name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase())
            || !w.name.chars().all(|c| c.is_ascii_alphanumeric())
        {
            fail(
                at("/name"),
                format!(
                    "waiter name `{}` is not PascalCase (`InvocationFinished`)",
                    w.name
                ),
            );
            continue;
        }
        if out.iter().any(|o| o.name == w.name) {
            fail(at("/name"), format!("waiter `{}` is defined twice", w.name));
            continue;
        }
        let Some(action) = actions.iter().find(|a| a.name == w.action) else {
            let known: Vec<&str> = actions.iter().map(|a| a.name.as_str()).collect();
            fail(
                at("/action"),
                format!(
                    "unknown action `{}`{}",
                    w.action,
                    crate::error::did_you_mean(&w.action, known.iter().copied())
                ),
            );
            continue;
        };
        if w.min_delay < 1 || w.max_delay < w.min_delay {
            fail(
                at("/min_delay"),
                format!(
                    "delays must satisfy 1 <= min_delay <= max_delay, not {} and {}",
                    w.min_delay, w.max_delay
                ),
            );
        }
        let mut acceptors = Vec::new();
        for (j, a) in w.acceptors.iter().enumerate() {
            let here = at(&format!("/acceptors/{j}"));
            let state = match a.state {
                AcceptorStateSpec::Success => ir::AcceptorState::Success,
                AcceptorStateSpec::Failure => ir::AcceptorState::Failure,
                AcceptorStateSpec::Retry => ir::AcceptorState::Retry,
            };
            let matcher = match (&a.output, a.success, &a.error_code) {
                (Some(m), None, None) => {
                    if let Err(e) = jmespath::compile(&m.path) {
                        fail(
                            format!("{here}/output/path"),
                            format!("not a JMESPath expression: {}", one_line(&e.to_string())),
                        );
                        continue;
                    }
                    let comparator = match m.comparator {
                        ComparatorSpec::StringEquals => ir::Comparator::StringEquals,
                        ComparatorSpec::BooleanEquals => ir::Comparator::BooleanEquals,
                        ComparatorSpec::AllStringEquals => ir::Comparator::AllStringEquals,
                        ComparatorSpec::AnyStringEquals => ir::Comparator::AnyStringEquals,
                    };
                    if comparator == ir::Comparator::BooleanEquals
                        && !matches!(m.expected.as_str(), "true" | "false")
                    {
                        fail(
                            format!("{here}/output/expected"),
                            format!(
                                "booleanEquals expects \"true\" or \"false\", not {:?}",
                                m.expected
                            ),
                        );
                        continue;
                    }
                    ir::Matcher::Output {
                        path: m.path.clone(),
                        comparator,
                        expected: m.expected.clone(),
                    }
                }
                (None, Some(success), None) => ir::Matcher::Success(success),
                (None, None, Some(code)) => {
                    if !codes.contains(&code.as_str()) {
                        fail(
                            format!("{here}/error_code"),
                            format!(
                                "`{code}` is not a code {} or its service documents",
                                action.name
                            ),
                        );
                        continue;
                    }
                    ir::Matcher::ErrorCode(code.clone())
                }
                _ => {
                    fail(
                        here,
                        "an acceptor has exactly one of `output`, `success`, `error_code`"
                            .to_owned(),
                    );
                    continue;
                }
            };
            let from_error = matches!(
                matcher,
                ir::Matcher::ErrorCode(_) | ir::Matcher::Success(false)
            );
            if state == ir::AcceptorState::Success && from_error {
                fail(
                    format!("{here}/state"),
                    "a success reached by an error has no answer to return; \
                     use `failure` or `retry` for error matchers"
                        .to_owned(),
                );
                continue;
            }
            acceptors.push(ir::Acceptor { state, matcher });
        }
        if !acceptors
            .iter()
            .any(|a| a.state == ir::AcceptorState::Success)
        {
            fail(
                at("/acceptors"),
                "a waiter needs at least one acceptor with state `success`".to_owned(),
            );
        }
        let mut follows = Vec::new();
        for (j, f) in w.follows.iter().enumerate() {
            let here = at(&format!("/follows/{j}"));
            let Some(followed) = actions.iter().find(|a| a.name == f.action) else {
                fail(
                    format!("{here}/action"),
                    format!("unknown action `{}`", f.action),
                );
                continue;
            };
            let Value::Object(members) = &f.request else {
                fail(
                    format!("{here}/request"),
                    "the polling request is a JSON object".to_owned(),
                );
                continue;
            };
            for name in members.keys() {
                if !action.input.iter().any(|m| &m.wire == name) {
                    fail(
                        format!("{here}/request/{name}"),
                        format!("`{name}` is not a request member of {}", action.name),
                    );
                }
            }
            for placeholder in placeholders(&f.request) {
                if !followed.output.iter().any(|m| m.wire == placeholder) {
                    fail(
                        format!("{here}/request"),
                        format!(
                            "`{{{placeholder}}}` names no answer member of {}",
                            followed.name
                        ),
                    );
                }
            }
            follows.push((f.action.clone(), f.request.to_string()));
        }
        if let Some(r) = &w.report {
            for (name, expr) in [("rows", &r.rows), ("succeeded", &r.succeeded)] {
                if let Err(e) = jmespath::compile(expr) {
                    fail(
                        at(&format!("/report/{name}")),
                        format!("not a JMESPath expression: {}", one_line(&e.to_string())),
                    );
                }
            }
        }
        if errors.len() > errors_before {
            continue;
        }
        out.push(ir::Waiter {
            file: path.clone(),
            name: w.name.clone(),
            snake: naming::snake(&w.name),
            kebab: naming::snake(&w.name).replace('_', "-"),
            description: w.description.clone(),
            action: action.name.clone(),
            min_delay: w.min_delay,
            max_delay: w.max_delay,
            acceptors,
            follows,
            report: w
                .report
                .as_ref()
                .map(|r| (r.rows.clone(), r.succeeded.clone())),
        });
    }
    out
}

/// The `"{Name}"` strings anywhere in `value`.
pub fn placeholders(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => s
            .strip_prefix('{')
            .and_then(|s| s.strip_suffix('}'))
            .map(str::to_owned)
            .into_iter()
            .collect(),
        Value::Array(items) => items.iter().flat_map(placeholders).collect(),
        Value::Object(members) => members.values().flat_map(placeholders).collect(),
        _ => Vec::new(),
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
