//! The provider interface: something that can be asked for credentials, now or again later,
//! and the chain that asks several in order.
//!
//! A chain remembers which provider answered and asks that one first next time (the
//! Alibaba SDK's "reuse last provider"): once the instance role has answered, later calls
//! do not read the environment and the profile file again.

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use futures_util::future::BoxFuture;

use super::Credentials;

// Defined in `error`, beside the `ConfigError` that holds it, so that `error` needs nothing
// from the credentials modules that use it.
pub use crate::error::{CredentialsError, Unavailable};

/// A source of credentials. Implementations cache what they fetch (see
/// [`super::cache::RefreshingCache`]) so asking is cheap.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// The provider's name, used in errors.
    fn name(&self) -> &str;

    /// Credentials valid for a while: fetched, or cached from an earlier fetch.
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>>;
}

/// A provider shared by clients and clones (`Arc`).
#[derive(Clone)]
pub struct SharedCredentialsProvider(Arc<dyn ProvideCredentials>);

impl SharedCredentialsProvider {
    /// Share `provider`.
    pub fn new(provider: impl ProvideCredentials + 'static) -> Self {
        SharedCredentialsProvider(Arc::new(provider))
    }

    /// The provider's name.
    pub fn name(&self) -> &str {
        self.0.name()
    }

    /// Ask the provider.
    pub async fn provide(&self) -> Result<Credentials, CredentialsError> {
        self.0.provide().await
    }
}

impl fmt::Debug for SharedCredentialsProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Credentials known already, or the reason a source has none (a link of a chain that was
/// looked at when the chain was built: environment variables, a profile file).
#[derive(Debug, Clone)]
pub struct StaticProvider {
    name: String,
    outcome: Result<Credentials, CredentialsError>,
}

impl StaticProvider {
    /// A provider that always gives `credentials`.
    pub fn new(name: impl Into<String>, credentials: Credentials) -> Self {
        StaticProvider {
            name: name.into(),
            outcome: Ok(credentials),
        }
    }

    /// A provider that always says why it has nothing.
    pub fn missing(name: impl Into<String>, reason: impl Into<String>) -> Self {
        let name = name.into();
        StaticProvider {
            outcome: Err(CredentialsError::new(&name, reason)),
            name,
        }
    }

    /// A provider that always fails with `error` (a provider that could not be built).
    pub fn failed(error: CredentialsError) -> Self {
        StaticProvider {
            name: error.provider.clone(),
            outcome: Err(error),
        }
    }

    /// A provider that does not apply, for `why` (kept as facts in its error).
    pub fn unavailable(name: impl Into<String>, why: Unavailable) -> Self {
        let name = name.into();
        StaticProvider {
            outcome: Err(CredentialsError::unavailable(&name, why)),
            name,
        }
    }

    /// The credentials, when it has them.
    pub fn credentials(&self) -> Option<&Credentials> {
        self.outcome.as_ref().ok()
    }
}

impl ProvideCredentials for StaticProvider {
    fn name(&self) -> &str {
        &self.name
    }

    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let outcome = self.outcome.clone();
        Box::pin(async move { outcome })
    }
}

/// Providers asked in order; the first that gives credentials wins. A failure lists every
/// provider asked and its reason.
#[derive(Debug)]
pub struct ChainProvider {
    name: String,
    links: Vec<SharedCredentialsProvider>,
    /// Index of the provider that answered last, `usize::MAX` before any did.
    last: AtomicUsize,
}

impl ChainProvider {
    /// A chain named `name` (for errors) of `links`, asked in order.
    pub fn new(name: impl Into<String>, links: Vec<SharedCredentialsProvider>) -> Self {
        ChainProvider {
            name: name.into(),
            links,
            last: AtomicUsize::new(usize::MAX),
        }
    }

    /// The names of the links, in order.
    pub fn link_names(&self) -> Vec<&str> {
        self.links.iter().map(|l| l.name()).collect()
    }

    /// Ask as [`provide`](ProvideCredentials::provide) does, but on failure hand back each
    /// provider's error, in the chain's order, for a caller that presents them itself (one
    /// line per provider, in the user's language).
    pub async fn provide_each(&self) -> Result<Credentials, Vec<CredentialsError>> {
        let last = self.last.load(Ordering::Relaxed);
        if let Some(link) = self.links.get(last) {
            // The provider that answered before answers again (from its cache, or by
            // refreshing); if it now fails, its reason is the one that matters.
            return link.provide().await.map_err(|e| vec![e]);
        }
        let mut failures = Vec::with_capacity(self.links.len());
        for (i, link) in self.links.iter().enumerate() {
            match link.provide().await {
                Ok(c) => {
                    self.last.store(i, Ordering::Relaxed);
                    return Ok(c);
                }
                Err(e) => failures.push(e),
            }
        }
        Err(failures)
    }

    async fn ask(&self) -> Result<Credentials, CredentialsError> {
        self.provide_each().await.map_err(|failures| {
            if self.last.load(Ordering::Relaxed) != usize::MAX {
                if let [one] = failures.as_slice() {
                    return one.clone();
                }
            }
            let reasons: Vec<String> = failures.iter().map(ToString::to_string).collect();
            CredentialsError::new(
                &self.name,
                format!(
                    "no provider gave credentials (tried {}): {}",
                    self.links.len(),
                    reasons.join("; ")
                ),
            )
        })
    }
}

impl ProvideCredentials for ChainProvider {
    fn name(&self) -> &str {
        &self.name
    }

    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.ask())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU32;

    /// Fails `fails` times, then answers; counts the questions.
    #[derive(Debug)]
    struct Flaky {
        fails: u32,
        asked: Arc<AtomicU32>,
    }

    impl ProvideCredentials for Flaky {
        fn name(&self) -> &str {
            "flaky"
        }

        fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
            let n = self.asked.fetch_add(1, Ordering::Relaxed);
            let outcome = if n < self.fails {
                Err(CredentialsError::new("flaky", format!("down ({n})")))
            } else {
                Ok(Credentials::new("AKIDflaky", "s"))
            };
            Box::pin(async move { outcome })
        }
    }

    #[tokio::test]
    async fn a_chain_asks_in_order_remembers_who_answered_and_lists_every_reason() {
        let asked = Arc::new(AtomicU32::new(0));
        let chain = ChainProvider::new(
            "test-chain",
            vec![
                SharedCredentialsProvider::new(StaticProvider::missing("first", "not set")),
                SharedCredentialsProvider::new(Flaky {
                    fails: 1,
                    asked: asked.clone(),
                }),
                SharedCredentialsProvider::new(StaticProvider::new(
                    "last",
                    Credentials::new("AKIDlast", "s"),
                )),
            ],
        );
        assert_eq!(chain.link_names(), ["first", "flaky", "last"]);
        // The flaky link fails first: the last one answers and is remembered.
        assert_eq!(chain.provide().await.unwrap().id(), "AKIDlast");
        assert_eq!(chain.provide().await.unwrap().id(), "AKIDlast");
        assert_eq!(
            asked.load(Ordering::Relaxed),
            1,
            "not asked again once the last answered"
        );

        let failing = ChainProvider::new(
            "test-chain",
            vec![
                SharedCredentialsProvider::new(StaticProvider::missing("first", "not set")),
                SharedCredentialsProvider::new(StaticProvider::missing("second", "no file")),
            ],
        );
        let e = failing.provide().await.unwrap_err();
        assert_eq!(
            e.to_string(),
            "test-chain: no provider gave credentials (tried 2): first: not set; second: no file"
        );
    }
}
