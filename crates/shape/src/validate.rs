//! Checking a request against its documented shape before it is sent (client) or answered
//! (mock server): the one place that turns "required", limits and rules into errors.

use std::fmt;

use serde_json::Value;

use crate::path::Path;
use crate::{ActionShape, FilterShape, Kind, MemberShape, Rule};

/// What kind of documented fact a request broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputErrorKind {
    /// A required member is absent or null.
    Missing,
    /// A member the action does not document.
    Unknown,
    /// A value of the wrong JSON type.
    WrongType,
    /// A number outside its documented or representable range.
    OutOfRange,
    /// A list longer than its documented maximum.
    TooManyItems,
    /// Members documented as mutually exclusive were given together.
    Conflict,
    /// A filter name the action does not accept.
    UnknownFilter,
    /// A filter with more values than allowed.
    TooManyFilterValues,
}

/// A request that breaks a documented fact, with the member path (`Filters[0].Values`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Which fact was broken.
    pub kind: InputErrorKind,
    /// Path of the offending member in wire names.
    pub path: String,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for InputError {}

fn err(kind: InputErrorKind, path: &Path<'_>, message: String) -> InputError {
    InputError {
        kind,
        path: path.render(),
        message,
    }
}

/// Check the request `value` (wire names, as JSON) against `action`'s documented input.
///
/// Returns the first broken fact. Enum values are not checked: a value newer than the
/// documentation must still reach the service.
pub fn validate_input(action: &ActionShape, value: &Value) -> Result<(), InputError> {
    let Value::Object(object) = value else {
        return Err(err(
            InputErrorKind::WrongType,
            &Path::Root,
            format!("the request of {} must be a JSON object", action.name),
        ));
    };
    validate_members(action.input, object, &Path::Root)?;
    for rule in action.rules {
        match rule {
            Rule::MutuallyExclusive(names) => {
                let given: Vec<&str> = names
                    .iter()
                    .copied()
                    .filter(|n| object.get(*n).is_some_and(|v| !v.is_null()))
                    .collect();
                if given.len() > 1 {
                    return Err(err(
                        InputErrorKind::Conflict,
                        &Path::Member(&Path::Root, given[1]),
                        format!("cannot be given together with {}", given[0]),
                    ));
                }
            }
        }
    }
    Ok(())
}

fn validate_members(
    members: &[MemberShape],
    object: &serde_json::Map<String, Value>,
    parent: &Path<'_>,
) -> Result<(), InputError> {
    for key in object.keys() {
        if !members.iter().any(|m| m.name == key.as_str()) {
            let known: Vec<&str> = members.iter().map(|m| m.name).collect();
            return Err(err(
                InputErrorKind::Unknown,
                &Path::Member(parent, key),
                format!("unknown member (known: {})", known.join(", ")),
            ));
        }
    }
    for member in members {
        let path = Path::Member(parent, member.name);
        match object.get(member.name) {
            None | Some(Value::Null) => {
                if member.required {
                    return Err(err(
                        InputErrorKind::Missing,
                        &path,
                        "is required".to_owned(),
                    ));
                }
            }
            Some(value) => validate_member(member, value, &path)?,
        }
    }
    Ok(())
}

fn validate_member(member: &MemberShape, value: &Value, path: &Path<'_>) -> Result<(), InputError> {
    if !member.list {
        return validate_value(member, value, path);
    }
    let Value::Array(items) = value else {
        return Err(err(
            InputErrorKind::WrongType,
            path,
            format!(
                "expected a list of {}, got {}",
                member.kind.describe(),
                json_type(value)
            ),
        ));
    };
    if let Some(max) = member.max_items {
        if items.len() > max as usize {
            return Err(err(
                InputErrorKind::TooManyItems,
                path,
                format!("at most {max} items are allowed, got {}", items.len()),
            ));
        }
    }
    for (i, item) in items.iter().enumerate() {
        let item_path = Path::Index(path, i);
        validate_value(member, item, &item_path)?;
        if let Some(filter) = member.filter {
            validate_filter(filter, item, &item_path)?;
        }
    }
    Ok(())
}

fn validate_value(member: &MemberShape, value: &Value, path: &Path<'_>) -> Result<(), InputError> {
    let wrong = || {
        err(
            InputErrorKind::WrongType,
            path,
            format!(
                "expected {}, got {}",
                member.kind.describe(),
                json_type(value)
            ),
        )
    };
    match member.kind {
        Kind::String | Kind::DateTime | Kind::Enum(_) => {
            if !value.is_string() {
                return Err(wrong());
            }
        }
        Kind::Boolean => {
            if !value.is_boolean() {
                return Err(wrong());
            }
        }
        Kind::Int32 | Kind::Int64 | Kind::Uint64 => {
            let (lo, hi): (i128, i128) = match member.kind {
                Kind::Int32 => (i32::MIN.into(), i32::MAX.into()),
                Kind::Int64 => (i64::MIN.into(), i64::MAX.into()),
                _ => (0, u64::MAX.into()),
            };
            let n: i128 = if let Some(n) = value.as_i64() {
                n.into()
            } else if let Some(n) = value.as_u64() {
                n.into()
            } else {
                return Err(wrong());
            };
            let lo = member.minimum.map_or(lo, |m| lo.max(m.into()));
            let hi = member.maximum.map_or(hi, |m| hi.min(m.into()));
            if n < lo || n > hi {
                return Err(err(
                    InputErrorKind::OutOfRange,
                    path,
                    format!("{n} is out of range: allowed {lo}..={hi}"),
                ));
            }
        }
        Kind::Number => {
            let Some(n) = value.as_f64() else {
                return Err(wrong());
            };
            let below = member.minimum.is_some_and(|lo| n < lo as f64);
            let above = member.maximum.is_some_and(|hi| n > hi as f64);
            if below || above {
                let bound = |b: Option<i64>| b.map(|b| b.to_string()).unwrap_or_default();
                return Err(err(
                    InputErrorKind::OutOfRange,
                    path,
                    format!(
                        "{n} is out of range: allowed {}..={}",
                        bound(member.minimum),
                        bound(member.maximum)
                    ),
                ));
            }
        }
        Kind::Struct(shape) => {
            let Value::Object(object) = value else {
                return Err(wrong());
            };
            validate_members(shape.members, object, path)?;
        }
    }
    Ok(())
}

/// A documented filter name, or a template like `tag:tag-key` (the documentation says to
/// replace the part after `:` with a concrete key): `tag:env` matches it.
fn filter_name_matches(documented: &str, name: &str) -> bool {
    if documented == name {
        return true;
    }
    match documented.split_once(':') {
        Some((prefix, _)) => name
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix(':'))
            .is_some_and(|key| !key.is_empty()),
        None => false,
    }
}

fn validate_filter(filter: &FilterShape, item: &Value, path: &Path<'_>) -> Result<(), InputError> {
    if let Some(name) = item.get("Name").and_then(Value::as_str) {
        if !filter.names.is_empty()
            && !filter
                .names
                .iter()
                .any(|f| filter_name_matches(f.name, name))
        {
            let known: Vec<&str> = filter.names.iter().map(|f| f.name).collect();
            return Err(err(
                InputErrorKind::UnknownFilter,
                &Path::Member(path, "Name"),
                format!("unknown filter {name:?} (allowed: {})", known.join(", ")),
            ));
        }
    }
    if let (Some(max), Some(values)) = (
        filter.max_values,
        item.get("Values").and_then(Value::as_array),
    ) {
        if values.len() > max as usize {
            return Err(err(
                InputErrorKind::TooManyFilterValues,
                &Path::Member(path, "Values"),
                format!("at most {max} values are allowed, got {}", values.len()),
            ));
        }
    }
    Ok(())
}

pub(crate) fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
