//! clap's parse errors in Chinese, written from the error's kind and context (the argument,
//! the value, the valid values, the suggestion), since clap itself writes English. A kind not
//! listed here keeps clap's English line.
//!
//! A leaf below `main`, which reports every parse error as one line.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::language;

/// The error's line in the language of this run, when that is Chinese and the kind is one
/// written here; `None` keeps clap's line.
pub fn line(e: &clap::Error) -> Option<String> {
    if language::chosen() != sdk_shape::Language::Zh {
        return None;
    }
    let get = |kind| e.get(kind).map(ToString::to_string);
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let mut line = match e.kind() {
        ErrorKind::UnknownArgument => format!("意外的参数 '{arg}'"),
        ErrorKind::InvalidSubcommand => format!(
            "无法识别的子命令 '{}'",
            get(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue if value.is_empty() => format!("'{arg}' 需要一个值，但没有给出"),
        ErrorKind::InvalidValue => format!("'{arg}' 的值 '{value}' 无效"),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(|s| format!("：{s}"))
                .unwrap_or_default();
            format!("'{arg}' 的值 '{value}' 无效{why}")
        }
        ErrorKind::MissingRequiredArgument => format!("缺少必需的参数：{arg}"),
        ErrorKind::MissingSubcommand => "需要指定子命令".to_owned(),
        ErrorKind::ArgumentConflict => format!(
            "'{arg}' 不能与 '{}' 同时使用",
            get(ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::NoEquals => format!("'{arg}' 的值需要用 = 给出"),
        ErrorKind::TooManyValues => format!("'{arg}' 的值 '{value}' 多于它接受的个数"),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("'{arg}' 的值的个数不对")
        }
        _ => return None,
    };
    if let Some(valid) = get(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
        line.push_str(&format!("；可选值：{valid}"));
    }
    // One close name is a useful hint; clap's list of several is not (it lists every
    // action sharing a prefix).
    for kind in [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand] {
        let one = match e.get(kind) {
            Some(ContextValue::String(similar)) => Some(similar),
            Some(ContextValue::Strings(list)) if list.len() == 1 => list.first(),
            _ => None,
        };
        if let Some(similar) = one {
            line.push_str(&format!("；相似的有：'{similar}'"));
        }
    }
    Some(line)
}
