//! Alibaba profiles in the aliyun CLI's `~/.aliyun/config.json`: `current`, `profiles` (each
//! with `name`, `mode`, `access_key_id`, `access_key_secret`, `sts_token`, `ram_role_name`,
//! `ram_role_arn`, `ram_session_name`, `region_id`, `output_format`, `language`, ...) and
//! `meta_path`, indented with tabs as aliyun writes it. Rewriting keeps every other profile,
//! every field this CLI does not know and the order of the file.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::files::{pretty, read_object, write_private};
use super::Key;
use crate::exit::Failure;
use crate::language::{pick, say};

/// The fields this CLI reads and writes, in aliyun's order.
const KEYS: &[Key] = &[
    Key::plain("mode", &[]),
    Key::secret("access_key_id", &["access-key-id"]),
    Key::secret("access_key_secret", &["access-key-secret"]),
    Key::secret("sts_token", &["sts-token"]),
    Key::plain("sts_region", &["sts-region"]),
    Key::plain("ram_role_name", &["ram-role-name"]),
    Key::plain("ram_role_arn", &["ram-role-arn", "role-arn"]),
    Key::plain(
        "ram_session_name",
        &["ram-session-name", "role-session-name"],
    ),
    Key::plain("expired_seconds", &["expired-seconds"]),
    Key::plain("oidc_provider_arn", &["oidc-provider-arn"]),
    Key::plain("oidc_token_file", &["oidc-token-file"]),
    Key::plain("region_id", &["region-id", "region"]),
    Key::plain("output_format", &["output-format", "output"]),
    Key::plain("language", &[]),
];

/// The modes the runtime follows (`sdk_runtime::credentials::profile`).
const MODES: &[&str] = &["AK", "StsToken", "RamRoleArn", "EcsRamRole", "OIDC"];

/// A new profile as aliyun writes one: every field, empty.
fn blank(name: &str) -> Map<String, Value> {
    let mut map = Map::new();
    map.insert("name".into(), name.into());
    map.insert("mode".into(), "AK".into());
    for field in [
        "access_key_id",
        "access_key_secret",
        "sts_token",
        "sts_region",
        "ram_role_name",
        "ram_role_arn",
        "ram_session_name",
        "source_profile",
        "private_key",
        "key_pair_name",
    ] {
        map.insert(field.into(), "".into());
    }
    map.insert("expired_seconds".into(), 0.into());
    map.insert("verified".into(), "".into());
    map.insert("region_id".into(), "".into());
    map.insert("output_format".into(), "json".into());
    map.insert("language".into(), "en".into());
    map.insert("site".into(), "".into());
    map.insert("retry_timeout".into(), 0.into());
    map.insert("connect_timeout".into(), 0.into());
    map.insert("retry_count".into(), 0.into());
    map
}

/// `~/.aliyun/config.json` and the profile being configured.
#[derive(Debug)]
pub struct AliyunProfile {
    path: PathBuf,
    doc: Map<String, Value>,
    name: String,
    /// The profile's fields (a copy, put back by `save`).
    profile: Map<String, Value>,
    changed: bool,
}

impl AliyunProfile {
    /// The profile `name` (else `$ALIBABA_CLOUD_PROFILE` as the caller passes it, else the
    /// file's `current`, else `default`) of the file under `home`.
    pub fn load(home: &Path, name: Option<&str>) -> Result<Self, Failure> {
        let path = home.join(".aliyun").join("config.json");
        let doc = read_object(&path)?.unwrap_or_else(|| {
            let mut doc = Map::new();
            doc.insert("current".into(), "".into());
            doc.insert("profiles".into(), Value::Array(Vec::new()));
            doc.insert("meta_path".into(), "".into());
            doc
        });
        let name = name
            .map(str::to_owned)
            .or_else(|| {
                doc.get("current")
                    .and_then(Value::as_str)
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned)
            })
            .unwrap_or_else(|| "default".to_owned());
        super::check_profile_name(&name)?;
        let profiles = match doc.get("profiles") {
            None => &[][..],
            Some(Value::Array(items)) => items.as_slice(),
            Some(_) => {
                return Err(Failure::usage(say!(
                    "{}: \"profiles\" is not a list; fix or remove the file",
                    "{}：\"profiles\" 不是列表；请修正或删除该文件",
                    path.display()
                )))
            }
        };
        let mut found = None;
        for (i, item) in profiles.iter().enumerate() {
            let Value::Object(map) = item else {
                return Err(Failure::usage(say!(
                    "{}: profiles[{i}] is not a JSON object; fix or remove the file",
                    "{}：profiles[{i}] 不是 JSON 对象；请修正或删除该文件",
                    path.display()
                )));
            };
            if map.get("name").and_then(Value::as_str) == Some(name.as_str()) {
                found = Some(map.clone());
                break;
            }
        }
        Ok(AliyunProfile {
            path,
            doc,
            profile: found.unwrap_or_else(|| blank(&name)),
            name,
            changed: false,
        })
    }

    /// The profile's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Every key, for `configure list` and the error naming the keys.
    pub fn keys() -> impl Iterator<Item = &'static Key> {
        KEYS.iter()
    }

    /// The canonical name of `key` (a field name, or aliyun's flag spelling).
    pub fn canonical(key: &str) -> Option<String> {
        KEYS.iter().find(|k| k.is(key)).map(|k| k.name.to_owned())
    }

    /// Whether `key` (canonical) is a secret.
    pub fn is_secret(key: &str) -> bool {
        KEYS.iter().any(|k| k.name == key && k.secret)
    }

    /// The value of `key` (canonical), if set (a zero number counts as unset, as aliyun
    /// writes 0 for "none").
    pub fn get(&self, key: &str) -> Option<String> {
        match self.profile.get(key)? {
            Value::String(s) if s.is_empty() => None,
            Value::String(s) => Some(s.clone()),
            Value::Number(n) if n.as_u64() == Some(0) => None,
            Value::Null => None,
            other => Some(other.to_string()),
        }
    }

    /// Set `key` (canonical) to `value`, checked as aliyun checks it.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), Failure> {
        let value = match key {
            "mode" => {
                super::one_of(key, value, MODES)?;
                Value::from(value)
            }
            "language" => {
                super::one_of(key, value, &["zh", "en"])?;
                Value::from(value)
            }
            "output_format" => {
                // aliyun reads JSON only.
                super::one_of(key, value, &["json"])?;
                Value::from(value)
            }
            "expired_seconds" => match value.parse::<u64>() {
                Ok(n) => Value::from(n),
                Err(_) => {
                    return Err(Failure::usage(pick(
                        "expired_seconds: the value given is not a number of seconds",
                        "expired_seconds：给出的值不是秒数",
                    )))
                }
            },
            _ => Value::from(value),
        };
        self.profile.insert(key.into(), value);
        self.changed = true;
        Ok(())
    }

    /// Make this profile the file's `current` (what `aliyun configure` does).
    pub fn make_current(&mut self) {
        self.doc.insert("current".into(), self.name.clone().into());
        self.changed = true;
    }

    /// Write the file back if anything changed: this profile replaced in place (or added),
    /// `current` set when the file had none; returns the path written.
    pub fn save(mut self) -> Result<Vec<PathBuf>, Failure> {
        if !self.changed {
            return Ok(Vec::new());
        }
        let has_current = self
            .doc
            .get("current")
            .and_then(Value::as_str)
            .is_some_and(|c| !c.is_empty());
        if !has_current {
            self.doc.insert("current".into(), self.name.clone().into());
        }
        let entry = self
            .doc
            .entry("profiles".to_owned())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(items) = entry {
            let me = Value::Object(std::mem::take(&mut self.profile));
            match items
                .iter()
                .position(|p| p.get("name").and_then(Value::as_str) == Some(self.name.as_str()))
            {
                Some(i) => items[i] = me,
                None => items.push(me),
            }
        }
        write_private(&self.path, &pretty(&Value::Object(self.doc), true))?;
        Ok(vec![self.path])
    }

    /// `configure list`: the profile's known fields that are set, secrets masked.
    pub fn list(&self) -> String {
        let mut out = format!("profile = {}\n", self.name);
        for key in KEYS {
            if let Some(value) = self.get(key.name) {
                out.push_str(&super::line(key.name, &value, key.secret));
            }
        }
        out
    }

    /// Where the profile lives, for messages.
    pub fn paths(&self) -> String {
        self.path.display().to_string()
    }
}
