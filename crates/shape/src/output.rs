//! Checking an answer against the documented output of its action: a member whose JSON type
//! is not the documented one (a string where the page says Integer, an object where it says a
//! list), at any depth, is reported with its path and both types.
//!
//! The check is deliberately lenient wherever the documentation allows the service to grow:
//! members the page does not list are accepted (new members are not a breaking change),
//! absent and null members are accepted everywhere (the vendors omit members and send null
//! for values they have not computed, documented as nullable or not), and enum values are not
//! checked (a value newer than the documentation is still an answer). What it refuses is an
//! answer a typed client could not read, so a script sees the same answer the SDK would.
//! What a typed client can read is [`crate::value`]'s rule, the one the request check and
//! the generator's example check use, without the documented range: an answer outside it is
//! still an answer.

use std::fmt;

use serde_json::{Map, Value};

use crate::path::Path;
use crate::value::{json_word, misfit_word};
use crate::{ActionShape, Kind, MemberShape};

/// A member of an answer whose type is not the documented one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerMismatch {
    /// Path of the member in wire names (`InvocationSet[0].Timeout`); empty for the answer
    /// itself.
    pub path: String,
    /// The documented type, in words (`non-negative integer`, `list of InvocationTask`).
    pub documented: String,
    /// The type received, in words (`a string`).
    pub received: String,
    /// The value received, as JSON text, cut to a few dozen characters.
    pub value: String,
}

impl fmt::Display for AnswerMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "the answer"
        } else {
            &self.path
        };
        write!(
            f,
            "{path}: documented {}, received {} ({})",
            self.documented, self.received, self.value
        )
    }
}

impl std::error::Error for AnswerMismatch {}

/// Check the answer `value` (the response members as JSON: inside Tencent's `Response`, the
/// whole body for Alibaba) against `action`'s documented output.
///
/// Returns the first member of the wrong type, in document order.
pub fn validate_output(action: &ActionShape, value: &Value) -> Result<(), AnswerMismatch> {
    let Value::Object(object) = value else {
        return Err(mismatch(
            &Path::Root,
            None,
            format!("object ({} answer)", action.name),
            value,
        ));
    };
    check_members(action.output, object, &Path::Root)
}

fn check_members(
    members: &[MemberShape],
    object: &Map<String, Value>,
    parent: &Path<'_>,
) -> Result<(), AnswerMismatch> {
    for (key, value) in object {
        let Some(member) = members.iter().find(|m| m.name == key.as_str()) else {
            continue;
        };
        let path = Path::Member(parent, key);
        if !member.list {
            check_value(member.kind, value, &path)?;
            continue;
        }
        match value {
            Value::Null => {}
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    check_value(member.kind, item, &Path::Index(&path, i))?;
                }
            }
            other => {
                return Err(mismatch(
                    &path,
                    None,
                    format!("list of {}", documented(member.kind)),
                    other,
                ))
            }
        }
    }
    Ok(())
}

fn check_value(kind: Kind, value: &Value, path: &Path<'_>) -> Result<(), AnswerMismatch> {
    if value.is_null() {
        return Ok(());
    }
    if kind.value_type().fit(value, None, None).is_err() {
        return Err(mismatch(path, Some(kind), documented(kind), value));
    }
    match (kind, value) {
        (Kind::Struct(shape), Value::Object(object)) => check_members(shape.members, object, path),
        _ => Ok(()),
    }
}

/// The documented type in the words of the pages (`32-bit integer`, `string
/// (InvocationStatus)`, `Filter object`).
fn documented(kind: Kind) -> String {
    let noun = kind.value_type().noun();
    match kind {
        Kind::Enum(shape) => format!("{noun} ({})", shape.name),
        Kind::Struct(shape) => format!("{} {noun}", shape.name),
        _ => noun.to_owned(),
    }
}

/// The received type: precise about a number given for an integer type when the documented
/// type is known, the value's JSON kind where it is not (an object where a list is
/// documented).
fn received(documented: Option<Kind>, value: &Value) -> String {
    match documented {
        Some(kind) => misfit_word(kind.value_type(), value),
        None => json_word(value),
    }
    .to_owned()
}

/// Longest quoted value, in characters: the value helps to recognise the member, and a
/// wrongly typed member may hold a whole document.
const MAX_VALUE_CHARS: usize = 40;

fn mismatch(
    path: &Path<'_>,
    kind: Option<Kind>,
    documented: String,
    value: &Value,
) -> AnswerMismatch {
    let text = value.to_string();
    let shown = if text.chars().count() > MAX_VALUE_CHARS {
        let cut: String = text.chars().take(MAX_VALUE_CHARS).collect();
        format!("{cut}...")
    } else {
        text
    };
    AnswerMismatch {
        path: path.render(),
        documented,
        received: received(kind, value),
        value: shown,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::validate_output;
    use crate::{ActionShape, Kind, MemberShape, StructShape};

    const fn member(name: &'static str, kind: Kind, list: bool) -> MemberShape {
        MemberShape {
            name,
            kind,
            list,
            ..MemberShape::BASE
        }
    }

    static RESULT: StructShape = StructShape {
        name: "TaskResult",
        description: crate::Text::NONE,
        members: &[
            member("ExitCode", Kind::Int64, false),
            member("Dropped", Kind::Uint64, false),
        ],
        rules: &[],
    };
    static TASK: StructShape = StructShape {
        name: "InvocationTask",
        description: crate::Text::NONE,
        members: &[
            member("Timeout", Kind::Uint64, false),
            member("Repeats", Kind::Int32, false),
            member(
                "TaskResult",
                Kind::Struct(crate::StructRef::to(&RESULT)),
                false,
            ),
        ],
        rules: &[],
    };
    static ACTION: ActionShape = ActionShape {
        name: "DescribeInvocationTasks",
        command: "describe-invocation-tasks",
        description: crate::Text::NONE,
        rate_limit: None,
        region_required: true,
        read_only: true,
        input: &[],
        output: &[
            member("TotalCount", Kind::Uint64, false),
            member(
                "InvocationTaskSet",
                Kind::Struct(crate::StructRef::to(&TASK)),
                true,
            ),
            member("RequestId", Kind::String, false),
        ],
        rules: &[],
        errors: &[],
        examples: &[],
        pagination: None,
        http: None,
    };

    fn check(value: serde_json::Value) -> String {
        match validate_output(&ACTION, &value) {
            Ok(()) => "ok".to_owned(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn documented_types_pass_and_unknown_absent_and_null_members_are_allowed() {
        assert_eq!(
            check(json!({"TotalCount": 1, "RequestId": "r", "New": {"x": [1]},
                "InvocationTaskSet": [{"Timeout": 60, "Repeats": -1, "TaskResult": null},
                                      {"TaskResult": {"ExitCode": -2, "Dropped": null, "More": "x"}},
                                      null]})),
            "ok"
        );
        assert_eq!(check(json!({"InvocationTaskSet": null})), "ok");
    }

    #[test]
    fn wrong_types_are_named_by_path_at_any_depth() {
        assert_eq!(
            check(json!({"InvocationTaskSet": [{"Timeout": 1}, {"Timeout": "60"}]})),
            "InvocationTaskSet[1].Timeout: documented non-negative integer, received a string (\"60\")"
        );
        assert_eq!(
            check(json!({"InvocationTaskSet": {"Timeout": 1}})),
            "InvocationTaskSet: documented list of InvocationTask object, received an object ({\"Timeout\":1})"
        );
        assert_eq!(
            check(json!({"InvocationTaskSet": [{"TaskResult": {"ExitCode": 1.5}}]})),
            "InvocationTaskSet[0].TaskResult.ExitCode: documented integer, received a number with a fraction or exponent (1.5)"
        );
        assert_eq!(
            check(json!({"InvocationTaskSet": [{"TaskResult": [1]}]})),
            "InvocationTaskSet[0].TaskResult: documented TaskResult object, received a list ([1])"
        );
        assert_eq!(
            check(json!({"TotalCount": -1})),
            "TotalCount: documented non-negative integer, received a negative integer (-1)"
        );
        assert_eq!(
            check(json!({"InvocationTaskSet": [{"Repeats": 4_000_000_000u64}]})),
            "InvocationTaskSet[0].Repeats: documented 32-bit integer, received an integer beyond 32 bits (4000000000)"
        );
        assert_eq!(
            check(json!({"RequestId": true})),
            "RequestId: documented string, received a boolean (true)"
        );
        assert_eq!(
            check(json!(["not", "an", "object"])),
            "the answer: documented object (DescribeInvocationTasks answer), received a list ([\"not\",\"an\",\"object\"])"
        );
    }

    #[test]
    fn long_values_are_cut() {
        let long = "x".repeat(100);
        let message = check(json!({"TotalCount": long}));
        assert!(
            message.ends_with(&format!("(\"{}...)", "x".repeat(39))),
            "{message}"
        );
    }
}
