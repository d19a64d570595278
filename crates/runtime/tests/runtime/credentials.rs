//! Credential and region lookup with a temporary HOME: explicit inputs only, no process
//! environment, so these tests cannot race each other.

use std::path::{Path, PathBuf};

use crate::common::*;
use sdk_runtime::credentials::{resolve, Environment};
use sdk_runtime::{ConfigError, Credentials};

struct TempHome(PathBuf);

impl TempHome {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("sdk-runtime-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempHome(dir)
    }

    fn write(&self, rel: &str, text: &str, mode: u32) -> PathBuf {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        set_mode(&path, mode);
        path
    }

    fn env(&self) -> Environment {
        Environment {
            home: Some(self.0.clone()),
            ..Environment::default()
        }
    }
}

impl Drop for TempHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) {}

const TENCENT_INI: &str = "[default]\nsecret_id = AKIDfile\nsecret_key = filesecret\n\n[prod]\nsecret_id = AKIDprod\nsecret_key = prodsecret\ntoken = prodtoken\n";

#[test]
fn environment_wins_over_the_profile_file() {
    let home = TempHome::new("env-wins");
    home.write(".tencentcloud/credentials", TENCENT_INI, 0o600);
    let env = Environment {
        id: Some("AKIDenv".into()),
        secret: Some("envsecret".into()),
        token: Some("envtoken".into()),
        region: Some("ap-beijing".into()),
        ..home.env()
    };
    let r = resolve(&TAT.credentials, &env).unwrap();
    assert_eq!(
        r.credentials,
        Some(Credentials::new("AKIDenv", "envsecret").with_token("envtoken"))
    );
    assert_eq!(r.region.as_deref(), Some("ap-beijing"));
}

#[test]
fn an_id_without_a_secret_falls_through_to_the_profile() {
    let home = TempHome::new("half-env");
    home.write(".tencentcloud/credentials", TENCENT_INI, 0o600);
    let env = Environment {
        id: Some("AKIDenv".into()),
        ..home.env()
    };
    let r = resolve(&TAT.credentials, &env).unwrap();
    assert_eq!(
        r.credentials,
        Some(Credentials::new("AKIDfile", "filesecret"))
    );
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

#[test]
fn tencent_profile_named_by_the_environment() {
    let home = TempHome::new("tc-profile");
    home.write(".tencentcloud/credentials", TENCENT_INI, 0o600);
    let env = Environment {
        profile: Some("prod".into()),
        ..home.env()
    };
    let r = resolve(&TAT.credentials, &env).unwrap();
    assert_eq!(
        r.credentials,
        Some(Credentials::new("AKIDprod", "prodsecret").with_token("prodtoken"))
    );
    let env = Environment {
        profile: Some("missing".into()),
        ..home.env()
    };
    let err = resolve(&TAT.credentials, &env).unwrap_err();
    assert!(
        matches!(&err, ConfigError::Profile { message, .. } if message.contains("missing")),
        "{err}"
    );
}

const ALIYUN_JSON: &str = r#"{
  "current": "default",
  "profiles": [
    {"name": "default", "mode": "AK", "access_key_id": "LTAIfile", "access_key_secret": "alisecret", "region_id": "cn-hangzhou"},
    {"name": "sts", "mode": "StsToken", "access_key_id": "STS.id", "access_key_secret": "stssecret", "sts_token": "ststoken", "region_id": "cn-wulanchabu"}
  ]
}"#;

#[test]
fn aliyun_profile_gives_credentials_and_region() {
    let home = TempHome::new("ali-profile");
    home.write(".aliyun/config.json", ALIYUN_JSON, 0o600);
    let r = resolve(&EFLO.credentials, &home.env()).unwrap();
    assert_eq!(
        r.credentials,
        Some(Credentials::new("LTAIfile", "alisecret"))
    );
    assert_eq!(r.region.as_deref(), Some("cn-hangzhou"));
    let env = Environment {
        profile: Some("sts".into()),
        region: Some("cn-beijing".into()),
        ..home.env()
    };
    let r = resolve(&EFLO.credentials, &env).unwrap();
    assert_eq!(
        r.credentials,
        Some(Credentials::new("STS.id", "stssecret").with_token("ststoken"))
    );
    assert_eq!(
        r.region.as_deref(),
        Some("cn-beijing"),
        "environment region wins"
    );
}

#[cfg(unix)]
#[test]
fn a_profile_readable_by_others_gives_a_warning() {
    let home = TempHome::new("perm");
    home.write(".aliyun/config.json", ALIYUN_JSON, 0o644);
    let r = resolve(&EFLO.credentials, &home.env()).unwrap();
    assert_eq!(r.warnings.len(), 1);
    assert!(r.warnings[0].contains("chmod 600"), "{}", r.warnings[0]);
    assert!(!r.warnings[0].contains("alisecret"));
}

#[test]
fn nothing_found_is_not_an_error_here_but_lists_the_places() {
    let home = TempHome::new("empty");
    let r = resolve(&TAT.credentials, &home.env()).unwrap();
    assert!(r.credentials.is_none());
    assert!(r.searched.contains("TENCENTCLOUD_SECRET_ID"));
    assert!(r.searched.contains("~/.tencentcloud/credentials"));
}

#[test]
fn a_broken_profile_file_names_the_file() {
    let home = TempHome::new("broken");
    let path = home.write(".aliyun/config.json", "{not json", 0o600);
    let err = resolve(&EFLO.credentials, &home.env()).unwrap_err();
    let ConfigError::Profile { path: p, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(Path::new(p), path);
}

#[test]
fn region_and_endpoint_come_from_the_ecosystem_variables() {
    use sdk_runtime::Config;
    let home = TempHome::new("endpoint-vars");
    let service = &tat_model::SERVICE;
    let base = Environment {
        id: Some("AKIDxyz".into()),
        secret: Some("s3cr3t".into()),
        region: Some("ap-shanghai".into()),
        ..home.env()
    };
    assert_eq!(
        sdk_runtime::credentials::endpoint_vars(service),
        ["TENCENTCLOUD_ENDPOINT_URL_TAT", "TENCENTCLOUD_ENDPOINT_URL"]
    );
    assert_eq!(
        sdk_runtime::credentials::endpoint_vars(&EFLO),
        [
            "ALIBABA_CLOUD_ENDPOINT_URL_EFLO_CONTROLLER",
            "ALIBABA_CLOUD_ENDPOINT_URL"
        ]
    );
    let none = Config::from_environment(service, base.clone()).unwrap();
    assert_eq!(
        (none.region(), none.endpoint()),
        (Some("ap-shanghai"), None)
    );
    let vendor = Config::from_environment(
        service,
        base.clone()
            .with_var("TENCENTCLOUD_ENDPOINT_URL", "http://127.0.0.1:1"),
    )
    .unwrap();
    assert_eq!(vendor.endpoint(), Some("http://127.0.0.1:1"));
    // The service's own variable wins over the vendor's.
    let own = Config::from_environment(
        service,
        base.with_var("TENCENTCLOUD_ENDPOINT_URL", "http://127.0.0.1:1")
            .with_var("TENCENTCLOUD_ENDPOINT_URL_TAT", "http://127.0.0.1:2"),
    )
    .unwrap();
    assert_eq!(own.endpoint(), Some("http://127.0.0.1:2"));
    // Builder overrides layer on top in one chain.
    let layered = own.to_builder().endpoint("http://127.0.0.1:3").build();
    assert_eq!(layered.endpoint(), Some("http://127.0.0.1:3"));
    assert_eq!(layered.region(), Some("ap-shanghai"));
}
