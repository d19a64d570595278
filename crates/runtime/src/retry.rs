//! When a failed attempt is sent again, and after how long.
//!
//! The rule that matters most: a request that may already have reached the server is sent
//! again only when the action is documented as read-only (`ActionShape::read_only`).
//! Creating an invoker twice because an answer was lost is worse than an error. So:
//!
//! | failure | read-only action | other action |
//! |---|---|---|
//! | throttling code (`RequestLimitExceeded*`, `Throttling*`): a definite "not done" | retry | retry |
//! | connection refused / connect timeout: never reached the server | retry | retry |
//! | `InternalError`, `ServiceUnavailable`, 5xx, timeout or reset after sending | retry | **no** |
//! | anything else (bad parameter, auth, 4xx, unreadable 2xx) | no | no |
//!
//! Waits grow exponentially with "full jitter" (a random wait between zero and the bound), so
//! clients throttled together do not come back together.

use std::time::Duration;

use rand::Rng;

use crate::error::{DecodeErrorKind, SdkError};

/// Retry settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryConfig {
    /// Most attempts per call, the first included.
    pub max_attempts: u32,
    /// Bound of the first wait.
    pub initial_backoff: Duration,
    /// Largest bound of any wait.
    pub max_backoff: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
        }
    }
}

impl RetryConfig {
    /// No retries: one attempt per call.
    pub fn disabled() -> Self {
        RetryConfig {
            max_attempts: 1,
            ..RetryConfig::default()
        }
    }

    /// The bound of the wait after failed attempt number `attempt` (1-based).
    pub fn backoff_bound(&self, attempt: u32) -> Duration {
        let factor = 1u32
            .checked_shl(attempt.saturating_sub(1))
            .unwrap_or(u32::MAX);
        self.initial_backoff
            .checked_mul(factor)
            .map_or(self.max_backoff, |d| d.min(self.max_backoff))
    }

    /// A random wait in `[bound/2, bound]` after failed attempt number `attempt`.
    ///
    /// Half the bound is kept as a floor: a throttled service needs *some* pause, and pure
    /// full jitter occasionally retries immediately.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let bound = self.backoff_bound(attempt);
        let nanos = u64::try_from(bound.as_nanos()).unwrap_or(u64::MAX);
        if nanos == 0 {
            return Duration::ZERO;
        }
        Duration::from_nanos(rand::rng().random_range(nanos / 2..=nanos))
    }
}

/// Whether a service error code says "too many requests".
pub fn is_throttling(code: &str) -> bool {
    code.starts_with("RequestLimitExceeded") || code.starts_with("Throttling")
}

/// Whether a service error code says the service failed internally (the action may or may
/// not have been done).
fn is_server_fault(code: &str) -> bool {
    code == "InternalError"
        || code.starts_with("InternalError.")
        || code == "ServiceUnavailable"
        || code.starts_with("ServiceUnavailable.")
}

/// Whether an attempt that failed with `error` may be sent again for an action that is
/// (`read_only`) or is not safe to repeat.
pub fn should_retry<E>(error: &SdkError<E>, read_only: bool) -> bool {
    match error {
        SdkError::Service(e) => {
            is_throttling(&e.raw_code)
                || (read_only && (is_server_fault(&e.raw_code) || e.status >= 500))
        }
        SdkError::Transport(e) => !e.maybe_sent() || read_only,
        SdkError::Timeout(e) => e.connect || read_only,
        // A 5xx that is not the protocol's error envelope (a proxy's HTML page): the request
        // may have reached the service.
        SdkError::Decode(e) => read_only && e.status >= 500 && e.kind != DecodeErrorKind::TooLarge,
        SdkError::InvalidInput(_) | SdkError::Config(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{
        DecodeError, ServiceError, TimeoutError, TransportError, TransportErrorKind,
    };

    fn service(code: &str, status: u16) -> SdkError<String> {
        SdkError::Service(ServiceError {
            code: code.to_owned(),
            raw_code: code.to_owned(),
            message: String::new(),
            request_id: None,
            status,
        })
    }

    fn transport(kind: TransportErrorKind) -> SdkError<String> {
        SdkError::Transport(TransportError {
            kind,
            message: String::new(),
            attempts: 1,
        })
    }

    #[test]
    fn throttling_is_retried_for_every_action() {
        for code in [
            "RequestLimitExceeded",
            "RequestLimitExceeded.UinLimitExceeded",
            "Throttling.User",
        ] {
            assert!(should_retry(&service(code, 200), false), "{code}");
        }
    }

    #[test]
    fn ambiguous_failures_are_retried_only_when_read_only() {
        let ambiguous = [
            service("InternalError", 200),
            service("ServiceUnavailable", 503),
            service("UnknownError", 500),
            transport(TransportErrorKind::Send),
            transport(TransportErrorKind::Body),
            SdkError::Timeout(TimeoutError {
                connect: false,
                after: Duration::from_secs(1),
                attempts: 1,
            }),
            SdkError::Decode(DecodeError::new(
                DecodeErrorKind::Json,
                502,
                String::new(),
                b"<html>",
            )),
        ];
        for e in &ambiguous {
            assert!(should_retry(e, true), "{e}");
            assert!(!should_retry(e, false), "{e}");
        }
    }

    #[test]
    fn connect_failures_are_retried_for_every_action() {
        assert!(should_retry(&transport(TransportErrorKind::Connect), false));
        let t: SdkError<String> = SdkError::Timeout(TimeoutError {
            connect: true,
            after: Duration::from_secs(1),
            attempts: 1,
        });
        assert!(should_retry(&t, false));
    }

    #[test]
    fn definite_errors_are_not_retried() {
        assert!(!should_retry(&service("InvalidParameter", 200), true));
        assert!(!should_retry(&service("MissingInvokeId", 400), true));
        let d = SdkError::<String>::Decode(DecodeError::new(
            DecodeErrorKind::Json,
            200,
            String::new(),
            b"",
        ));
        assert!(!should_retry(&d, true));
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let r = RetryConfig {
            max_attempts: 10,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(1),
        };
        assert_eq!(r.backoff_bound(1), Duration::from_millis(100));
        assert_eq!(r.backoff_bound(3), Duration::from_millis(400));
        assert_eq!(r.backoff_bound(40), Duration::from_secs(1));
        for attempt in 1..5 {
            let d = r.backoff(attempt);
            assert!(d <= r.backoff_bound(attempt) && d >= r.backoff_bound(attempt) / 2);
        }
    }
}
