//! The errors a call can end with.
//!
//! [`SdkError`] says *where* a call failed (before sending, at the service, on the wire,
//! in time, reading the answer, or in the configuration) so callers can match on the kind and
//! retry logic can tell a definite answer from an ambiguous one. Every error prints as one
//! line with the code, message and request id where there is one; no error ever holds a
//! secret.

use std::fmt;
use std::time::Duration;

pub use sdk_shape::InputError;

/// Why a call failed. `E` is the action's error-code enum (`String` for untyped calls).
#[derive(Debug)]
#[non_exhaustive]
pub enum SdkError<E> {
    /// The request breaks a documented rule; nothing was sent.
    InvalidInput(InputError),
    /// The service answered with an error.
    Service(ServiceError<E>),
    /// The request could not be sent or the answer could not be received.
    Transport(TransportError),
    /// No complete answer within the configured time.
    Timeout(TimeoutError),
    /// An answer came but could not be read.
    Decode(DecodeError),
    /// The client is not configured to make this call (no credentials, no region, ...).
    Config(ConfigError),
}

impl<E: Clone> SdkError<E> {
    /// The service's error code, when the service answered with one.
    pub fn code(&self) -> Option<E> {
        match self {
            SdkError::Service(e) => Some(e.code.clone()),
            _ => None,
        }
    }
}

impl<E> SdkError<E> {
    /// The service's error code exactly as received (`InvalidParameterValue.InvalidFilter`),
    /// when the service answered with one.
    pub fn raw_code(&self) -> Option<&str> {
        match self {
            SdkError::Service(e) => Some(&e.raw_code),
            _ => None,
        }
    }

    /// The service's error message, when the service answered with one.
    pub fn message(&self) -> Option<&str> {
        match self {
            SdkError::Service(e) => Some(&e.message),
            _ => None,
        }
    }

    /// The service's error, when the service answered with one.
    pub fn as_service_error(&self) -> Option<&ServiceError<E>> {
        match self {
            SdkError::Service(e) => Some(e),
            _ => None,
        }
    }

    /// The request id the service gave, when it gave one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            SdkError::Service(e) => e.request_id.as_deref(),
            SdkError::Decode(e) => e.request_id.as_deref(),
            _ => None,
        }
    }

    /// The HTTP status of the answer, when one came.
    pub fn status(&self) -> Option<u16> {
        match self {
            SdkError::Service(e) => Some(e.status),
            SdkError::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// The same error with its code converted (used to type the codes of an action).
    pub fn map_code<F>(self, f: impl FnOnce(E) -> F) -> SdkError<F> {
        match self {
            SdkError::InvalidInput(e) => SdkError::InvalidInput(e),
            SdkError::Service(e) => SdkError::Service(ServiceError {
                code: f(e.code),
                raw_code: e.raw_code,
                message: e.message,
                request_id: e.request_id,
                status: e.status,
            }),
            SdkError::Transport(e) => SdkError::Transport(e),
            SdkError::Timeout(e) => SdkError::Timeout(e),
            SdkError::Decode(e) => SdkError::Decode(e),
            SdkError::Config(e) => SdkError::Config(e),
        }
    }
}

impl<E> fmt::Display for SdkError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdkError::InvalidInput(e) => write!(f, "invalid request: {e}"),
            SdkError::Service(e) => e.fmt(f),
            SdkError::Transport(e) => e.fmt(f),
            SdkError::Timeout(e) => e.fmt(f),
            SdkError::Decode(e) => e.fmt(f),
            SdkError::Config(e) => write!(f, "configuration error: {e}"),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for SdkError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SdkError::InvalidInput(e) => Some(e),
            SdkError::Transport(e) => Some(e),
            SdkError::Timeout(e) => Some(e),
            SdkError::Decode(e) => Some(e),
            SdkError::Config(e) => Some(e),
            SdkError::Service(_) => None,
        }
    }
}

/// An error answer of the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceError<E> {
    /// The code, typed.
    pub code: E,
    /// The code exactly as received (`InvalidParameterValue.InvalidFilter`).
    pub raw_code: String,
    /// The service's message.
    pub message: String,
    /// The request id, for the vendor's support.
    pub request_id: Option<String>,
    /// HTTP status of the answer (200 for Tencent errors).
    pub status: u16,
}

impl<E> fmt::Display for ServiceError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.raw_code, self.message)?;
        match &self.request_id {
            Some(id) => write!(f, " (request id {id}, HTTP {})", self.status),
            None => write!(f, " (HTTP {})", self.status),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for ServiceError<E> {}

/// At which point the transport failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection could be made: the request never reached the server.
    Connect,
    /// The connection failed after the request may have been sent.
    Send,
    /// The answer's body could not be read to its end (reset, truncated).
    Body,
}

/// The request could not be sent or its answer not received.
#[derive(Debug)]
pub struct TransportError {
    /// Where it failed.
    pub kind: TransportErrorKind,
    /// What happened, in words (no secrets: built from the HTTP library's error).
    pub message: String,
    /// How many attempts were made.
    pub attempts: u32,
}

impl TransportError {
    /// Whether the request may have reached the server (so resending may repeat it).
    pub fn maybe_sent(&self) -> bool {
        self.kind != TransportErrorKind::Connect
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::Send => "connection failed",
            TransportErrorKind::Body => "could not read the response body",
        };
        write!(
            f,
            "{what}: {} (after {} attempt(s))",
            self.message, self.attempts
        )
    }
}

impl std::error::Error for TransportError {}

/// No complete answer within the configured time.
#[derive(Debug, Clone)]
pub struct TimeoutError {
    /// Whether the connection itself timed out (the request was then never sent).
    pub connect: bool,
    /// The limit that was exceeded.
    pub after: Duration,
    /// How many attempts were made.
    pub attempts: u32,
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.connect {
            "connecting"
        } else {
            "waiting for the response"
        };
        write!(
            f,
            "timed out {what} after {:?} (after {} attempt(s))",
            self.after, self.attempts
        )
    }
}

impl std::error::Error for TimeoutError {}

/// What was wrong with an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// Not JSON (an HTML page from a proxy, truncated text, ...).
    Json,
    /// JSON, but not the protocol's envelope (no `Response`, error without `Code`, ...).
    Envelope,
    /// The envelope is right but a member does not fit the documented type.
    Type,
    /// The body is larger than the configured cap; it was not read to its end.
    TooLarge,
}

/// An answer that could not be read.
#[derive(Debug, Clone)]
pub struct DecodeError {
    /// What was wrong.
    pub kind: DecodeErrorKind,
    /// HTTP status of the answer.
    pub status: u16,
    /// What the decoder said.
    pub message: String,
    /// The first bytes of the body (lossy UTF-8), to show what came instead.
    pub body_start: String,
    /// The request id, when it could still be found.
    pub request_id: Option<String>,
}

/// How much of a bad body an error keeps.
const BODY_START_LEN: usize = 200;

impl DecodeError {
    pub(crate) fn new(kind: DecodeErrorKind, status: u16, message: String, body: &[u8]) -> Self {
        let end = body.len().min(BODY_START_LEN);
        DecodeError {
            kind,
            status,
            message,
            body_start: String::from_utf8_lossy(&body[..end]).into_owned(),
            request_id: None,
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot read the response (HTTP {}): {}",
            self.status, self.message
        )?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        if !self.body_start.is_empty() {
            // Debug-quote the body start so control characters stay on one line.
            write!(f, "; body starts with {:?}", self.body_start)?;
        }
        Ok(())
    }
}

impl std::error::Error for DecodeError {}

/// Why a provider gave no credentials: which provider, and what went wrong, without secrets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialsError {
    /// The provider (`cvm-role`, `ecs-ram-role`, `sts-assume-role`, `tencent-default-chain`).
    pub provider: String,
    /// What went wrong.
    pub message: String,
    /// Why the provider did not apply, as facts, when it was not even tried (a variable not
    /// set, no file); `None` when it was tried and failed. A caller writing the reason in
    /// another language (a CLI in Chinese) reads this instead of `message`.
    pub unavailable: Option<Unavailable>,
}

impl CredentialsError {
    /// An error of `provider`.
    pub fn new(provider: impl Into<String>, message: impl Into<String>) -> Self {
        CredentialsError {
            provider: provider.into(),
            message: message.into(),
            unavailable: None,
        }
    }

    /// `provider` does not apply, for `why` (the message is `why` in English).
    pub fn unavailable(provider: impl Into<String>, why: Unavailable) -> Self {
        CredentialsError {
            provider: provider.into(),
            message: why.to_string(),
            unavailable: Some(why),
        }
    }
}

/// Why a provider of a chain does not apply, before anything is fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Unavailable {
    /// These variables, which the provider needs together, are not all set (the first one
    /// missing, or all of them where the provider reads a pair).
    Unset(Vec<String>),
    /// None of these files exists.
    NoFile(Vec<String>),
    /// There is no home directory to find the profile file in (`HOME` is not set).
    NoHome,
    /// Turned off by this variable.
    Disabled(String),
}

impl fmt::Display for Unavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dollars = |vars: &[String]| {
            vars.iter()
                .map(|v| format!("${v}"))
                .collect::<Vec<_>>()
                .join(" and ")
        };
        match self {
            Unavailable::Unset(vars) if vars.len() == 1 => {
                write!(f, "{} is not set", dollars(vars))
            }
            Unavailable::Unset(vars) if vars.len() == 2 => {
                write!(f, "{} are not both set", dollars(vars))
            }
            Unavailable::Unset(vars) => write!(f, "{} are not all set", dollars(vars)),
            Unavailable::NoFile(paths) => {
                let each: Vec<String> = paths
                    .iter()
                    .map(|p| format!("{p} does not exist"))
                    .collect();
                f.write_str(&each.join("; "))
            }
            Unavailable::NoHome => f.write_str("no home directory ($HOME is not set)"),
            Unavailable::Disabled(var) => write!(f, "disabled by ${var}"),
        }
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.provider, self.message)
    }
}

impl std::error::Error for CredentialsError {}

/// A configuration that cannot make the call.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// No credentials were given or found.
    NoCredentials {
        /// Where they were looked for.
        searched: String,
    },
    /// The call needs a region and none was given or found.
    NoRegion {
        /// The service.
        service: String,
    },
    /// The endpoint is not a usable URL.
    InvalidEndpoint {
        /// The endpoint as given.
        endpoint: String,
        /// Why it cannot be used.
        reason: String,
    },
    /// A plain-HTTP endpoint that is not on this machine, without `allow_http(true)`.
    InsecureEndpoint {
        /// The endpoint as given.
        endpoint: String,
    },
    /// A profile file could not be read or understood.
    Profile {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A credentials provider (or every provider of a chain) gave no credentials.
    Credentials(CredentialsError),
    /// The HTTP client could not be built.
    Http(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::NoCredentials { searched } => {
                write!(f, "no credentials found (looked in {searched})")
            }
            ConfigError::NoRegion { service } => write!(
                f,
                "no region configured for {service}: set one with .region(..) or in the environment"
            ),
            ConfigError::InvalidEndpoint { endpoint, reason } => {
                write!(f, "invalid endpoint {endpoint:?}: {reason}")
            }
            ConfigError::InsecureEndpoint { endpoint } => write!(
                f,
                "refusing plain-HTTP endpoint {endpoint:?}: only loopback hosts may use http:// unless allow_http(true) is set"
            ),
            ConfigError::Profile { path, message } => write!(f, "{path}: {message}"),
            ConfigError::Credentials(e) => write!(f, "no credentials: {e}"),
            ConfigError::Http(message) => write!(f, "cannot build the HTTP client: {message}"),
        }
    }
}

impl std::error::Error for ConfigError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_error_is_one_line_with_code_message_and_request_id() {
        let e: SdkError<String> = SdkError::Service(ServiceError {
            code: "InvalidParameter".to_owned(),
            raw_code: "InvalidParameter".to_owned(),
            message: "bad Limit".to_owned(),
            request_id: Some("req-1".to_owned()),
            status: 200,
        });
        assert_eq!(
            e.to_string(),
            "InvalidParameter: bad Limit (request id req-1, HTTP 200)"
        );
        assert_eq!(e.code().as_deref(), Some("InvalidParameter"));
        assert_eq!(e.request_id(), Some("req-1"));
    }

    #[test]
    fn decode_error_keeps_a_short_body_start() {
        let body = vec![b'x'; 10_000];
        let e = DecodeError::new(DecodeErrorKind::Json, 502, "expected value".into(), &body);
        assert_eq!(e.body_start.len(), BODY_START_LEN);
        assert!(!e.to_string().contains('\n'));
    }
}
