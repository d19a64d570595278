//! The retry budget: one token bucket per client, shared by all its calls, as smithy's
//! standard retry strategy has it (`aws-smithy-runtime`, `TokenBucket`).
//!
//! Every retry takes tokens from the bucket (5, or 10 after a timeout or broken
//! connection); a call whose first attempt succeeds puts one back; a retry that succeeds
//! gives its tokens back. When the bucket cannot pay for a retry, the call ends with the
//! error it has. So when a service is down or throttling hard, a client's many callers
//! together send about `capacity / cost` retries and then stop retrying until successes
//! refill the bucket, instead of multiplying the load on a struggling service by the
//! number of attempts.

use std::sync::Mutex;

/// The bucket's sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryBudget {
    /// Tokens in a full bucket (and at the start).
    pub capacity: u32,
    /// Cost of a retry after an error answer (throttling, 5xx).
    pub retry_cost: u32,
    /// Cost of a retry after a timeout or a broken connection.
    pub timeout_retry_cost: u32,
    /// Tokens put back by a call that succeeded at its first attempt.
    pub success_reward: u32,
}

impl RetryBudget {
    /// smithy's standard sizes: 500 tokens, 5 per retry, 10 per retry after a timeout, 1
    /// back per first-attempt success.
    pub const fn standard() -> Self {
        RetryBudget {
            capacity: 500,
            retry_cost: 5,
            timeout_retry_cost: 10,
            success_reward: 1,
        }
    }
}

impl Default for RetryBudget {
    fn default() -> Self {
        RetryBudget::standard()
    }
}

/// The tokens of one client (`None` settings: retries are not budgeted).
#[derive(Debug)]
pub(crate) struct TokenBucket {
    settings: Option<RetryBudget>,
    tokens: Mutex<u32>,
}

impl TokenBucket {
    pub(crate) fn new(settings: Option<RetryBudget>) -> Self {
        TokenBucket {
            tokens: Mutex::new(settings.map_or(0, |s| s.capacity)),
            settings,
        }
    }

    fn tokens(&self) -> std::sync::MutexGuard<'_, u32> {
        // A poisoned lock only means a panic elsewhere mid-update; the count is still usable.
        self.tokens.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Take the tokens for one retry: `Some(cost)` (0 when not budgeted), or `None` when
    /// the bucket cannot pay and the retry must not happen.
    pub(crate) fn acquire(&self, after_timeout: bool) -> Option<u32> {
        let Some(s) = self.settings else {
            return Some(0);
        };
        let cost = if after_timeout {
            s.timeout_retry_cost
        } else {
            s.retry_cost
        };
        let mut tokens = self.tokens();
        (*tokens >= cost).then(|| {
            *tokens -= cost;
            cost
        })
    }

    /// A call succeeded; `held` is what its last retry cost (0 if it did not retry).
    pub(crate) fn succeeded(&self, held: u32) {
        let Some(s) = self.settings else { return };
        let back = if held > 0 { held } else { s.success_reward };
        let mut tokens = self.tokens();
        *tokens = tokens.saturating_add(back).min(s.capacity);
    }

    /// Tokens left (for tests and diagnostics).
    #[cfg(test)]
    pub(crate) fn available(&self) -> u32 {
        *self.tokens()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_drain_the_bucket_and_successes_refill_it() {
        let b = TokenBucket::new(Some(RetryBudget {
            capacity: 12,
            ..RetryBudget::standard()
        }));
        assert_eq!(b.acquire(false), Some(5));
        assert_eq!(b.acquire(false), Some(5));
        assert_eq!(b.acquire(false), None, "2 tokens cannot pay for a retry");
        b.succeeded(5);
        assert_eq!(b.available(), 7);
        assert_eq!(b.acquire(true), None, "a timeout retry costs 10");
        for _ in 0..10 {
            b.succeeded(0);
        }
        assert_eq!(b.available(), 12, "capped at capacity");
        assert_eq!(b.acquire(true), Some(10));
    }

    #[test]
    fn without_a_budget_every_retry_is_paid() {
        let b = TokenBucket::new(None);
        for _ in 0..10_000 {
            assert_eq!(b.acquire(true), Some(0));
        }
    }
}
