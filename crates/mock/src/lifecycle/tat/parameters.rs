//! Custom parameters as TAT documents them: `Parameters` is a JSON object encoded as a
//! string, at most 20 string values under names of at most 64 characters from
//! `[a-zA-Z0-9-_]`; a command's `DefaultParameters` are overlaid by them; each `{{name}}` in
//! the command's content is replaced by its value, and placeholders without a value stay as
//! they are (the documented PreviewReplacedCommandContent example). Only commands with
//! `EnableParameter` take parameters.

use base64::Engine as _;
use serde_json::{Map, Value};

use super::{Call, Store};
use crate::errors::Failure;

/// Most custom parameters one request may give (documented).
pub const MAX_PARAMETERS: usize = 20;

/// Longest parameter name (documented).
pub const MAX_NAME_CHARS: usize = 64;

/// The parameters in the JSON text `text` (a request's `Parameters`), checked.
pub fn read(call: &Call<'_>, member: &str, text: &str) -> Result<Map<String, Value>, Failure> {
    let fail = |code: &str, message: String| call.fail(&[code, "InvalidParameterValue"], message);
    let Ok(Value::Object(parameters)) = serde_json::from_str::<Value>(text) else {
        return Err(fail(
            "InvalidParameterValue.ParameterInvalidJsonFormat",
            format!("{member} is not a JSON object encoded as a string: {text:?}."),
        ));
    };
    if parameters.len() > MAX_PARAMETERS {
        return Err(fail(
            "InvalidParameterValue.ParameterNumberExceeded",
            format!(
                "{member} has {} parameters; at most {MAX_PARAMETERS} are allowed.",
                parameters.len()
            ),
        ));
    }
    for (name, value) in &parameters {
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(fail(
                "InvalidParameterValue.ParameterKeyLenExceeded",
                format!("The parameter name {name:?} is longer than {MAX_NAME_CHARS} characters."),
            ));
        }
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(fail(
                "InvalidParameterValue.ParameterKeyContainsInvalidChar",
                format!("The parameter name {name:?} is not made of a-z, A-Z, 0-9, - and _."),
            ));
        }
        if !value.is_string() {
            return Err(fail(
                "InvalidParameterValue.ParameterValueNotString",
                format!("The value of parameter {name:?} is not a string: {value}."),
            ));
        }
    }
    Ok(parameters)
}

/// A command's default parameters: `DefaultParameters`, or the name and value of each of
/// `DefaultParameterConfs` (the docs allow one or the other).
fn defaults(call: &Call<'_>, command: &Map<String, Value>) -> Result<Map<String, Value>, Failure> {
    if let Some(text) = command.get("DefaultParameters").and_then(Value::as_str) {
        return read(call, "DefaultParameters", text);
    }
    let confs = command
        .get("DefaultParameterConfs")
        .and_then(Value::as_array);
    Ok(confs
        .into_iter()
        .flatten()
        .filter_map(|conf| {
            let name = conf.get("ParameterName")?.as_str()?;
            let value = conf.get("ParameterValue")?.as_str()?;
            Some((name.to_owned(), Value::String(value.to_owned())))
        })
        .collect())
}

/// The `Parameters` of a request running `command`: allowed only when the command has
/// `EnableParameter`, and well-formed.
pub fn check_use(
    call: &Call<'_>,
    command: &Map<String, Value>,
    request: &Value,
) -> Result<(), Failure> {
    let Some(given) = request.get("Parameters").and_then(Value::as_str) else {
        return Ok(());
    };
    if command.get("EnableParameter").and_then(Value::as_bool) != Some(true) {
        return Err(disabled(call));
    }
    read(call, "Parameters", given).map(drop)
}

fn disabled(call: &Call<'_>) -> Failure {
    call.fail(
        &[
            "InvalidParameterValue.SupportParametersOnlyIfEnableParameter",
            "InvalidParameterValue.ParameterDisabled",
            "InvalidParameterValue",
        ],
        "The command does not have EnableParameter set, so it takes no Parameters.".to_owned(),
    )
}

/// `content` with every `{{name}}` that `parameters` gives replaced by its value.
pub fn substitute(content: &str, parameters: &Map<String, Value>) -> String {
    let mut out = String::with_capacity(content.len());
    let mut rest = content;
    while let Some(open) = rest.find("{{") {
        let (before, from) = rest.split_at(open);
        out.push_str(before);
        let value = from[2..].find("}}").and_then(|close| {
            let name = &from[2..2 + close];
            let value = parameters.get(name)?.as_str()?;
            Some((value, 2 + close + 2))
        });
        match value {
            Some((value, used)) => {
                out.push_str(value);
                rest = &from[used..];
            }
            None => {
                out.push_str("{{");
                rest = &from[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// PreviewReplacedCommandContent: the content of the command named (one the mock made) or
/// given, with the parameters substituted, base64. `None` for a command the mock did not
/// make (the shape answer).
pub fn preview(
    call: &Call<'_>,
    store: &Store,
    request: &Value,
) -> Option<Result<Map<String, Value>, Failure>> {
    let text = |name: &str| request.get(name).and_then(Value::as_str);
    let (encoded, mut parameters) = match (text("CommandId"), text("Content")) {
        (Some(id), None) => {
            let command = store.command(id)?;
            if text("Parameters").is_some()
                && command
                    .members
                    .get("EnableParameter")
                    .and_then(Value::as_bool)
                    != Some(true)
            {
                return Some(Err(disabled(call)));
            }
            let defaults = match defaults(call, &command.members) {
                Ok(d) => d,
                Err(f) => return Some(Err(f)),
            };
            (
                command.text("Content").unwrap_or_default().to_owned(),
                defaults,
            )
        }
        (None, Some(content)) => (content.to_owned(), Map::new()),
        _ => {
            return Some(Err(call.fail(
                &["InvalidParameter.ConflictParameter", "InvalidParameter"],
                "Give exactly one of CommandId and Content.".to_owned(),
            )))
        }
    };
    if let Some(given) = text("Parameters") {
        match read(call, "Parameters", given) {
            Ok(given) => parameters.extend(given),
            Err(f) => return Some(Err(f)),
        }
    }
    let engine = base64::engine::general_purpose::STANDARD;
    let Some(content) = engine
        .decode(encoded.as_bytes())
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
    else {
        return Some(Err(call.fail(
            &[
                "InvalidParameterValue.CommandContentInvalid",
                "InvalidParameterValue.InvalidContent",
                "InvalidParameterValue",
            ],
            "The command content is not base64-encoded UTF-8 text.".to_owned(),
        )));
    };
    let mut answer = Map::new();
    answer.insert(
        "ReplacedContent".to_owned(),
        Value::String(engine.encode(substitute(&content, &parameters))),
    );
    Some(Ok(answer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn placeholders_with_values_are_replaced_and_others_kept() {
        let p = json!({"a": "123", "b-2": "x"});
        let p = p.as_object().unwrap();
        // The documented example: `ls {{a}}\necho {{b}} {{c}}` with a = 123.
        assert_eq!(
            substitute("ls {{a}}\necho {{b}} {{c}}", p),
            "ls 123\necho {{b}} {{c}}"
        );
        assert_eq!(substitute("{{b-2}}{{a}}{{", p), "x123{{");
        assert_eq!(substitute("no placeholders", p), "no placeholders");
    }
}
