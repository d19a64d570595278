//! Values made from the shapes alone, where the documentation gives no example of the whole:
//! the CLI's `--generate-cli-skeleton` (a request for a person to complete) and the mock's
//! answers to actions documented without an example (a stand-in for the service's answer).
//!
//! One set of rules for both, so each is written once: every member is filled, a list with one
//! item, an object with every member of its own (a type that contains itself stops where it
//! recurs, and nesting stops at [`MAX_DEPTH`]: the member is left out, never an empty object);
//! a date-time is ISO 8601, a crontab is one, an enum holds a documented value, a number lies
//! within the documented range. Every value has its documented type and format, so
//! [`validate_output`](crate::validate_output) accepts it; a request made this way may still
//! break a rule between members (mutually exclusive ones, the documented filter names) that
//! [`validate_input`](crate::validate_input) checks.
//!
//! [`Fill`] says what a member holds beyond its type: a form leaves strings blank; a stand-in
//! takes the member's documented example, else its default, else a value that is not blank.

use serde_json::{Map, Number, Value};

use crate::input::{validate_value, Found};
use crate::path::Path;
use crate::Language;
use crate::{Kind, MemberShape, StructShape};

/// What the made-up values are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    /// A form for a person to complete: the documented default, else a blank string, the
    /// lowest number the range allows (0 when it allows it), `false`, the first documented
    /// enum value. Documented examples are not used: a form shows what to fill in, not a
    /// value someone else used.
    Blank,
    /// A stand-in for a real value: the member's documented example (when it is a valid
    /// value of the member), else its documented default, else a value of its type that is
    /// not blank: the member's name as a string, [`BASE64_TEXT`] encoded for base64 members.
    Example,
}

/// How deep objects nest before members holding further objects are left out. The vendors'
/// types nest a few levels; the bound keeps a deep or recursive type's value small.
pub const MAX_DEPTH: usize = 8;

/// The text a base64 member stands for when its documentation gives no example.
pub const BASE64_TEXT: &str = "example";

/// [`BASE64_TEXT`], base64-encoded (checked against the `base64` crate in the tests).
const BASE64_VALUE: &str = "ZXhhbXBsZQ==";

/// A date-time of the documented form (ISO 8601, UTC).
const DATE_TIME: &str = "1970-01-01T00:00:00Z";

/// A crontab that fires: at midnight on the first of every month.
const CRONTAB: &str = "0 0 1 * *";

/// An object with every member of `members`, filled as `fill` says.
pub fn object(members: &[MemberShape], fill: Fill) -> Map<String, Value> {
    Filler {
        fill,
        open: Vec::new(),
    }
    .object(members)
}

/// The value of one member (a list of one item for a list member), filled as `fill` says;
/// `None` for an object type none of whose members can be filled (each holds the type
/// itself, or objects nested deeper than [`MAX_DEPTH`]).
pub fn member(member: &MemberShape, fill: Fill) -> Option<Value> {
    Filler {
        fill,
        open: Vec::new(),
    }
    .member(member)
}

struct Filler {
    fill: Fill,
    /// The object types being filled, outermost first: a member of one of these types
    /// inside itself is left out.
    open: Vec<&'static StructShape>,
}

impl Filler {
    fn object(&mut self, members: &[MemberShape]) -> Map<String, Value> {
        members
            .iter()
            .filter_map(|m| Some((m.name.to_owned(), self.member(m)?)))
            .collect()
    }

    fn member(&mut self, member: &MemberShape) -> Option<Value> {
        let one = self.item(member)?;
        Some(if member.list {
            Value::Array(vec![one])
        } else {
            one
        })
    }

    /// One item of `member`: what the documentation gives, else a value of its type.
    fn item(&mut self, member: &MemberShape) -> Option<Value> {
        let documented = match (self.fill, member.kind) {
            // An object is filled member by member, from its members' own documentation.
            (_, Kind::Struct(_)) => [None, None],
            (Fill::Blank, _) => [member.default, None],
            (Fill::Example, _) => [member.example, member.default],
        };
        match documented
            .into_iter()
            .flatten()
            .find_map(|text| documented_item(member, text))
        {
            Some(item) => Some(item),
            None => self.of_kind(member),
        }
    }

    /// A value of `member`'s type when the documentation gives none.
    fn of_kind(&mut self, member: &MemberShape) -> Option<Value> {
        let blank = self.fill == Fill::Blank;
        let text = |s: &str| Some(Value::String(s.to_owned()));
        match member.kind {
            Kind::String if blank => text(""),
            Kind::String if member.base64 => text(BASE64_VALUE),
            Kind::String => text(member.name),
            Kind::DateTime => text(DATE_TIME),
            Kind::Crontab => text(CRONTAB),
            Kind::Int32 | Kind::Int64 | Kind::Uint64 | Kind::Number => {
                Some(Value::Number(Number::from(in_range(member))))
            }
            Kind::Boolean => Some(Value::Bool(false)),
            // Nothing is known of a free-form value but that it is one: the empty object is
            // what the vendors' free maps hold when empty.
            Kind::Json => Some(Value::Object(Map::new())),
            Kind::Enum(shape) => match shape.values.first() {
                Some(first) => text(first.value),
                None if blank => text(""),
                None => text(member.name),
            },
            Kind::Struct(shape) => {
                let shape = shape.get();
                let recurs = self.open.iter().any(|open| std::ptr::eq(*open, shape));
                if recurs || self.open.len() >= MAX_DEPTH {
                    return None;
                }
                self.open.push(shape);
                let object = self.object(shape.members);
                self.open.pop();
                // An empty object says nothing; a type documented without members is one.
                (!object.is_empty() || shape.members.is_empty()).then_some(Value::Object(object))
            }
        }
    }
}

/// 0, moved into the documented range.
fn in_range(member: &MemberShape) -> i64 {
    let n = member.minimum.map_or(0, |lo| lo.max(0));
    member.maximum.map_or(n, |hi| n.min(hi))
}

/// One item of `member` from the documentation's JSON `text` (of a list member, the first
/// item of the list), when it is a value `validate_input` takes without a warning (a valid
/// date-time, crontab, a documented enum value, a number in range) and, for a base64 member,
/// valid base64.
fn documented_item(member: &MemberShape, text: &str) -> Option<Value> {
    let value: Value = serde_json::from_str(text).ok()?;
    let item = match (member.list, value) {
        (true, Value::Array(items)) => items.into_iter().next()?,
        (true, _) => return None,
        (false, value) => value,
    };
    let mut found = Found {
        language: Language::En,
        warnings: Vec::new(),
    };
    validate_value(member, &item, &Path::Root, &mut found).ok()?;
    if !found.warnings.is_empty() {
        return None;
    }
    if member.base64 && !item.as_str().is_some_and(is_base64) {
        return None;
    }
    Some(item)
}

/// Whether `text` is standard base64 with its padding.
fn is_base64(text: &str) -> bool {
    let body = text.trim_end_matches('=');
    text.len() % 4 == 0
        && text.len() - body.len() <= 2
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

#[cfg(test)]
mod tests {
    use base64::Engine;
    use serde_json::json;

    use super::*;
    use crate::{EnumShape, EnumValue};

    const fn m(name: &'static str, kind: Kind) -> MemberShape {
        MemberShape {
            name,
            kind,
            ..MemberShape::BASE
        }
    }

    static STATUS: EnumShape = EnumShape {
        name: "Status",
        description: crate::Text::NONE,
        values: &[
            EnumValue {
                value: "PENDING",
                description: crate::Text::NONE,
            },
            EnumValue {
                value: "DONE",
                description: crate::Text::NONE,
            },
        ],
    };

    static NODE: StructShape = StructShape {
        name: "Node",
        description: crate::Text::NONE,
        members: &[
            m("NodeId", Kind::String),
            MemberShape {
                list: true,
                ..m("Children", Kind::Struct(crate::StructRef::to(&NODE)))
            },
        ],
        rules: &[],
    };

    static TASK: StructShape = StructShape {
        name: "Task",
        description: crate::Text::NONE,
        members: &[
            MemberShape {
                example: Some("\"task-1\""),
                ..m("TaskId", Kind::String)
            },
            MemberShape {
                example: Some("\"finished\""),
                ..m("Status", Kind::Enum(&STATUS))
            },
            MemberShape {
                example: Some("\"DONE\""),
                default: Some("\"PENDING\""),
                ..m("Previous", Kind::Enum(&STATUS))
            },
            MemberShape {
                example: Some("\"yesterday\""),
                ..m("StartTime", Kind::DateTime)
            },
            MemberShape {
                example: Some("\"2021-09-01T00:00:00+08:00\""),
                ..m("EndTime", Kind::DateTime)
            },
            m("Schedule", Kind::Crontab),
            MemberShape {
                base64: true,
                example: Some("\"OutPutTestmsg\""),
                ..m("Output", Kind::String)
            },
            MemberShape {
                base64: true,
                example: Some("\"cm9vdAo=\""),
                ..m("Input", Kind::String)
            },
            MemberShape {
                minimum: Some(10),
                maximum: Some(20),
                example: Some("30"),
                ..m("Timeout", Kind::Uint64)
            },
            MemberShape {
                maximum: Some(-5),
                ..m("Offset", Kind::Int64)
            },
            m("Ratio", Kind::Number),
            m("Done", Kind::Boolean),
            MemberShape {
                list: true,
                example: Some("[\"a\", \"b\"]"),
                ..m("Tags", Kind::String)
            },
            MemberShape {
                list: true,
                example: Some("[]"),
                ..m("Labels", Kind::String)
            },
            m("Root", Kind::Struct(crate::StructRef::to(&NODE))),
        ],
        rules: &[],
    };

    static TASK_MEMBER: MemberShape = m("Task", Kind::Struct(crate::StructRef::to(&TASK)));

    #[test]
    fn stand_ins_take_valid_documented_values_and_fill_the_rest_by_type() {
        let value = member(&TASK_MEMBER, Fill::Example).unwrap();
        assert_eq!(
            value,
            json!({
                "TaskId": "task-1",
                "Status": "PENDING",
                "Previous": "DONE",
                "StartTime": "1970-01-01T00:00:00Z",
                "EndTime": "2021-09-01T00:00:00+08:00",
                "Schedule": "0 0 1 * *",
                "Output": "ZXhhbXBsZQ==",
                "Input": "cm9vdAo=",
                "Timeout": 10,
                "Offset": -5,
                "Ratio": 0,
                "Done": false,
                "Tags": ["a"],
                "Labels": ["Labels"],
                // Task holds no Task; Root is a Node whose children would be Nodes again.
                "Root": {"NodeId": "NodeId"},
            })
        );
    }

    #[test]
    fn forms_are_blank_but_for_defaults_and_what_the_type_needs() {
        let value = member(&TASK_MEMBER, Fill::Blank).unwrap();
        assert_eq!(value["TaskId"], "");
        assert_eq!(value["Status"], "PENDING");
        assert_eq!(value["Previous"], "PENDING");
        assert_eq!(value["EndTime"], "1970-01-01T00:00:00Z");
        assert_eq!(value["Output"], "");
        assert_eq!(value["Tags"], json!([""]));
    }

    #[test]
    fn a_type_inside_itself_stops_where_it_recurs() {
        // Node holds a list of Node: the outer one is filled, the inner one has no children.
        let root = object(NODE.members, Fill::Example);
        assert_eq!(
            Value::Object(root),
            json!({"NodeId": "NodeId", "Children": [{"NodeId": "NodeId"}]})
        );
        // A type with nothing but itself inside is no value at all, not an empty object.
        static LOOP: StructShape = StructShape {
            name: "Loop",
            description: crate::Text::NONE,
            members: &[m("Next", Kind::Struct(crate::StructRef::to(&LOOP)))],
            rules: &[],
        };
        assert_eq!(
            member(
                &m("Loop", Kind::Struct(crate::StructRef::to(&LOOP))),
                Fill::Example
            ),
            None
        );
        assert_eq!(object(LOOP.members, Fill::Blank), Map::new());
    }

    #[test]
    fn a_free_form_value_is_its_example_or_an_empty_object() {
        let tags = MemberShape {
            example: Some(r#"{"env": "prod", "owners": ["a"]}"#),
            ..m("Tags", Kind::Json)
        };
        assert_eq!(
            member(&tags, Fill::Example),
            Some(json!({"env": "prod", "owners": ["a"]}))
        );
        assert_eq!(member(&tags, Fill::Blank), Some(json!({})));
        assert_eq!(
            member(&m("Extra", Kind::Json), Fill::Example),
            Some(json!({}))
        );
    }

    #[test]
    fn the_base64_stand_in_is_the_encoded_text() {
        let engine = base64::engine::general_purpose::STANDARD;
        assert_eq!(engine.encode(BASE64_TEXT), BASE64_VALUE);
        assert!(is_base64(BASE64_VALUE) && is_base64("") && is_base64("cm9vdAo="));
        assert!(!is_base64("OutPutTestmsg") && !is_base64("cnBt...****") && !is_base64("a==="));
    }

    #[test]
    fn stand_ins_are_valid_input_and_output() {
        let action = crate::ActionShape {
            name: "Describe",
            command: "describe",
            description: crate::Text::NONE,
            rate_limit: None,
            region_required: false,
            read_only: true,
            input: TASK.members,
            output: TASK.members,
            rules: &[],
            errors: &[],
            examples: &[],
            pagination: None,
            http: None,
        };
        for fill in [Fill::Blank, Fill::Example] {
            let value = Value::Object(object(TASK.members, fill));
            assert_eq!(crate::validate_input(&action, &value), Ok(vec![]));
            assert_eq!(crate::validate_output(&action, &value), Ok(()));
        }
    }
}
