//! Documented types as JSON values: whether a value fits a type, and the words every message
//! uses for types and for what was received.
//!
//! Three checks read a JSON value against a documented type: the request check before a call
//! ([`validate_input`](crate::validate_input)), the answer check after it
//! ([`validate_output`](crate::validate_output)), and the generator's check of the documented
//! examples. They differ in what they do with a value that does not fit (an error, a mismatch
//! report, a repair), not in what fits, so "what fits" and the words for it are written once,
//! here. [`ValueType`] is the type without the tables of enums and object types, which is all
//! a JSON value can be checked against and what a model without the tables (the generator's,
//! reading the spec) can name too.
//!
//! Only the value's own JSON kind and its number range are checked: an enum's documented
//! values, a date-time's or crontab's format and an object's members are the callers' walk,
//! because each caller treats them differently (a warning, nothing, a nested check).

use serde_json::Value;

use crate::Kind;

/// A documented type as far as a JSON value is concerned: [`Kind`] without the enum's and
/// object type's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueType {
    /// A string.
    String,
    /// A string holding an ISO 8601 date-time.
    DateTime,
    /// A string holding a crontab.
    Crontab,
    /// A signed 32-bit integer.
    Int32,
    /// A signed 64-bit integer.
    Int64,
    /// An unsigned 64-bit integer.
    Uint64,
    /// A number that may have a fraction.
    Number,
    /// A boolean.
    Boolean,
    /// Any JSON value: everything fits.
    Json,
    /// A string from a documented set (the set is not checked here).
    Enum,
    /// An object (its members are not checked here).
    Object,
}

/// Which end of its allowed range a number crossed, with that end: the documented minimum or
/// maximum, or the type's own where it is narrower (a 32-bit integer's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// The value is below the smallest allowed value, given here.
    BelowMinimum(i128),
    /// The value is above the largest allowed value, given here.
    AboveMaximum(i128),
}

/// Why a JSON value does not fit a [`ValueType`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Misfit {
    /// Not a value of the type's JSON kind: a string for an integer, `1.5` for an integer,
    /// null for anything.
    WrongType,
    /// A number of the right kind outside the allowed [`Range`].
    OutOfRange(Bound),
}

/// The values a number may take: its type's own range narrowed by the documented minimum
/// and maximum. An end is `None` where nothing bounds it (a [`ValueType::Number`] without a
/// documented bound, and every type that is not a number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    /// The smallest allowed value.
    pub low: Option<i128>,
    /// The largest allowed value.
    pub high: Option<i128>,
}

impl Range {
    /// The end of the range an integer `n` crosses, if any.
    fn crossed(&self, n: i128) -> Option<Bound> {
        match (self.low, self.high) {
            (Some(low), _) if n < low => Some(Bound::BelowMinimum(low)),
            (_, Some(high)) if n > high => Some(Bound::AboveMaximum(high)),
            _ => None,
        }
    }

    /// The end of the range a number with a fraction `n` crosses, if any.
    fn crossed_by_fraction(&self, n: f64) -> Option<Bound> {
        match (self.low, self.high) {
            (Some(low), _) if n < low as f64 => Some(Bound::BelowMinimum(low)),
            (_, Some(high)) if n > high as f64 => Some(Bound::AboveMaximum(high)),
            _ => None,
        }
    }
}

impl ValueType {
    /// The type with its article, as messages put it after "expected": `a string`,
    /// `a date-time string`, `a crontab string`, `a 32-bit integer`, `an integer` (64-bit),
    /// `a non-negative integer`, `a number`, `a boolean`, `a JSON value` (anything), `a string`
    /// (an enum), `an object`.
    pub fn word(self) -> &'static str {
        match self {
            ValueType::String | ValueType::Enum => "a string",
            ValueType::DateTime => "a date-time string",
            ValueType::Crontab => "a crontab string",
            ValueType::Int32 => "a 32-bit integer",
            ValueType::Int64 => "an integer",
            ValueType::Uint64 => "a non-negative integer",
            ValueType::Number => "a number",
            ValueType::Boolean => "a boolean",
            ValueType::Json => "a JSON value",
            ValueType::Object => "an object",
        }
    }

    /// [`word`](Self::word) in Chinese (`32 位整数`), for the Chinese messages.
    pub fn word_zh(self) -> &'static str {
        match self {
            ValueType::String | ValueType::Enum => "字符串",
            ValueType::DateTime => "日期时间字符串",
            ValueType::Crontab => "crontab 字符串",
            ValueType::Int32 => "32 位整数",
            ValueType::Int64 => "整数",
            ValueType::Uint64 => "非负整数",
            ValueType::Number => "数字",
            ValueType::Boolean => "布尔值",
            ValueType::Json => "JSON 值",
            ValueType::Object => "对象",
        }
    }

    /// [`word`](Self::word) without its article (`32-bit integer`), for phrases such as
    /// "list of ..." or "documented ...".
    pub fn noun(self) -> &'static str {
        let word = self.word();
        word.split_once(' ').map_or(word, |(_, noun)| noun)
    }

    /// The values a number of this type may take, given the documented `minimum` and
    /// `maximum`.
    pub fn range(self, minimum: Option<i64>, maximum: Option<i64>) -> Range {
        let own: Option<(i128, i128)> = match self {
            ValueType::Int32 => Some((i32::MIN.into(), i32::MAX.into())),
            ValueType::Int64 => Some((i64::MIN.into(), i64::MAX.into())),
            ValueType::Uint64 => Some((0, u64::MAX.into())),
            ValueType::Number => None,
            _ => {
                return Range {
                    low: None,
                    high: None,
                }
            }
        };
        let (own_low, own_high) = own.unzip();
        let narrower = |own: Option<i128>,
                        documented: Option<i64>,
                        pick: fn(i128, i128) -> i128| {
            match (own, documented.map(i128::from)) {
                (Some(own), Some(documented)) => Some(pick(own, documented)),
                (own, documented) => own.or(documented),
            }
        };
        Range {
            low: narrower(own_low, minimum, i128::max),
            high: narrower(own_high, maximum, i128::min),
        }
    }

    /// Whether `value` is a value of this type within the documented `minimum` and
    /// `maximum`.
    ///
    /// An integer type takes any JSON integer (not `1.5`, not `1.0e3` written with an
    /// exponent that makes it a float) and then checks its [`range`](Self::range), so a
    /// 32-bit integer given 4000000000 is [`Misfit::OutOfRange`], not of the wrong type: the
    /// request check names the allowed range, the answer check calls it a type mismatch
    /// ("an integer beyond 32 bits", [`misfit_word`]). A number takes any JSON number.
    pub fn fit(
        self,
        value: &Value,
        minimum: Option<i64>,
        maximum: Option<i64>,
    ) -> Result<(), Misfit> {
        let kind_fits = match self {
            ValueType::String | ValueType::DateTime | ValueType::Crontab | ValueType::Enum => {
                value.is_string()
            }
            ValueType::Boolean => value.is_boolean(),
            ValueType::Json => true,
            ValueType::Object => value.is_object(),
            ValueType::Int32 | ValueType::Int64 | ValueType::Uint64 => {
                let n: i128 = if let Some(n) = value.as_i64() {
                    n.into()
                } else if let Some(n) = value.as_u64() {
                    n.into()
                } else {
                    return Err(Misfit::WrongType);
                };
                return match self.range(minimum, maximum).crossed(n) {
                    Some(bound) => Err(Misfit::OutOfRange(bound)),
                    None => Ok(()),
                };
            }
            ValueType::Number => {
                let Some(n) = value.as_f64() else {
                    return Err(Misfit::WrongType);
                };
                return match self.range(minimum, maximum).crossed_by_fraction(n) {
                    Some(bound) => Err(Misfit::OutOfRange(bound)),
                    None => Ok(()),
                };
            }
        };
        if kind_fits {
            Ok(())
        } else {
            Err(Misfit::WrongType)
        }
    }
}

impl Kind {
    /// The type as a JSON value must fit it.
    pub fn value_type(&self) -> ValueType {
        match self {
            Kind::String => ValueType::String,
            Kind::DateTime => ValueType::DateTime,
            Kind::Crontab => ValueType::Crontab,
            Kind::Int32 => ValueType::Int32,
            Kind::Int64 => ValueType::Int64,
            Kind::Uint64 => ValueType::Uint64,
            Kind::Number => ValueType::Number,
            Kind::Boolean => ValueType::Boolean,
            Kind::Json => ValueType::Json,
            Kind::Enum(_) => ValueType::Enum,
            Kind::Struct(_) => ValueType::Object,
        }
    }

    /// A word for the type, for help and the request check's messages: the [`noun`] of
    /// its value type (`string`, `non-negative integer`), the name of an enum or object type
    /// (`Filter`), and `integer` for both signed sizes: a person filling in a flag needs no
    /// width, and a value beyond 32 bits is refused with the exact range.
    ///
    /// [`noun`]: ValueType::noun
    pub fn describe(&self) -> &'static str {
        match self {
            Kind::Enum(e) => e.name,
            Kind::Struct(s) => s.name,
            Kind::Int32 => ValueType::Int64.noun(),
            other => other.value_type().noun(),
        }
    }

    /// [`describe`](Self::describe) in Chinese: a type's own name as it is, a value type in
    /// words (`整数`).
    pub fn describe_zh(&self) -> &'static str {
        match self {
            Kind::Enum(e) => e.name,
            Kind::Struct(s) => s.name,
            Kind::Int32 => ValueType::Int64.word_zh(),
            other => other.value_type().word_zh(),
        }
    }
}

/// The kind of a JSON value, for messages after "got" or "received": `null`, `a boolean`,
/// `a number`, `a string`, `a list`, `an object`.
pub fn json_word(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// [`json_word`] in Chinese.
pub fn json_word_zh(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "布尔值",
        Value::Number(_) => "数字",
        Value::String(_) => "字符串",
        Value::Array(_) => "列表",
        Value::Object(_) => "对象",
    }
}

/// What a value that does not fit `expected` is, in words: [`json_word`], precise about a
/// number given for an integer type, where "a number" alone would not say why `1.5` or `-1`
/// is not a non-negative integer (`a number with a fraction or exponent`, `a negative
/// integer`, `an integer beyond 32 bits`, `an integer beyond 64 bits`).
pub fn misfit_word(expected: ValueType, value: &Value) -> &'static str {
    let Value::Number(n) = value else {
        return json_word(value);
    };
    match expected {
        ValueType::Int32 | ValueType::Int64 | ValueType::Uint64 if n.is_f64() => {
            "a number with a fraction or exponent"
        }
        ValueType::Uint64 if n.is_i64() => "a negative integer",
        ValueType::Int32 => "an integer beyond 32 bits",
        ValueType::Int64 => "an integer beyond 64 bits",
        _ => "a number",
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn words_have_one_table() {
        assert_eq!(ValueType::Int32.word(), "a 32-bit integer");
        assert_eq!(ValueType::Int32.noun(), "32-bit integer");
        assert_eq!(ValueType::Int64.word(), "an integer");
        assert_eq!(ValueType::Object.noun(), "object");
        assert_eq!(ValueType::Enum.word(), "a string");
        assert_eq!(Kind::Int32.describe(), "integer");
        assert_eq!(Kind::Uint64.describe(), "non-negative integer");
        assert_eq!(Kind::DateTime.describe(), "date-time string");
        assert_eq!(Kind::Json.describe(), "JSON value");
        assert_eq!(ValueType::Json.word(), "a JSON value");
        assert_eq!(json_word(&json!(null)), "null");
        assert_eq!(json_word(&json!([1])), "a list");
        assert_eq!(
            misfit_word(ValueType::Uint64, &json!(-1)),
            "a negative integer"
        );
        assert_eq!(
            misfit_word(ValueType::Int64, &json!(1.5)),
            "a number with a fraction or exponent"
        );
        assert_eq!(misfit_word(ValueType::String, &json!(1.5)), "a number");
        assert_eq!(misfit_word(ValueType::Int32, &json!("1")), "a string");
    }

    #[test]
    fn scalars_fit_their_kind() {
        use ValueType::*;
        for (ty, value) in [
            (String, json!("x")),
            (Enum, json!("ANY")),
            (DateTime, json!("not checked here")),
            (Boolean, json!(false)),
            (Int64, json!(-3)),
            (Uint64, json!(u64::MAX)),
            (Number, json!(1.5)),
            (Number, json!(2)),
            (Object, json!({})),
            (Json, json!({"any": [1, "x"]})),
            (Json, json!("text")),
            (Json, json!([])),
            (Json, json!(null)),
        ] {
            assert_eq!(ty.fit(&value, None, None), Ok(()), "{ty:?} {value}");
        }
        for (ty, value) in [
            (String, json!(1)),
            (Boolean, json!("true")),
            (Int32, json!(1.5)),
            (Int64, json!("1")),
            (Number, json!("1")),
            (Object, json!([])),
            (String, json!(null)),
        ] {
            assert_eq!(
                ty.fit(&value, None, None),
                Err(Misfit::WrongType),
                "{ty:?} {value}"
            );
        }
    }

    #[test]
    fn ranges_join_the_type_and_the_documentation() {
        use ValueType::*;
        assert_eq!(
            Int32.fit(&json!(4_000_000_000u64), None, None),
            Err(Misfit::OutOfRange(Bound::AboveMaximum(i32::MAX.into())))
        );
        assert_eq!(
            Uint64.fit(&json!(-1), None, None),
            Err(Misfit::OutOfRange(Bound::BelowMinimum(0)))
        );
        assert_eq!(
            Int64.fit(&json!(101), Some(1), Some(100)),
            Err(Misfit::OutOfRange(Bound::AboveMaximum(100)))
        );
        assert_eq!(
            Uint64.fit(&json!(0), Some(1), Some(100)),
            Err(Misfit::OutOfRange(Bound::BelowMinimum(1)))
        );
        // A documented minimum below the type's own does not widen it.
        assert_eq!(
            Uint64.range(Some(-5), None),
            Range {
                low: Some(0),
                high: Some(u64::MAX.into())
            }
        );
        assert_eq!(
            Number.fit(&json!(0.5), Some(1), None),
            Err(Misfit::OutOfRange(Bound::BelowMinimum(1)))
        );
        assert_eq!(Number.fit(&json!(1e300), None, None), Ok(()));
        assert_eq!(
            Number.range(None, Some(3)),
            Range {
                low: None,
                high: Some(3)
            }
        );
        assert_eq!(
            String.range(Some(1), Some(2)),
            Range {
                low: None,
                high: None
            }
        );
    }
}
