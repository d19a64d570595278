//! The vendors' profile files: Tencent's SDK file `~/.tencentcloud/credentials` (INI) and
//! tccli's `~/.tccli/<profile>.credential` and `<profile>.configure` (JSON, what `tccli
//! configure` writes and so what most users have), and the Alibaba CLI's
//! `~/.aliyun/config.json`, whose profiles name a *mode*: a key pair (`AK`), temporary keys
//! (`StsToken`), a role assumed with a key pair (`RamRoleArn`), the instance's RAM role
//! (`EcsRamRole`) or an OIDC role (`OIDC`). The modes follow `cli_profile.py` of
//! `alibabacloud-credentials` 1.0.12; tccli's keys follow `configure.py` and
//! `action_caller.py` of `tccli` 3.1.189.1 (`secretId`, `secretKey`, `token`, `role-arn`,
//! `role-session-name`, `"type": "cvm-role"`; the region in `_sys_param.region`).

use std::path::{Path, PathBuf};

use super::Credentials;

/// `~/x` under `home`; `None` without a home directory.
pub(crate) fn profile_path(file: &str, home: Option<&Path>) -> Option<PathBuf> {
    match file.strip_prefix("~/") {
        Some(rest) => home.map(|h| h.join(rest)),
        None => Some(PathBuf::from(file)),
    }
}

/// A warning when the file holding secrets is readable by others: its own mode says so and
/// its folder lets them in (tccli writes 0644 files in a 0700 `~/.tccli`, which is private).
#[cfg(unix)]
pub(crate) fn permission_warning(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode();
    let folder_private = path
        .parent()
        .and_then(|dir| std::fs::metadata(dir).ok())
        .is_some_and(|m| m.permissions().mode() & 0o077 == 0);
    (mode & 0o077 != 0 && !folder_private).then(|| {
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

/// A profile whose credentials are fetched (Alibaba modes `RamRoleArn`, `EcsRamRole`, `OIDC`;
/// tccli's `role-arn` and `"type": "cvm-role"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileSource {
    /// Assume `role_arn` with the profile's key pair (`RamRoleArn`; tccli's `role-arn`).
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
    /// The instance's role (`EcsRamRole`; tccli's `"type": "cvm-role"`); `ram_role_name`,
    /// if set.
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

/// tccli's folder, under the home directory.
pub const TCCLI_DIR: &str = ".tccli";

/// tccli's two files of profile `name`: `~/.tccli/<name>.credential` and `<name>.configure`.
pub fn tccli_paths(home: &Path, name: &str) -> (PathBuf, PathBuf) {
    let dir = home.join(TCCLI_DIR);
    (
        dir.join(format!("{name}.credential")),
        dir.join(format!("{name}.configure")),
    )
}

/// Parse tccli's `<profile>.credential`: `secretId`, `secretKey`, `token`; `role-arn` (with
/// `role-session-name`) to assume a role with those keys; `"type": "cvm-role"` for the CVM
/// instance role (`tccli configure set use-cvm-role true`).
pub fn parse_tccli_credential(text: &str) -> Result<Profile, String> {
    let doc = json_object(text)?;
    let field = |k: &str| string_field(&doc, k);
    if field("type").as_deref() == Some("cvm-role") {
        return Ok(Profile {
            source: Some(ProfileSource::EcsRamRole { role_name: None }),
            ..Profile::default()
        });
    }
    let keys = credentials_of(field("secretId"), field("secretKey"), field("token"));
    match field("role-arn") {
        Some(role_arn) => {
            let base = credentials_of(field("secretId"), field("secretKey"), None)
                .ok_or("role-arn is set but secretId and secretKey are not")?;
            Ok(Profile {
                source: Some(ProfileSource::RamRoleArn {
                    base,
                    role_arn,
                    session_name: field("role-session-name"),
                    duration_seconds: None,
                    sts_region: None,
                }),
                ..Profile::default()
            })
        }
        None => Ok(Profile {
            credentials: keys,
            ..Profile::default()
        }),
    }
}

/// The region of tccli's `<profile>.configure`: `_sys_param.region` (older files have it at
/// the top level).
pub fn parse_tccli_configure(text: &str) -> Result<Option<String>, String> {
    let doc = json_object(text)?;
    let region = doc
        .get("_sys_param")
        .and_then(|p| p.get("region"))
        .or_else(|| doc.get("region"));
    match region {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::String(r)) => Ok(Some(r.clone()).filter(|r| !r.is_empty())),
        Some(_) => Err("_sys_param.region is not a string".to_owned()),
    }
}

/// Tencent's profile `name` as found on disk.
#[derive(Debug)]
pub enum TencentProfile {
    /// Found in this file.
    Found {
        /// The file the credentials came from.
        path: PathBuf,
        /// What it holds (the region from tccli's `.configure` when the file names none).
        profile: Box<Profile>,
    },
    /// Neither file exists (these paths).
    Absent(Vec<PathBuf>),
}

/// Tencent's profile `name` (default `default`) under `home`: the SDK's
/// `~/.tencentcloud/credentials` when it has a section `[name]`, else tccli's
/// `~/.tccli/<name>.credential`; the region from tccli's `<name>.configure` when the file
/// the credentials came from names none. `sdk_file` is the SDK file's path as the service
/// names it (`~/.tencentcloud/credentials`). An error names the file and what is wrong.
pub fn read_tencent_profile(
    sdk_file: &str,
    home: Option<&Path>,
    name: Option<&str>,
) -> Result<TencentProfile, (PathBuf, String)> {
    let wanted = name.filter(|n| !n.is_empty()).unwrap_or("default");
    let ini = profile_path(sdk_file, home);
    let mut absent = Vec::new();
    let mut ini_without_section = None;
    if let Some(path) = ini {
        match read_if_exists(&path)? {
            Some(text) => match parse_tencent_ini(&text, Some(wanted)) {
                Ok(mut profile) => {
                    if profile.region.is_none() {
                        if let Some(home) = home {
                            profile.region = tccli_region(home, wanted)?;
                        }
                    }
                    return Ok(TencentProfile::Found {
                        path,
                        profile: Box::new(profile),
                    });
                }
                // tccli's file may hold the profile the SDK's file lacks.
                Err(message) => ini_without_section = Some((path, message)),
            },
            None => absent.push(path),
        }
    }
    let Some(home) = home else {
        return match ini_without_section {
            Some(e) => Err(e),
            None => Ok(TencentProfile::Absent(absent)),
        };
    };
    let (credential, _) = tccli_paths(home, wanted);
    match read_if_exists(&credential)? {
        Some(text) => {
            let mut profile = parse_tccli_credential(&text).map_err(|m| (credential.clone(), m))?;
            profile.region = tccli_region(home, wanted)?;
            Ok(TencentProfile::Found {
                path: credential,
                profile: Box::new(profile),
            })
        }
        None => match ini_without_section {
            Some((path, message)) => Err((
                path,
                format!("{message} (and {} does not exist)", credential.display()),
            )),
            None => {
                absent.push(credential);
                Ok(TencentProfile::Absent(absent))
            }
        },
    }
}

fn tccli_region(home: &Path, name: &str) -> Result<Option<String>, (PathBuf, String)> {
    let (_, configure) = tccli_paths(home, name);
    match read_if_exists(&configure)? {
        Some(text) => parse_tccli_configure(&text).map_err(|m| (configure, m)),
        None => Ok(None),
    }
}

/// A file's text, `None` when it does not exist.
fn read_if_exists(path: &Path) -> Result<Option<String>, (PathBuf, String)> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err((path.to_owned(), e.to_string())),
    }
}

/// A JSON object; a parse error says where, never quotes the text (it holds secrets).
fn json_object(text: &str) -> Result<serde_json::Map<String, serde_json::Value>, String> {
    match serde_json::from_str(text) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        Ok(_) => Err("not a JSON object".to_owned()),
        Err(e) => Err(format!(
            "not valid JSON (line {}, column {})",
            e.line(),
            e.column()
        )),
    }
}

fn string_field(doc: &serde_json::Map<String, serde_json::Value>, key: &str) -> Option<String> {
    doc.get(key)
        .and_then(|v| v.as_str())
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
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

    #[cfg(unix)]
    #[test]
    fn an_open_file_in_a_private_folder_gets_no_warning() {
        use std::os::unix::fs::PermissionsExt;
        let home = tempfile::tempdir().unwrap();
        let dir = home.path().join(".tccli");
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("default.credential");
        std::fs::write(&file, "{}").unwrap();
        let chmod = |p: &Path, mode| {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap()
        };
        chmod(&file, 0o644);
        chmod(&dir, 0o755);
        assert!(permission_warning(&file).is_some_and(|w| w.contains("644")));
        chmod(&dir, 0o700);
        assert_eq!(permission_warning(&file), None);
        chmod(&file, 0o600);
        chmod(&dir, 0o755);
        assert_eq!(permission_warning(&file), None);
    }

    #[test]
    fn tccli_files_keys_roles_and_region() {
        let p = parse_tccli_credential(
            r#"{"secretId": "AKIDt", "secretKey": "SK", "token": "T", "type": "default"}"#,
        )
        .unwrap();
        assert_eq!(
            p.credentials,
            Some(Credentials::new("AKIDt", "SK").with_token("T"))
        );
        let p = parse_tccli_credential(r#"{"secretId": "", "type": "cvm-role"}"#).unwrap();
        assert_eq!(
            p.source,
            Some(ProfileSource::EcsRamRole { role_name: None })
        );
        let p = parse_tccli_credential(
            r#"{"secretId": "AKIDt", "secretKey": "SK", "role-arn": "qcs::cam::uin/1:roleName/r", "role-session-name": "s"}"#,
        )
        .unwrap();
        assert!(
            matches!(p.source, Some(ProfileSource::RamRoleArn { ref role_arn, ref session_name, .. })
            if role_arn == "qcs::cam::uin/1:roleName/r" && session_name.as_deref() == Some("s"))
        );
        let e = parse_tccli_credential(r#"{"role-arn": "r"}"#).unwrap_err();
        assert!(e.contains("secretId"), "{e}");
        // A broken file says where, and never quotes its text.
        let e = parse_tccli_credential(r#"{"secretKey": "HIDDEN" "#).unwrap_err();
        assert!(e.contains("line 1") && !e.contains("HIDDEN"), "{e}");
        assert_eq!(
            parse_tccli_configure(r#"{"_sys_param": {"region": "ap-beijing"}, "cvm": {}}"#),
            Ok(Some("ap-beijing".to_owned()))
        );
        assert_eq!(
            parse_tccli_configure(r#"{"region": "ap-shanghai"}"#),
            Ok(Some("ap-shanghai".to_owned()))
        );
        assert!(parse_tccli_configure(r#"{"_sys_param": {"region": 3}}"#).is_err());
    }

    #[test]
    fn the_sdk_file_first_then_tccli_s() {
        let home = tempfile::tempdir().unwrap();
        let h = home.path();
        let file = "~/.tencentcloud/credentials";
        let absent = read_tencent_profile(file, Some(h), None).unwrap();
        assert!(
            matches!(&absent, TencentProfile::Absent(paths) if paths.len() == 2),
            "{absent:?}"
        );
        std::fs::create_dir_all(h.join(".tccli")).unwrap();
        std::fs::write(
            h.join(".tccli/work.credential"),
            r#"{"secretId": "AKIDcli", "secretKey": "SK"}"#,
        )
        .unwrap();
        std::fs::write(
            h.join(".tccli/work.configure"),
            r#"{"_sys_param": {"region": "ap-nanjing", "output": "json"}}"#,
        )
        .unwrap();
        let TencentProfile::Found { path, profile } =
            read_tencent_profile(file, Some(h), Some("work")).unwrap()
        else {
            panic!("tccli's profile not found")
        };
        assert!(path.ends_with(".tccli/work.credential"));
        assert_eq!(profile.credentials, Some(Credentials::new("AKIDcli", "SK")));
        assert_eq!(profile.region.as_deref(), Some("ap-nanjing"));
        // The SDK's file wins where it has the profile; tccli's region fills its gap.
        std::fs::create_dir_all(h.join(".tencentcloud")).unwrap();
        std::fs::write(
            h.join(".tencentcloud/credentials"),
            "[work]\nsecret_id = AKIDini\nsecret_key = SK2\n",
        )
        .unwrap();
        let TencentProfile::Found { path, profile } =
            read_tencent_profile(file, Some(h), Some("work")).unwrap()
        else {
            panic!("the INI profile not found")
        };
        assert!(path.ends_with(".tencentcloud/credentials"));
        assert_eq!(
            profile.credentials,
            Some(Credentials::new("AKIDini", "SK2"))
        );
        assert_eq!(profile.region.as_deref(), Some("ap-nanjing"));
        // A profile in neither: the INI file's complaint, naming both files.
        let (path, message) = read_tencent_profile(file, Some(h), Some("other")).unwrap_err();
        assert!(path.ends_with(".tencentcloud/credentials"));
        assert!(
            message.contains("no profile [other]") && message.contains("other.credential"),
            "{message}"
        );
        // A broken tccli file is named.
        std::fs::write(h.join(".tccli/bad.credential"), "{").unwrap();
        let (path, message) = read_tencent_profile(file, Some(h), Some("bad")).unwrap_err();
        assert!(path.ends_with("bad.credential") && message.contains("not valid JSON"));
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
