//! Client configuration: credentials, region, endpoint, time limits, retries, rate limits.

use std::time::Duration;

use sdk_shape::ServiceShape;

use crate::credentials::{self, Credentials, Environment, SharedCredentialsProvider};
use crate::error::ConfigError;
use crate::retry::{RetryBudget, RetryConfig};

/// How requests are paced on the client side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RateLimit {
    /// Each action at most at its documented rate (requests per second); actions without a
    /// documented rate are not limited.
    #[default]
    Documented,
    /// Each action at most this many requests per second.
    PerSecond(u32),
    /// No client-side limit.
    Off,
}

/// The largest response body read by default: well above the largest documented answer
/// (100 tasks × 24 KB of output) and far below what would hurt memory.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

/// Everything a [`ServiceClient`](crate::ServiceClient) needs besides the service tables.
#[derive(Debug, Clone)]
pub struct Config {
    pub(crate) credentials: Option<Credentials>,
    pub(crate) provider: Option<SharedCredentialsProvider>,
    /// Set by `from_env` when neither the environment nor the profile file held keys: the
    /// client asks the vendor's default chain over this environment.
    pub(crate) default_chain: Option<Environment>,
    pub(crate) metadata_endpoint: Option<String>,
    pub(crate) sts_endpoint: Option<String>,
    /// Unsigned requests (the STS OIDC exchanges); never set by users.
    pub(crate) anonymous: bool,
    pub(crate) region: Option<String>,
    pub(crate) endpoint: Option<String>,
    pub(crate) connect_timeout: Duration,
    pub(crate) timeout: Duration,
    pub(crate) retry: RetryConfig,
    pub(crate) retry_budget: Option<RetryBudget>,
    pub(crate) rate_limit: RateLimit,
    pub(crate) language: Option<String>,
    pub(crate) allow_http: bool,
    pub(crate) max_response_bytes: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            credentials: None,
            provider: None,
            default_chain: None,
            metadata_endpoint: None,
            sts_endpoint: None,
            anonymous: false,
            region: None,
            endpoint: None,
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(30),
            retry: RetryConfig::default(),
            retry_budget: Some(RetryBudget::standard()),
            rate_limit: RateLimit::Documented,
            language: None,
            allow_http: false,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }
}

impl Config {
    /// A builder starting from the defaults (no credentials, no region, documented endpoint,
    /// 5 s connect and 30 s total timeouts, 3 attempts, smithy's standard retry budget,
    /// documented rate limits, HTTPS only).
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder(Config::default())
    }

    /// Credentials and region from the environment and the vendor's default chain, in the
    /// order documented in [the `credentials` module](crate::credentials). Keys in the
    /// environment or the profile file are used as they are; otherwise the client asks the
    /// rest of the chain (instance role, OIDC, roles named by the profile) at its first call,
    /// and a failure then lists every provider tried. Warnings (a profile file readable by
    /// others) are printed to stderr.
    ///
    /// The endpoint comes from `TENCENTCLOUD_ENDPOINT_URL_<SERVICE>` /
    /// `ALIBABA_CLOUD_ENDPOINT_URL_<SERVICE>` (the service name upper-cased, `-` as `_`), else
    /// `TENCENTCLOUD_ENDPOINT_URL` / `ALIBABA_CLOUD_ENDPOINT_URL`, else the documented one;
    /// the region from the service's region variable (`TENCENTCLOUD_REGION`,
    /// `ALIBABA_CLOUD_REGION_ID`), else the profile file. Anything can then be overridden in
    /// one chain: `Config::from_env(&SERVICE)?.to_builder().timeout(t).build()`.
    pub fn from_env(service: &ServiceShape) -> Result<Config, ConfigError> {
        let env = Environment::capture_for(service);
        Self::from_environment(service, env)
    }

    /// [`from_env`](Self::from_env) over a given environment (no process state is read).
    pub fn from_environment(
        service: &ServiceShape,
        env: Environment,
    ) -> Result<Config, ConfigError> {
        let resolved = credentials::resolve(&service.credentials, &env)?;
        for warning in &resolved.warnings {
            eprintln!("{warning}");
        }
        let from_variables = env.id.is_some() && env.secret.is_some();
        // Alibaba asks its OIDC role before the profile file: keys from the file are used
        // directly only when that link does not apply.
        let oidc_first = service.protocol.is_acs3()
            && [
                "ALIBABA_CLOUD_ROLE_ARN",
                "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
                "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
            ]
            .iter()
            .all(|v| env.var(v).is_some());
        let mut config = Config {
            region: resolved.region,
            endpoint: env.endpoint(service).map(str::to_owned),
            ..Config::default()
        };
        match resolved.credentials {
            Some(c) if from_variables || !oidc_first => config.credentials = Some(c),
            _ => config.default_chain = Some(env),
        }
        Ok(config)
    }

    /// The configured credentials.
    pub fn credentials(&self) -> Option<&Credentials> {
        self.credentials.as_ref()
    }

    /// The configured region.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// The configured endpoint override.
    pub fn endpoint(&self) -> Option<&str> {
        self.endpoint.as_deref()
    }

    /// The retry settings.
    pub fn retry(&self) -> &RetryConfig {
        &self.retry
    }

    /// A builder starting from this configuration, to change a few settings.
    pub fn to_builder(&self) -> ConfigBuilder {
        ConfigBuilder(self.clone())
    }
}

/// Builds a [`Config`].
#[derive(Debug, Clone)]
pub struct ConfigBuilder(Config);

impl ConfigBuilder {
    /// The credentials to sign with.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.0.credentials = Some(credentials);
        self
    }

    /// A provider asked for credentials at each call (it caches what it fetches); explicit
    /// [`credentials`](Self::credentials) win over it.
    pub fn credentials_provider(mut self, provider: SharedCredentialsProvider) -> Self {
        self.0.provider = Some(provider);
        self
    }

    /// The metadata service the instance-role providers of the default chain ask
    /// (default `http://metadata.tencentyun.com`, `http://100.100.100.200`).
    pub fn metadata_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.0.metadata_endpoint = Some(endpoint.into());
        self
    }

    /// The STS endpoint the role providers of the default chain call (default
    /// `sts.tencentcloudapi.com`, `sts.aliyuncs.com`).
    pub fn sts_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.0.sts_endpoint = Some(endpoint.into());
        self
    }

    /// Send requests unsigned (the OIDC exchanges with STS, whose token is the proof).
    pub(crate) fn anonymous(mut self) -> Self {
        self.0.anonymous = true;
        self
    }

    /// The region (`ap-guangzhou`, `cn-hangzhou`).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.0.region = Some(region.into());
        self
    }

    /// An endpoint overriding the documented one: a full URL (`http://127.0.0.1:8080`) or a
    /// host name (HTTPS is then used).
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.0.endpoint = Some(endpoint.into());
        self
    }

    /// Time limit for establishing a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.0.connect_timeout = timeout;
        self
    }

    /// Time limit for one attempt, from sending to the last byte of the answer.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.0.timeout = timeout;
        self
    }

    /// Most attempts per call, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.0.retry.max_attempts = attempts.max(1);
        self
    }

    /// Retry settings.
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.0.retry = retry;
        self
    }

    /// The retry budget shared by all calls of a client ([`RetryBudget::standard`] by
    /// default); `None` lets every call retry up to its attempts whatever the others do.
    pub fn retry_budget(mut self, budget: Option<RetryBudget>) -> Self {
        self.0.retry_budget = budget;
        self
    }

    /// Client-side pacing.
    pub fn rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.0.rate_limit = rate_limit;
        self
    }

    /// Language of Tencent's messages (`zh-CN` or `en-US`), sent as `X-TC-Language`.
    pub fn language(mut self, language: impl Into<String>) -> Self {
        self.0.language = Some(language.into());
        self
    }

    /// Allow plain-HTTP endpoints on hosts other than loopback (off by default: requests
    /// carry credentials-derived signatures and tokens).
    pub fn allow_http(mut self, allow: bool) -> Self {
        self.0.allow_http = allow;
        self
    }

    /// The largest response body read; a larger one fails with a decode error.
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.0.max_response_bytes = bytes;
        self
    }

    /// The configuration.
    pub fn build(self) -> Config {
        self.0
    }
}
