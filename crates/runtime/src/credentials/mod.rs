//! Where credentials and the region come from.
//!
//! Explicit credentials ([`ConfigBuilder::credentials`](crate::ConfigBuilder::credentials)) or
//! an explicit provider ([`ConfigBuilder::credentials_provider`](crate::ConfigBuilder::credentials_provider))
//! win. Otherwise [`Config::from_env`](crate::Config::from_env) asks the vendor's default
//! chain, in the vendor's order (first answer wins; see [`chain`]):
//!
//! | | Tencent Cloud | Alibaba Cloud |
//! |---|---|---|
//! | 1 | environment: `TENCENTCLOUD_SECRET_ID`, `_SECRET_KEY`, `_SESSION_TOKEN` | environment: `ALIBABA_CLOUD_ACCESS_KEY_ID`, `_ACCESS_KEY_SECRET`, `_SECURITY_TOKEN` |
//! | 2 | profile: `~/.tencentcloud/credentials`, else tccli's `~/.tccli/<profile>.credential` (`TENCENTCLOUD_PROFILE`) | OIDC role: `ALIBABA_CLOUD_ROLE_ARN`, `_OIDC_PROVIDER_ARN`, `_OIDC_TOKEN_FILE` |
//! | 3 | CVM instance role (metadata service) | `~/.aliyun/config.json` (`ALIBABA_CLOUD_PROFILE`): modes AK, StsToken, RamRoleArn, EcsRamRole, OIDC |
//! | 4 | TKE OIDC role: `TKE_REGION`, `TKE_PROVIDER_ID`, `TKE_WEB_IDENTITY_TOKEN_FILE`, `TKE_ROLE_ARN` | ECS RAM role (metadata service) unless `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true` |
//!
//! Temporary credentials are cached and fetched again before they expire, once for all
//! concurrent calls ([`cache`]). The metadata and STS endpoints can be overridden
//! ([`ConfigBuilder::metadata_endpoint`](crate::ConfigBuilder::metadata_endpoint),
//! [`ConfigBuilder::sts_endpoint`](crate::ConfigBuilder::sts_endpoint), or the variables
//! `TENCENTCLOUD_METADATA_ENDPOINT`, `TENCENTCLOUD_STS_ENDPOINT`,
//! `ALIBABA_CLOUD_METADATA_ENDPOINT`, `ALIBABA_CLOUD_STS_ENDPOINT`).
//!
//! The region is looked up by [`resolve`] (environment, then profile file), independently
//! of the credentials. Reading the process environment happens only in
//! [`Environment::capture`]; everything else takes its inputs as arguments, so tests never
//! race on shared process state.

pub mod cache;
pub mod chain;
pub mod metadata;
pub mod profile;
pub mod provider;
pub mod sts;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use sdk_shape::{CredentialSources, ServiceShape};

use crate::error::ConfigError;
pub use profile::{
    parse_aliyun_json, parse_tccli_configure, parse_tccli_credential, parse_tencent_ini,
    read_tencent_profile, Profile, ProfileSource, TencentProfile,
};
use profile::{permission_warning, profile_path};
pub use provider::{
    ChainProvider, CredentialsError, ProvideCredentials, SharedCredentialsProvider, StaticProvider,
    Unavailable,
};

/// An access key pair, with an optional session token and expiry for temporary credentials.
///
/// `Debug` shows the id only: the secret and token are redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    id: String,
    secret: String,
    token: Option<String>,
    expiry: Option<i64>,
}

impl Credentials {
    /// Long-term credentials: secret id / access key id and its secret.
    pub fn new(id: impl Into<String>, secret: impl Into<String>) -> Self {
        Credentials {
            id: id.into(),
            secret: secret.into(),
            token: None,
            expiry: None,
        }
    }

    /// The same credentials with a session (security) token, for temporary credentials.
    pub fn with_token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// The same credentials, valid until `unix_seconds`.
    pub fn with_expiry(mut self, unix_seconds: i64) -> Self {
        self.expiry = Some(unix_seconds);
        self
    }

    /// The secret id / access key id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The secret. Only the signers need it.
    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// The session token, if any.
    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// When temporary credentials expire (Unix seconds); `None` for long-term keys.
    pub fn expiry(&self) -> Option<i64> {
        self.expiry
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("id", &self.id)
            .field("secret", &"<redacted>")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("expiry", &self.expiry)
            .finish()
    }
}

/// The variables the providers after the first two read, per vendor (see [`chain`]).
const TENCENT_VARS: &[&str] = &[
    "TKE_REGION",
    "TKE_PROVIDER_ID",
    "TKE_WEB_IDENTITY_TOKEN_FILE",
    "TKE_ROLE_ARN",
    "TENCENTCLOUD_METADATA_ENDPOINT",
    "TENCENTCLOUD_STS_ENDPOINT",
];
const ALIBABA_VARS: &[&str] = &[
    "ALIBABA_CLOUD_ROLE_ARN",
    "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
    "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
    "ALIBABA_CLOUD_ROLE_SESSION_NAME",
    "ALIBABA_CLOUD_ECS_METADATA",
    "ALIBABA_CLOUD_ECS_METADATA_DISABLED",
    "ALIBABA_CLOUD_IMDSV1_DISABLED",
    "ALIBABA_CLOUD_STS_REGION",
    "ALIBABA_CLOUD_METADATA_ENDPOINT",
    "ALIBABA_CLOUD_STS_ENDPOINT",
];

/// The environment variables and home directory that credential lookup reads.
///
/// `Debug` redacts the secret and the token.
#[derive(Default, Clone)]
pub struct Environment {
    /// Value of the id variable.
    pub id: Option<String>,
    /// Value of the secret variable.
    pub secret: Option<String>,
    /// Value of the token variable.
    pub token: Option<String>,
    /// Value of the region variable.
    pub region: Option<String>,
    /// Value of the profile-name variable (`TENCENTCLOUD_PROFILE`, `ALIBABA_CLOUD_PROFILE`).
    pub profile: Option<String>,
    /// The home directory (`HOME`).
    pub home: Option<PathBuf>,
    /// The other variables of the vendor's chain that are set (`TKE_ROLE_ARN`,
    /// `ALIBABA_CLOUD_OIDC_TOKEN_FILE`, ...): names and paths, never secrets.
    pub vars: BTreeMap<String, String>,
}

impl fmt::Debug for Environment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redacted = |v: &Option<String>| v.as_ref().map(|_| "<redacted>");
        f.debug_struct("Environment")
            .field("id", &self.id)
            .field("secret", &redacted(&self.secret))
            .field("token", &redacted(&self.token))
            .field("region", &self.region)
            .field("profile", &self.profile)
            .field("home", &self.home)
            .field("vars", &self.vars)
            .finish()
    }
}

impl Environment {
    /// Read the variables `sources` names, and those of the vendor's chain, from the process
    /// environment: the only function here that touches it.
    pub fn capture(sources: &CredentialSources) -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let format = ProfileFormat::of(sources);
        let names = match format {
            ProfileFormat::TencentIni => TENCENT_VARS,
            ProfileFormat::AliyunJson => ALIBABA_VARS,
        };
        Environment {
            id: var(sources.id_env),
            secret: var(sources.secret_env),
            token: var(sources.token_env),
            region: sources.region_env.and_then(var),
            profile: var(format.profile_env()),
            home: var("HOME").map(PathBuf::from),
            vars: names
                .iter()
                .filter_map(|&n| var(n).map(|v| (n.to_owned(), v)))
                .collect(),
        }
    }

    /// [`capture`](Self::capture) for `service`, with its endpoint override variables.
    pub fn capture_for(service: &ServiceShape) -> Self {
        let mut env = Self::capture(&service.credentials);
        for name in endpoint_vars(service) {
            if let Some(value) = std::env::var(&name).ok().filter(|v| !v.is_empty()) {
                env.vars.insert(name, value);
            }
        }
        env
    }

    /// The endpoint the environment points `service` at: its own variable
    /// (`TENCENTCLOUD_ENDPOINT_URL_TAT`), else the vendor's (`TENCENTCLOUD_ENDPOINT_URL`).
    pub fn endpoint(&self, service: &ServiceShape) -> Option<&str> {
        endpoint_vars(service).iter().find_map(|n| self.var(n))
    }

    /// The value of one of [`vars`](Self::vars), if set.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars.get(name).map(String::as_str)
    }

    /// The same environment with `name` set (for tests and callers that compose one).
    pub fn with_var(mut self, name: &str, value: impl Into<String>) -> Self {
        self.vars.insert(name.to_owned(), value.into());
        self
    }
}

/// The endpoint override variables of `service`, its own first: the vendor's
/// `..._ENDPOINT_URL` with `_<SERVICE>` (upper case, `-` as `_`), as `AWS_ENDPOINT_URL_<SERVICE>`
/// does: `TENCENTCLOUD_ENDPOINT_URL_TAT`, `ALIBABA_CLOUD_ENDPOINT_URL_EFLO_CONTROLLER`.
pub fn endpoint_vars(service: &ServiceShape) -> [String; 2] {
    let vendor = ProfileFormat::of(&service.credentials).endpoint_env();
    let name = service.name.to_ascii_uppercase().replace('-', "_");
    [format!("{vendor}_{name}"), vendor.to_owned()]
}

/// The two profile file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ProfileFormat {
    /// `~/.tencentcloud/credentials`.
    TencentIni,
    /// `~/.aliyun/config.json`.
    AliyunJson,
}

impl ProfileFormat {
    pub(crate) fn of(sources: &CredentialSources) -> Self {
        if sources.profile_file.ends_with(".json") {
            ProfileFormat::AliyunJson
        } else {
            ProfileFormat::TencentIni
        }
    }

    fn endpoint_env(self) -> &'static str {
        match self {
            ProfileFormat::TencentIni => "TENCENTCLOUD_ENDPOINT_URL",
            ProfileFormat::AliyunJson => "ALIBABA_CLOUD_ENDPOINT_URL",
        }
    }

    fn profile_env(self) -> &'static str {
        match self {
            ProfileFormat::TencentIni => "TENCENTCLOUD_PROFILE",
            ProfileFormat::AliyunJson => "ALIBABA_CLOUD_PROFILE",
        }
    }
}

/// What the lookup found.
#[derive(Debug, Default)]
pub struct Resolved {
    /// The credentials, if any source had them.
    pub credentials: Option<Credentials>,
    /// The region, if any source had it.
    pub region: Option<String>,
    /// Things the user should know (a profile file readable by others).
    pub warnings: Vec<String>,
    /// Where credentials were looked for, for the "not found" message.
    pub searched: String,
}

/// Look credentials and region up in `env` and then in the profile file under `env.home`
/// (for Tencent, the SDK's INI file, else tccli's files: [`read_tencent_profile`]).
pub fn resolve(sources: &CredentialSources, env: &Environment) -> Result<Resolved, ConfigError> {
    let format = ProfileFormat::of(sources);
    let mut out = Resolved {
        searched: match format {
            ProfileFormat::TencentIni => format!(
                "${}/${}, {}, ~/.tccli/<profile>.credential",
                sources.id_env, sources.secret_env, sources.profile_file
            ),
            ProfileFormat::AliyunJson => format!(
                "${}/${}, {}",
                sources.id_env, sources.secret_env, sources.profile_file
            ),
        },
        ..Resolved::default()
    };
    if let (Some(id), Some(secret)) = (&env.id, &env.secret) {
        let mut c = Credentials::new(id, secret);
        if let Some(token) = &env.token {
            c = c.with_token(token);
        }
        out.credentials = Some(c);
    }
    out.region = env.region.clone();
    if out.credentials.is_some() && out.region.is_some() {
        return Ok(out);
    }
    if format == ProfileFormat::TencentIni {
        let found = read_tencent_profile(
            sources.profile_file,
            env.home.as_deref(),
            env.profile.as_deref(),
        )
        .map_err(|(path, message)| ConfigError::Profile {
            path: path.display().to_string(),
            message,
        })?;
        if let TencentProfile::Found { path, profile } = found {
            if let Some(w) = permission_warning(&path) {
                out.warnings.push(w);
            }
            out.merge(*profile);
        }
        return Ok(out);
    }
    let Some(path) = profile_path(sources.profile_file, env.home.as_deref()) else {
        return Ok(out);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => {
            return Err(ConfigError::Profile {
                path: path.display().to_string(),
                message: e.to_string(),
            })
        }
    };
    if let Some(w) = permission_warning(&path) {
        out.warnings.push(w);
    }
    let profile = parse_aliyun_json(&text, env.profile.as_deref()).map_err(|message| {
        ConfigError::Profile {
            path: path.display().to_string(),
            message,
        }
    })?;
    out.merge(profile);
    Ok(out)
}

impl Resolved {
    /// What a profile adds to what the environment gave.
    fn merge(&mut self, profile: Profile) {
        if self.credentials.is_none() {
            self.credentials = profile.credentials;
        }
        if self.region.is_none() {
            self.region = profile.region;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_secret_and_token() {
        let c = Credentials::new("AKIDxyz", "s3cr3t")
            .with_token("t0k3n")
            .with_expiry(1);
        let d = format!("{c:?}");
        assert!(d.contains("AKIDxyz"));
        assert!(!d.contains("s3cr3t") && !d.contains("t0k3n"), "{d}");
        let env = Environment {
            id: Some("AKIDxyz".into()),
            secret: Some("s3cr3t".into()),
            token: Some("t0k3n".into()),
            ..Environment::default()
        };
        let d = format!("{env:?} {env:#?}");
        assert!(!d.contains("s3cr3t") && !d.contains("t0k3n"), "{d}");
    }
}
