//! Reading a Tencent request's members from its JSON body (Alibaba's are read by
//! [`crate::placement`]) and checking requests against the documentation:
//! [`sdk_shape::validate_input`], then the documented id formats. Each broken fact becomes
//! the error code the action documents for it, else the service's common code. A valid
//! request is then read as the vendor reads it, its documented defaults filled in
//! ([`with_defaults`]), by both the shape answers and the stateful behaviour.

use std::collections::HashMap;

use hyper::HeaderMap;
use sdk_shape::{
    validate_input, ActionShape, Bound, InputError, InputErrorKind, Kind, ServiceShape,
};
use serde_json::Value;

use crate::auth::header;
use crate::errors::documented_code as pick;
use crate::errors::Failure;

/// The members of a Tencent request: its JSON body (an empty body is `{}`).
pub fn decode_json(headers: &HeaderMap, body: &[u8]) -> Result<Value, Failure> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(Default::default()));
    }
    let content_type = header(headers, "content-type").unwrap_or("");
    if !content_type
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("application/json")
    {
        return Err(Failure::new(
            "InvalidParameter",
            format!("The body must be JSON sent as `Content-Type: application/json`, not {content_type:?}."),
        ));
    }
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        Failure::new(
            "InvalidParameter",
            format!("The body is not valid JSON: {e}."),
        )
    })?;
    if !value.is_object() {
        return Err(Failure::new(
            "InvalidParameter",
            "The body must be a JSON object of request members.",
        ));
    }
    Ok(value)
}

/// `request` with the documented defaults of its absent (or null) top-level members filled
/// in: the request as the vendor reads it, which is what stateful actions store and what the
/// documented examples (filled the same way) are compared with.
pub fn with_defaults(action: &ActionShape, request: &Value) -> Value {
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

/// Check `request` against `action`; `alibaba` selects Alibaba's `Missing<Member>` codes.
pub fn check(
    service: &ServiceShape,
    action: &ActionShape,
    ids: &IdFormats,
    request: &Value,
    alibaba: bool,
) -> Result<(), Failure> {
    // Warnings (undocumented enum values) are the client's business; the mock answers.
    validate_input(action, request).map_err(|e| input_failure(service, action, &e, alibaba))?;
    ids.check(action, request)
}

fn input_failure(
    service: &ServiceShape,
    action: &ActionShape,
    error: &InputError,
    alibaba: bool,
) -> Failure {
    let code = match error.kind {
        InputErrorKind::Missing if alibaba => format!("Missing{}", form_path(&error.path)),
        InputErrorKind::Missing => pick(service, action, &["MissingParameter"], "MissingParameter"),
        InputErrorKind::Unknown => pick(service, action, &["UnknownParameter"], "UnknownParameter"),
        InputErrorKind::WrongType => pick(
            service,
            action,
            &["InvalidParameter", "InvalidParameterValue"],
            "InvalidParameter",
        ),
        InputErrorKind::Conflict => pick(
            service,
            action,
            &["InvalidParameter.ConflictParameter", "InvalidParameter"],
            "InvalidParameter",
        ),
        InputErrorKind::TooManyFilterValues => pick(
            service,
            action,
            &[
                "LimitExceeded.FilterValueExceeded",
                "InvalidParameterValue.LimitExceeded",
                "LimitExceeded",
            ],
            "InvalidParameterValue",
        ),
        InputErrorKind::UnknownFilter => pick(
            service,
            action,
            &[
                "InvalidParameterValue.InvalidFilter",
                "InvalidParameterValue",
            ],
            "InvalidParameterValue",
        ),
        InputErrorKind::TooManyItems => pick(
            service,
            action,
            &[
                "InvalidParameterValue.LimitExceeded",
                "InvalidParameterValue.TooLong",
                "InvalidParameterValue",
            ],
            "InvalidParameterValue",
        ),
        InputErrorKind::InvalidDateTime => pick(
            service,
            action,
            &[
                "InvalidParameterValue.InvalidTimeFormat",
                "InvalidParameterValue",
            ],
            "InvalidParameterValue",
        ),
        InputErrorKind::InvalidCrontab => pick(
            service,
            action,
            &[
                "InvalidParameterValue.InvalidCronExpression",
                "InvalidParameterValue",
            ],
            "InvalidParameterValue",
        ),
        InputErrorKind::OutOfRange => {
            let side = if matches!(error.bound, Some(Bound::BelowMinimum(_))) {
                "InvalidParameterValue.TooSmall"
            } else {
                "InvalidParameterValue.TooLarge"
            };
            pick(
                service,
                action,
                &[
                    "InvalidParameterValue.LimitExceeded",
                    side,
                    "InvalidParameterValue",
                ],
                "InvalidParameterValue",
            )
        }
    };
    let message = if error.path.is_empty() {
        error.message.clone()
    } else {
        format!("The parameter {} {}.", error.path, error.message)
    };
    Failure::new(code, message)
}

/// `Filters[0].Name` in Alibaba's form spelling, `Filters.1.Name`.
fn form_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else {
            break;
        };
        let index = after[..close].parse::<u64>().map_or(0, |i| i + 1);
        out.push('.');
        out.push_str(&index.to_string());
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// `invocation-task-id` → `InvocationTaskId`.
pub fn camel(kebab: &str) -> String {
    kebab
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect()
}

/// The documented prefixes of ids (`InvocationId` → `inv-`), learned from every documented
/// example of a service: a name gets a prefix when all its example values share one and are
/// otherwise lower-case letters and digits.
#[derive(Debug, Default, Clone)]
pub struct IdFormats(HashMap<String, Option<String>>);

impl IdFormats {
    /// Learn the id formats of `service` from its examples.
    pub fn learn(service: &ServiceShape) -> Self {
        let mut formats = IdFormats::default();
        for action in service.actions {
            for example in action.examples {
                for text in [example.request, example.response] {
                    if let Ok(value) = serde_json::from_str::<Value>(text) {
                        formats.walk(&value);
                    }
                }
            }
        }
        formats
    }

    fn walk(&mut self, value: &Value) {
        match value {
            Value::Object(members) => {
                for (key, member) in members {
                    match member {
                        Value::String(s) if key.ends_with("Id") && key != "RequestId" => {
                            self.see(key, s);
                        }
                        Value::Array(items) if key.ends_with("Ids") => {
                            let name = &key[..key.len() - 1];
                            for item in items.iter().filter_map(Value::as_str) {
                                self.see(name, item);
                            }
                        }
                        other => self.walk(other),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| self.walk(i)),
            _ => {}
        }
    }

    fn see(&mut self, name: &str, value: &str) {
        let prefix = split_id(value).map(|(p, _)| p.to_owned());
        let entry = self
            .0
            .entry(name.to_owned())
            .or_insert_with(|| prefix.clone());
        if *entry != prefix {
            *entry = None;
        }
    }

    /// The documented prefix of `name` (`InvokerId` → `ivk-`).
    pub fn prefix(&self, name: &str) -> Option<&str> {
        self.0.get(name).and_then(|p| p.as_deref())
    }

    /// Check the ids in `request` whose format the action documents an error code for.
    fn check(&self, action: &ActionShape, request: &Value) -> Result<(), Failure> {
        let Some(members) = request.as_object() else {
            return Ok(());
        };
        for member in action.input {
            let Some(value) = members.get(member.name) else {
                continue;
            };
            let name = if member.list {
                member.name.strip_suffix('s').unwrap_or(member.name)
            } else {
                member.name
            };
            if member.filter.is_some() {
                for filter in value.as_array().into_iter().flatten() {
                    let Some(filter_name) = filter.get("Name").and_then(Value::as_str) else {
                        continue;
                    };
                    let values = filter.get("Values").and_then(Value::as_array);
                    for v in values.into_iter().flatten().filter_map(Value::as_str) {
                        self.check_one(action, &camel(filter_name), v)?;
                    }
                }
            } else if matches!(member.kind, Kind::String) && name.ends_with("Id") {
                let values: Vec<&str> = match value {
                    Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
                    Value::String(s) => vec![s.as_str()],
                    _ => Vec::new(),
                };
                for v in values {
                    self.check_one(action, name, v)?;
                }
            }
        }
        Ok(())
    }

    fn check_one(&self, action: &ActionShape, name: &str, value: &str) -> Result<(), Failure> {
        let Some(prefix) = self.prefix(name) else {
            return Ok(());
        };
        let code = format!("InvalidParameterValue.Invalid{name}");
        if !action.errors.iter().any(|e| e.code == code) {
            return Ok(());
        }
        if split_id(value).is_some_and(|(p, _)| p == prefix) {
            return Ok(());
        }
        Err(Failure::new(
            code,
            format!("{value:?} is not a valid {name}: expected {prefix} followed by lower-case letters and digits."),
        ))
    }
}

/// `ivk-le1g3x2h` → (`ivk-`, `le1g3x2h`), when the rest is lower-case letters and digits.
fn split_id(value: &str) -> Option<(&str, &str)> {
    let dash = value.find('-')?;
    let (prefix, rest) = value.split_at(dash + 1);
    let ok = !prefix.is_empty()
        && !rest.is_empty()
        && rest
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    ok.then_some((prefix, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_names() {
        assert_eq!(form_path("Filters[0].Values[2]"), "Filters.1.Values.3");
        assert_eq!(form_path("InvokeId"), "InvokeId");
        assert_eq!(camel("invocation-task-id"), "InvocationTaskId");
        assert_eq!(split_id("ivk-le1g3x2h"), Some(("ivk-", "le1g3x2h")));
        assert_eq!(split_id("e01-cn-zvp2"), None);
    }

    #[test]
    fn the_side_of_a_range_picks_the_code() {
        let service = &tat_model::SERVICE;
        let action = service.action("DescribeInvokerRecords").unwrap();
        let code = |request: Value| {
            check(service, action, &IdFormats::default(), &request, false)
                .unwrap_err()
                .code
        };
        assert_eq!(
            code(serde_json::json!({"Limit": 101})),
            "InvalidParameterValue.TooLarge"
        );
        // A non-negative integer's own end, not a documented one.
        assert_eq!(
            code(serde_json::json!({"Limit": -1})),
            "InvalidParameterValue.TooSmall"
        );
    }

    #[test]
    fn learns_documented_prefixes() {
        let formats = IdFormats::learn(&tat_model::SERVICE);
        assert_eq!(formats.prefix("InvokerId"), Some("ivk-"));
        assert_eq!(formats.prefix("InvocationId"), Some("inv-"));
        // The documented examples show `ins-`, `lhins-` and `rins-` instance ids: no one prefix.
        assert_eq!(formats.prefix("InstanceId"), None);
        assert_eq!(formats.prefix("CommandId"), Some("cmd-"));
    }
}
