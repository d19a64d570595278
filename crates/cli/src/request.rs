//! From flags and `--cli-input-json` to the request: a JSON object in wire names, checked
//! against the documented shape before anything is sent.
//!
//! Values are converted by member type ([`crate::scalar`]): integers are parsed and
//! range-checked (documented minimum/maximum and the type's own range), booleans take
//! `true`/`false`, lists take repeated values, comma-separated values or a JSON array, objects
//! take JSON or the `key=value,...` shorthand ([`crate::shorthand`]). Enum values outside the
//! documented set, at any depth and from flags or `--cli-input-json` alike, are sent as is
//! with a warning from [`validate_input_in`], in the language of this run (the documentation may lag behind the service).

use std::io::Read;

use clap::parser::ValueSource;
use clap::ArgMatches;
use sdk_shape::{validate_input_in, ActionShape, InputWarning, Kind, MemberShape};
use serde_json::{Map, Value};

use crate::exit::Failure;
use crate::flags::{flag_name, ids, member_id};
use crate::language::say;
use crate::{scalar, shorthand};

/// The request given by `matches`: `--cli-input-json` first, flags on top, validated.
pub fn build(action: &ActionShape, matches: &ArgMatches) -> Result<Value, Failure> {
    let mut request = match matches.get_one::<String>(ids::INPUT_JSON) {
        Some(source) => read_input_json(source)?,
        None => Map::new(),
    };
    for member in action.input {
        let id = member_id(member);
        if matches.value_source(&id) != Some(ValueSource::CommandLine) {
            continue;
        }
        let flag = format!("--{}", flag_name(member));
        let raw: Vec<&String> = matches
            .get_many::<String>(&id)
            .map(Iterator::collect)
            .unwrap_or_default();
        let value = if member.list {
            list_value(member, &flag, &raw)?
        } else {
            let text = raw.last().map_or("", |s| s.as_str());
            value_of(member, &flag, text)?
        };
        request.insert(member.name.to_owned(), value);
    }
    let request = Value::Object(request);
    let warnings = validate_input_in(action, &request, crate::language::chosen())
        .map_err(|e| Failure::invalid_input(action, &e))?;
    for warning in &warnings {
        eprintln!("{}", warning_line(action, warning));
    }
    Ok(request)
}

/// `warning: ScheduleSettings.Policy (--schedule-settings): "once" is not a documented value
/// of SchedulePolicy (...)`: the member in wire names and the flag that sets it.
fn warning_line(action: &ActionShape, warning: &InputWarning) -> String {
    let top = warning.path.split(['.', '[']).next().unwrap_or("");
    match action.input_member(top) {
        Some(member) => format!(
            "warning: {} (--{}): {}",
            warning.path,
            flag_name(member),
            warning.message
        ),
        None => format!("warning: {warning}"),
    }
}

/// The largest `--cli-input-json` read: far above any documented request (Tencent refuses
/// bodies over 10 MB), and a bound on memory for `/dev/zero`, endless pipes or a wrong file.
const MAX_INPUT_JSON: u64 = 10 * 1024 * 1024;

fn read_input_json(source: &str) -> Result<Map<String, Value>, Failure> {
    // Read through `take`: an unbounded read_to_string of `/dev/zero` or an endless pipe
    // grew until the process was killed (found by tests/cli/hostile.rs).
    let read = |reader: &mut dyn Read, name: &str| {
        let mut bytes = Vec::new();
        reader
            .take(MAX_INPUT_JSON + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                Failure::usage(say!(
                    "--cli-input-json: cannot read {name}: {e}",
                    "--cli-input-json：无法读取 {name}：{e}"
                ))
            })?;
        if bytes.len() as u64 > MAX_INPUT_JSON {
            return Err(Failure::usage(say!(
                "--cli-input-json: {name} is larger than {} MB; no request is that large",
                "--cli-input-json：{name} 大于 {} MB；没有这么大的请求",
                MAX_INPUT_JSON / (1024 * 1024)
            )));
        }
        String::from_utf8(bytes).map_err(|e| {
            Failure::usage(say!(
                "--cli-input-json: {name} is not UTF-8 text: {e}",
                "--cli-input-json：{name} 不是 UTF-8 文本：{e}"
            ))
        })
    };
    let (name, text) = if source == "-" {
        (
            "stdin".to_owned(),
            read(&mut std::io::stdin().lock(), "stdin")?,
        )
    } else {
        let mut file = std::fs::File::open(source).map_err(|e| {
            Failure::usage(say!(
                "--cli-input-json: cannot read {source}: {e}",
                "--cli-input-json：无法读取 {source}：{e}"
            ))
        })?;
        (source.to_owned(), read(&mut file, source)?)
    };
    // A documented example with an empty request, or an empty file, means "no members".
    if text.trim().is_empty() {
        return Ok(Map::new());
    }
    match serde_json::from_str(&text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(Failure::usage(say!(
            "--cli-input-json: {name} must hold a JSON object",
            "--cli-input-json：{name} 必须是一个 JSON 对象"
        ))),
        Err(e) => Err(Failure::usage(say!(
            "--cli-input-json: {name} is not valid JSON: {e}",
            "--cli-input-json：{name} 不是有效的 JSON：{e}"
        ))),
    }
}

fn list_value(member: &MemberShape, flag: &str, raw: &[&String]) -> Result<Value, Failure> {
    let mut items = Vec::new();
    for text in raw {
        let text = text.trim();
        if text.starts_with('[') {
            let parsed: Value = serde_json::from_str(text).map_err(|e| {
                Failure::usage(say!(
                    "{flag}: invalid JSON list: {e}",
                    "{flag}：无效的 JSON 列表：{e}"
                ))
            })?;
            if let Value::Array(values) = parsed {
                items.extend(values);
                continue;
            }
        }
        if matches!(member.kind, Kind::Struct(_) | Kind::Json) {
            // Shorthand and JSON use commas themselves, so their lists are never split on
            // them: each value of the flag is one item.
            items.push(value_of(member, flag, text)?);
        } else {
            for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                items.push(value_of(member, flag, part)?);
            }
        }
    }
    Ok(Value::Array(items))
}

/// One value of `member` from its command-line text: an object as JSON or shorthand, anything
/// else by [`scalar::value`].
fn value_of(member: &MemberShape, flag: &str, text: &str) -> Result<Value, Failure> {
    match member.kind {
        Kind::Struct(shape) => {
            if text.trim_start().starts_with('{') {
                serde_json::from_str(text).map_err(|e| {
                    Failure::usage(say!(
                        "{flag}: invalid JSON object: {e}",
                        "{flag}：无效的 JSON 对象：{e}"
                    ))
                })
            } else {
                shorthand::parse(&shape, flag, text).map(Value::Object)
            }
        }
        _ => scalar::value(member, flag, text),
    }
}
