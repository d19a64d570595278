//! Tencent profiles in tccli's files, as `tccli configure` (3.1.189.1) writes them:
//! `~/.tccli/<profile>.credential` (`secretId`, `secretKey`, `token`, `role-arn`,
//! `role-session-name`, `type`) and `~/.tccli/<profile>.configure` (`_sys_param` with
//! `region`, `output`, `language`, ...; one object per service with its `endpoint` and
//! `version`), JSON with sorted keys and two-space indentation, the folder 0700. Keys this
//! CLI does not know are kept as they are.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::files::{pretty, read_object, sorted, write_private};
use super::Key;
use crate::exit::Failure;
use crate::language::say;
use crate::services;

/// The keys of the `.credential` file, in tccli's order (`configure list` shows them so).
const CREDENTIAL_KEYS: &[Key] = &[
    Key::secret("secretId", &["secret-id", "secret_id"]),
    Key::secret("secretKey", &["secret-key", "secret_key"]),
    Key::secret("token", &["session-token"]),
    Key::plain("role-arn", &["role_arn"]),
    Key::plain("role-session-name", &["role_session_name"]),
    Key::plain("use-cvm-role", &["use_cvm_role"]),
];

/// The keys of `_sys_param` in the `.configure` file, in tccli's order.
const CONFIGURE_KEYS: &[Key] = &[
    Key::plain("region", &[]),
    Key::plain("output", &[]),
    Key::plain("arrayCount", &[]),
    Key::plain("warning", &[]),
    Key::plain("language", &[]),
    Key::plain("request-client", &[]),
];

const SYS_PARAM: &str = "_sys_param";

/// One tccli profile: its two files, read, changed, written back.
#[derive(Debug)]
pub struct TccliProfile {
    credential_path: PathBuf,
    configure_path: PathBuf,
    credential: Map<String, Value>,
    configure: Map<String, Value>,
    credential_changed: bool,
    configure_changed: bool,
}

impl TccliProfile {
    /// Profile `name` under `home` (its files need not exist).
    pub fn load(home: &Path, name: &str) -> Result<Self, Failure> {
        let (credential_path, configure_path) =
            sdk_runtime::credentials::profile::tccli_paths(home, name);
        let credential = read_object(&credential_path)?.unwrap_or_default();
        let configure = read_object(&configure_path)?.unwrap_or_default();
        if let Some(sys) = configure.get(SYS_PARAM) {
            if !sys.is_object() {
                return Err(Failure::usage(say!(
                    "{}: {SYS_PARAM} is not a JSON object; fix or remove the file",
                    "{}：{SYS_PARAM} 不是 JSON 对象；请修正或删除该文件",
                    configure_path.display()
                )));
            }
        }
        Ok(TccliProfile {
            credential_path,
            configure_path,
            credential,
            configure,
            credential_changed: false,
            configure_changed: false,
        })
    }

    /// Every key, credential first, for `configure list` and the error naming the keys.
    pub fn keys() -> impl Iterator<Item = &'static Key> {
        CREDENTIAL_KEYS.iter().chain(CONFIGURE_KEYS)
    }

    /// The canonical name of `key` (an alias, or `<service>.endpoint`/`.version`).
    pub fn canonical(key: &str) -> Option<String> {
        if let Some(known) = Self::keys().find(|k| k.is(key)) {
            return Some(known.name.to_owned());
        }
        match key.split_once('.') {
            Some((service, "endpoint" | "version")) if !service.is_empty() => Some(key.to_owned()),
            _ => None,
        }
    }

    /// Whether `key` (canonical) is a secret.
    pub fn is_secret(key: &str) -> bool {
        CREDENTIAL_KEYS.iter().any(|k| k.name == key && k.secret)
    }

    /// The value of `key` (canonical), if set.
    pub fn get(&self, key: &str) -> Option<String> {
        if key == "use-cvm-role" {
            return self
                .credential
                .get("type")
                .and_then(Value::as_str)
                .map(|t| (t == "cvm-role").to_string());
        }
        let value = if CREDENTIAL_KEYS.iter().any(|k| k.name == key) {
            self.credential.get(key)
        } else if let Some((service, field)) = key.split_once('.') {
            self.configure.get(service).and_then(|s| s.get(field))
        } else {
            self.configure.get(SYS_PARAM).and_then(|s| s.get(key))
        };
        match value? {
            Value::String(s) if s.is_empty() => None,
            Value::String(s) => Some(s.clone()),
            Value::Null => None,
            other => Some(other.to_string()),
        }
    }

    /// Set `key` (canonical) to `value`, checked as tccli checks it.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), Failure> {
        match key {
            "use-cvm-role" => {
                let on = super::boolean(key, value)?;
                let kind = if on { "cvm-role" } else { "default" };
                self.credential.insert("type".into(), kind.into());
                self.credential_changed = true;
                return Ok(());
            }
            "output" => super::one_of(key, value, &["json", "text", "table"])?,
            "language" => super::one_of(key, value, &["zh-CN", "en-US"])?,
            _ => {}
        }
        if CREDENTIAL_KEYS.iter().any(|k| k.name == key) {
            // Keys given now are what the profile is for: a CVM-role profile would otherwise
            // go on ignoring them (tccli reads `type` first).
            if matches!(key, "secretId" | "secretKey")
                && self.credential.get("type").and_then(Value::as_str) == Some("cvm-role")
            {
                self.credential.insert("type".into(), "default".into());
            }
            self.credential.insert(key.into(), value.into());
            self.credential_changed = true;
        } else if let Some((service, field)) = key.split_once('.') {
            let entry = self
                .configure
                .entry(service.to_owned())
                .or_insert(Value::Null);
            in_object(entry, |map| {
                map.insert(field.into(), value.into());
            });
            self.configure_changed = true;
        } else {
            self.sys_param(|map| {
                map.insert(key.into(), value.into());
            });
            self.configure_changed = true;
        }
        Ok(())
    }

    /// Change `_sys_param` (made an object where it is missing) with `change`.
    fn sys_param(&mut self, change: impl FnOnce(&mut Map<String, Value>)) {
        let entry = self
            .configure
            .entry(SYS_PARAM.to_owned())
            .or_insert(Value::Null);
        in_object(entry, change);
    }

    /// Write the files that changed; returns their paths.
    pub fn save(mut self) -> Result<Vec<PathBuf>, Failure> {
        let mut written = Vec::new();
        if self.credential_changed {
            let text = pretty(&sorted(Value::Object(self.credential.clone())), false);
            write_private(&self.credential_path, &text)?;
            written.push(self.credential_path.clone());
        }
        if self.configure_changed {
            self.sys_param(|_| {});
            // tccli calls a service only with its entry in the file (it adds every service's
            // when it writes the file itself); ours are added where missing.
            // From the index: no service is decoded for its host (Tencent's is its name's).
            for service in services::entries()
                .iter()
                .filter(|s| s.protocol == sdk_shape::Protocol::Tc3Json)
            {
                if !self.configure.contains_key(service.name) {
                    let host = format!("{}.tencentcloudapi.com", service.name);
                    let entry = serde_json::json!({"endpoint": host, "version": service.version});
                    self.configure.insert(service.name.to_owned(), entry);
                }
            }
            let text = pretty(&sorted(Value::Object(self.configure.clone())), false);
            write_private(&self.configure_path, &text)?;
            written.push(self.configure_path.clone());
        }
        Ok(written)
    }

    /// `configure list`, as tccli prints it: `credential:` and its keys, `configure:` and the
    /// `_sys_param` keys, secrets masked.
    pub fn list(&self) -> String {
        let mut out = String::from("credential:\n");
        for key in CREDENTIAL_KEYS {
            if let Some(value) = self.get(key.name) {
                out.push_str(&super::line(key.name, &value, key.secret));
            }
        }
        out.push_str("configure:\n");
        for key in CONFIGURE_KEYS {
            if let Some(value) = self.get(key.name) {
                out.push_str(&super::line(key.name, &value, false));
            }
        }
        out
    }

    /// Where the profile lives, for messages.
    pub fn paths(&self) -> String {
        format!(
            "{}, {}",
            self.credential_path.display(),
            self.configure_path.display()
        )
    }
}

/// Change the object `value` with `change`; a value that is not an object becomes one.
fn in_object(value: &mut Value, change: impl FnOnce(&mut Map<String, Value>)) {
    let mut map = match std::mem::take(value) {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    change(&mut map);
    *value = Value::Object(map);
}
