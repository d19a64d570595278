//! Roles assumed through the vendors' STS: temporary credentials for a role, obtained with
//! other credentials (`AssumeRole`) or with an OIDC token (Tencent
//! `AssumeRoleWithWebIdentity`, Alibaba `AssumeRoleWithOIDC`).
//!
//! The calls go through this crate's own [`ServiceClient`] over small hand-written service
//! tables: Tencent STS `2018-08-13` with TC3, Alibaba STS `2015-04-01` with ACS3 RPC, so
//! they are signed, retried and read like every other call. The OIDC exchanges carry no
//! signature (the token is the proof): Tencent's SDK sends `Authorization: SKIP`, Alibaba's
//! sends no `Authorization`; the clients here are built anonymous to do the same.
//! Parameters and answer fields follow `credential.py` of `tencentcloud-sdk-python-common`
//! 3.1.195 and `provider/ram_role_arn.py`, `provider/oidc.py` of `alibabacloud-credentials`
//! 1.0.12.

use std::path::PathBuf;
use std::time::Duration;

use futures_util::future::BoxFuture;
use sdk_shape::{
    ActionShape, CredentialSources, Endpoint, Kind, MemberShape, Protocol, ServiceShape,
};
use serde_json::{json, Value};

use super::cache::RefreshingCache;
use super::metadata::member;
use super::{Credentials, CredentialsError, ProvideCredentials, SharedCredentialsProvider};
use crate::clock;
use crate::config::{Config, RateLimit};
use crate::error::SdkError;
use crate::ServiceClient;

/// Tencent STS's documented host.
pub const TENCENT_STS_ENDPOINT: &str = "sts.tencentcloudapi.com";
/// Alibaba STS's central host (`sts.<region>.aliyuncs.com` with a region).
pub const ALIBABA_STS_ENDPOINT: &str = "sts.aliyuncs.com";

const fn m(name: &'static str, kind: Kind, required: bool) -> MemberShape {
    MemberShape {
        name,
        kind,
        required,
        ..MemberShape::BASE
    }
}

const fn action(name: &'static str, input: &'static [MemberShape]) -> ActionShape {
    ActionShape {
        name,
        command: "",
        description: sdk_shape::Text::NONE,
        rate_limit: None,
        region_required: false,
        // Assuming a role twice is harmless, but only definite failures are retried anyway.
        read_only: false,
        input,
        output: &[],
        rules: &[],
        errors: &[],
        examples: &[],
        pagination: None,
        http: None,
    }
}

static TC_ASSUME_ROLE: ActionShape = action(
    "AssumeRole",
    &[
        m("RoleArn", Kind::String, true),
        m("RoleSessionName", Kind::String, true),
        m("DurationSeconds", Kind::Uint64, false),
    ],
);

static TC_ASSUME_ROLE_WITH_WEB_IDENTITY: ActionShape = action(
    "AssumeRoleWithWebIdentity",
    &[
        m("ProviderId", Kind::String, true),
        m("WebIdentityToken", Kind::String, true),
        m("RoleArn", Kind::String, true),
        m("RoleSessionName", Kind::String, true),
        m("DurationSeconds", Kind::Uint64, false),
    ],
);

static ALI_ASSUME_ROLE: ActionShape = action(
    "AssumeRole",
    &[
        m("RoleArn", Kind::String, true),
        m("RoleSessionName", Kind::String, true),
        m("DurationSeconds", Kind::Uint64, false),
    ],
);

static ALI_ASSUME_ROLE_WITH_OIDC: ActionShape = action(
    "AssumeRoleWithOIDC",
    &[
        m("OIDCProviderArn", Kind::String, true),
        m("RoleArn", Kind::String, true),
        m("OIDCToken", Kind::String, true),
        m("RoleSessionName", Kind::String, true),
        m("DurationSeconds", Kind::Uint64, false),
    ],
);

static TENCENT_STS: ServiceShape = ServiceShape {
    name: "sts",
    title: "Tencent Cloud STS",
    version: "2018-08-13",
    protocol: Protocol::Tc3Json,
    endpoints: &[Endpoint {
        host: TENCENT_STS_ENDPOINT,
        description: "",
    }],
    regional_endpoint: None,
    endpoint_map: &[],
    credentials: CredentialSources {
        id_env: "TENCENTCLOUD_SECRET_ID",
        secret_env: "TENCENTCLOUD_SECRET_KEY",
        token_env: "TENCENTCLOUD_SESSION_TOKEN",
        region_env: Some("TENCENTCLOUD_REGION"),
        profile_file: "~/.tencentcloud/credentials",
    },
    common_errors: &[],
    service_errors: &[],
    actions: &[&TC_ASSUME_ROLE, &TC_ASSUME_ROLE_WITH_WEB_IDENTITY],
    waiters: &[],
};

static ALIBABA_STS: ServiceShape = ServiceShape {
    name: "sts",
    title: "Alibaba Cloud STS",
    version: "2015-04-01",
    protocol: Protocol::Acs3Rpc,
    endpoints: &[],
    regional_endpoint: Some("sts.{region}.aliyuncs.com"),
    endpoint_map: &[],
    credentials: CredentialSources {
        id_env: "ALIBABA_CLOUD_ACCESS_KEY_ID",
        secret_env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        token_env: "ALIBABA_CLOUD_SECURITY_TOKEN",
        region_env: Some("ALIBABA_CLOUD_REGION_ID"),
        profile_file: "~/.aliyun/config.json",
    },
    common_errors: &[],
    service_errors: &[],
    actions: &[&ALI_ASSUME_ROLE, &ALI_ASSUME_ROLE_WITH_OIDC],
    waiters: &[],
};

/// Which vendor's STS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vendor {
    /// Tencent Cloud STS (TC3).
    Tencent,
    /// Alibaba Cloud STS (ACS3 RPC).
    Alibaba,
}

/// How the role is asked for.
#[derive(Debug, Clone)]
enum Grant {
    /// `AssumeRole`, signed with the credentials of another provider.
    Credentials,
    /// The OIDC exchange with the token read from this file at each refresh (tokens rotate).
    Oidc {
        provider: String,
        token_file: PathBuf,
    },
}

/// What a role provider is built from.
#[derive(Debug, Clone)]
pub struct RoleSettings {
    /// The role (`qcs::cam::uin/1:roleName/r`, `acs:ram::1:role/r`).
    pub role_arn: String,
    /// The session name; a default naming this SDK and the time when `None`.
    pub session_name: Option<String>,
    /// Validity asked for; the vendor's default (Tencent 7200 s, Alibaba 3600 s) when `None`.
    pub duration_seconds: Option<u64>,
    /// The STS endpoint (URL or host); the vendor's documented one when `None`.
    pub endpoint: Option<String>,
    /// The region sent to Tencent STS (`X-TC-Region`), when known.
    pub region: Option<String>,
}

/// Temporary credentials of a role, from STS, cached and refreshed before they expire.
#[derive(Debug)]
pub struct AssumeRoleProvider {
    name: &'static str,
    vendor: Vendor,
    grant: Grant,
    settings: RoleSettings,
    duration: u64,
    client: ServiceClient,
    cache: RefreshingCache,
}

impl AssumeRoleProvider {
    /// `AssumeRole` with the credentials `base` provides (`sts-assume-role` for Tencent,
    /// `ram-role-arn` for Alibaba).
    pub fn assume_role(
        vendor: Vendor,
        base: SharedCredentialsProvider,
        settings: RoleSettings,
    ) -> Result<Self, CredentialsError> {
        let name = match vendor {
            Vendor::Tencent => "sts-assume-role",
            Vendor::Alibaba => "ram-role-arn",
        };
        let config = Config::builder().credentials_provider(base);
        Self::build(name, vendor, Grant::Credentials, settings, config)
    }

    /// The OIDC exchange: `provider` is Tencent's `ProviderId` or Alibaba's
    /// `OIDCProviderArn`, the token is read from `token_file` at each refresh (`tke-oidc`
    /// for Tencent, `oidc-role-arn` for Alibaba).
    pub fn oidc(
        vendor: Vendor,
        provider: String,
        token_file: PathBuf,
        settings: RoleSettings,
    ) -> Result<Self, CredentialsError> {
        let name = match vendor {
            Vendor::Tencent => "tke-oidc",
            Vendor::Alibaba => "oidc-role-arn",
        };
        let grant = Grant::Oidc {
            provider,
            token_file,
        };
        Self::build(name, vendor, grant, settings, Config::builder().anonymous())
    }

    fn build(
        name: &'static str,
        vendor: Vendor,
        grant: Grant,
        settings: RoleSettings,
        config: crate::ConfigBuilder,
    ) -> Result<Self, CredentialsError> {
        let (service, default_endpoint, default_duration) = match vendor {
            Vendor::Tencent => (&TENCENT_STS, TENCENT_STS_ENDPOINT, 7200),
            Vendor::Alibaba => (&ALIBABA_STS, ALIBABA_STS_ENDPOINT, 3600),
        };
        let duration = settings.duration_seconds.unwrap_or(default_duration);
        let mut config = config
            .endpoint(settings.endpoint.as_deref().unwrap_or(default_endpoint))
            .timeout(Duration::from_secs(10))
            .rate_limit(RateLimit::Off);
        if let Some(region) = &settings.region {
            config = config.region(region);
        }
        let client = ServiceClient::new(service, config.build())
            .map_err(|e| CredentialsError::new(name, format!("STS endpoint: {e}")))?;
        Ok(AssumeRoleProvider {
            name,
            vendor,
            grant,
            settings,
            duration,
            client,
            // A tenth of the validity, at least the 5-minute signature window.
            cache: RefreshingCache::new(Duration::from_secs((duration / 10).max(300))),
        })
    }

    fn error(&self, message: impl Into<String>) -> CredentialsError {
        CredentialsError::new(self.name, message)
    }

    async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        let session = self
            .settings
            .session_name
            .clone()
            .unwrap_or_else(|| format!("sdk-runtime-{}", clock::now_unix()));
        let mut request = json!({
            "RoleArn": self.settings.role_arn,
            "RoleSessionName": session,
            "DurationSeconds": self.duration,
        });
        let action = match (&self.grant, self.vendor) {
            (Grant::Credentials, Vendor::Tencent) => &TC_ASSUME_ROLE,
            (Grant::Credentials, Vendor::Alibaba) => &ALI_ASSUME_ROLE,
            (
                Grant::Oidc {
                    provider,
                    token_file,
                },
                vendor,
            ) => {
                let token = std::fs::read_to_string(token_file).map_err(|e| {
                    self.error(format!(
                        "cannot read the OIDC token file {}: {e}",
                        token_file.display()
                    ))
                })?;
                let token = token.trim();
                if token.is_empty() {
                    return Err(self.error(format!(
                        "the OIDC token file {} is empty",
                        token_file.display()
                    )));
                }
                let (provider_key, token_key, action) = match vendor {
                    Vendor::Tencent => (
                        "ProviderId",
                        "WebIdentityToken",
                        &TC_ASSUME_ROLE_WITH_WEB_IDENTITY,
                    ),
                    Vendor::Alibaba => ("OIDCProviderArn", "OIDCToken", &ALI_ASSUME_ROLE_WITH_OIDC),
                };
                request[provider_key] = Value::from(provider.as_str());
                request[token_key] = Value::from(token);
                action
            }
        };
        let answer = self.client.send_json(action, request).await.map_err(|e| {
            self.error(format!(
                "{} {}: {}",
                service_label(self.vendor),
                action.name,
                describe(&e)
            ))
        })?;
        let what = format!("{} {}", service_label(self.vendor), action.name);
        read_answer(self.vendor, &answer.body).map_err(|m| self.error(format!("{what}: {m}")))
    }
}

impl ProvideCredentials for AssumeRoleProvider {
    fn name(&self) -> &str {
        self.name
    }

    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.cache.get_or_refresh(|| self.fetch()))
    }
}

fn service_label(vendor: Vendor) -> &'static str {
    match vendor {
        Vendor::Tencent => "Tencent STS",
        Vendor::Alibaba => "Alibaba STS",
    }
}

/// An STS failure in words. A body that could not be read may hold credentials, so decode
/// errors say only what was wrong, never what came.
fn describe(e: &SdkError<String>) -> String {
    match e {
        SdkError::Decode(d) => format!("cannot read the answer (HTTP {}, {:?})", d.status, d.kind),
        other => other.to_string(),
    }
}

/// The credentials of an STS answer (Tencent: the content of `Response`).
fn read_answer(vendor: Vendor, body: &Value) -> Result<Credentials, String> {
    let creds = body
        .get("Credentials")
        .filter(|c| c.is_object())
        .ok_or("the answer has no \"Credentials\" object")?;
    match vendor {
        Vendor::Tencent => {
            let expiry = body
                .get("ExpiredTime")
                .and_then(Value::as_i64)
                .ok_or("the answer has no integer member \"ExpiredTime\"")?;
            Ok(Credentials::new(
                member(creds, "TmpSecretId")?,
                member(creds, "TmpSecretKey")?,
            )
            .with_token(member(creds, "Token")?)
            .with_expiry(expiry))
        }
        Vendor::Alibaba => {
            let expiration = member(creds, "Expiration")?;
            let expiry = clock::parse_utc_iso8601(expiration)
                .ok_or_else(|| format!("Expiration {expiration:?} is not YYYY-MM-DDThh:mm:ssZ"))?;
            Ok(Credentials::new(
                member(creds, "AccessKeyId")?,
                member(creds, "AccessKeySecret")?,
            )
            .with_token(member(creds, "SecurityToken")?)
            .with_expiry(expiry))
        }
    }
}
