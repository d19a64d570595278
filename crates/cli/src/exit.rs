//! How a run ends: every failure becomes one line on stderr and an exit code; a failure with
//! several causes (every provider of a credentials chain) lists them on indented lines
//! below that line, so a script reading the first line still reads the whole verdict.
//!
//! The exit codes are defined once, in [`Code`]: the failures below carry one, and the root
//! help lists them all from it.

use std::process::ExitCode;

use sdk_runtime::{InputError, SdkError};
use sdk_shape::{ActionShape, AnswerMismatch, InputErrorKind, MemberShape};

use crate::flags::flag_name;
use crate::language::say;

/// Defines [`Code`] and [`Code::ALL`] from one list, so no code can be left out of the help.
macro_rules! exit_codes {
    ($($(#[$doc:meta])* $name:ident = $value:literal, $meaning:literal;)*) => {
        /// An exit code of `cloudcmd`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Code {
            $($(#[$doc])* $name = $value,)*
        }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[$(Code::$name),*];

            /// What the code means, as the root help says it.
            pub fn meaning(self) -> &'static str {
                match self {
                    $(Code::$name => $meaning,)*
                }
            }
        }
    };
}

exit_codes! {
    /// Success.
    Success = 0, "success";
    /// The service answered with an error (or an answer that could not be read).
    Service = 1, "service error";
    /// Usage or configuration error: bad flags, invalid input, no credentials; nothing sent.
    Usage = 2, "usage or configuration error";
    /// Transport error or timeout: no complete answer came.
    Transport = 3, "transport error or timeout";
    /// The answer does not match the documented output (a member of the wrong type).
    Answer = 4, "answer not as documented (a member of the wrong type; --debug shows the raw answer)";
    /// A wait ended without success: a failure state, its time ran out, or an item failed.
    Wait = 5, "wait ended without success (a failure state, time ran out, or an item failed)";
}

impl Code {
    /// The number the process exits with.
    pub fn value(self) -> u8 {
        self as u8
    }
}

impl From<Code> for ExitCode {
    fn from(code: Code) -> Self {
        ExitCode::from(code.value())
    }
}

/// A failed run: the exit code and the one line explaining it.
#[derive(Debug)]
pub struct Failure {
    code: Code,
    message: String,
    /// One line each, printed indented below the message.
    details: Vec<String>,
}

impl Failure {
    /// A usage or configuration error ([`Code::Usage`]).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure::new(Code::Usage, message.into())
    }

    /// A wait that ended without success ([`Code::Wait`]).
    pub fn wait(message: impl Into<String>) -> Self {
        Failure::new(Code::Wait, message.into())
    }

    /// A transport failure ([`Code::Transport`]).
    pub fn transport(message: impl Into<String>) -> Self {
        Failure::new(Code::Transport, message.into())
    }

    fn new(code: Code, message: String) -> Self {
        Failure {
            code,
            message,
            details: Vec::new(),
        }
    }

    /// The same failure with `details`, one line each below the message.
    pub fn with_details(mut self, details: Vec<String>) -> Self {
        self.details = details;
        self
    }

    /// The detail lines.
    #[cfg(test)]
    pub fn details(&self) -> &[String] {
        &self.details
    }

    /// An answer that does not match the documented output ([`Code::Answer`]): the member path and
    /// both types, so a script can tell a changed service from a failed call; the answer
    /// itself is printed by `--debug`, not here, since it may be large.
    pub fn answer(action: &ActionShape, e: &AnswerMismatch, request_id: Option<&str>) -> Self {
        let mut message = format!(
            "the {} answer does not match the documentation: {e}",
            action.name
        );
        if let Some(id) = request_id {
            message.push_str(&format!(" (request id {id})"));
        }
        message.push_str("; --debug shows the raw answer");
        Failure::new(Code::Answer, message)
    }

    /// The message, without the `error: ` prefix.
    #[cfg(test)]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Print the line and turn into the process exit code.
    pub fn report(self) -> ExitCode {
        // Messages are one line by construction; a stray newline from a service message
        // would break scripts that read stderr line by line.
        let line = self.message.replace(['\n', '\r'], " ");
        eprintln!("error: {}", shorten(&line, MAX_MESSAGE));
        for detail in &self.details {
            let line = detail.replace(['\n', '\r'], " ");
            eprintln!("  {}", shorten(&line, MAX_MESSAGE));
        }
        self.code.into()
    }

    /// A request that breaks a documented fact, named by its flag where it has one.
    pub fn invalid_input(action: &ActionShape, e: &InputError) -> Self {
        let top = e.path.split(['.', '[']).next().unwrap_or("");
        let flag = action.input_member(top).map(flag_of);
        // The message is in the language of the check (`request::build` asks for this
        // run's).
        let said = e.message.as_str();
        let message = match (e.kind, &flag) {
            (InputErrorKind::Missing, Some(flag)) if e.path == top => say!(
                "missing required member {top} ({flag})",
                "缺少必填参数 {top}（{flag}）"
            ),
            (InputErrorKind::Conflict, Some(flag)) => {
                // A top-level other member is named by its flag; one inside an object has
                // no flag of its own, and the message names it.
                let other = e
                    .other
                    .as_deref()
                    .and_then(|name| action.input_member(name))
                    .map_or_else(
                        || said.to_owned(),
                        |m| {
                            let other = flag_of(m);
                            say!(
                                "cannot be given together with {other}",
                                "不能与 {other} 同时指定"
                            )
                        },
                    );
                say!(
                    "{flag} {other} (the documentation says at most one of them)",
                    "{flag} {other}（文档规定最多只能指定其中一个）"
                )
            }
            (_, Some(flag)) => format!("{} ({flag}): {said}", e.path),
            (_, None) if e.path.is_empty() => say!("invalid request: {said}", "请求无效：{said}"),
            (_, None) => say!(
                "invalid request: {}: {said}",
                "请求无效：{}：{said}",
                e.path
            ),
        };
        Failure::usage(message)
    }

    /// The failure of a call.
    pub fn from_sdk(action: &ActionShape, e: SdkError<String>) -> Self {
        match e {
            SdkError::InvalidInput(e) => Failure::invalid_input(action, &e),
            SdkError::Service(e) => {
                let mut message = format!("{}: {}", e.raw_code, e.message.trim());
                if let Some(id) = &e.request_id {
                    message.push_str(&format!(" (request id {id})"));
                }
                Failure::new(Code::Service, message)
            }
            SdkError::Decode(e) => Failure::new(Code::Service, e.to_string()),
            SdkError::Transport(e) => Failure::transport(e.to_string()),
            SdkError::Timeout(e) => Failure::transport(e.to_string()),
            SdkError::Config(e) => Failure::usage(e.to_string()),
            other => Failure::transport(other.to_string()),
        }
    }
}

/// The longest message printed. Messages quote the offending value, and a 120 KB flag value
/// made a 120 KB "line" (found by tests/cli/hostile.rs, `huge_input_is_refused_with_one_line`).
const MAX_MESSAGE: usize = 500;

/// `text` cut to at most `max` bytes (on a character boundary), saying how much was cut.
fn shorten(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if text.len() <= max {
        return text.into();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}... ({} more bytes)", &text[..end], text.len() - end).into()
}

fn flag_of(member: &MemberShape) -> String {
    format!("--{}", flag_name(member))
}

#[cfg(test)]
mod tests {
    use super::{shorten, Failure};

    #[test]
    fn a_conflict_names_both_flags_from_the_error_fields() {
        let action = tat_model::SERVICE.action("DescribeInvocations").unwrap();
        let request = serde_json::json!({
            "InvocationIds": ["inv-1"],
            "Filters": [{"Name": "command-id", "Values": ["cmd-1"]}],
        });
        let e = sdk_shape::validate_input(action, &request).unwrap_err();
        assert_eq!(e.other.as_deref(), Some("InvocationIds"));
        assert_eq!(
            Failure::invalid_input(action, &e).message(),
            "--filters cannot be given together with --invocation-ids (the documentation says \
             at most one of them)"
        );
        // Without the field, the message is kept as it is: nothing is read back from it.
        let bare = sdk_runtime::InputError { other: None, ..e };
        assert_eq!(
            Failure::invalid_input(action, &bare).message(),
            "--filters cannot be given together with InvocationIds (the documentation says \
             at most one of them)"
        );
    }

    #[test]
    fn long_messages_are_cut_on_a_character_boundary() {
        assert_eq!(shorten("short", 10), "short");
        let long = "é".repeat(400);
        let cut = shorten(&long, 501);
        assert!(cut.starts_with(&"é".repeat(250)) && cut.ends_with("... (300 more bytes)"));
    }
}
