//! Global flags → the runtime's [`Config`]: region, endpoint, profile, credentials, timeout,
//! attempts.
//!
//! Credentials and the default region are looked up by the runtime's own functions
//! ([`sdk_runtime::credentials`]: its default chains, through [`crate::credentials`]), so the
//! CLI and the client crates read the same environment variables and profile files in the
//! same order; `--profile` only picks the profile name.

use std::time::Duration;

use clap::ArgMatches;
use sdk_runtime::credentials::{self, Environment};

use crate::credentials::{CredentialFlags, Signing};
use sdk_runtime::endpoint;
use sdk_runtime::{Config, ConfigError, Credentials};
use sdk_shape::ServiceShape;

use crate::exit::Failure;
use crate::flags::ids;
use crate::language::{pick, say};

/// The global flags of one run.
#[derive(Debug, Clone, Default)]
pub struct Globals {
    /// `--region`.
    pub region: Option<String>,
    /// `--endpoint`.
    pub endpoint: Option<String>,
    /// `--profile`.
    pub profile: Option<String>,
    /// `--timeout`, validated.
    pub timeout: Option<Duration>,
    /// `--max-attempts`.
    pub max_attempts: Option<u32>,
    /// `--debug`.
    pub debug: bool,
    /// `--mock` (or `--mock-scenario`).
    pub mock: bool,
    /// `--mock-scenario`.
    pub mock_scenario: Option<String>,
    /// `--allow-http`.
    pub allow_http: bool,
    /// `--use-cvm-role`, `--mode`, `--role-arn`, `--role-session-name`.
    pub credentials: CredentialFlags,
}

impl Globals {
    /// Read the global flags (clap propagates them to the action's matches).
    pub fn from_matches(matches: &ArgMatches) -> Result<Self, Failure> {
        let timeout = match matches.get_one::<f64>(ids::TIMEOUT) {
            Some(&secs) if secs.is_finite() && secs > 0.0 && secs <= 86_400.0 => {
                Some(Duration::from_secs_f64(secs))
            }
            Some(secs) => {
                return Err(Failure::usage(say!(
                    "--timeout: {secs} is not a number of seconds between 0 and 86400",
                    "--timeout：{secs} 不是 0 到 86400 之间的秒数"
                )))
            }
            None => None,
        };
        Ok(Globals {
            region: matches.get_one::<String>(ids::REGION).cloned(),
            endpoint: matches.get_one::<String>(ids::ENDPOINT).cloned(),
            profile: matches.get_one::<String>(ids::PROFILE).cloned(),
            timeout,
            max_attempts: matches.get_one::<u32>(ids::MAX_ATTEMPTS).copied(),
            debug: matches.get_flag(ids::DEBUG),
            mock: matches.get_flag(ids::MOCK)
                || matches.get_one::<String>(ids::MOCK_SCENARIO).is_some(),
            mock_scenario: matches.get_one::<String>(ids::MOCK_SCENARIO).cloned(),
            allow_http: matches.get_flag(ids::ALLOW_HTTP),
            credentials: CredentialFlags::from_matches(matches),
        })
    }
}

/// What `--mock` falls back to when nothing is configured.
#[derive(Debug, Clone)]
pub struct Fallback {
    /// The mock's demo credentials for this service.
    pub credentials: Credentials,
    /// A region for this service.
    pub region: &'static str,
}

/// The client configuration for `service`: with `fallback` (`--mock`), the keys of the
/// environment or the profile, else the mock's demo keys; without, the credentials of the
/// vendor's default chain or of the source the flags name, asked for now, so that a run
/// without any fails here, before anything is sent.
pub async fn client_config(
    service: &'static ServiceShape,
    globals: &Globals,
    fallback: Option<&Fallback>,
) -> Result<Config, Failure> {
    let mut env = Environment::capture_for(service);
    if let Some(profile) = &globals.profile {
        env.profile = Some(profile.clone());
    }
    let resolved = credentials::resolve(&service.credentials, &env)
        .map_err(|e| Failure::usage(e.to_string()))?;
    for warning in &resolved.warnings {
        eprintln!("{warning}");
    }
    let region = globals
        .region
        .clone()
        .or(resolved.region.clone())
        .or_else(|| fallback.map(|f| f.region.to_owned()));
    let mut builder = match fallback {
        // The mock accepts the keys it is started with: keys, never a role to fetch.
        Some(fallback) => {
            if globals.credentials.any() {
                return Err(Failure::usage(pick(
                    "--mock signs with the configured keys or its demo keys: --use-cvm-role, --mode and --role-arn do not apply",
                    "--mock 使用已配置的密钥或其演示密钥签名：--use-cvm-role、--mode 和 --role-arn 不适用",
                )));
            }
            let keys = resolved
                .credentials
                .clone()
                .unwrap_or_else(|| fallback.credentials.clone());
            Config::builder().credentials(keys)
        }
        None => {
            let signing = crate::credentials::signing(
                service,
                &globals.credentials,
                &env,
                &resolved,
                region.as_deref(),
            )
            .await?;
            match signing {
                Signing::Keys(keys) => Config::builder().credentials(keys),
                Signing::Provider(provider) => Config::builder().credentials_provider(provider),
            }
        }
    };
    if let Some(region) = region {
        builder = builder.region(region);
    }
    // `--endpoint`, else the ecosystem's variables (`TENCENTCLOUD_ENDPOINT_URL_TAT`, ...).
    let endpoint = globals
        .endpoint
        .clone()
        .or_else(|| env.endpoint(service).map(str::to_owned));
    if let Some(endpoint) = endpoint {
        builder = builder.allow_http(plain_http_allowed(&endpoint, globals.allow_http)?);
        builder = builder.endpoint(endpoint);
    }
    if let Some(timeout) = globals.timeout {
        builder = builder
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(5)));
    }
    if let Some(attempts) = globals.max_attempts {
        builder = builder.max_attempts(attempts);
    }
    // The service's own messages in the help's language, where the API takes one (the
    // runtime sends it as Tencent's `X-TC-Language`; Alibaba's APIs have no such header).
    if service.protocol == sdk_shape::Protocol::Tc3Json {
        builder = builder.language(crate::language::chosen().tag());
    }
    Ok(builder.build())
}

/// The plain-HTTP policy for `--endpoint`: the runtime refuses `http://` on hosts other than
/// loopback; `--allow-http` lifts that, with a warning, and without it the refusal names the
/// flag. Returns the runtime's `allow_http` setting.
fn plain_http_allowed(endpoint: &str, allow_http: bool) -> Result<bool, Failure> {
    match endpoint::parse(endpoint, false) {
        Err(ConfigError::InsecureEndpoint { .. }) if allow_http => {
            eprintln!(
                "{}",
                say!(
                    "warning: --endpoint {endpoint} is plain http:// on a host other than loopback: requests and answers can be read and changed on the network",
                    "warning: --endpoint {endpoint} 是非本机回环主机上的明文 http://：请求和应答可在网络上被读取和篡改"
                )
            );
            Ok(true)
        }
        Err(ConfigError::InsecureEndpoint { .. }) => Err(Failure::usage(say!(
            "--endpoint {endpoint}: plain http:// is allowed only for loopback hosts (127.0.0.1, ::1, localhost); use https://, or pass --allow-http to send over plain HTTP anyway",
            "--endpoint {endpoint}：明文 http:// 只允许用于本机回环主机（127.0.0.1、::1、localhost）；请使用 https://，或加 --allow-http 仍以明文 HTTP 发送"
        ))),
        // Other problems are reported when the client is built.
        _ => Ok(false),
    }
}
