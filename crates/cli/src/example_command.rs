//! A documented example as a command line a user can paste: each request member as its flag,
//! values quoted for POSIX shells, long lines broken one flag per line.
//!
//! Help shows these lines, and the CLI's tests run each one against a server that expects the
//! documented request, so a line that help shows is a line that works.

use sdk_shape::{ActionShape, ExampleShape, ServiceShape};
use serde_json::Value;

use crate::flags::flag_name;

/// Lines longer than this are broken into one flag per line with `\` continuations.
const EXAMPLE_WIDTH: usize = 100;

/// The documented example request as a command line: scalars as values, lists of scalars as
/// space-separated values, objects and lists of objects as JSON in single quotes. `None` when
/// the page gives no request.
pub fn from_request(
    service: &ServiceShape,
    action: &ActionShape,
    example: &ExampleShape,
) -> Option<String> {
    let request: Value = serde_json::from_str(example.request).ok()?;
    let object = request.as_object()?;
    let head = format!(
        "cloudcmd {} {}",
        crate::services::command_of(service),
        action.command
    );
    let mut parts = Vec::with_capacity(object.len());
    for (key, value) in object {
        let flag = match action.input_member(key) {
            Some(member) => flag_name(member),
            None => key.clone(),
        };
        let mut part = format!("--{flag}");
        for word in example_values(value) {
            part.push(' ');
            part.push_str(&word);
        }
        parts.push(part);
    }
    let one_line = std::iter::once(head.clone())
        .chain(parts.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    if one_line.len() <= EXAMPLE_WIDTH {
        return Some(one_line);
    }
    let mut out = head;
    for part in parts {
        out.push_str(" \\\n      ");
        out.push_str(&part);
    }
    Some(out)
}

/// For an example documented without a request: the required members, valued from the
/// same-named members of the documented response (the mock server matches the same way).
pub fn from_response(
    service: &ServiceShape,
    action: &ActionShape,
    example: &ExampleShape,
) -> Option<String> {
    let response: Value = serde_json::from_str(example.response).ok()?;
    let mut parts = vec![format!(
        "cloudcmd {} {}",
        crate::services::command_of(service),
        action.command
    )];
    for member in action.input.iter().filter(|m| m.required) {
        let value = find_member(&response, member.name)?;
        let mut part = format!("--{}", flag_name(member));
        for word in example_values(value) {
            part.push(' ');
            part.push_str(&word);
        }
        parts.push(part);
    }
    Some(parts.join(" "))
}

fn find_member<'a>(value: &'a Value, name: &str) -> Option<&'a Value> {
    match value {
        Value::Object(o) => o
            .get(name)
            .or_else(|| o.values().find_map(|v| find_member(v, name))),
        Value::Array(items) => items.iter().find_map(|v| find_member(v, name)),
        _ => None,
    }
}

fn example_values(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) if items.iter().all(is_scalar) => {
            items.iter().map(scalar_word).collect()
        }
        Value::Array(_) | Value::Object(_) => vec![shell_quote(&value.to_string())],
        scalar => vec![scalar_word(scalar)],
    }
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

fn scalar_word(value: &Value) -> String {
    match value {
        Value::String(s) => shell_quote(s),
        other => other.to_string(),
    }
}

/// Quote a word for POSIX shells when it needs it.
fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word.bytes().all(|b| {
            b.is_ascii_alphanumeric()
                || matches!(
                    b,
                    b'-' | b'_' | b'.' | b'/' | b':' | b'+' | b'@' | b'=' | b','
                )
        });
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(shell_quote("inv-1"), "inv-1");
        assert_eq!(shell_quote("0 0 1 * *"), "'0 0 1 * *'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote(""), "''");
    }
}
