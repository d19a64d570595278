//! One value of a member that is not an object, from its command-line text: strings as
//! given, booleans as `true`/`false`, integers and numbers parsed and checked against the
//! documented minimum and maximum and their type's own range, free-form (`Json`) values as
//! JSON text.
//!
//! A leaf below [`crate::request`] (flags) and [`crate::shorthand`] (keys of an object), which
//! both convert such values; objects are theirs to read.

use sdk_shape::{Kind, MemberShape};
use serde_json::{Number, Value};

use crate::exit::Failure;
use crate::language::say;

/// One value of `member` from its command-line text. Objects are refused here: flags take
/// them as JSON or shorthand, and shorthand does not nest.
pub fn value(member: &MemberShape, flag: &str, text: &str) -> Result<Value, Failure> {
    match member.kind {
        Kind::String | Kind::DateTime | Kind::Crontab | Kind::Enum(_) => {
            Ok(Value::String(text.to_owned()))
        }
        Kind::Boolean => match text.to_ascii_lowercase().as_str() {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(Failure::usage(say!(
                "{flag}: expected true or false, got {text:?}",
                "{flag}：应为 true 或 false，实际为 {text:?}"
            ))),
        },
        Kind::Int32 | Kind::Int64 | Kind::Uint64 => integer(member, flag, text),
        Kind::Number => number(member, flag, text),
        // A free-form value is any JSON, so it is given as JSON text: a bare word would be
        // ambiguous (`true`, `1` and `"1"` are different values).
        Kind::Json => serde_json::from_str(text).map_err(|e| {
            Failure::usage(say!(
                "{flag}: {text:?} is not JSON ({e}); this member takes any JSON value, such \
                 as {{\"key\": \"value\"}}, [1, 2] or \"text\" with its quotes",
                "{flag}：{text:?} 不是 JSON（{e}）；此参数接受任意 JSON 值，\
                 如 {{\"key\": \"value\"}}、[1, 2] 或带引号的 \"text\""
            ))
        }),
        Kind::Struct(_) => Err(Failure::usage(say!(
            "{flag}: an object; give it as JSON",
            "{flag}：对象；请以 JSON 给出"
        ))),
    }
}

fn integer(member: &MemberShape, flag: &str, text: &str) -> Result<Value, Failure> {
    let n: i128 = text.trim().parse().map_err(|_| {
        Failure::usage(say!(
            "{flag}: {text:?} is not an integer",
            "{flag}：{text:?} 不是整数"
        ))
    })?;
    let (type_lo, type_hi): (i128, i128) = match member.kind {
        Kind::Int32 => (i32::MIN.into(), i32::MAX.into()),
        Kind::Uint64 => (0, u64::MAX.into()),
        _ => (i64::MIN.into(), i64::MAX.into()),
    };
    if let Some(lo) = member.minimum.filter(|&lo| n < i128::from(lo)) {
        return Err(outside(
            flag,
            n,
            "below the documented minimum",
            "小于文档规定的最小值",
            lo,
        ));
    }
    if let Some(hi) = member.maximum.filter(|&hi| n > i128::from(hi)) {
        return Err(outside(
            flag,
            n,
            "above the documented maximum",
            "大于文档规定的最大值",
            hi,
        ));
    }
    if n < type_lo || n > type_hi {
        let (en, zh) = match member.kind {
            Kind::Int32 => ("a 32-bit integer", "32 位整数"),
            Kind::Uint64 => ("an unsigned 64-bit integer", "无符号 64 位整数"),
            _ => ("a 64-bit integer", "64 位整数"),
        };
        return Err(Failure::usage(say!(
            "{flag}: {n} does not fit {en} ({type_lo}..={type_hi})",
            "{flag}：{n} 超出{zh}的范围（{type_lo}..={type_hi}）"
        )));
    }
    let number = if n < 0 {
        Number::from(i64::try_from(n).unwrap_or(i64::MIN))
    } else {
        Number::from(u64::try_from(n).unwrap_or(u64::MAX))
    };
    Ok(Value::Number(number))
}

/// A number beyond a documented end of its member's range: `--limit: 101 is above the
/// documented maximum 100`.
fn outside(flag: &str, n: impl std::fmt::Display, en: &str, zh: &str, end: i64) -> Failure {
    Failure::usage(say!("{flag}: {n} is {en} {end}", "{flag}：{n} {zh} {end}"))
}

fn number(member: &MemberShape, flag: &str, text: &str) -> Result<Value, Failure> {
    let n: f64 = text
        .trim()
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite())
        .ok_or_else(|| {
            Failure::usage(say!(
                "{flag}: {text:?} is not a number",
                "{flag}：{text:?} 不是数字"
            ))
        })?;
    if let Some(lo) = member.minimum.filter(|&lo| n < lo as f64) {
        return Err(outside(
            flag,
            n,
            "below the documented minimum",
            "小于文档规定的最小值",
            lo,
        ));
    }
    if let Some(hi) = member.maximum.filter(|&hi| n > hi as f64) {
        return Err(outside(
            flag,
            n,
            "above the documented maximum",
            "大于文档规定的最大值",
            hi,
        ));
    }
    // An integral value is sent as a JSON integer (`2`, not `2.0`), as the user wrote it.
    let value = match text.trim().parse::<i64>() {
        Ok(i) => Value::from(i),
        Err(_) => Number::from_f64(n).map_or(Value::Null, Value::Number),
    };
    Ok(value)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_free_form_value_is_json_text() {
        let labels = MemberShape {
            name: "Labels",
            flag: "labels",
            kind: Kind::Json,
            ..MemberShape::BASE
        };
        for (text, expected) in [
            (
                r#"{"env": "prod", "n": [1, 2]}"#,
                json!({"env": "prod", "n": [1, 2]}),
            ),
            ("\"text\"", json!("text")),
            ("3", json!(3)),
            ("null", json!(null)),
        ] {
            assert_eq!(
                value(&labels, "--labels", text).unwrap(),
                expected,
                "{text}"
            );
        }
        let e = value(&labels, "--labels", "env=prod").unwrap_err();
        assert_eq!(
            e.message(),
            "--labels: \"env=prod\" is not JSON (expected value at line 1 column 1); this \
             member takes any JSON value, such as {\"key\": \"value\"}, [1, 2] or \"text\" \
             with its quotes"
        );
    }
}
