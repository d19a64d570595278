//! The language of the help and of the CLI's own messages, and of the service's messages
//! where the API takes one (Tencent's `X-TC-Language`), chosen as tccli chooses it: the
//! `--language zh-CN|en-US` flag, then the profile's `language` key (what `tccli configure
//! set language` writes to `~/.tccli/<profile>.configure`), then the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), then English. A description the vendor wrote in one
//! language only is shown in that one. The CLI's own words come in both languages, `pick` and
//! `say!`: help pages (headings, member facts, flag help, clap's usage line), the request
//! checks' errors and warnings (`sdk_shape::validate_input_in`), value parsing, and clap's parse
//! errors (`clap_zh`). The `error:`/`warning:` prefixes and the exit codes are the same in
//! both, for scripts.
//!
//! A leaf: the command tree is built from the documentation before clap parses anything, so
//! the flag is read from the raw arguments here, once.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use sdk_shape::{Language, Text};

/// The id and long name of the flag.
pub const FLAG: &str = "language";

static CHOSEN: OnceLock<Language> = OnceLock::new();

/// The language of this run (decided on first use, from the process's arguments and
/// environment).
pub fn chosen() -> Language {
    *CHOSEN.get_or_init(|| {
        let args: Vec<OsString> = std::env::args_os().collect();
        let env = |name: &str| std::env::var(name).ok();
        let home = env("HOME")
            .or_else(|| env("USERPROFILE"))
            .map(PathBuf::from);
        decide(&args, &env, home.as_deref())
    })
}

/// A description in the language of this run.
pub fn text(text: Text) -> &'static str {
    text.get(chosen())
}

/// One of the CLI's own words in the language of this run (help headings, flag help).
pub fn pick(en: &'static str, zh: &'static str) -> &'static str {
    match chosen() {
        Language::En => en,
        Language::Zh => zh,
    }
}

/// One of the CLI's own sentences in the language of this run: `say!("at most {n} items",
/// "最多 {n} 项")` formats the one chosen; both take the same arguments (captured by name or
/// given after the two texts).
macro_rules! say {
    ($en:literal, $zh:literal $(, $arg:expr)* $(,)?) => {
        match $crate::language::chosen() {
            ::sdk_shape::Language::En => format!($en $(, $arg)*),
            ::sdk_shape::Language::Zh => format!($zh $(, $arg)*),
        }
    };
}
pub(crate) use say;

/// The language the arguments, the profile and the locale give, in that order.
pub fn decide(
    args: &[OsString],
    env: &dyn Fn(&str) -> Option<String>,
    home: Option<&Path>,
) -> Language {
    if let Some(lang) = flag_value(args).as_deref().and_then(Language::parse) {
        return lang;
    }
    let profile = flag_value_of(args, "profile")
        .or_else(|| env("TENCENTCLOUD_PROFILE"))
        .unwrap_or_else(|| "default".to_owned());
    if let Some(lang) = home.and_then(|h| profile_language(h, &profile)) {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| env(name).filter(|v| !v.is_empty()))
        .next()
        .and_then(|locale| Language::parse(&locale))
        .unwrap_or_default()
}

/// The value of `--language` (`--language zh-CN` or `--language=zh-CN`), the last given.
fn flag_value(args: &[OsString]) -> Option<String> {
    flag_value_of(args, FLAG)
}

fn flag_value_of(args: &[OsString], flag: &str) -> Option<String> {
    let long = format!("--{flag}");
    let with_value = format!("--{flag}=");
    let mut found = None;
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if arg == long {
            found = iter.next().map(|v| v.into_owned());
        } else if let Some(v) = arg.strip_prefix(&with_value) {
            found = Some(v.to_owned());
        }
    }
    found
}

/// The `language` of a tccli profile: `_sys_param.language` in `~/.tccli/<profile>.configure`
/// (older files have it at the top level); `~/.tencentcloud/<profile>.configure`, where this
/// CLI once looked, is still read when tccli's folder has no such file.
fn profile_language(home: &Path, profile: &str) -> Option<Language> {
    let name = format!("{profile}.configure");
    let text = std::fs::read_to_string(home.join(".tccli").join(&name))
        .or_else(|_| std::fs::read_to_string(home.join(".tencentcloud").join(&name)))
        .ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    let value = json
        .get("_sys_param")
        .and_then(|p| p.get("language"))
        .or_else(|| json.get("language"))?
        .as_str()?;
    Language::parse(value)
}

/// Parse a `--language` value for clap: tccli's `zh-CN` and `en-US`, and what
/// [`Language::parse`] reads (`zh`, `en_US.UTF-8`).
pub fn parse_flag(value: &str) -> Result<Language, String> {
    Language::parse(value).ok_or_else(|| {
        format!("{value:?} is not a language this CLI documents: use zh-CN or en-US")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn the_flag_wins_over_the_profile_and_the_locale() {
        let home = tempfile::tempdir().unwrap();
        let dir = home.path().join(".tccli");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("default.configure"),
            r#"{"_sys_param": {"region": "ap-guangzhou", "language": "zh-CN"}}"#,
        )
        .unwrap();
        // The old place is still read.
        let old = home.path().join(".tencentcloud");
        std::fs::create_dir_all(&old).unwrap();
        std::fs::write(old.join("work.configure"), r#"{"language": "en-US"}"#).unwrap();
        let locale = |name: &str| (name == "LANG").then(|| "zh_CN.UTF-8".to_owned());

        let flag = args(&["cloudcmd", "--language", "en-US", "tat", "--help"]);
        assert_eq!(decide(&flag, &locale, Some(home.path())), Language::En);
        let flag = args(&["cloudcmd", "tat", "--language=zh-CN"]);
        assert_eq!(decide(&flag, &no_env, None), Language::Zh);

        // The default profile says zh-CN; the named one, in the old layout, en-US.
        let plain = args(&["cloudcmd", "tat", "--help"]);
        assert_eq!(decide(&plain, &no_env, Some(home.path())), Language::Zh);
        let named = args(&["cloudcmd", "--profile", "work", "tat"]);
        assert_eq!(decide(&named, &locale, Some(home.path())), Language::En);

        // No flag, no profile: the locale, LC_ALL first; English when it names neither.
        assert_eq!(decide(&plain, &locale, None), Language::Zh);
        let c_locale = |name: &str| (name == "LC_ALL").then(|| "C.UTF-8".to_owned());
        assert_eq!(decide(&plain, &c_locale, None), Language::En);
        assert_eq!(decide(&plain, &no_env, None), Language::En);
    }

    #[test]
    fn arguments_after_a_double_dash_are_not_flags() {
        let list = args(&["cloudcmd", "tat", "--", "--language", "zh-CN"]);
        assert_eq!(flag_value(&list), None);
    }

    #[test]
    fn bad_values_are_named() {
        assert_eq!(parse_flag("zh-CN"), Ok(Language::Zh));
        let err = parse_flag("fr").unwrap_err();
        assert!(
            err.contains("\"fr\"") && err.contains("zh-CN or en-US"),
            "{err}"
        );
    }
}
