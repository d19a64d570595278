//! The `key=value,...` shorthand for object members: `--filters name=instance-id,values=ins-1`.
//!
//! - Keys match the object's members case-insensitively, in any of the spellings users meet:
//!   wire (`Values`), kebab (`values`, `invocation-id`), snake (`invocation_id`).
//! - A list member takes `k=[a,b]`, repeated `k=a,k=b`, or the AWS-style continuation
//!   `k=a,b` (a comma-separated part without `=` is one more item of the list before it).
//! - A value may be double-quoted to hold commas or `=`: `name="a,b"`.
//! - Nested objects are not supported in shorthand: give the member as JSON instead.

use sdk_shape::{Kind, MemberShape, StructShape};
use serde_json::{Map, Value};

use crate::exit::Failure;
use crate::language::say;
use crate::scalar;

/// Parse `text` as an object of `shape`.
pub fn parse(shape: &StructShape, flag: &str, text: &str) -> Result<Map<String, Value>, Failure> {
    // An unclosed `[` or `"` made the rest of the text one value, sent as is (`values=[a,b`
    // sent the filter value "[a,b"; found by tests/cli/hostile.rs): refuse it instead.
    if let Some(what) = unclosed(text) {
        return Err(Failure::usage(say!(
            "{flag}: unclosed {what} in shorthand (close it, or give {flag} as JSON)",
            "{flag}：简写中的 {what} 没有闭合（请闭合，或以 JSON 给出 {flag}）"
        )));
    }
    let mut map = Map::new();
    let mut open_list: Option<&MemberShape> = None;
    for part in split_top_level(text, ',') {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let Some((key, raw)) = split_key(part) else {
            match open_list {
                Some(member) => {
                    push_item(&mut map, member, flag, &unquote(part))?;
                    continue;
                }
                None => {
                    return Err(Failure::usage(say!(
                        "{flag}: expected key=value in shorthand, got {part:?} \
                         (keys: {}; or give JSON)",
                        "{flag}：简写应为 key=value，实际为 {part:?}\
                         （键：{}；或以 JSON 给出）",
                        keys(shape)
                    )))
                }
            }
        };
        let member = find(shape, key).ok_or_else(|| {
            Failure::usage(say!(
                "{flag}: unknown key {key:?} in shorthand (keys: {})",
                "{flag}：简写中的键 {key:?} 未知（键：{}）",
                keys(shape)
            ))
        })?;
        if matches!(member.kind, Kind::Struct(_)) {
            return Err(Failure::usage(say!(
                "{flag}: {key} is an object; give {flag} as JSON to set it",
                "{flag}：{key} 是对象；请以 JSON 给出 {flag} 来设置它"
            )));
        }
        let item_flag = format!("{flag} {}", member.flag);
        if member.list {
            open_list = Some(member);
            let raw = raw.trim();
            if let Some(inner) = raw.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
                // `k=[]` sets an empty list.
                map.entry(member.name)
                    .or_insert_with(|| Value::Array(Vec::new()));
                for item in split_top_level(inner, ',') {
                    let item = item.trim();
                    if !item.is_empty() {
                        push_item(&mut map, member, flag, &unquote(item))?;
                    }
                }
            } else {
                push_item(&mut map, member, flag, &unquote(raw))?;
            }
        } else {
            open_list = None;
            let value = scalar::value(member, &item_flag, &unquote(raw))?;
            map.insert(member.name.to_owned(), value);
        }
    }
    Ok(map)
}

fn push_item(
    map: &mut Map<String, Value>,
    member: &MemberShape,
    flag: &str,
    text: &str,
) -> Result<(), Failure> {
    let value = scalar::value(member, &format!("{flag} {}", member.flag), text)?;
    let entry = map
        .entry(member.name)
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(items) = entry {
        items.push(value);
    }
    Ok(())
}

fn find<'a>(shape: &'a StructShape, key: &str) -> Option<&'a MemberShape> {
    let wanted = normalize(key);
    shape
        .members
        .iter()
        .find(|m| normalize(m.name) == wanted || normalize(m.flag) == wanted)
}

/// Lower case without `-` and `_`: `InvokeTime`, `invoke-time` and `invoke_time` meet.
fn normalize(key: &str) -> String {
    key.chars()
        .filter(|c| *c != '-' && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

fn keys(shape: &StructShape) -> String {
    shape
        .members
        .iter()
        .map(|m| m.flag)
        .collect::<Vec<_>>()
        .join(", ")
}

/// `key=value` split at the first `=` outside quotes; `None` when there is none.
fn split_key(part: &str) -> Option<(&str, &str)> {
    if part.starts_with('"') {
        return None;
    }
    let (key, value) = part.split_once('=')?;
    let key = key.trim();
    (!key.is_empty() && !key.contains(['[', '"'])).then_some((key, value))
}

fn unquote(text: &str) -> String {
    let text = text.trim();
    text.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(text)
        .to_owned()
}

/// What is left open at the end of `text`, scanning as [`split_top_level`] does.
fn unclosed(text: &str) -> Option<&'static str> {
    let (mut depth, mut quoted) = (0usize, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '[' if !quoted => depth += 1,
            ']' if !quoted => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if quoted {
        Some("quote")
    } else if depth > 0 {
        Some("[")
    } else {
        None
    }
}

/// Split at `sep` outside `[...]` and `"..."`.
fn split_top_level(text: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut quoted, mut start) = (0usize, false, 0);
    for (i, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '[' if !quoted => depth += 1,
            ']' if !quoted => depth = depth.saturating_sub(1),
            c if c == sep && !quoted && depth == 0 => {
                parts.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn filter(text: &str) -> Result<Value, String> {
        parse(tat_model::types::Filter::SHAPE, "--filters", text)
            .map(Value::Object)
            .map_err(|e| e.message().to_owned())
    }

    #[test]
    fn spellings_and_lists() {
        let want = json!({"Name": "instance-id", "Values": ["ins-1", "ins-2"]});
        assert_eq!(
            filter("name=instance-id,values=ins-1,values=ins-2"),
            Ok(want.clone())
        );
        assert_eq!(
            filter("Name=instance-id,Values=[ins-1,ins-2]"),
            Ok(want.clone())
        );
        assert_eq!(filter("NAME=instance-id,values=ins-1,ins-2"), Ok(want));
        assert_eq!(
            filter(r#"name="a,b",values=[]"#),
            Ok(json!({"Name": "a,b", "Values": []}))
        );
    }

    #[test]
    fn errors_name_the_keys() {
        let e = filter("nme=x").unwrap_err();
        assert!(
            e.contains("unknown key \"nme\"") && e.contains("name, values"),
            "{e}"
        );
        let e = filter("x").unwrap_err();
        assert!(e.contains("expected key=value"), "{e}");
    }
}
