//! Starting a mock, clients pointed at it, and hand-signed raw requests (the client validates
//! before sending, so invalid requests and bad signatures must be built by hand).

use sdk_mock::{demo, MockCredentials, MockOptions, MockServer};
use sdk_runtime::sign::{acs3, tc3};
use sdk_runtime::{clock, Config, Credentials, RateLimit, ServiceClient};
use sdk_shape::ServiceShape;
use serde_json::Value;

pub async fn start() -> MockServer {
    MockServer::start(MockOptions::all_services().with_credentials(MockCredentials::Demo))
        .await
        .expect("the mock starts")
}

pub fn client(server: &MockServer, service: &'static ServiceShape) -> ServiceClient {
    let credentials = match service.protocol {
        sdk_shape::Protocol::Tc3Json => {
            Credentials::new(demo::TENCENT_SECRET_ID, demo::TENCENT_SECRET_KEY)
        }
        sdk_shape::Protocol::Acs3Rpc | sdk_shape::Protocol::Acs3Roa => {
            Credentials::new(demo::ALIBABA_ACCESS_KEY_ID, demo::ALIBABA_ACCESS_KEY_SECRET)
        }
    };
    let config = Config::builder()
        .credentials(credentials)
        .region("ap-guangzhou")
        .endpoint(server.endpoint())
        .max_attempts(1)
        .rate_limit(RateLimit::Off)
        .build();
    ServiceClient::new(service, config).expect("a client")
}

/// What a raw request gets back.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub content_type: String,
    pub body: Value,
}

impl Answer {
    /// The Tencent error code, or Alibaba's `Code`.
    pub fn code(&self) -> Option<&str> {
        self.body
            .pointer("/Response/Error/Code")
            .or_else(|| self.body.get("Code"))
            .and_then(Value::as_str)
    }
}

async fn read(response: reqwest::Response) -> Answer {
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let bytes = response.bytes().await.expect("a body");
    let body = serde_json::from_slice(&bytes).expect("a JSON answer");
    Answer {
        status,
        content_type,
        body,
    }
}

/// How a raw Tencent request is signed.
pub struct Tc3 {
    pub id: &'static str,
    pub secret: &'static str,
    pub timestamp: i64,
    pub sign: bool,
    pub signed_action: bool,
    /// Send this body instead of the signed one (a body changed on the way).
    pub tampered_body: Option<&'static [u8]>,
}

impl Default for Tc3 {
    fn default() -> Self {
        Tc3 {
            id: demo::TENCENT_SECRET_ID,
            secret: demo::TENCENT_SECRET_KEY,
            timestamp: clock::now_unix(),
            sign: true,
            signed_action: false,
            tampered_body: None,
        }
    }
}

/// POST `body` as TAT `action`, signed per `how`.
pub async fn tencent(server: &MockServer, action: &str, body: &[u8], how: Tc3) -> Answer {
    let host = server.local_addr().to_string();
    let content_type = "application/json; charset=utf-8";
    let lowered = action.to_ascii_lowercase();
    let mut signed = vec![("content-type", content_type), ("host", host.as_str())];
    if how.signed_action {
        signed.push(("x-tc-action", lowered.as_str()));
    }
    let mut request = reqwest::Client::new()
        .post(server.endpoint())
        .header("content-type", content_type)
        .header("x-tc-action", action)
        .header("x-tc-version", "2020-10-28")
        .header("x-tc-region", "ap-guangzhou")
        .header("x-tc-timestamp", how.timestamp.to_string())
        .body(how.tampered_body.unwrap_or(body).to_vec());
    if how.sign {
        let params = tc3::SigningParams {
            secret_id: how.id,
            secret_key: how.secret,
            service: "tat",
            timestamp: how.timestamp,
        };
        let auth = tc3::sign(&params, "POST", "/", "", &signed, body).expect("signed");
        request = request.header("authorization", auth);
    }
    read(request.send().await.expect("an answer")).await
}

/// How a raw Alibaba request is signed.
pub struct Acs3 {
    pub id: &'static str,
    pub secret: &'static str,
    pub timestamp: i64,
    pub nonce: String,
    pub sign: bool,
}

impl Default for Acs3 {
    fn default() -> Self {
        Acs3 {
            id: demo::ALIBABA_ACCESS_KEY_ID,
            secret: demo::ALIBABA_ACCESS_KEY_SECRET,
            timestamp: clock::now_unix(),
            nonce: format!("{:032x}", rand_nonce()),
            sign: true,
        }
    }
}

fn rand_nonce() -> u128 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(1);
    (u128::from(std::process::id()) << 64)
        | u128::from(N.fetch_add(1, Ordering::Relaxed))
        | (u128::from(clock::now_unix() as u64) << 32)
}

/// POST the form `body` as eflo-controller `action`, signed per `how`.
pub async fn alibaba(server: &MockServer, action: &str, body: &str, how: Acs3) -> Answer {
    let host = server.local_addr().to_string();
    let hash = acs3::payload_hash(body.as_bytes());
    let date = clock::utc_iso8601(how.timestamp);
    let content_type = "application/x-www-form-urlencoded";
    let signed = [
        ("content-type", content_type),
        ("host", host.as_str()),
        ("x-acs-action", action),
        ("x-acs-content-sha256", hash.as_str()),
        ("x-acs-date", date.as_str()),
        ("x-acs-signature-nonce", how.nonce.as_str()),
        ("x-acs-version", "2022-12-15"),
    ];
    let mut request = reqwest::Client::new()
        .post(server.endpoint())
        .body(body.to_owned());
    for (name, value) in &signed[..] {
        if *name != "host" {
            request = request.header(*name, *value);
        }
    }
    if how.sign {
        let auth = acs3::sign(
            how.id,
            how.secret,
            &acs3::CanonicalRequest {
                method: "POST",
                path: "/",
                query: &[],
                headers: &signed,
                payload_hash: hash.as_str(),
            },
        )
        .expect("signed");
        request = request.header("authorization", auth);
    }
    read(request.send().await.expect("an answer")).await
}
