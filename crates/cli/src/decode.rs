//! `--decode`: base64 members of an answer shown as text.
//!
//! The members to decode are found by walking the answer with the action's output shapes
//! (members marked `base64` in the documentation), never by guessing from the values. A value
//! that is not base64, or decodes to bytes that are not UTF-8, is left as it came, with a note
//! on stderr saying so.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sdk_shape::{Kind, MemberShape};
use serde_json::Value;

/// Whether any member reachable from `members` is base64.
pub fn has_base64(members: &[MemberShape]) -> bool {
    !base64_names(members).is_empty()
}

/// Wire names of the base64 members reachable from `members`, without duplicates.
pub fn base64_names(members: &[MemberShape]) -> Vec<&'static str> {
    let mut names = Vec::new();
    collect(members, &mut names, 0);
    names
}

fn collect(members: &[MemberShape], names: &mut Vec<&'static str>, depth: usize) {
    // Documented types are not recursive today; the bound keeps a future cycle harmless.
    if depth > 16 {
        return;
    }
    for member in members {
        if member.base64 && !names.contains(&member.name) {
            names.push(member.name);
        }
        if let Kind::Struct(shape) = member.kind {
            collect(shape.members, names, depth + 1);
        }
    }
}

/// Decode the base64 members of `value` (an object described by `members`) in place.
/// Returns notes about the values left undecoded.
pub fn decode(members: &[MemberShape], value: &mut Value) -> Vec<String> {
    let mut notes = Vec::new();
    walk(members, value, "", &mut notes);
    notes
}

fn walk(members: &[MemberShape], value: &mut Value, path: &str, notes: &mut Vec<String>) {
    let Value::Object(object) = value else {
        return;
    };
    for member in members {
        let Some(child) = object.get_mut(member.name) else {
            continue;
        };
        let child_path = if path.is_empty() {
            member.name.to_owned()
        } else {
            format!("{path}.{}", member.name)
        };
        match child {
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    one(member, item, &format!("{child_path}[{i}]"), notes);
                }
            }
            other => one(member, other, &child_path, notes),
        }
    }
}

fn one(member: &MemberShape, value: &mut Value, path: &str, notes: &mut Vec<String>) {
    if member.base64 {
        if let Value::String(text) = value {
            match STANDARD.decode(text.as_bytes()) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(decoded) => *text = decoded,
                    Err(_) => notes.push(format!(
                        "{path}: decodes to binary data, not UTF-8 text; left as base64"
                    )),
                },
                Err(_) if text.is_empty() => {}
                Err(_) => notes.push(format!("{path}: not valid base64; left as it came")),
            }
        }
    } else if let Kind::Struct(shape) = member.kind {
        walk(shape.members, value, path, notes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn decodes_nested_base64_members() {
        let action = &tat_model::actions::describe_invocation_tasks::SHAPE;
        let mut value = json!({"InvocationTaskSet": [
            {"TaskResult": {"Output": "aGVsbG8=", "ExitCode": 0}},
            {"TaskResult": {"Output": "/w=="}},
            {"TaskResult": {"Output": "not base64!"}}
        ]});
        let notes = decode(action.output, &mut value);
        assert_eq!(
            value["InvocationTaskSet"][0]["TaskResult"]["Output"],
            "hello"
        );
        assert_eq!(
            value["InvocationTaskSet"][1]["TaskResult"]["Output"],
            "/w=="
        );
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(notes[0].starts_with("InvocationTaskSet[1].TaskResult.Output"));
    }
}
