//! Help text from the documentation: action descriptions, member facts (type, default,
//! limits, filter names), documented errors, and the documented examples rendered as command
//! lines a user can paste.

use std::fmt::Write;

use sdk_shape::{ActionShape, ExampleShape, Kind, MemberShape, Rule, ServiceShape};
use serde_json::Value;

use crate::exit::Code;
use crate::flags::flag_name;

/// Lines longer than this are broken into one flag per line with `\` continuations.
const EXAMPLE_WIDTH: usize = 100;

/// The first sentence of a description, for one-line listings.
pub fn first_sentence(text: &str) -> String {
    let text = text.trim();
    // Chinese pages end sentences with "。" and no space.
    let end = ["。", ". "]
        .iter()
        .filter_map(|p| text.find(p).map(|i| i + p.len()))
        .min()
        .unwrap_or(text.len());
    text[..end].trim_end().to_owned()
}

/// The long description of an action: the page's text and its rate limit.
pub fn action_about(action: &ActionShape) -> String {
    let mut out = action.description.trim().to_owned();
    if let Some(rate) = action.rate_limit {
        let _ = write!(out, "\n\nRate limit: {rate} requests per second.");
    }
    if action.pagination.is_some() {
        out.push_str(" Paginated: --all fetches every page.");
    }
    out
}

/// Help of one request member: description, then the documented facts in brackets.
pub fn member_help(member: &MemberShape) -> String {
    let mut out = member.description.trim().to_owned();
    let mut facts = Vec::new();
    if member.required {
        facts.push("required".to_owned());
    }
    let kind = match member.kind {
        Kind::Struct(s) => format!("{} as JSON or key=value,..", s.name),
        other => other.describe().to_owned(),
    };
    facts.push(if member.list {
        format!("list of {kind}")
    } else {
        kind
    });
    if let Some(max) = member.max_items {
        facts.push(format!("at most {max} items"));
    }
    if let Some(default) = member.default {
        facts.push(format!("default: {default}"));
    }
    match (member.minimum, member.maximum) {
        (Some(lo), Some(hi)) => facts.push(format!("range: {lo}..={hi}")),
        (Some(lo), None) => facts.push(format!("minimum: {lo}")),
        (None, Some(hi)) => facts.push(format!("maximum: {hi}")),
        (None, None) => {}
    }
    let _ = write!(out, "\n[{}]", facts.join("; "));
    if let Kind::Struct(shape) = member.kind {
        let keys: Vec<String> = shape
            .members
            .iter()
            .map(|m| {
                let list = if m.list { "=[a,b]" } else { "=.." };
                format!("{}{list}", m.flag)
            })
            .collect();
        let _ = write!(out, "\nShorthand: {}", keys.join(","));
        if shape.members.iter().any(|m| m.list) {
            out.push_str(" (a list also takes k=a,k=b or k=a,b)");
        }
    }
    if let Some(filter) = member.filter {
        out.push_str("\nFilter names:");
        for name in filter.names {
            let _ = write!(out, "\n  {}: {}", name.name, name.description.trim());
        }
        if let Some(max) = filter.max_values {
            let _ = write!(out, "\n  (at most {max} values per filter)");
        }
    }
    out
}

/// After the root help: every exit code and its meaning, from their one definition.
pub fn root_after_help() -> String {
    let codes: Vec<String> = Code::ALL
        .iter()
        .map(|code| format!("{} {}", code.value(), code.meaning()))
        .collect();
    format!("Exit codes: {}.", codes.join(", "))
}

/// After the service's help: the platform's common errors and the service's own.
pub fn service_after_help(service: &ServiceShape) -> String {
    let mut out = String::from("Errors every action may return:\n");
    for error in service.common_errors {
        let _ = writeln!(out, "  {}: {}", error.code, error.description.trim());
    }
    if !service.service_errors.is_empty() {
        let _ = writeln!(out, "\nErrors of {} every action may return:", service.name);
        for error in service.service_errors {
            match error.description.trim() {
                "" => writeln!(out, "  {}", error.code),
                d => writeln!(out, "  {}: {d}", error.code),
            }
            .ok();
        }
    }
    out.push_str(
        "\nUse `cloudcmd <SERVICE> <ACTION> --help` for an action's members and examples.",
    );
    out
}

/// After an action's help: its documented errors and examples.
pub fn action_after_help(service: &ServiceShape, action: &ActionShape) -> String {
    let mut out = String::new();
    for rule in action.rules {
        match rule {
            Rule::MutuallyExclusive(names) => {
                let flags: Vec<String> = names
                    .iter()
                    .map(|n| match action.input_member(n) {
                        Some(m) => format!("--{}", flag_name(m)),
                        None => (*n).to_owned(),
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "Rule: at most one of {} may be given.\n",
                    flags.join(", ")
                );
            }
            Rule::RequiredIf {
                member,
                when,
                equals,
            } => {
                let flag = |n: &str| {
                    action
                        .input_member(n)
                        .map_or_else(|| n.to_owned(), |m| format!("--{}", flag_name(m)))
                };
                let _ = writeln!(
                    out,
                    "Rule: {} is required when {} is {equals}.\n",
                    flag(member),
                    flag(when)
                );
            }
        }
    }
    // Rules of the object types members take ("Recurrence is required if Policy is
    // RECURRENCE" in ScheduleSettings), named by the flag that sets the object.
    for input in action.input {
        let Kind::Struct(shape) = input.kind else {
            continue;
        };
        for rule in shape.rules {
            if let Rule::RequiredIf {
                member,
                when,
                equals,
            } = rule
            {
                let _ = writeln!(
                    out,
                    "Rule: in --{}, {member} is required when {when} is {equals}.\n",
                    flag_name(input)
                );
            }
        }
    }
    if !action.errors.is_empty() {
        out.push_str("Documented errors:\n");
        for error in action.errors {
            let _ = writeln!(out, "  {}: {}", error.code, error.description.trim());
        }
        let _ = writeln!(
            out,
            "  (and the errors every {} action may return: cloudcmd {} --help)",
            service.name, service.name
        );
    }
    for example in action.examples {
        if !out.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(out, "Example: {}", example.title.trim());
        if !example.description.trim().is_empty() {
            let _ = writeln!(out, "  {}", example.description.trim());
        }
        match example_command(service, action, example) {
            Some(line) => {
                let _ = writeln!(out, "  $ {line}");
            }
            None => match response_command(service, action, example) {
                Some(line) => {
                    let _ = writeln!(
                        out,
                        "  (the page documents only the response; a request it answers:)\n  $ {line}"
                    );
                }
                None => {
                    let _ = writeln!(out, "  (the page documents no request for this example)");
                }
            },
        }
    }
    out.trim_end().to_owned()
}

/// The documented example request as a command line: scalars as values, lists of scalars as
/// space-separated values, objects and lists of objects as JSON in single quotes. `None` when
/// the page gives no request.
pub fn example_command(
    service: &ServiceShape,
    action: &ActionShape,
    example: &ExampleShape,
) -> Option<String> {
    let request: Value = serde_json::from_str(example.request).ok()?;
    let object = request.as_object()?;
    let head = format!("cloudcmd {} {}", service.name, action.command);
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
fn response_command(
    service: &ServiceShape,
    action: &ActionShape,
    example: &ExampleShape,
) -> Option<String> {
    let response: Value = serde_json::from_str(example.response).ok()?;
    let mut parts = vec![format!("cloudcmd {} {}", service.name, action.command)];
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
pub fn shell_quote(word: &str) -> String {
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
    fn sentences() {
        assert_eq!(first_sentence("One. Two."), "One.");
        assert_eq!(first_sentence("查询。更多"), "查询。");
        assert_eq!(first_sentence("No end"), "No end");
    }

    #[test]
    fn quoting() {
        assert_eq!(shell_quote("inv-1"), "inv-1");
        assert_eq!(shell_quote("0 0 1 * *"), "'0 0 1 * *'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote(""), "''");
    }
}
