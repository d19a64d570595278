//! The vendors' profile files: `~/.tencentcloud/credentials` (INI) and the Alibaba CLI's
//! `~/.aliyun/config.json`, whose profiles name a *mode*: a key pair (`AK`), temporary keys
//! (`StsToken`), a role assumed with a key pair (`RamRoleArn`), the instance's RAM role
//! (`EcsRamRole`) or an OIDC role (`OIDC`). The modes follow `cli_profile.py` of
//! `alibabacloud-credentials` 1.0.12.

use std::path::{Path, PathBuf};

use super::Credentials;

/// `~/x` under `home`; `None` without a home directory.
pub(crate) fn profile_path(file: &str, home: Option<&Path>) -> Option<PathBuf> {
    match file.strip_prefix("~/") {
        Some(rest) => home.map(|h| h.join(rest)),
        None => Some(PathBuf::from(file)),
    }
}

#[cfg(unix)]
pub(crate) fn permission_warning(path: &Path) -> Option<String> {
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
pub(crate) fn permission_warning(_path: &Path) -> Option<String> {
    None
}

/// Credentials and region of one profile.
#[derive(Debug, Default, PartialEq)]
pub struct Profile {
    /// The profile's credentials, when it holds keys (`AK`, `StsToken`, Tencent's INI).
    pub credentials: Option<Credentials>,
    /// The profile's region.
    pub region: Option<String>,
    /// Where the credentials come from when the profile holds no keys of its own.
    pub source: Option<ProfileSource>,
}

/// A profile whose credentials are fetched (Alibaba modes `RamRoleArn`, `EcsRamRole`, `OIDC`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileSource {
    /// Assume `role_arn` with the profile's key pair (`RamRoleArn`).
    RamRoleArn {
        /// The key pair that assumes the role.
        base: Credentials,
        /// The role (`acs:ram::123:role/name`).
        role_arn: String,
        /// `ram_session_name`, if set.
        session_name: Option<String>,
        /// `expired_seconds`, if set.
        duration_seconds: Option<u64>,
        /// `sts_region`, if set.
        sts_region: Option<String>,
    },
    /// The instance's RAM role (`EcsRamRole`); `ram_role_name`, if set.
    EcsRamRole {
        /// The role name, looked up from the metadata service when absent.
        role_name: Option<String>,
    },
    /// An OIDC role (`OIDC`).
    Oidc {
        /// `ram_role_arn`.
        role_arn: String,
        /// `oidc_provider_arn`.
        provider_arn: String,
        /// `oidc_token_file`.
        token_file: PathBuf,
        /// `role_session_name`, if set.
        session_name: Option<String>,
        /// `expired_seconds`, if set.
        duration_seconds: Option<u64>,
        /// `sts_region`, if set.
        sts_region: Option<String>,
    },
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
        source: None,
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
    // The CLI writes numbers; hand-edited files sometimes hold strings.
    let number = |k: &str| match profile.get(k) {
        Some(serde_json::Value::Number(n)) => n.as_u64().filter(|&n| n > 0),
        Some(serde_json::Value::String(s)) => s.parse().ok().filter(|&n| n > 0),
        _ => None,
    };
    let need = |k: &str, mode: &str| {
        field(k).ok_or_else(|| format!("profile {wanted:?} (mode {mode}) has no {k:?}"))
    };
    let keys = || {
        credentials_of(
            field("access_key_id"),
            field("access_key_secret"),
            field("sts_token"),
        )
    };
    let mode = field("mode").unwrap_or_else(|| "AK".to_owned());
    let (credentials, source) = match mode.as_str() {
        "AK" | "StsToken" => (keys(), None),
        "RamRoleArn" => {
            let role_arn = need("ram_role_arn", &mode)?;
            let base = credentials_of(field("access_key_id"), field("access_key_secret"), None)
                .ok_or_else(|| {
                    format!("profile {wanted:?} (mode RamRoleArn) needs access_key_id and access_key_secret")
                })?;
            let source = ProfileSource::RamRoleArn {
                base,
                role_arn,
                session_name: field("ram_session_name"),
                duration_seconds: number("expired_seconds"),
                sts_region: field("sts_region"),
            };
            (None, Some(source))
        }
        "EcsRamRole" => (
            None,
            Some(ProfileSource::EcsRamRole {
                role_name: field("ram_role_name"),
            }),
        ),
        "OIDC" => {
            let source = ProfileSource::Oidc {
                role_arn: need("ram_role_arn", &mode)?,
                provider_arn: need("oidc_provider_arn", &mode)?,
                token_file: PathBuf::from(need("oidc_token_file", &mode)?),
                session_name: field("role_session_name"),
                duration_seconds: number("expired_seconds"),
                sts_region: field("sts_region"),
            };
            (None, Some(source))
        }
        other => {
            return Err(format!(
                "profile {wanted:?} uses mode {other:?}; supported: AK, StsToken, RamRoleArn, EcsRamRole, OIDC"
            ))
        }
    };
    Ok(Profile {
        credentials,
        region: field("region_id"),
        source,
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
        let e = parse_aliyun_json(text, Some("ram")).unwrap_err();
        assert!(
            e.contains("RamRoleArn") && e.contains("ram_role_arn"),
            "{e}"
        );
        assert!(parse_aliyun_json("{", None).is_err());
    }

    #[test]
    fn aliyun_json_modes_that_fetch_credentials() {
        let text = r#"{"profiles":[
            {"name":"ram","mode":"RamRoleArn","access_key_id":"A","access_key_secret":"B",
             "ram_role_arn":"acs:ram::1:role/r","ram_session_name":"s","expired_seconds":900,"sts_region":"cn-shanghai"},
            {"name":"ecs","mode":"EcsRamRole","ram_role_name":"role1"},
            {"name":"oidc","mode":"OIDC","ram_role_arn":"acs:ram::1:role/o","oidc_provider_arn":"acs:ram::1:oidc-provider/p","oidc_token_file":"/t"},
            {"name":"sso","mode":"CloudSSO"}]}"#;
        let p = parse_aliyun_json(text, Some("ram")).unwrap();
        assert_eq!(p.credentials, None);
        assert_eq!(
            p.source,
            Some(ProfileSource::RamRoleArn {
                base: Credentials::new("A", "B"),
                role_arn: "acs:ram::1:role/r".into(),
                session_name: Some("s".into()),
                duration_seconds: Some(900),
                sts_region: Some("cn-shanghai".into()),
            })
        );
        let p = parse_aliyun_json(text, Some("ecs")).unwrap();
        assert_eq!(
            p.source,
            Some(ProfileSource::EcsRamRole {
                role_name: Some("role1".into())
            })
        );
        let p = parse_aliyun_json(text, Some("oidc")).unwrap();
        assert!(
            matches!(p.source, Some(ProfileSource::Oidc { ref token_file, .. }) if token_file == Path::new("/t"))
        );
        let e = parse_aliyun_json(text, Some("sso")).unwrap_err();
        assert!(e.contains("CloudSSO") && e.contains("supported"), "{e}");
    }
}
