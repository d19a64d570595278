//! Where credentials and the region come from.
//!
//! Order, first match wins (the same order the vendors' own tools use):
//!
//! 1. **explicit**: [`ConfigBuilder::credentials`](crate::ConfigBuilder::credentials) and
//!    [`ConfigBuilder::region`](crate::ConfigBuilder::region);
//! 2. **environment**: the variables named by the service's
//!    [`CredentialSources`] (`TENCENTCLOUD_SECRET_ID`/`_SECRET_KEY`/`_SESSION_TOKEN`,
//!    `ALIBABA_CLOUD_ACCESS_KEY_ID`/`_ACCESS_KEY_SECRET`/`_SECURITY_TOKEN`, and the region
//!    variable where the vendor defines one). Id and secret must both be set;
//! 3. **profile file**: `~/.tencentcloud/credentials` (INI, section `[default]` or the one
//!    named by `TENCENTCLOUD_PROFILE`, keys `secret_id`, `secret_key`, `token`) or
//!    `~/.aliyun/config.json` (the Alibaba CLI's file: profile `current` or the one named by
//!    `ALIBABA_CLOUD_PROFILE`, keys `access_key_id`, `access_key_secret`, `sts_token`,
//!    `region_id`). A profile file readable by group or others gives a warning.
//!
//! The region is looked up in the same order, independently of the credentials.
//!
//! Reading the process environment happens only in [`Environment::capture`]; everything
//! else takes its inputs as arguments, so tests never race on shared process state.

use std::fmt;
use std::path::{Path, PathBuf};

use sdk_shape::CredentialSources;

use crate::error::ConfigError;

/// An access key pair, with an optional session token for temporary credentials.
///
/// `Debug` shows the id only: the secret and token are redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    id: String,
    secret: String,
    token: Option<String>,
}

impl Credentials {
    /// Long-term credentials: secret id / access key id and its secret.
    pub fn new(id: impl Into<String>, secret: impl Into<String>) -> Self {
        Credentials {
            id: id.into(),
            secret: secret.into(),
            token: None,
        }
    }

    /// The same credentials with a session (security) token, for temporary credentials.
    pub fn with_token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
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
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("id", &self.id)
            .field("secret", &"<redacted>")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// The environment variables and home directory that credential lookup reads.
#[derive(Debug, Default, Clone)]
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
}

impl Environment {
    /// Read the variables `sources` names from the process environment: the only function
    /// here that touches it.
    pub fn capture(sources: &CredentialSources) -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        Environment {
            id: var(sources.id_env),
            secret: var(sources.secret_env),
            token: var(sources.token_env),
            region: sources.region_env.and_then(var),
            profile: var(ProfileFormat::of(sources).profile_env()),
            home: var("HOME").map(PathBuf::from),
        }
    }
}

/// The two profile file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ProfileFormat {
    /// `~/.tencentcloud/credentials`.
    TencentIni,
    /// `~/.aliyun/config.json`.
    AliyunJson,
}

impl ProfileFormat {
    fn of(sources: &CredentialSources) -> Self {
        if sources.profile_file.ends_with(".json") {
            ProfileFormat::AliyunJson
        } else {
            ProfileFormat::TencentIni
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

/// Look credentials and region up in `env` and then in the profile file under `env.home`.
pub fn resolve(sources: &CredentialSources, env: &Environment) -> Result<Resolved, ConfigError> {
    let mut out = Resolved {
        searched: format!(
            "${}/${}, {}",
            sources.id_env, sources.secret_env, sources.profile_file
        ),
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
    let name = env.profile.as_deref();
    let profile = match ProfileFormat::of(sources) {
        ProfileFormat::TencentIni => parse_tencent_ini(&text, name),
        ProfileFormat::AliyunJson => parse_aliyun_json(&text, name),
    }
    .map_err(|message| ConfigError::Profile {
        path: path.display().to_string(),
        message,
    })?;
    if out.credentials.is_none() {
        out.credentials = profile.credentials;
    }
    if out.region.is_none() {
        out.region = profile.region;
    }
    Ok(out)
}

/// `~/x` under `home`; `None` without a home directory.
fn profile_path(file: &str, home: Option<&Path>) -> Option<PathBuf> {
    match file.strip_prefix("~/") {
        Some(rest) => home.map(|h| h.join(rest)),
        None => Some(PathBuf::from(file)),
    }
}

#[cfg(unix)]
fn permission_warning(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode();
    (mode & 0o077 != 0).then(|| {
        format!(
            "warning: {} holds secrets but is readable by group or others (mode {:o}); run chmod 600 on it",
            path.display(),
            mode & 0o777
        )
    })
}

#[cfg(not(unix))]
fn permission_warning(_path: &Path) -> Option<String> {
    None
}

/// Credentials and region of one profile.
#[derive(Debug, Default, PartialEq)]
pub struct Profile {
    /// The profile's credentials, when it has an id and a secret.
    pub credentials: Option<Credentials>,
    /// The profile's region.
    pub region: Option<String>,
}

/// Parse `~/.tencentcloud/credentials`: INI, section `name` (default `default`).
pub fn parse_tencent_ini(text: &str, name: Option<&str>) -> Result<Profile, String> {
    let wanted = name.unwrap_or("default");
    let mut in_section = false;
    let mut found = false;
    let (mut id, mut secret, mut token, mut region) = (None, None, None, None);
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            in_section = section.trim() == wanted;
            found |= in_section;
            continue;
        }
        if !in_section {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let value = Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        match key.trim() {
            "secret_id" => id = value,
            "secret_key" => secret = value,
            "token" => token = value,
            "region" => region = value,
            _ => {}
        }
    }
    if !found {
        return Err(format!("no profile [{wanted}]"));
    }
    Ok(Profile {
        credentials: credentials_of(id, secret, token),
        region,
    })
}

/// Parse `~/.aliyun/config.json`: profile `name`, else the file's `current`, else `default`.
pub fn parse_aliyun_json(text: &str, name: Option<&str>) -> Result<Profile, String> {
    let doc: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let wanted = name
        .or_else(|| doc.get("current").and_then(|v| v.as_str()))
        .filter(|n| !n.is_empty())
        .unwrap_or("default");
    let profiles = doc
        .get("profiles")
        .and_then(|v| v.as_array())
        .ok_or("no \"profiles\" list")?;
    let profile = profiles
        .iter()
        .find(|p| p.get("name").and_then(|v| v.as_str()) == Some(wanted))
        .ok_or_else(|| format!("no profile named {wanted:?}"))?;
    let field = |k: &str| {
        profile
            .get(k)
            .and_then(|v| v.as_str())
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    if let Some(mode) = field("mode") {
        if mode != "AK" && mode != "StsToken" {
            return Err(format!(
                "profile {wanted:?} uses mode {mode:?}; only AK and StsToken are supported"
            ));
        }
    }
    Ok(Profile {
        credentials: credentials_of(
            field("access_key_id"),
            field("access_key_secret"),
            field("sts_token"),
        ),
        region: field("region_id"),
    })
}

fn credentials_of(
    id: Option<String>,
    secret: Option<String>,
    token: Option<String>,
) -> Option<Credentials> {
    let mut c = Credentials::new(id?, secret?);
    if let Some(t) = token {
        c = c.with_token(t);
    }
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_secret_and_token() {
        let c = Credentials::new("AKIDxyz", "s3cr3t").with_token("t0k3n");
        let d = format!("{c:?}");
        assert!(d.contains("AKIDxyz"));
        assert!(!d.contains("s3cr3t") && !d.contains("t0k3n"), "{d}");
    }

    #[test]
    fn tencent_ini_sections() {
        let text = "[default]\nsecret_id = A\nsecret_key = B\n\n[other]\nsecret_id=C\nsecret_key=D\ntoken=T\n";
        let p = parse_tencent_ini(text, None).unwrap();
        assert_eq!(p.credentials, Some(Credentials::new("A", "B")));
        let p = parse_tencent_ini(text, Some("other")).unwrap();
        assert_eq!(
            p.credentials,
            Some(Credentials::new("C", "D").with_token("T"))
        );
        assert!(parse_tencent_ini(text, Some("nope")).is_err());
    }

    #[test]
    fn aliyun_json_current_and_named() {
        let text = r#"{"current":"p2","profiles":[
            {"name":"default","mode":"AK","access_key_id":"A","access_key_secret":"B","region_id":"cn-hangzhou"},
            {"name":"p2","mode":"StsToken","access_key_id":"C","access_key_secret":"D","sts_token":"T","region_id":"cn-beijing"},
            {"name":"ram","mode":"RamRoleArn"}]}"#;
        let p = parse_aliyun_json(text, None).unwrap();
        assert_eq!(
            p.credentials,
            Some(Credentials::new("C", "D").with_token("T"))
        );
        assert_eq!(p.region.as_deref(), Some("cn-beijing"));
        let p = parse_aliyun_json(text, Some("default")).unwrap();
        assert_eq!(p.credentials, Some(Credentials::new("A", "B")));
        assert!(parse_aliyun_json(text, Some("ram"))
            .unwrap_err()
            .contains("RamRoleArn"));
        assert!(parse_aliyun_json("{", None).is_err());
    }
}
