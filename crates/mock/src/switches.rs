//! Documented switches: request members that change what an answer contains rather than
//! which items it lists, applied to every answer built from the shapes.
//!
//! The pages state them in prose (TAT DescribeInvocationTasks: `HideOutput`, "whether to hide
//! the command output, default true"; eflo-controller DescribeInvocations: `IncludeOutput`,
//! "return the command output", and `ContentEncoding`, "encoding of CommandContent and
//! Output: PlainText or Base64, default Base64"). Two rules read them from the shapes, the way
//! the rest of the mock reads `Create<Name>` and `<Name>Ids`, so no code names an action:
//!
//! - **Visibility.** A Boolean request member `Hide<Name>` or `Include<Name>` governs every
//!   answer member `<Name>`, at any depth. Its documented default applies when it is absent
//!   (HideOutput: true); a switch without a default is off (IncludeOutput: false). A hidden
//!   string member is answered as `""`, as the services do; any other hidden member as null.
//! - **Encoding.** A request member whose enum documents the values `Base64` and `PlainText`
//!   chooses the form of the answer members the documentation marks base64. A template value
//!   that is valid base64 of UTF-8 text is that text encoded; any other value (the pages show
//!   `OutPutTestmsg` and a masked `cnBt...****`) is taken as the text itself. So with `Base64`
//!   every such member is valid base64, and with `PlainText` it is the text.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sdk_shape::{ActionShape, Kind, MemberShape};
use serde_json::{Map, Value};

/// A `Hide<Name>` / `Include<Name>` switch.
struct Visibility {
    switch: &'static MemberShape,
    /// The answer member it governs (`Output`).
    target: &'static str,
    /// The switch value that shows the member: false for `Hide...`, true for `Include...`.
    shows_when: bool,
}

/// The switches one action documents.
pub struct Switches {
    visibility: Vec<Visibility>,
    encoding: Option<&'static MemberShape>,
}

impl Switches {
    /// The switches among `action`'s request members.
    pub fn learn(action: &'static ActionShape) -> Self {
        let visibility = action
            .input
            .iter()
            .filter(|m| matches!(m.kind, Kind::Boolean) && !m.list)
            .filter_map(|switch| {
                let (target, shows_when) = match (
                    switch.name.strip_prefix("Hide"),
                    switch.name.strip_prefix("Include"),
                ) {
                    (Some(target), _) => (target, false),
                    (_, Some(target)) => (target, true),
                    _ => return None,
                };
                (!target.is_empty() && answers_member(action.output, target, 0)).then_some(
                    Visibility {
                        switch,
                        target,
                        shows_when,
                    },
                )
            })
            .collect();
        let encoding = action.input.iter().find(|m| match m.kind {
            Kind::Enum(e) => {
                let has = |v: &str| e.values.iter().any(|x| x.value == v);
                has("Base64") && has("PlainText")
            }
            _ => false,
        });
        Switches {
            visibility,
            encoding,
        }
    }

    /// Whether `request` (as sent, defaults not filled) gives any switch.
    pub fn given_in(&self, request: &Value) -> bool {
        let given = |m: &MemberShape| request.get(m.name).is_some_and(|v| !v.is_null());
        self.visibility.iter().any(|v| given(v.switch)) || self.encoding.is_some_and(given)
    }

    /// Make `answer` (the members of an answer of `action`) what `request` asks for.
    pub fn apply(&self, action: &ActionShape, request: &Value, answer: &mut Value) {
        let hidden: Vec<&str> = self
            .visibility
            .iter()
            .filter(|v| {
                let on = request
                    .get(v.switch.name)
                    .and_then(Value::as_bool)
                    .or_else(|| v.switch.default.and_then(|d| d.parse().ok()))
                    .unwrap_or(false);
                on != v.shows_when
            })
            .map(|v| v.target)
            .collect();
        let plain = self.encoding.map(|m| {
            let chosen = request
                .get(m.name)
                .and_then(Value::as_str)
                .map(str::to_owned);
            let default = m
                .default
                .and_then(|d| serde_json::from_str::<String>(d).ok());
            chosen.or(default).as_deref() == Some("PlainText")
        });
        if hidden.is_empty() && plain.is_none() {
            return;
        }
        if let Value::Object(object) = answer {
            walk(action.output, object, &hidden, plain, 0);
        }
    }
}

/// Documented types are not recursive today; the bound keeps a future cycle harmless.
const MAX_DEPTH: usize = 16;

fn answers_member(members: &[MemberShape], name: &str, depth: usize) -> bool {
    depth <= MAX_DEPTH
        && members.iter().any(|m| {
            m.name == name
                || matches!(m.kind, Kind::Struct(s) if answers_member(s.members, name, depth + 1))
        })
}

fn walk(
    members: &[MemberShape],
    object: &mut Map<String, Value>,
    hidden: &[&str],
    plain: Option<bool>,
    depth: usize,
) {
    if depth > MAX_DEPTH {
        return;
    }
    for member in members {
        let Some(value) = object.get_mut(member.name) else {
            continue;
        };
        if hidden.contains(&member.name) {
            *value = match member.kind {
                Kind::String if !member.list => Value::String(String::new()),
                _ => Value::Null,
            };
            continue;
        }
        let values: Vec<&mut Value> = match value {
            Value::Array(items) if member.list => items.iter_mut().collect(),
            other => vec![other],
        };
        for value in values {
            match (member.kind, value, plain) {
                (Kind::String, Value::String(text), Some(plain)) if member.base64 => {
                    *text = encoded(text, plain);
                }
                (Kind::Struct(shape), Value::Object(inner), _) => {
                    walk(shape.members, inner, hidden, plain, depth + 1);
                }
                _ => {}
            }
        }
    }
}

/// `text` (base64 of UTF-8 text, or the text itself) in the form asked for.
fn encoded(text: &str, plain: bool) -> String {
    let decoded = STANDARD
        .decode(text.as_bytes())
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok());
    let text = decoded.unwrap_or_else(|| text.to_owned());
    if plain {
        text
    } else {
        STANDARD.encode(text)
    }
}

#[cfg(test)]
mod tests {
    use super::encoded;

    #[test]
    fn values_are_normalised_to_the_form_asked_for() {
        assert_eq!(encoded("cm9vdAo=", true), "root\n");
        assert_eq!(encoded("cm9vdAo=", false), "cm9vdAo=");
        assert_eq!(encoded("OutPutTestmsg", false), "T3V0UHV0VGVzdG1zZw==");
        assert_eq!(encoded("OutPutTestmsg", true), "OutPutTestmsg");
        assert_eq!(encoded("", false), "");
    }
}
