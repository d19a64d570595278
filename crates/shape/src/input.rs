//! Checking a request against its documented shape before it is sent (client, CLI) or
//! answered (mock server): the one place that turns "required", limits, formats and rules
//! into errors, and values the documentation does not list into warnings. Whether a value
//! has its member's type and range is [`crate::value`]'s rule; this module walks the request
//! and turns a misfit into an error with the member's path.

use std::fmt;

use serde_json::Value;

use crate::format::{parse_iso8601, Crontab};
use crate::path::Path;
use crate::value::{json_word, json_word_zh, Bound, Misfit};
use crate::{ActionShape, EnumShape, FilterShape, Kind, Language, MemberShape, Rule};

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
    /// A date-time member that is not an ISO 8601 date-time.
    InvalidDateTime,
    /// A crontab member that is not a five-field crontab.
    InvalidCrontab,
}

/// A request that breaks a documented fact, with the member path (`Filters[0].Values`).
///
/// The facts a caller acts on are fields, so nobody parses `message` back: the other member
/// of a conflict (the CLI names its flag) and the end of the range a number crossed (the
/// mock picks `TooSmall` or `TooLarge` by it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Which fact was broken.
    pub kind: InputErrorKind,
    /// Path of the offending member in wire names.
    pub path: String,
    /// What is wrong, in a sentence.
    pub message: String,
    /// For [`InputErrorKind::Conflict`]: the path in wire names of the member given earlier
    /// in the rule's list that this one cannot be given with (`InvocationIds` for
    /// `Filters`; `ScheduleSettings.A` inside an object). `None` for every other kind.
    pub other: Option<String>,
    /// For [`InputErrorKind::OutOfRange`]: which end of the allowed range the value
    /// crossed, and that end (the documented bound, or the type's own where narrower).
    /// `None` for every other kind.
    pub bound: Option<Bound>,
}

impl InputError {
    /// An error of `kind` at `path` (wire names, empty for the request itself), with no
    /// other member and no bound.
    pub fn new(kind: InputErrorKind, path: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            kind,
            path: path.into(),
            message: message.into(),
            other: None,
            bound: None,
        }
    }
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

/// What kind of doubt a request raised; the request is still valid and is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputWarningKind {
    /// An enum member holds a value the documentation does not list (a typo such as
    /// `"schedule"`, or a value newer than the documentation).
    UndocumentedValue,
}

/// A request member that is allowed but probably not meant, with its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputWarning {
    /// Which doubt.
    pub kind: InputWarningKind,
    /// Path of the member in wire names (`ScheduleSettings.Policy`).
    pub path: String,
    /// What is doubtful, naming the documented values.
    pub message: String,
}

impl fmt::Display for InputWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// An error whose message is in the check's language: each site writes its sentence in both.
fn err(
    kind: InputErrorKind,
    path: &Path<'_>,
    language: Language,
    en: String,
    zh: String,
) -> InputError {
    let message = match language {
        Language::En => en,
        Language::Zh => zh,
    };
    InputError::new(kind, path.render(), message)
}

/// What a check carries down the request: the language of its messages and the warnings so
/// far.
pub(crate) struct Found {
    pub language: Language,
    pub warnings: Vec<InputWarning>,
}

/// Check the request `value` (wire names, as JSON) against `action`'s documented input.
///
/// Returns the first broken fact, or the warnings of a valid request. An enum value the
/// documentation does not list is a warning, not an error: a value newer than the
/// documentation must still reach the service.
pub fn validate_input(
    action: &ActionShape,
    value: &Value,
) -> Result<Vec<InputWarning>, InputError> {
    validate_input_in(action, value, Language::En)
}

/// [`validate_input`] with its messages in `language` (a CLI showing the user's language).
pub fn validate_input_in(
    action: &ActionShape,
    value: &Value,
    language: Language,
) -> Result<Vec<InputWarning>, InputError> {
    let Value::Object(object) = value else {
        return Err(err(
            InputErrorKind::WrongType,
            &Path::Root,
            language,
            format!("the request of {} must be a JSON object", action.name),
            format!("{} 的请求必须是 JSON 对象", action.name),
        ));
    };
    let mut found = Found {
        language,
        warnings: Vec::new(),
    };
    validate_members(action.input, object, &Path::Root, &mut found)?;
    check_rules(action.rules, object, &Path::Root, language)?;
    Ok(found.warnings)
}

fn given<'v>(object: &'v serde_json::Map<String, Value>, name: &str) -> Option<&'v Value> {
    object.get(name).filter(|v| !v.is_null())
}

fn check_rules(
    rules: &[Rule],
    object: &serde_json::Map<String, Value>,
    parent: &Path<'_>,
    language: Language,
) -> Result<(), InputError> {
    for rule in rules {
        match rule {
            Rule::MutuallyExclusive(names) => {
                let present: Vec<&str> = names
                    .iter()
                    .copied()
                    .filter(|n| given(object, n).is_some())
                    .collect();
                if present.len() > 1 {
                    return Err(InputError {
                        other: Some(Path::Member(parent, present[0]).render()),
                        ..err(
                            InputErrorKind::Conflict,
                            &Path::Member(parent, present[1]),
                            language,
                            format!("cannot be given together with {}", present[0]),
                            format!("不能与 {} 同时指定", present[0]),
                        )
                    });
                }
            }
            Rule::RequiredIf {
                member,
                when,
                equals,
            } => {
                let decides = given(object, when).is_some_and(|v| equals.matches(v));
                if decides && given(object, member).is_none() {
                    return Err(err(
                        InputErrorKind::Missing,
                        &Path::Member(parent, member),
                        language,
                        format!("is required when {when} is {equals}"),
                        format!("{when} 为 {equals} 时必须指定"),
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
    found: &mut Found,
) -> Result<(), InputError> {
    for key in object.keys() {
        if !members.iter().any(|m| m.name == key.as_str()) {
            let known: Vec<&str> = members.iter().map(|m| m.name).collect();
            return Err(err(
                InputErrorKind::Unknown,
                &Path::Member(parent, key),
                found.language,
                format!("unknown member (known: {})", known.join(", ")),
                format!("未知参数（已知参数：{}）", known.join(", ")),
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
                        found.language,
                        "is required".to_owned(),
                        "必须指定".to_owned(),
                    ));
                }
            }
            Some(value) => validate_member(member, value, &path, found)?,
        }
    }
    Ok(())
}

fn validate_member(
    member: &MemberShape,
    value: &Value,
    path: &Path<'_>,
    found: &mut Found,
) -> Result<(), InputError> {
    if !member.list {
        return validate_value(member, value, path, found);
    }
    let Value::Array(items) = value else {
        return Err(err(
            InputErrorKind::WrongType,
            path,
            found.language,
            format!(
                "expected a list of {}, got {}",
                member.kind.describe(),
                json_word(value)
            ),
            format!(
                "应为 {} 列表，实际为{}",
                member.kind.describe_zh(),
                json_word_zh(value)
            ),
        ));
    };
    if let Some(max) = member.max_items {
        if items.len() > max as usize {
            return Err(err(
                InputErrorKind::TooManyItems,
                path,
                found.language,
                format!("at most {max} items are allowed, got {}", items.len()),
                format!("最多允许 {max} 项，实际为 {} 项", items.len()),
            ));
        }
    }
    for (i, item) in items.iter().enumerate() {
        let item_path = Path::Index(path, i);
        validate_value(member, item, &item_path, found)?;
        if let Some(filter) = member.filter {
            validate_filter(filter, item, &item_path, found.language)?;
        }
    }
    Ok(())
}

pub(crate) fn validate_value(
    member: &MemberShape,
    value: &Value,
    path: &Path<'_>,
    found: &mut Found,
) -> Result<(), InputError> {
    let fit = member
        .kind
        .value_type()
        .fit(value, member.minimum, member.maximum);
    match fit {
        Ok(()) => {}
        Err(Misfit::WrongType) => {
            return Err(err(
                InputErrorKind::WrongType,
                path,
                found.language,
                format!(
                    "expected {}, got {}",
                    member.kind.describe(),
                    json_word(value)
                ),
                format!(
                    "应为{}，实际为{}",
                    member.kind.describe_zh(),
                    json_word_zh(value)
                ),
            ));
        }
        Err(Misfit::OutOfRange(bound)) => {
            let range = member
                .kind
                .value_type()
                .range(member.minimum, member.maximum);
            let end = |end: Option<i128>| end.map(|e| e.to_string()).unwrap_or_default();
            // A number with a fraction is shown as read (`1.5`); an integer as given.
            let shown = match member.kind {
                Kind::Number => value.as_f64().map(|n| n.to_string()).unwrap_or_default(),
                _ => value.to_string(),
            };
            return Err(InputError {
                bound: Some(bound),
                ..err(
                    InputErrorKind::OutOfRange,
                    path,
                    found.language,
                    format!(
                        "{shown} is out of range: allowed {}..={}",
                        end(range.low),
                        end(range.high)
                    ),
                    format!(
                        "{shown} 超出取值范围：允许 {}..={}",
                        end(range.low),
                        end(range.high)
                    ),
                )
            });
        }
    }
    match member.kind {
        Kind::DateTime => {
            let text = value.as_str().unwrap_or_default();
            if parse_iso8601(text).is_none() {
                return Err(err(
                    InputErrorKind::InvalidDateTime,
                    path,
                    found.language,
                    format!(
                        "{text:?} is not an ISO 8601 date-time: the documented format is \
                         YYYY-MM-DDThh:mm:ss followed by Z or an offset such as +08:00 \
                         (2021-09-01T00:00:00+08:00)"
                    ),
                    format!(
                        "{text:?} 不是 ISO 8601 日期时间：文档规定的格式为 \
                         YYYY-MM-DDThh:mm:ss，后接 Z 或时区偏移如 +08:00 \
                         （2021-09-01T00:00:00+08:00）"
                    ),
                ));
            }
        }
        Kind::Crontab => {
            let text = value.as_str().unwrap_or_default();
            if let Err(why) = Crontab::parse(text) {
                return Err(err(
                    InputErrorKind::InvalidCrontab,
                    path,
                    found.language,
                    format!(
                        "{text:?} is not a crontab (minute hour day-of-month month \
                         day-of-week, such as \"0 0 1 * *\"): {why}"
                    ),
                    format!(
                        "{text:?} 不是 crontab 表达式（分 时 日 月 周，\
                         如 \"0 0 1 * *\"）：{why}"
                    ),
                ));
            }
        }
        Kind::Enum(shape) => {
            let text = value.as_str().unwrap_or_default();
            if !shape.values.iter().any(|v| v.value == text) {
                found
                    .warnings
                    .push(undocumented(shape, text, path, found.language));
            }
        }
        Kind::Struct(shape) => {
            if let Value::Object(object) = value {
                validate_members(shape.members, object, path, found)?;
                check_rules(shape.rules, object, path, found.language)?;
            }
        }
        Kind::String
        | Kind::Int32
        | Kind::Int64
        | Kind::Uint64
        | Kind::Number
        | Kind::Boolean
        | Kind::Json => {}
    }
    Ok(())
}

fn undocumented(
    shape: &EnumShape,
    text: &str,
    path: &Path<'_>,
    language: Language,
) -> InputWarning {
    let documented: Vec<&str> = shape.values.iter().map(|v| v.value).collect();
    let close = shape
        .values
        .iter()
        .find(|v| v.value.trim().eq_ignore_ascii_case(text.trim()))
        .map(|v| v.value);
    let (close_en, close_zh) = close.map_or_else(Default::default, |v| {
        (format!("; did you mean {v}?"), format!("；是否要写 {v}？"))
    });
    InputWarning {
        kind: InputWarningKind::UndocumentedValue,
        path: path.render(),
        message: match language {
            Language::En => format!(
                "{text:?} is not a documented value of {} (documented: {}{close_en}); sent as given",
                shape.name,
                documented.join(", ")
            ),
            Language::Zh => format!(
                "{text:?} 不是 {} 文档列出的取值（文档列出：{}{close_zh}）；按原样发送",
                shape.name,
                documented.join(", ")
            ),
        },
    }
}

/// A documented filter name, or a template like `tag:tag-key` (the documentation says to
/// replace the part after `:` with a concrete key): `tag:env` matches it.
pub fn filter_name_matches(documented: &str, name: &str) -> bool {
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

fn validate_filter(
    filter: &FilterShape,
    item: &Value,
    path: &Path<'_>,
    language: Language,
) -> Result<(), InputError> {
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
                language,
                format!("unknown filter {name:?} (allowed: {})", known.join(", ")),
                format!("未知的过滤条件 {name:?}（允许：{}）", known.join(", ")),
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
                language,
                format!("at most {max} values are allowed, got {}", values.len()),
                format!("最多允许 {max} 个值，实际为 {} 个", values.len()),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::{EnumValue, RuleValue, StructShape};

    const fn member(name: &'static str, kind: Kind, required: bool) -> MemberShape {
        MemberShape {
            name,
            flag: name,
            kind,
            required,
            ..MemberShape::BASE
        }
    }

    static POLICY: EnumShape = EnumShape {
        name: "SchedulePolicy",
        description: crate::Text::NONE,
        values: &[
            EnumValue {
                value: "ONCE",
                description: crate::Text::NONE,
            },
            EnumValue {
                value: "RECURRENCE",
                description: crate::Text::NONE,
            },
        ],
    };
    static SETTINGS: StructShape = StructShape {
        name: "ScheduleSettings",
        description: crate::Text::NONE,
        members: &[
            member("Policy", Kind::Enum(&POLICY), true),
            member("Recurrence", Kind::Crontab, false),
            member("InvokeTime", Kind::DateTime, false),
        ],
        rules: &[
            Rule::RequiredIf {
                member: "Recurrence",
                when: "Policy",
                equals: RuleValue::String("RECURRENCE"),
            },
            Rule::RequiredIf {
                member: "InvokeTime",
                when: "Policy",
                equals: RuleValue::String("ONCE"),
            },
        ],
    };
    static CREATE: ActionShape = ActionShape {
        name: "CreateInvoker",
        command: "create-invoker",
        description: crate::Text::NONE,
        rate_limit: None,
        region_required: false,
        read_only: false,
        input: &[member(
            "ScheduleSettings",
            Kind::Struct(crate::StructRef::to(&SETTINGS)),
            false,
        )],
        output: &[],
        rules: &[],
        errors: &[],
        examples: &[],
        pagination: None,
        http: None,
    };

    static DESCRIBE: ActionShape = ActionShape {
        name: "DescribeInvocations",
        command: "describe-invocations",
        description: crate::Text::NONE,
        rate_limit: None,
        region_required: false,
        read_only: true,
        input: &[
            member("InvocationIds", Kind::String, false),
            member("Filters", Kind::String, false),
            MemberShape {
                minimum: Some(1),
                maximum: Some(100),
                ..member("Limit", Kind::Uint64, false)
            },
            member("Offset", Kind::Int32, false),
            MemberShape {
                minimum: Some(0),
                ..member("Ratio", Kind::Number, false)
            },
        ],
        output: &[],
        rules: &[Rule::MutuallyExclusive(&["InvocationIds", "Filters"])],
        errors: &[],
        examples: &[],
        pagination: None,
        http: None,
    };

    fn describe(request: Value) -> InputError {
        validate_input(&DESCRIBE, &request).unwrap_err()
    }

    #[test]
    fn a_conflict_names_the_other_member_as_a_field() {
        let e = describe(json!({"InvocationIds": "inv-1", "Filters": "f"}));
        assert_eq!(e.kind, InputErrorKind::Conflict);
        assert_eq!(e.path, "Filters");
        assert_eq!(e.other.as_deref(), Some("InvocationIds"));
        assert_eq!(e.bound, None);
        assert_eq!(e.message, "cannot be given together with InvocationIds");
    }

    #[test]
    fn every_message_has_its_chinese_twin() {
        let zh = |request: Value| validate_input_in(&DESCRIBE, &request, Language::Zh).unwrap_err();
        let e = zh(json!({"InvocationIds": "inv-1", "Filters": "f"}));
        assert_eq!(e.message, "不能与 InvocationIds 同时指定");
        // The facts a caller acts on are the same in both languages.
        let en = describe(json!({"InvocationIds": "inv-1", "Filters": "f"}));
        assert_eq!((e.kind, e.path, e.other), (en.kind, en.path, en.other));
        let e = zh(json!({"Limit": 101}));
        assert_eq!(e.message, "101 超出取值范围：允许 1..=100");
        assert_eq!(e.bound, Some(Bound::AboveMaximum(100)));
        let e = zh(json!({"Offset": "x"}));
        assert_eq!(e.message, "应为整数，实际为字符串");
        let e = zh(json!({"Nope": 1}));
        assert!(
            e.message.starts_with("未知参数（已知参数：InvocationIds"),
            "{e:?}"
        );
    }

    #[test]
    fn a_number_out_of_range_names_the_end_it_crossed() {
        let e = describe(json!({"Limit": 101}));
        assert_eq!(e.kind, InputErrorKind::OutOfRange);
        assert_eq!(e.bound, Some(Bound::AboveMaximum(100)));
        assert_eq!(e.other, None);
        assert_eq!(e.message, "101 is out of range: allowed 1..=100");
        let e = describe(json!({"Limit": 0}));
        assert_eq!(e.bound, Some(Bound::BelowMinimum(1)));
        assert_eq!(e.message, "0 is out of range: allowed 1..=100");
        // The type's own range where nothing narrower is documented.
        let e = describe(json!({"Offset": 4_000_000_000u64}));
        assert_eq!(e.bound, Some(Bound::AboveMaximum(i32::MAX.into())));
        assert_eq!(
            e.message,
            "4000000000 is out of range: allowed -2147483648..=2147483647"
        );
        // A number with a fraction: the documented end only.
        let e = describe(json!({"Ratio": -0.5}));
        assert_eq!(e.bound, Some(Bound::BelowMinimum(0)));
        assert_eq!(e.message, "-0.5 is out of range: allowed 0..=");
        // Other kinds carry neither field.
        let e = describe(json!({"Limit": "10"}));
        assert_eq!(
            (e.kind, e.bound, e.other),
            (InputErrorKind::WrongType, None, None)
        );
        assert_eq!(e.message, "expected non-negative integer, got a string");
    }

    fn check(settings: Value) -> Result<Vec<InputWarning>, InputError> {
        validate_input(&CREATE, &json!({ "ScheduleSettings": settings }))
    }

    #[test]
    fn documented_formats_are_checked_and_named() {
        assert_eq!(
            check(json!({"Policy": "ONCE", "InvokeTime": "2021-09-01T00:00:00+08:00"})),
            Ok(vec![])
        );
        assert_eq!(
            check(json!({"Policy": "RECURRENCE", "Recurrence": "*/5 9-17 * * 1-5"})),
            Ok(vec![])
        );
        let e = check(json!({"Policy": "ONCE", "InvokeTime": "tomorrow"})).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::InvalidDateTime);
        assert_eq!(
            e.to_string(),
            "ScheduleSettings.InvokeTime: \"tomorrow\" is not an ISO 8601 date-time: the \
             documented format is YYYY-MM-DDThh:mm:ss followed by Z or an offset such as \
             +08:00 (2021-09-01T00:00:00+08:00)"
        );
        let e = check(json!({"Policy": "RECURRENCE", "Recurrence": "0 0 32 * *"})).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::InvalidCrontab);
        assert_eq!(
            e.to_string(),
            "ScheduleSettings.Recurrence: \"0 0 32 * *\" is not a crontab (minute hour \
             day-of-month month day-of-week, such as \"0 0 1 * *\"): the day of month field \
             \"32\" is not within 1-31"
        );
        // A crontab is still a string first.
        let e = check(json!({"Policy": "RECURRENCE", "Recurrence": 5})).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::WrongType);
    }

    #[test]
    fn conditional_requirements_follow_the_deciding_value() {
        let e = check(json!({"Policy": "RECURRENCE", "InvokeTime": "2021-09-01T00:00:00Z"}))
            .unwrap_err();
        assert_eq!(e.kind, InputErrorKind::Missing);
        assert_eq!(
            e.to_string(),
            "ScheduleSettings.Recurrence: is required when Policy is RECURRENCE"
        );
        let e = check(json!({"Policy": "ONCE", "Recurrence": null})).unwrap_err();
        assert_eq!(
            e.to_string(),
            "ScheduleSettings.InvokeTime: is required when Policy is ONCE"
        );
        // Another value of the deciding member requires nothing; an absent one neither
        // (`Policy` itself is then missing).
        assert!(check(json!({"Policy": "WEEKLY"})).is_ok());
        assert_eq!(
            check(json!({})).unwrap_err().to_string(),
            "ScheduleSettings.Policy: is required"
        );
    }

    /// asr's `CreateRecTask` as the English documentation states it: `Url` is required if
    /// `SourceType` is 0, `Data` if it is 1; cwp's `QuuidList` when `IsAll` is false; and a
    /// number compared by value.
    static REC_TASK: ActionShape = ActionShape {
        name: "CreateRecTask",
        input: &[
            member("SourceType", Kind::Uint64, true),
            member("Url", Kind::String, false),
            member("Data", Kind::String, false),
            member("IsAll", Kind::Boolean, false),
            member("QuuidList", Kind::String, false),
            member("Speed", Kind::Number, false),
            member("Pitch", Kind::Number, false),
            member("Volume", Kind::Number, false),
        ],
        rules: &[
            Rule::RequiredIf {
                member: "Url",
                when: "SourceType",
                equals: RuleValue::Integer(0),
            },
            Rule::RequiredIf {
                member: "Data",
                when: "SourceType",
                equals: RuleValue::Integer(1),
            },
            Rule::RequiredIf {
                member: "QuuidList",
                when: "IsAll",
                equals: RuleValue::Boolean(false),
            },
            Rule::RequiredIf {
                member: "Pitch",
                when: "Speed",
                equals: RuleValue::Number(1.5),
            },
            Rule::RequiredIf {
                member: "Volume",
                when: "Speed",
                equals: RuleValue::Integer(2),
            },
        ],
        ..CREATE
    };

    fn rec_task(request: Value) -> Result<Vec<InputWarning>, InputError> {
        validate_input(&REC_TASK, &request)
    }

    #[test]
    fn rules_on_integer_boolean_and_number_members_compare_typed_values() {
        let e = rec_task(json!({"SourceType": 1, "Url": "https://a/b.wav"})).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::Missing);
        assert_eq!(e.to_string(), "Data: is required when SourceType is 1");
        let e = rec_task(json!({"SourceType": 0, "Data": "UklGRg=="})).unwrap_err();
        assert_eq!(e.to_string(), "Url: is required when SourceType is 0");
        assert_eq!(rec_task(json!({"SourceType": 0, "Url": "u"})), Ok(vec![]));
        assert_eq!(rec_task(json!({"SourceType": 1, "Data": "d"})), Ok(vec![]));
        // A value no rule names requires nothing.
        assert_eq!(rec_task(json!({"SourceType": 7})), Ok(vec![]));
        // The string "1" is not the integer 1: the member check refuses it first.
        let e = rec_task(json!({"SourceType": "1"})).unwrap_err();
        assert_eq!(e.kind, InputErrorKind::WrongType);
        assert_eq!(e.path, "SourceType");

        let e = rec_task(json!({"SourceType": 0, "Url": "u", "IsAll": false})).unwrap_err();
        assert_eq!(e.to_string(), "QuuidList: is required when IsAll is false");
        assert_eq!(
            rec_task(json!({"SourceType": 0, "Url": "u", "IsAll": true})),
            Ok(vec![])
        );

        let e = rec_task(json!({"SourceType": 0, "Url": "u", "Speed": 1.5})).unwrap_err();
        assert_eq!(e.to_string(), "Pitch: is required when Speed is 1.5");
        // Numbers compare by value: 2.0 is the documented 2.
        let e = rec_task(json!({"SourceType": 0, "Url": "u", "Speed": 2.0})).unwrap_err();
        assert_eq!(e.to_string(), "Volume: is required when Speed is 2");
        assert_eq!(
            rec_task(json!({"SourceType": 0, "Url": "u", "Speed": 2.5})),
            Ok(vec![])
        );
    }

    #[test]
    fn rule_values_match_only_their_own_json_kind() {
        assert!(RuleValue::String("ONCE").matches(&json!("ONCE")));
        assert!(!RuleValue::String("1").matches(&json!(1)));
        assert!(RuleValue::Integer(1).matches(&json!(1)));
        assert!(RuleValue::Integer(1).matches(&json!(1.0)));
        assert!(!RuleValue::Integer(1).matches(&json!("1")));
        assert!(!RuleValue::Integer(1).matches(&json!(u64::MAX)));
        assert!(RuleValue::Boolean(false).matches(&json!(false)));
        assert!(!RuleValue::Boolean(false).matches(&json!(null)));
        assert!(!RuleValue::Boolean(true).matches(&json!("true")));
        assert!(RuleValue::Number(0.5).matches(&json!(0.5)));
        assert_eq!(
            [
                RuleValue::String("RECURRENCE").to_string(),
                RuleValue::Integer(-3).to_string(),
                RuleValue::Number(1.5).to_string(),
                RuleValue::Boolean(true).to_string(),
            ],
            ["RECURRENCE", "-3", "1.5", "true"]
        );
    }

    #[test]
    fn undocumented_enum_values_are_warnings() {
        let warnings = check(json!({"Policy": "once", "InvokeTime": "2021-09-01T00:00:00Z"}))
            .expect("an undocumented value is sent");
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].kind, InputWarningKind::UndocumentedValue);
        assert_eq!(
            warnings[0].to_string(),
            "ScheduleSettings.Policy: \"once\" is not a documented value of SchedulePolicy \
             (documented: ONCE, RECURRENCE; did you mean ONCE?); sent as given"
        );
        let warnings = check(json!({"Policy": "WEEKLY"})).unwrap();
        assert_eq!(
            warnings[0].message,
            "\"WEEKLY\" is not a documented value of SchedulePolicy (documented: ONCE, \
             RECURRENCE); sent as given"
        );
    }

    #[test]
    fn a_free_form_member_takes_any_value_and_its_list_any_items() {
        static FREE: ActionShape = ActionShape {
            input: &[
                member("Labels", Kind::Json, true),
                MemberShape {
                    list: true,
                    ..member("Extras", Kind::Json, false)
                },
            ],
            ..CREATE
        };
        for labels in [json!({"env": {"a": [1]}}), json!("x"), json!(3), json!([])] {
            let request = json!({"Labels": labels, "Extras": [null, true, {"k": "v"}]});
            assert_eq!(validate_input(&FREE, &request), Ok(vec![]), "{labels}");
            assert_eq!(crate::validate_output(&FREE_ANSWER, &request), Ok(()));
        }
        let e = validate_input(&FREE, &json!({})).unwrap_err();
        assert_eq!(e.to_string(), "Labels: is required");
        let e = validate_input(&FREE, &json!({"Labels": {}, "Extras": {}})).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Extras: expected a list of JSON value, got an object"
        );
        static FREE_ANSWER: ActionShape = ActionShape {
            output: FREE.input,
            ..CREATE
        };
    }
}
