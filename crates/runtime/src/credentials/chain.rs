//! The vendors' default credential chains, in their order.
//!
//! - Tencent (`DefaultCredentialProvider` in `tencentcloud/common/credential.py`,
//!   `tencentcloud-sdk-python-common` 3.1.195): environment → profile file → CVM role →
//!   TKE OIDC. The profile link reads the SDK's `~/.tencentcloud/credentials` and, where
//!   that has no such profile, tccli's `~/.tccli/<profile>.credential` (see [`super::profile`]).
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
use super::profile::{
    parse_aliyun_json, profile_path, read_tencent_profile, Profile, ProfileSource, TencentProfile,
};
use super::sts::{AssumeRoleProvider, RoleSettings, Vendor};
use super::{
    ChainProvider, Credentials, CredentialsError, Environment, SharedCredentialsProvider,
    StaticProvider, Unavailable,
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
        Err(e) => SharedCredentialsProvider::new(StaticProvider::failed(e)),
    }
}

fn unavailable(name: &str, why: Unavailable) -> SharedCredentialsProvider {
    SharedCredentialsProvider::new(StaticProvider::unavailable(name, why))
}

/// The environment's keys (`environment`), as the first link of both chains.
pub fn environment(service: &ServiceShape, env: &Environment) -> StaticProvider {
    let sources = &service.credentials;
    match (&env.id, &env.secret) {
        (Some(id), Some(secret)) => {
            let mut c = Credentials::new(id, secret);
            if let Some(t) = &env.token {
                c = c.with_token(t);
            }
            StaticProvider::new("environment", c)
        }
        _ => StaticProvider::unavailable(
            "environment",
            Unavailable::Unset(vec![
                sources.id_env.to_owned(),
                sources.secret_env.to_owned(),
            ]),
        ),
    }
}

/// The first of `names` that is not set, for "… is not set" reasons.
fn unset(env: &Environment, names: &[&str]) -> Option<Unavailable> {
    names
        .iter()
        .find(|n| env.var(n).is_none())
        .map(|n| Unavailable::Unset(vec![(*n).to_owned()]))
}

fn pick(given: &Option<String>, env: &Environment, var: &str) -> Option<String> {
    given.clone().or_else(|| env.var(var).map(str::to_owned))
}

fn vendor_of(service: &ServiceShape) -> Vendor {
    match service.protocol {
        Protocol::Tc3Json => Vendor::Tencent,
        Protocol::Acs3Rpc | Protocol::Acs3Roa => Vendor::Alibaba,
    }
}

/// The metadata endpoint of `service`'s vendor: `settings`, else
/// `TENCENTCLOUD_METADATA_ENDPOINT` / `ALIBABA_CLOUD_METADATA_ENDPOINT`, else (`None`) the
/// documented one.
fn metadata_endpoint(
    vendor: Vendor,
    env: &Environment,
    settings: &ChainSettings,
) -> Option<String> {
    let var = match vendor {
        Vendor::Tencent => "TENCENTCLOUD_METADATA_ENDPOINT",
        Vendor::Alibaba => "ALIBABA_CLOUD_METADATA_ENDPOINT",
    };
    pick(&settings.metadata_endpoint, env, var)
}

/// The instance role of the machine (`cvm-role` on Tencent, `ecs-ram-role` on Alibaba) alone,
/// as the default chain asks it (metadata endpoint from `settings` or the environment;
/// Alibaba's `ALIBABA_CLOUD_ECS_METADATA` role name and `ALIBABA_CLOUD_IMDSV1_DISABLED`), for
/// a caller told to use the instance role directly (tccli's `--use-cvm-role`, aliyun's
/// `--mode EcsRamRole`).
pub fn instance_role(
    service: &ServiceShape,
    env: &Environment,
    settings: &ChainSettings,
    role_name: Option<String>,
) -> SharedCredentialsProvider {
    let vendor = vendor_of(service);
    let metadata = metadata_endpoint(vendor, env, settings);
    match vendor {
        Vendor::Tencent => shared(InstanceRoleProvider::cvm(metadata.as_deref(), role_name)),
        Vendor::Alibaba => {
            let role_name =
                role_name.or_else(|| env.var("ALIBABA_CLOUD_ECS_METADATA").map(str::to_owned));
            shared(InstanceRoleProvider::ecs(
                metadata.as_deref(),
                role_name,
                imds_v1_disabled(env),
            ))
        }
    }
}

fn imds_v1_disabled(env: &Environment) -> bool {
    env.var("ALIBABA_CLOUD_IMDSV1_DISABLED")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
}

/// A role to assume.
#[derive(Debug, Clone, Default)]
pub struct RoleRequest {
    /// The role (`qcs::cam::uin/1:roleName/r`, `acs:ram::1:role/r`).
    pub role_arn: String,
    /// The session name; `ALIBABA_CLOUD_ROLE_SESSION_NAME` or a default when `None`.
    pub session_name: Option<String>,
    /// Validity asked for; the vendor's default when `None`.
    pub duration_seconds: Option<u64>,
    /// Alibaba: the STS region (`sts.<region>.aliyuncs.com`); Tencent: the region sent.
    pub region: Option<String>,
}

/// `AssumeRole` of `role` with `base` (`sts-assume-role` on Tencent, `ram-role-arn` on
/// Alibaba), the STS endpoint from `settings` or the environment, as the default chain does
/// for a profile naming a role; for a caller given a role directly (aliyun's `--mode
/// RamRoleArn`, tccli's `--role-arn`).
pub fn assume_role(
    service: &ServiceShape,
    env: &Environment,
    settings: &ChainSettings,
    base: Credentials,
    role: RoleRequest,
) -> SharedCredentialsProvider {
    let vendor = vendor_of(service);
    let base = SharedCredentialsProvider::new(StaticProvider::new("base", base));
    let settings = role_settings(vendor, env, settings, role);
    shared(AssumeRoleProvider::assume_role(vendor, base, settings))
}

fn role_settings(
    vendor: Vendor,
    env: &Environment,
    settings: &ChainSettings,
    role: RoleRequest,
) -> RoleSettings {
    match vendor {
        Vendor::Tencent => RoleSettings {
            role_arn: role.role_arn,
            session_name: role.session_name,
            duration_seconds: role.duration_seconds,
            endpoint: pick(&settings.sts_endpoint, env, "TENCENTCLOUD_STS_ENDPOINT"),
            region: role.region,
        },
        Vendor::Alibaba => {
            // STS is regional when a region is named, central otherwise (as the vendor's SDK).
            let endpoint =
                pick(&settings.sts_endpoint, env, "ALIBABA_CLOUD_STS_ENDPOINT").or_else(|| {
                    role.region
                        .as_deref()
                        .or(env.var("ALIBABA_CLOUD_STS_REGION"))
                        .map(|r| format!("sts.{r}.aliyuncs.com"))
                });
            RoleSettings {
                role_arn: role.role_arn,
                session_name: role.session_name.or_else(|| {
                    env.var("ALIBABA_CLOUD_ROLE_SESSION_NAME")
                        .map(str::to_owned)
                }),
                duration_seconds: role.duration_seconds,
                endpoint,
                region: None,
            }
        }
    }
}

/// The provider a profile names: its keys, the role it assumes, or the instance's role.
fn profile_provider(
    service: &ServiceShape,
    env: &Environment,
    settings: &ChainSettings,
    file: &str,
    profile: Profile,
) -> SharedCredentialsProvider {
    let vendor = vendor_of(service);
    match (profile.credentials, profile.source) {
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
            let region = match vendor {
                Vendor::Tencent => profile.region,
                Vendor::Alibaba => sts_region,
            };
            let role = RoleRequest {
                role_arn,
                session_name,
                duration_seconds,
                region,
            };
            assume_role(service, env, settings, base, role)
        }
        (None, Some(ProfileSource::EcsRamRole { role_name })) => {
            instance_role(service, env, settings, role_name)
        }
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
        ) => {
            let role = RoleRequest {
                role_arn,
                session_name,
                duration_seconds,
                region: sts_region,
            };
            shared(AssumeRoleProvider::oidc(
                vendor,
                provider_arn,
                token_file,
                role_settings(vendor, env, settings, role),
            ))
        }
        (None, None) => shared(Err::<StaticProvider, _>(CredentialsError::new(
            "profile",
            match vendor {
                Vendor::Tencent => format!("{file}: the profile has no secret key pair"),
                Vendor::Alibaba => {
                    format!("{file}: the profile has no access_key_id and access_key_secret")
                }
            },
        ))),
    }
}

/// The profile link of `service`'s vendor alone (`profile`): the profile named by
/// `env.profile` in the vendor's files, and whatever it names (keys, a role, the instance's
/// role).
pub fn profile(
    service: &ServiceShape,
    env: &Environment,
    settings: &ChainSettings,
) -> SharedCredentialsProvider {
    let file = service.credentials.profile_file;
    match vendor_of(service) {
        Vendor::Tencent => {
            match read_tencent_profile(file, env.home.as_deref(), env.profile.as_deref()) {
                Ok(TencentProfile::Found { path, profile }) => {
                    let shown = path.display().to_string();
                    profile_provider(service, env, settings, &shown, *profile)
                }
                Ok(TencentProfile::Absent(paths)) if paths.is_empty() => {
                    unavailable("profile", Unavailable::NoHome)
                }
                Ok(TencentProfile::Absent(paths)) => unavailable(
                    "profile",
                    Unavailable::NoFile(paths.iter().map(|p| p.display().to_string()).collect()),
                ),
                Err((path, message)) => shared(Err::<StaticProvider, _>(CredentialsError::new(
                    "profile",
                    format!("{}: {message}", path.display()),
                ))),
            }
        }
        Vendor::Alibaba => match read_profile(file, env) {
            Err(e) => SharedCredentialsProvider::new(StaticProvider::failed(e)),
            Ok((path, text)) => match parse_aliyun_json(&text, env.profile.as_deref()) {
                Ok(p) => profile_provider(service, env, settings, &path, p),
                Err(e) => shared(Err::<StaticProvider, _>(CredentialsError::new(
                    "profile",
                    format!("{path}: {e}"),
                ))),
            },
        },
    }
}

fn tencent_chain(
    service: &ServiceShape,
    env: &Environment,
    settings: &ChainSettings,
) -> ChainProvider {
    const TKE: [&str; 4] = [
        "TKE_REGION",
        "TKE_PROVIDER_ID",
        "TKE_WEB_IDENTITY_TOKEN_FILE",
        "TKE_ROLE_ARN",
    ];
    let tke = match unset(env, &TKE) {
        Some(why) => unavailable("tke-oidc", why),
        None => shared(AssumeRoleProvider::oidc(
            Vendor::Tencent,
            env.var("TKE_PROVIDER_ID").unwrap_or_default().to_owned(),
            PathBuf::from(env.var("TKE_WEB_IDENTITY_TOKEN_FILE").unwrap_or_default()),
            RoleSettings {
                role_arn: env.var("TKE_ROLE_ARN").unwrap_or_default().to_owned(),
                session_name: None,
                duration_seconds: None,
                endpoint: pick(&settings.sts_endpoint, env, "TENCENTCLOUD_STS_ENDPOINT"),
                region: env.var("TKE_REGION").map(str::to_owned),
            },
        )),
    };
    ChainProvider::new(
        "tencent-default-chain",
        vec![
            SharedCredentialsProvider::new(environment(service, env)),
            profile(service, env, settings),
            instance_role(service, env, settings, None),
            tke,
        ],
    )
}

fn alibaba_chain(
    service: &ServiceShape,
    env: &Environment,
    settings: &ChainSettings,
) -> ChainProvider {
    const OIDC: [&str; 3] = [
        "ALIBABA_CLOUD_ROLE_ARN",
        "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
        "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
    ];
    let oidc = match unset(env, &OIDC) {
        Some(why) => unavailable("oidc-role-arn", why),
        None => {
            let role = RoleRequest {
                role_arn: env
                    .var("ALIBABA_CLOUD_ROLE_ARN")
                    .unwrap_or_default()
                    .to_owned(),
                ..RoleRequest::default()
            };
            shared(AssumeRoleProvider::oidc(
                Vendor::Alibaba,
                env.var("ALIBABA_CLOUD_OIDC_PROVIDER_ARN")
                    .unwrap_or_default()
                    .to_owned(),
                PathBuf::from(env.var("ALIBABA_CLOUD_OIDC_TOKEN_FILE").unwrap_or_default()),
                role_settings(Vendor::Alibaba, env, settings, role),
            ))
        }
    };
    let ecs_disabled = env
        .var("ALIBABA_CLOUD_ECS_METADATA_DISABLED")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    let ecs = if ecs_disabled {
        unavailable(
            "ecs-ram-role",
            Unavailable::Disabled("ALIBABA_CLOUD_ECS_METADATA_DISABLED".to_owned()),
        )
    } else {
        instance_role(service, env, settings, None)
    };
    ChainProvider::new(
        "alibaba-default-chain",
        vec![
            SharedCredentialsProvider::new(environment(service, env)),
            oidc,
            profile(service, env, settings),
            ecs,
        ],
    )
}

/// The profile file's path (as shown) and text, or why there is none.
fn read_profile(file: &str, env: &Environment) -> Result<(String, String), CredentialsError> {
    let path = profile_path(file, env.home.as_deref())
        .ok_or_else(|| CredentialsError::unavailable("profile", Unavailable::NoHome))?;
    let shown = path.display().to_string();
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok((shown, text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(CredentialsError::unavailable(
            "profile",
            Unavailable::NoFile(vec![shown]),
        )),
        Err(e) => Err(CredentialsError::new("profile", format!("{shown}: {e}"))),
    }
}
