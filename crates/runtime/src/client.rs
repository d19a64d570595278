//! [`ServiceClient`]: the one generic client every generated client wraps.
//!
//! A call goes: serialise the request → check it against the documented shape (nothing is
//! sent when that fails; values the documentation does not list are sent and logged as
//! `tracing` warnings, target `sdk_runtime::input`) → encode the body once → per attempt: wait for the rate limiter,
//! get the credentials (a provider's cache), sign with a fresh timestamp (corrected by the
//! learnt clock offset), POST, read the answer → on failure, re-sign once if the signature
//! was refused as expired, else ask [`crate::retry`] whether this failure may be retried for
//! this action and the client's retry budget whether it can pay for it.
//!
//! Paging and waiting are loops over calls; [`crate::paginate`] and [`crate::waiter`] take
//! the call as a closure, and [`ServiceClient::paginate`] and [`ServiceClient::wait`] hand
//! them one that sends through this client, so those modules know nothing of clients.

use std::fmt;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::SystemTime;

use reqwest::header::HeaderMap;
use reqwest::Method;

use sdk_shape::{
    validate_input, Action, ActionShape, InputError, InputErrorKind, InputWarning, PagedAction,
    Protocol, ServiceShape, WaiterShape,
};
use serde_json::Value;

use crate::clock;
use crate::config::Config;
use crate::credentials::chain::{self, ChainSettings};
use crate::credentials::{Credentials, CredentialsError, SharedCredentialsProvider};
use crate::endpoint::{self, ResolvedEndpoint};
use crate::error::{ConfigError, SdkError};
use crate::paginate::{PageSource, Pages};
use crate::protocol::{self, Attempt, RawResponse, WireRequest};
use crate::rate_limit::RateLimiter;
use crate::retry::budget::TokenBucket;
use crate::retry::{self, should_retry};
use crate::transport::{HttpResponse, Transport};
use crate::waiter::{self, WaitOptions, WaiterError};

/// What requests are signed with.
enum Signer {
    Static(Credentials),
    Provider(SharedCredentialsProvider),
    Anonymous,
    Missing,
}

impl Signer {
    fn of(service: &'static ServiceShape, config: &Config) -> Self {
        if let Some(c) = &config.credentials {
            return Signer::Static(c.clone());
        }
        if let Some(p) = &config.provider {
            return Signer::Provider(p.clone());
        }
        if let Some(env) = &config.default_chain {
            let settings = ChainSettings {
                metadata_endpoint: config.metadata_endpoint.clone(),
                sts_endpoint: config.sts_endpoint.clone(),
            };
            let chain = chain::default_chain(service, env, &settings);
            return Signer::Provider(SharedCredentialsProvider::new(chain));
        }
        if config.anonymous {
            return Signer::Anonymous;
        }
        Signer::Missing
    }
}

/// A typed request as the wire-name JSON the shapes check.
fn request_value<A: Action>(request: &A::Request) -> Result<Value, InputError> {
    serde_json::to_value(request).map_err(|e| {
        InputError::new(
            InputErrorKind::WrongType,
            "",
            format!("the request cannot be encoded: {e}"),
        )
    })
}

/// Check a request before anything is sent; a warning is logged and the request goes out
/// (the service is the judge of values newer than the documentation).
fn checked(action: &ActionShape, request: &Value) -> Result<(), SdkError<String>> {
    let warnings = validate_input(action, request).map_err(SdkError::InvalidInput)?;
    for warning in &warnings {
        tracing::warn!(
            target: "sdk_runtime::input",
            action = action.name,
            member = warning.path.as_str(),
            "{}: {warning}",
            action.name
        );
    }
    Ok(())
}

fn no_credentials() -> SdkError<String> {
    SdkError::Config(ConfigError::NoCredentials {
        searched: "the client configuration (no credentials were given)".to_owned(),
    })
}

/// A client of one service version. Cheap to clone: clones share the connection pool, the
/// rate limiter, the retry budget, the learnt clock offset and the credentials cache.
#[derive(Clone)]
pub struct ServiceClient {
    inner: Arc<Inner>,
}

struct Inner {
    service: &'static ServiceShape,
    config: Config,
    signer: Signer,
    endpoint: ResolvedEndpoint,
    transport: Transport,
    limiter: RateLimiter,
    budget: TokenBucket,
    /// Seconds to add to this machine's clock when signing, learnt from a server that
    /// refused a signature as expired.
    skew: AtomicI64,
}

impl fmt::Debug for ServiceClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceClient")
            .field("service", &self.inner.service.name)
            .field("version", &self.inner.service.version)
            .field("endpoint", &self.inner.endpoint.url.as_str())
            .field("config", &self.inner.config)
            .finish()
    }
}

impl ServiceClient {
    /// A client of `service` with `config`. Fails when no endpoint can be resolved (an
    /// Alibaba service without a region, an insecure endpoint) or the HTTP client cannot be
    /// built. Missing credentials are reported when a call is made.
    pub fn new(service: &'static ServiceShape, config: Config) -> Result<Self, ConfigError> {
        let endpoint = endpoint::resolve(
            service,
            config.endpoint.as_deref(),
            config.region.as_deref(),
            config.allow_http,
        )?;
        let transport = Transport::new(
            config.connect_timeout,
            config.timeout,
            config.max_response_bytes,
        )?;
        let limiter = RateLimiter::new(config.rate_limit);
        let signer = Signer::of(service, &config);
        Ok(ServiceClient {
            inner: Arc::new(Inner {
                service,
                signer,
                budget: TokenBucket::new(config.retry_budget),
                skew: AtomicI64::new(0),
                config,
                endpoint,
                transport,
                limiter,
            }),
        })
    }

    /// A client configured from the environment and profile files ([`Config::from_env`]).
    pub fn from_env(service: &'static ServiceShape) -> Result<Self, ConfigError> {
        Self::new(service, Config::from_env(service)?)
    }

    /// The service this client calls.
    pub fn service(&self) -> &'static ServiceShape {
        self.inner.service
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The URL requests go to.
    pub fn endpoint_url(&self) -> &str {
        self.inner.endpoint.url.as_str()
    }

    /// Check a typed request of action `A` against the documentation without sending it:
    /// the error [`send`](Self::send) would return before sending, or the warnings it would
    /// log (enum values the documentation does not list, which are still sent).
    pub fn check<A: Action>(&self, request: &A::Request) -> Result<Vec<InputWarning>, InputError> {
        validate_input(A::SHAPE, &request_value::<A>(request)?)
    }

    /// Send a typed request of action `A` and read its typed answer.
    pub async fn send<A: Action>(
        &self,
        request: &A::Request,
    ) -> Result<A::Response, SdkError<A::ErrorCode>> {
        self.send_typed::<A, _>(request, protocol::read_typed::<A::Response>)
            .await
    }

    /// [`send`](Self::send), with the answer's members also as the service sent them: waiters
    /// match their acceptors against these, so a typed response needs no `Serialize`.
    async fn send_with_json<A: Action>(
        &self,
        request: &A::Request,
    ) -> Result<(A::Response, Value), SdkError<A::ErrorCode>> {
        self.send_typed::<A, _>(request, |protocol, response| {
            let typed = protocol::read_typed::<A::Response>(protocol, response)?;
            Ok((typed, protocol::read_value(protocol, response)?.body))
        })
        .await
    }

    /// A typed request of `A` sent, its answer read by `read`, and error codes typed.
    async fn send_typed<A: Action, T>(
        &self,
        request: &A::Request,
        read: impl Fn(Protocol, &HttpResponse) -> Result<T, SdkError<String>>,
    ) -> Result<T, SdkError<A::ErrorCode>> {
        let value = request_value::<A>(request).map_err(SdkError::InvalidInput)?;
        let protocol = self.inner.service.protocol;
        self.execute(A::SHAPE, &value, |response| read(protocol, response))
            .await
            .map_err(|e| e.map_code(|code| A::ErrorCode::from(code.as_str())))
    }

    /// Send request members given as JSON (wire names) and read the answer as JSON.
    pub async fn send_json(
        &self,
        action: &'static ActionShape,
        request: Value,
    ) -> Result<RawResponse, SdkError<String>> {
        let protocol = self.inner.service.protocol;
        self.execute(action, &request, |response| {
            protocol::read_value(protocol, response)
        })
        .await
    }

    /// Page through an Offset/Limit action, starting at the request's offset.
    pub fn paginate<A: PagedAction>(&self, request: A::Request) -> Paginator<A> {
        Pages::new(self.clone(), request)
    }

    /// Poll `waiter`'s action with `request` until the waiter says the wait is over: the
    /// final answer, or why not.
    pub async fn wait<A: Action>(
        &self,
        waiter: &'static WaiterShape,
        request: &A::Request,
        options: &WaitOptions,
    ) -> Result<A::Response, WaiterError<A::ErrorCode, A::Response>> {
        waiter::run(waiter, options, || self.send_with_json::<A>(request)).await
    }

    /// [`wait`](Self::wait) with the request and the answer as JSON (wire names).
    pub async fn wait_json(
        &self,
        waiter: &'static WaiterShape,
        request: Value,
        options: &WaitOptions,
    ) -> Result<RawResponse, WaiterError<String, RawResponse>> {
        waiter::run(waiter, options, || async {
            let answer = self.send_json(waiter.action, request.clone()).await?;
            let json = answer.body.clone();
            Ok((answer, json))
        })
        .await
    }

    /// The exact HTTP request `send_json` would send for `request`, signed at `timestamp`
    /// (Unix seconds) with `nonce` as the ACS3 signature nonce (ignored by TC3), without
    /// sending it. For reviewing wire changes (snapshots) and debugging signatures.
    ///
    /// Signing happens offline, so the client needs explicit credentials (or none, for an
    /// anonymous client); credentials from a provider are not fetched here.
    pub fn prepare(
        &self,
        action: &'static ActionShape,
        request: &Value,
        timestamp: i64,
        nonce: &str,
    ) -> Result<PreparedRequest, SdkError<String>> {
        checked(action, request)?;
        let inner = &*self.inner;
        let credentials = match &inner.signer {
            Signer::Static(c) => Some(c),
            Signer::Anonymous => None,
            Signer::Missing => return Err(no_credentials()),
            Signer::Provider(p) => {
                return Err(SdkError::Config(ConfigError::Credentials(
                    CredentialsError::new(
                        p.name(),
                        "prepare signs offline and needs explicit credentials",
                    ),
                )))
            }
        };
        let wire = protocol::encode(inner.service.protocol, action, request)?;
        let headers = self.signed_headers(action, credentials, &wire, timestamp, Some(nonce))?;
        let mut pairs: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        pairs.push(("host".to_owned(), inner.endpoint.host.clone()));
        pairs.sort();
        Ok(PreparedRequest {
            method: wire.method,
            url: wire.url(&inner.endpoint.url)?.to_string(),
            headers: pairs,
            body: wire.body,
        })
    }

    /// The credentials of one attempt (`None`: unsigned). A provider's failure names the
    /// provider; nothing is sent then.
    async fn credentials(&self) -> Result<Option<Credentials>, SdkError<String>> {
        match &self.inner.signer {
            Signer::Static(c) => Ok(Some(c.clone())),
            Signer::Provider(p) => p
                .provide()
                .await
                .map(Some)
                .map_err(|e| SdkError::Config(ConfigError::Credentials(e))),
            Signer::Anonymous => Ok(None),
            Signer::Missing => Err(no_credentials()),
        }
    }

    /// The signed headers of one attempt (a fresh nonce when `nonce` is `None`).
    fn signed_headers(
        &self,
        action: &'static ActionShape,
        credentials: Option<&Credentials>,
        wire: &WireRequest,
        timestamp: i64,
        nonce: Option<&str>,
    ) -> Result<HeaderMap, SdkError<String>> {
        let inner = &*self.inner;
        protocol::headers(
            &Attempt {
                service: inner.service,
                action,
                endpoint: &inner.endpoint,
                credentials,
                region: inner.config.region.as_deref(),
                language: inner.config.language.as_deref(),
                timestamp,
                nonce,
            },
            wire,
        )
    }

    async fn execute<T>(
        &self,
        action: &'static ActionShape,
        request: &Value,
        read: impl Fn(&HttpResponse) -> Result<T, SdkError<String>>,
    ) -> Result<T, SdkError<String>> {
        checked(action, request)?;
        let inner = &*self.inner;
        let config = &inner.config;
        // Before anything is sent: missing credentials fail the call here.
        let mut credentials = self.credentials().await?;
        let wire = protocol::encode(inner.service.protocol, action, request)?;
        let url = wire.url(&inner.endpoint.url)?;
        let method = Method::from_bytes(wire.method.as_bytes()).map_err(|_| {
            SdkError::Config(ConfigError::Http(format!(
                "{} is bound to {:?}, which is not an HTTP method",
                action.name, wire.method
            )))
        })?;
        let max_attempts = config.retry.max_attempts.max(1);
        let mut attempt = 0;
        // What the last retry took from the budget (given back if it succeeds).
        let mut held = 0;
        let mut resigned = false;
        loop {
            attempt += 1;
            if attempt > 1 {
                // Cheap (cached); picks up credentials refreshed while this call waited.
                credentials = self.credentials().await?;
            }
            inner.limiter.acquire(action).await;
            let timestamp = clock::now_unix().saturating_add(inner.skew.load(Ordering::Relaxed));
            let headers =
                self.signed_headers(action, credentials.as_ref(), &wire, timestamp, None)?;
            let (result, retry_after, server_time) = match inner
                .transport
                .send(method.clone(), &url, headers, wire.body.clone())
                .await
            {
                Ok(mut response) => (
                    {
                        protocol::fill_empty_answer(action, &mut response);
                        read(&response)
                    },
                    retry::retry_after(&response.headers, SystemTime::now()),
                    retry::server_time(&response.headers),
                ),
                Err(e) => (Err(e), None, None),
            };
            let e = match result {
                Ok(value) => {
                    inner.budget.succeeded(held);
                    return Ok(value);
                }
                Err(e) => e,
            };
            if !resigned && retry::is_clock_skew(&e) {
                if let Some(server) = server_time {
                    // Signed at `timestamp` by our clock; the server's says `server`.
                    inner
                        .skew
                        .store(server - clock::now_unix(), Ordering::Relaxed);
                    resigned = true;
                    attempt -= 1;
                    continue;
                }
            }
            if attempt < max_attempts && should_retry(&e, action.read_only) {
                if let Some(cost) = inner.budget.acquire(retry::is_timeout_like(&e)) {
                    held = cost;
                    tokio::time::sleep(config.retry.wait(attempt, retry_after)).await;
                    continue;
                }
            }
            return Err(with_attempts(e, attempt));
        }
    }
}

/// A signed request that was not sent (see [`ServiceClient::prepare`]).
///
/// `Debug` redacts the session-token headers (the fields hold them as sent).
#[derive(Clone, PartialEq, Eq)]
pub struct PreparedRequest {
    /// HTTP method.
    pub method: &'static str,
    /// Full URL.
    pub url: String,
    /// Header names (lower case) and values, sorted by name; `host` included.
    pub headers: Vec<(String, String)>,
    /// The body as sent.
    pub body: bytes::Bytes,
}

/// Headers whose values are credentials: the session (security) token of each protocol.
const TOKEN_HEADERS: [&str; 2] = ["x-tc-token", "x-acs-security-token"];

// Hand-written rather than derived: a derived `Debug` printed the session token of
// temporary credentials to any log that formatted a prepared request with `{:?}`
// (found by tests/secrets.rs, `debug_of_prepared_requests`).
impl fmt::Debug for PreparedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(name, value)| {
                let shown = if TOKEN_HEADERS.contains(&name.as_str()) {
                    "<redacted>"
                } else {
                    value.as_str()
                };
                (name.as_str(), shown)
            })
            .collect();
        f.debug_struct("PreparedRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &headers)
            .field("body", &self.body)
            .finish()
    }
}

fn with_attempts(mut e: SdkError<String>, attempts: u32) -> SdkError<String> {
    match &mut e {
        SdkError::Transport(t) => t.attempts = attempts,
        SdkError::Timeout(t) => t.attempts = attempts,
        _ => {}
    }
    e
}

/// Pages of a paginated action sent through a [`ServiceClient`]: what
/// [`ServiceClient::paginate`] and the generated builders' `into_paginator()` return.
pub type Paginator<A> = Pages<A, ServiceClient>;

impl<A: Action> PageSource<A> for ServiceClient {
    fn fetch(
        &self,
        request: A::Request,
    ) -> impl std::future::Future<Output = Result<A::Response, SdkError<A::ErrorCode>>> + Send + 'static
    {
        let client = self.clone();
        async move { client.send::<A>(&request).await }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    /// Sending and waiting ask nothing of an action beyond `Action`: a generated
    /// response derives only `Deserialize` (and a request only `Serialize`) unless the model
    /// crate's `serialize-all` / `deserialize-all` features are on. This stops compiling if
    /// one of them gains a bound.
    #[allow(dead_code)]
    fn typed_calls_need_only_the_action_bounds<A: Action>(
        client: &ServiceClient,
        waiter: &'static WaiterShape,
        request: &A::Request,
    ) {
        drop(client.send::<A>(request));
        drop(client.wait::<A>(waiter, request, &WaitOptions::new(Duration::from_secs(60))));
    }
}
