//! The vendors' default credential chains, in their order.
//!
//! - Tencent (`DefaultCredentialProvider` in `tencentcloud/common/credential.py`,
//!   `tencentcloud-sdk-python-common` 3.1.195): environment → profile file → CVM role →
//!   TKE OIDC.
//! - Alibaba (`DefaultCredentialsProvider` in `alibabacloud_credentials/provider/default.py`,
//!   `alibabacloud-credentials` 1.0.12): environment → OIDC role (when its three variables
//!   are set) → `~/.aliyun/config.json` → ECS RAM role (unless
//!   `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true`).
//!
//! The environment and the profile file are read when the chain is built; the providers
//! that fetch (metadata service, STS) do so at the first call. A link that cannot apply
//! (a variable not set) stays in the chain with its reason, so a failure lists every
//! provider and why it gave nothing.

use std::path::PathBuf;

use sdk_shape::{Protocol, ServiceShape};

use super::metadata::InstanceRoleProvider;
use super::profile::{parse_aliyun_json, parse_tencent_ini, profile_path, ProfileSource};
use super::sts::{AssumeRoleProvider, RoleSettings, Vendor};
use super::{
    ChainProvider, CredentialsError, Environment, SharedCredentialsProvider, StaticProvider,
};

/// Endpoint overrides for the fetching providers; `None` falls back to the environment
/// variables, then the vendor's documented endpoints.
#[derive(Debug, Clone, Default)]
pub struct ChainSettings {
    /// The metadata service (`http://127.0.0.1:8080` in tests, a private cloud's host).
    pub metadata_endpoint: Option<String>,
    /// The STS endpoint (URL or host).
    pub sts_endpoint: Option<String>,
}

/// The default chain of `service`'s vendor over `env`.
pub fn default_chain(
    service: &ServiceShape,
    env: &Environment,
    settings: &ChainSettings,
) -> ChainProvider {
    match service.protocol {
        Protocol::Tc3Json => tencent_chain(service, env, settings),
        Protocol::Acs3Rpc | Protocol::Acs3Roa => alibaba_chain(service, env, settings),
    }
}

fn shared(
    result: Result<impl super::ProvideCredentials + 'static, CredentialsError>,
) -> SharedCredentialsProvider {
    match result {
        Ok(p) => SharedCredentialsProvider::new(p),
        Err(e) => SharedCredentialsProvider::new(StaticProvider::missing(e.provider, e.message)),
    }
}

fn environment_link(service: &ServiceShape, env: &Environment) -> SharedCredentialsProvider {
    let sources = &service.credentials;
    SharedCredentialsProvider::new(match (&env.id, &env.secret) {
        (Some(id), Some(secret)) => {
            let mut c = super::Credentials::new(id, secret);
            if let Some(t) = &env.token {
                c = c.with_token(t);
            }
            StaticProvider::new("environment", c)
        }
        _ => StaticProvider::missing(
            "environment",
            format!(
                "${} and ${} are not both set",
                sources.id_env, sources.secret_env
            ),
        ),
    })
}

/// The first of `names` that is not set, for "… is not set" reasons.
fn unset<'a>(env: &Environment, names: &[&'a str]) -> Option<&'a str> {
    names.iter().copied().find(|n| env.var(n).is_none())
}

fn pick(given: &Option<String>, env: &Environment, var: &str) -> Option<String> {
    given.clone().or_else(|| env.var(var).map(str::to_owned))
}

fn tencent_chain(
    service: &ServiceShape,
    env: &Environment,
    settings: &ChainSettings,
) -> ChainProvider {
    let sts_endpoint = pick(&settings.sts_endpoint, env, "TENCENTCLOUD_STS_ENDPOINT");
    let metadata = pick(
        &settings.metadata_endpoint,
        env,
        "TENCENTCLOUD_METADATA_ENDPOINT",
    );
    let file = service.credentials.profile_file;
    let profile = match read_profile(file, env) {
        Ok(text) => match parse_tencent_ini(&text, env.profile.as_deref()) {
            Ok(p) => match p.credentials {
                Some(c) => StaticProvider::new("profile", c),
                None => StaticProvider::missing(
                    "profile",
                    format!("{file}: no secret_id and secret_key"),
                ),
            },
            Err(e) => StaticProvider::missing("profile", format!("{file}: {e}")),
        },
        Err(reason) => StaticProvider::missing("profile", reason),
    };
    const TKE: [&str; 4] = [
        "TKE_REGION",
        "TKE_PROVIDER_ID",
        "TKE_WEB_IDENTITY_TOKEN_FILE",
        "TKE_ROLE_ARN",
    ];
    let tke = match unset(env, &TKE) {
        Some(missing) => shared(Err::<StaticProvider, _>(CredentialsError::new(
            "tke-oidc",
            format!("${missing} is not set"),
        ))),
        None => shared(AssumeRoleProvider::oidc(
            Vendor::Tencent,
            env.var("TKE_PROVIDER_ID").unwrap_or_default().to_owned(),
            PathBuf::from(env.var("TKE_WEB_IDENTITY_TOKEN_FILE").unwrap_or_default()),
            RoleSettings {
                role_arn: env.var("TKE_ROLE_ARN").unwrap_or_default().to_owned(),
                session_name: None,
                duration_seconds: None,
                endpoint: sts_endpoint,
                region: env.var("TKE_REGION").map(str::to_owned),
            },
        )),
    };
    ChainProvider::new(
        "tencent-default-chain",
        vec![
            environment_link(service, env),
            SharedCredentialsProvider::new(profile),
            shared(InstanceRoleProvider::cvm(metadata.as_deref(), None)),
            tke,
        ],
    )
}

fn alibaba_chain(
    service: &ServiceShape,
    env: &Environment,
    settings: &ChainSettings,
) -> ChainProvider {
    let sts_endpoint = pick(&settings.sts_endpoint, env, "ALIBABA_CLOUD_STS_ENDPOINT");
    let metadata = pick(
        &settings.metadata_endpoint,
        env,
        "ALIBABA_CLOUD_METADATA_ENDPOINT",
    );
    let imds_v1_disabled = env
        .var("ALIBABA_CLOUD_IMDSV1_DISABLED")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    // STS is regional when a region is named, central otherwise (as the vendor's SDK).
    let sts_for = |region: Option<&str>| {
        sts_endpoint.clone().or_else(|| {
            region
                .or(env.var("ALIBABA_CLOUD_STS_REGION"))
                .map(|r| format!("sts.{r}.aliyuncs.com"))
        })
    };
    let role = |role_arn: &str,
                session_name: Option<String>,
                duration_seconds,
                region: Option<&str>| RoleSettings {
        role_arn: role_arn.to_owned(),
        session_name: session_name.or_else(|| {
            env.var("ALIBABA_CLOUD_ROLE_SESSION_NAME")
                .map(str::to_owned)
        }),
        duration_seconds,
        endpoint: sts_for(region),
        region: None,
    };
    const OIDC: [&str; 3] = [
        "ALIBABA_CLOUD_ROLE_ARN",
        "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
        "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
    ];
    let oidc = match unset(env, &OIDC) {
        Some(missing) => shared(Err::<StaticProvider, _>(CredentialsError::new(
            "oidc-role-arn",
            format!("${missing} is not set"),
        ))),
        None => shared(AssumeRoleProvider::oidc(
            Vendor::Alibaba,
            env.var("ALIBABA_CLOUD_OIDC_PROVIDER_ARN")
                .unwrap_or_default()
                .to_owned(),
            PathBuf::from(env.var("ALIBABA_CLOUD_OIDC_TOKEN_FILE").unwrap_or_default()),
            role(
                env.var("ALIBABA_CLOUD_ROLE_ARN").unwrap_or_default(),
                None,
                None,
                None,
            ),
        )),
    };
    let file = service.credentials.profile_file;
    let profile = match read_profile(file, env).and_then(|text| {
        parse_aliyun_json(&text, env.profile.as_deref()).map_err(|e| format!("{file}: {e}"))
    }) {
        Err(reason) => shared(Err::<StaticProvider, _>(CredentialsError::new(
            "profile", reason,
        ))),
        Ok(p) => match (p.credentials, p.source) {
            (Some(c), _) => SharedCredentialsProvider::new(StaticProvider::new("profile", c)),
            (
                None,
                Some(ProfileSource::RamRoleArn {
                    base,
                    role_arn,
                    session_name,
                    duration_seconds,
                    sts_region,
                }),
            ) => {
                let base = SharedCredentialsProvider::new(StaticProvider::new("profile", base));
                shared(AssumeRoleProvider::assume_role(
                    Vendor::Alibaba,
                    base,
                    role(
                        &role_arn,
                        session_name,
                        duration_seconds,
                        sts_region.as_deref(),
                    ),
                ))
            }
            (None, Some(ProfileSource::EcsRamRole { role_name })) => shared(
                InstanceRoleProvider::ecs(metadata.as_deref(), role_name, imds_v1_disabled),
            ),
            (
                None,
                Some(ProfileSource::Oidc {
                    role_arn,
                    provider_arn,
                    token_file,
                    session_name,
                    duration_seconds,
                    sts_region,
                }),
            ) => shared(AssumeRoleProvider::oidc(
                Vendor::Alibaba,
                provider_arn,
                token_file,
                role(
                    &role_arn,
                    session_name,
                    duration_seconds,
                    sts_region.as_deref(),
                ),
            )),
            (None, None) => shared(Err::<StaticProvider, _>(CredentialsError::new(
                "profile",
                format!("{file}: the profile has no access_key_id and access_key_secret"),
            ))),
        },
    };
    let ecs_disabled = env
        .var("ALIBABA_CLOUD_ECS_METADATA_DISABLED")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    let ecs = if ecs_disabled {
        shared(Err::<StaticProvider, _>(CredentialsError::new(
            "ecs-ram-role",
            "disabled by $ALIBABA_CLOUD_ECS_METADATA_DISABLED",
        )))
    } else {
        let role_name = env.var("ALIBABA_CLOUD_ECS_METADATA").map(str::to_owned);
        shared(InstanceRoleProvider::ecs(
            metadata.as_deref(),
            role_name,
            imds_v1_disabled,
        ))
    };
    ChainProvider::new(
        "alibaba-default-chain",
        vec![environment_link(service, env), oidc, profile, ecs],
    )
}

/// The profile file's text, or why there is none.
fn read_profile(file: &str, env: &Environment) -> Result<String, String> {
    let path = profile_path(file, env.home.as_deref())
        .ok_or_else(|| format!("{file}: no home directory"))?;
    std::fs::read_to_string(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{} does not exist", path.display()),
        _ => format!("{}: {e}", path.display()),
    })
}
