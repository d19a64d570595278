//! Temporary credentials kept between calls and fetched again shortly before they expire,
//! once for all concurrent callers.
//!
//! The slot is behind an async mutex held across the fetch: when 32 calls find the
//! credentials stale at the same moment, the first fetches and the other 31 wait for it and
//! take its result, so the metadata service or STS sees one request, not 32. A fetch that
//! fails while the old credentials are still valid (only inside the refresh window) keeps
//! the old ones, as the vendors' SDKs do: a short outage of the metadata service must not
//! fail calls that could still be signed.

use std::future::Future;
use std::time::Duration;

use tokio::sync::Mutex;

use super::{Credentials, CredentialsError};
use crate::clock;

/// One provider's cached credentials.
#[derive(Debug)]
pub struct RefreshingCache {
    slot: Mutex<Option<Credentials>>,
    refresh_before: Duration,
}

impl RefreshingCache {
    /// A cache that fetches again when less than `refresh_before` is left.
    pub fn new(refresh_before: Duration) -> Self {
        RefreshingCache {
            slot: Mutex::new(None),
            refresh_before,
        }
    }

    /// The cached credentials if they are fresh, else the result of `fetch`.
    pub async fn get_or_refresh<F, Fut>(&self, fetch: F) -> Result<Credentials, CredentialsError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Credentials, CredentialsError>>,
    {
        let mut slot = self.slot.lock().await;
        let now = clock::now_unix();
        let margin = i64::try_from(self.refresh_before.as_secs()).unwrap_or(i64::MAX);
        if let Some(cached) = slot.as_ref() {
            match cached.expiry() {
                None => return Ok(cached.clone()),
                Some(expiry) if now < expiry.saturating_sub(margin) => return Ok(cached.clone()),
                Some(_) => {}
            }
        }
        match fetch().await {
            Ok(fresh) => {
                *slot = Some(fresh.clone());
                Ok(fresh)
            }
            Err(e) => match slot.as_ref() {
                Some(old) if old.expiry().is_some_and(|x| now < x) => Ok(old.clone()),
                _ => Err(e),
            },
        }
    }
}
