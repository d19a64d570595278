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
//! clients throttled together do not come back together. A `Retry-After` header, when an
//! answer has one, replaces the computed wait, capped at `max_backoff`.
//!
//! Retries are paid from the client's [`budget`] (a token bucket shared by all its calls).
//!
//! A signature refused as expired (Tencent `AuthFailure.SignatureExpire`, Alibaba
//! `InvalidTimeStamp.Expired`) means this machine's clock is off: the client learns the
//! offset from the answer's `Date` header, signs the request again once with it at once
//! (neither an attempt nor a budget cost: nothing was carried out), and signs later calls
//! with it too.

pub mod budget;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;

pub use budget::RetryBudget;

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

    /// The wait before the next attempt: what the server asked for (`retry_after`), capped
    /// at `max_backoff`, or else the jittered [`backoff`](Self::backoff).
    pub fn wait(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        match retry_after {
            Some(asked) => asked.min(self.max_backoff),
            None => self.backoff(attempt),
        }
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

/// The wait a `Retry-After` header asks for (delta seconds or an HTTP date), if any.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get("retry-after")?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The server's clock from the `Date` header, as Unix seconds.
pub fn server_time(headers: &HeaderMap) -> Option<i64> {
    let value = headers.get("date")?.to_str().ok()?;
    let at = httpdate::parse_http_date(value.trim()).ok()?;
    let secs = at.duration_since(UNIX_EPOCH).ok()?.as_secs();
    i64::try_from(secs).ok()
}

/// Whether the service refused the signature because its timestamp is too far off.
pub fn is_clock_skew<E>(error: &SdkError<E>) -> bool {
    matches!(error, SdkError::Service(e)
        if e.raw_code == "AuthFailure.SignatureExpire" || e.raw_code == "InvalidTimeStamp.Expired")
}

/// Whether a retry after `error` costs the timeout price of the budget.
pub(crate) fn is_timeout_like<E>(error: &SdkError<E>) -> bool {
    matches!(error, SdkError::Timeout(_) | SdkError::Transport(_))
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
    fn retry_after_is_read_in_both_forms_and_capped() {
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut h = HeaderMap::new();
        assert_eq!(retry_after(&h, now), None);
        h.insert("retry-after", "3".parse().unwrap());
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(3)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(7));
        h.insert("retry-after", later.parse().unwrap());
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(7)));
        h.insert("retry-after", "soon".parse().unwrap());
        assert_eq!(retry_after(&h, now), None);
        let r = RetryConfig::default();
        assert_eq!(
            r.wait(1, Some(Duration::from_secs(3))),
            Duration::from_secs(3)
        );
        assert_eq!(r.wait(1, Some(Duration::from_secs(3600))), r.max_backoff);
        assert!(r.wait(1, None) <= r.backoff_bound(1));
    }

    #[test]
    fn the_date_header_gives_the_server_clock() {
        let mut h = HeaderMap::new();
        h.insert("date", "Tue, 14 Nov 2023 22:13:20 GMT".parse().unwrap());
        assert_eq!(server_time(&h), Some(1_700_000_000));
        assert!(is_clock_skew(&service("AuthFailure.SignatureExpire", 200)));
        assert!(is_clock_skew(&service("InvalidTimeStamp.Expired", 400)));
        assert!(!is_clock_skew(&service(
            "AuthFailure.SignatureFailure",
            200
        )));
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
