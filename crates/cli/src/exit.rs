//! How a run ends: every failure becomes one line on stderr and an exit code.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success |
//! | 1 | the service answered with an error (or an answer that could not be read) |
//! | 2 | usage or configuration error: bad flags, invalid input, no credentials; nothing sent |
//! | 3 | transport error or timeout: no complete answer came |
//! | 4 | the answer does not match the documented output (a member of the wrong type) |
//! | 5 | a wait ended without success: a failure state, its time ran out, or an item failed |

use std::process::ExitCode;

use sdk_runtime::{InputError, SdkError};
use sdk_shape::{ActionShape, AnswerMismatch, InputErrorKind, MemberShape};

use crate::commands::flag_name;

/// A failed run: the exit code and the one line explaining it.
#[derive(Debug)]
pub struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    /// A usage or configuration error (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
        }
    }

    /// A wait that ended without success (exit 5).
    pub fn wait(message: impl Into<String>) -> Self {
        Failure {
            code: 5,
            message: message.into(),
        }
    }

    /// A transport failure (exit 3).
    pub fn transport(message: impl Into<String>) -> Self {
        Failure {
            code: 3,
            message: message.into(),
        }
    }

    /// An answer that does not match the documented output (exit 4): the member path and
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
        Failure { code: 4, message }
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
        ExitCode::from(self.code)
    }

    /// A request that breaks a documented fact, named by its flag where it has one.
    pub fn invalid_input(action: &ActionShape, e: &InputError) -> Self {
        let top = e.path.split(['.', '[']).next().unwrap_or("");
        let flag = action.input_member(top).map(flag_of);
        let message = match (e.kind, &flag) {
            (InputErrorKind::Missing, Some(flag)) if e.path == top => {
                format!("missing required member {top} ({flag})")
            }
            (InputErrorKind::Conflict, Some(flag)) => {
                // A top-level other member is named by its flag; one inside an object has
                // no flag of its own, and the message names it.
                let other = e
                    .other
                    .as_deref()
                    .and_then(|name| action.input_member(name))
                    .map_or_else(
                        || e.message.clone(),
                        |m| format!("cannot be given together with {}", flag_of(m)),
                    );
                format!("{flag} {other} (the documentation says at most one of them)")
            }
            (_, Some(flag)) => format!("{} ({flag}): {}", e.path, e.message),
            (_, None) => format!("invalid request: {e}"),
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
                Failure { code: 1, message }
            }
            SdkError::Decode(e) => Failure {
                code: 1,
                message: e.to_string(),
            },
            SdkError::Transport(e) => Failure::transport(e.to_string()),
            SdkError::Timeout(e) => Failure::transport(e.to_string()),
            SdkError::Config(e) => Failure::usage(e.to_string()),
            other => Failure::transport(other.to_string()),
        }
    }
}

/// The longest message printed. Messages quote the offending value, and a 120 KB flag value
/// made a 120 KB "line" (found by tests/hostile.rs, `huge_input_is_refused_with_one_line`).
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
