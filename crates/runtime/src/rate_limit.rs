//! Client-side pacing: a token bucket per action, filled at the action's documented rate.
//!
//! The vendors document per-action limits (TAT: 20 requests/s for most actions) and answer
//! `RequestLimitExceeded` beyond them; waiting a little on the client is cheaper than a
//! throttled round trip and a retry. The bucket holds one second's worth of tokens, so short
//! bursts go out at once.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use sdk_shape::ActionShape;
use tokio::time::Instant;

use crate::config::RateLimit;

struct Bucket {
    tokens: f64,
    rate: f64,
    updated: Instant,
}

impl Bucket {
    /// Take a token, or say how long until one is there.
    fn take(&mut self, now: Instant) -> Option<Duration> {
        let elapsed = now.saturating_duration_since(self.updated).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.rate).min(self.rate.max(1.0));
        self.updated = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            None
        } else {
            Some(Duration::from_secs_f64((1.0 - self.tokens) / self.rate))
        }
    }
}

/// The buckets of one client, one per action name.
pub struct RateLimiter {
    mode: RateLimit,
    buckets: Mutex<HashMap<&'static str, Bucket>>,
}

impl RateLimiter {
    /// A limiter with no bucket yet: each action's is made at its first call.
    pub fn new(mode: RateLimit) -> Self {
        RateLimiter {
            mode,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn rate_of(&self, action: &ActionShape) -> Option<u32> {
        match self.mode {
            RateLimit::Documented => action.rate_limit,
            RateLimit::PerSecond(n) => Some(n),
            RateLimit::Off => None,
        }
        .filter(|&n| n > 0)
    }

    /// Wait until `action` may be sent.
    pub async fn acquire(&self, action: &'static ActionShape) {
        let Some(rate) = self.rate_of(action) else {
            return;
        };
        loop {
            let wait = {
                // A poisoned lock only means another task panicked mid-update; the bucket
                // is still a valid (if slightly off) estimate.
                let mut buckets = self
                    .buckets
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                let now = Instant::now();
                let bucket = buckets.entry(action.name).or_insert_with(|| Bucket {
                    tokens: f64::from(rate),
                    rate: f64::from(rate),
                    updated: now,
                });
                bucket.take(now)
            };
            match wait {
                None => return,
                Some(d) => tokio::time::sleep(d).await,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_allows_a_burst_then_paces() {
        let start = Instant::now();
        let mut b = Bucket {
            tokens: 2.0,
            rate: 2.0,
            updated: start,
        };
        assert!(b.take(start).is_none());
        assert!(b.take(start).is_none());
        let wait = b.take(start).unwrap();
        assert!((wait.as_secs_f64() - 0.5).abs() < 1e-9);
        assert!(b.take(start + Duration::from_millis(500)).is_none());
    }
}
