//! Loopback stand-ins for the metadata services, and helpers for the provider tests.

use std::path::PathBuf;

use sdk_runtime::clock;
use sdk_runtime::credentials::Environment;
use serde_json::json;

use super::{Recorded, Reply, SECRET};

pub const TMP_SECRET: &str = "TMPSECRETNEVERSHOWN";
pub const TMP_TOKEN: &str = "TMPTOKENNEVERSHOWN";
pub const OIDC_TOKEN: &str = "OIDCTOKENNEVERSHOWN";

pub fn text(body: &str) -> Reply {
    Reply::Body {
        status: 200,
        content_type: "text/plain",
        body: body.to_owned(),
    }
}

pub fn status(code: u16) -> Reply {
    Reply::Body {
        status: code,
        content_type: "text/plain",
        body: String::new(),
    }
}

pub fn cvm_answer(expires_in: i64) -> Reply {
    Reply::json(
        json!({
            "TmpSecretId": "AKIDtmp", "TmpSecretKey": TMP_SECRET, "Token": TMP_TOKEN,
            "ExpiredTime": clock::now_unix() + expires_in,
            "Expiration": "ignored", "Code": "Success"
        })
        .to_string(),
    )
}

pub fn ecs_answer(expires_in: i64) -> Reply {
    Reply::json(
        json!({
            "AccessKeyId": "STS.tmp", "AccessKeySecret": TMP_SECRET, "SecurityToken": TMP_TOKEN,
            "Expiration": clock::utc_iso8601(clock::now_unix() + expires_in).as_str(),
            "LastUpdated": "ignored", "Code": "Success"
        })
        .to_string(),
    )
}

/// A CVM metadata service with role `role-a`; credentials valid for `expires_in` seconds.
pub fn cvm(expires_in: i64) -> impl Fn(&Recorded, usize) -> Reply + Send + Sync {
    move |r, _| match (r.method.as_str(), r.path.as_str()) {
        ("GET", "/latest/meta-data/cam/security-credentials/") => text("role-a"),
        ("GET", "/latest/meta-data/cam/security-credentials/role-a") => cvm_answer(expires_in),
        _ => status(404),
    }
}

#[track_caller]
pub fn clean(what: &str, text: &str) {
    for secret in [TMP_SECRET, TMP_TOKEN, OIDC_TOKEN, SECRET] {
        assert!(!text.contains(secret), "{what} shows a secret: {text}");
    }
}

/// An ECS metadata service that requires the session token `tok-1`.
pub fn ecs_hardened(r: &Recorded, _: usize) -> Reply {
    match (r.method.as_str(), r.path.as_str()) {
        ("PUT", "/latest/api/token") => match r.header("x-aliyun-ecs-metadata-token-ttl-seconds") {
            Some("21600") => text("tok-1"),
            _ => status(400),
        },
        (_, _) if r.header("x-aliyun-ecs-metadata-token") != Some("tok-1") => status(401),
        ("GET", "/latest/meta-data/ram/security-credentials/") => text("EcsRole\n"),
        ("GET", "/latest/meta-data/ram/security-credentials/EcsRole") => ecs_answer(3600),
        _ => status(404),
    }
}

pub fn empty_home() -> (tempdir::Dir, Environment) {
    let dir = tempdir::Dir::new();
    let env = Environment {
        home: Some(dir.0.clone()),
        ..Environment::default()
    };
    (dir, env)
}

pub mod tempdir {
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    pub struct Dir(pub PathBuf);

    impl Dir {
        pub fn new() -> Self {
            static N: AtomicUsize = AtomicUsize::new(0);
            let n = N.fetch_add(1, Ordering::Relaxed);
            let dir = std::env::temp_dir()
                .join(format!("sdk-runtime-providers-{}-{n}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            Dir(dir)
        }

        pub fn write(&self, rel: &str, text: &str) -> PathBuf {
            let path = self.0.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
            path
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

pub fn token_file(dir: &tempdir::Dir) -> PathBuf {
    dir.write("token", &format!("{OIDC_TOKEN}\n"))
}
