//! The instance roles: temporary credentials from the metadata service of the machine the
//! program runs on (a Tencent CVM, an Alibaba ECS instance).
//!
//! Paths and field names as the vendors' Python SDKs read them
//! (`tencentcloud-sdk-python-common` 3.1.195 `credential.py`, `CVMRoleCredential`;
//! `alibabacloud-credentials` 1.0.12 `provider/ecs_ram_role.py`):
//!
//! | | CVM | ECS |
//! |---|---|---|
//! | service | `http://metadata.tencentyun.com` | `http://100.100.100.200` |
//! | session token | none | `PUT /latest/api/token` with `X-aliyun-ecs-metadata-token-ttl-seconds`, sent back as `X-aliyun-ecs-metadata-token` |
//! | role name | `GET /latest/meta-data/cam/security-credentials/` | `GET /latest/meta-data/ram/security-credentials/` |
//! | credentials | `GET .../<role>`: `TmpSecretId`, `TmpSecretKey`, `Token`, `ExpiredTime` (Unix) | `GET .../<role>`: `AccessKeyId`, `AccessKeySecret`, `SecurityToken`, `Expiration` (ISO 8601) |
//!
//! Answers are read field by field: a parse error never quotes the body (it holds secrets).

use std::time::Duration;

use bytes::Bytes;
use futures_util::future::BoxFuture;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, Url};
use serde_json::Value;

use super::cache::RefreshingCache;
use super::{Credentials, CredentialsError, ProvideCredentials};
use crate::clock;
use crate::transport::Transport;
use std::sync::OnceLock;

/// The CVM metadata service.
pub const CVM_METADATA_ENDPOINT: &str = "http://metadata.tencentyun.com";
/// The ECS metadata service.
pub const ECS_METADATA_ENDPOINT: &str = "http://100.100.100.200";

/// The metadata services answer in milliseconds or not at all (off the cloud): short limits
/// keep a chain that reaches them off the cloud from stalling the first call.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(1);
const TIMEOUT: Duration = Duration::from_secs(3);
const MAX_ANSWER: usize = 64 * 1024;

/// Seconds of the ECS metadata session token, as the vendor's SDK asks.
const ECS_TOKEN_TTL: &str = "21600";

/// Which metadata service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vendor {
    Cvm,
    Ecs { imds_v1_disabled: bool },
}

/// Temporary credentials of the instance's role, from the metadata service.
#[derive(Debug)]
pub struct InstanceRoleProvider {
    name: &'static str,
    vendor: Vendor,
    base: Url,
    role: Option<String>,
    /// Built at the first fetch: a chain lists this provider on every run, and most runs
    /// find keys before it (an HTTP client with its TLS roots is a megabyte and a
    /// millisecond that a call with keys in the environment should not pay).
    transport: OnceLock<Transport>,
    cache: RefreshingCache,
}

impl InstanceRoleProvider {
    /// The CVM role provider (`cvm-role`): `endpoint` overrides the metadata service, `role`
    /// skips the role-name lookup. Refreshes 5 minutes before expiry, as the vendor's SDK
    /// does (the signature window is 5 minutes).
    pub fn cvm(endpoint: Option<&str>, role: Option<String>) -> Result<Self, CredentialsError> {
        Self::build("cvm-role", Vendor::Cvm, endpoint, role, 300)
    }

    /// The ECS RAM role provider (`ecs-ram-role`). With `imds_v1_disabled`, a failed session
    /// token request fails the fetch instead of falling back to plain GETs. Refreshes 15
    /// minutes before expiry, as the vendor's SDK does.
    pub fn ecs(
        endpoint: Option<&str>,
        role: Option<String>,
        imds_v1_disabled: bool,
    ) -> Result<Self, CredentialsError> {
        let vendor = Vendor::Ecs { imds_v1_disabled };
        Self::build("ecs-ram-role", vendor, endpoint, role, 900)
    }

    fn build(
        name: &'static str,
        vendor: Vendor,
        endpoint: Option<&str>,
        role: Option<String>,
        refresh_before: u64,
    ) -> Result<Self, CredentialsError> {
        let default = match vendor {
            Vendor::Cvm => CVM_METADATA_ENDPOINT,
            Vendor::Ecs { .. } => ECS_METADATA_ENDPOINT,
        };
        let given = endpoint.unwrap_or(default);
        let base = Url::parse(given)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .ok_or_else(|| {
                CredentialsError::new(
                    name,
                    format!("metadata endpoint {given:?} is not an http(s) URL"),
                )
            })?;
        Ok(InstanceRoleProvider {
            name,
            vendor,
            base,
            role: role.filter(|r| !r.is_empty()),
            transport: OnceLock::new(),
            cache: RefreshingCache::new(Duration::from_secs(refresh_before)),
        })
    }

    fn url(&self, path: &str, role: Option<&str>) -> Url {
        let mut url = self.base.clone();
        url.set_path(path);
        if let Some(role) = role {
            // Pushed as one segment: a role name cannot change the path.
            if let Ok(mut segments) = url.path_segments_mut() {
                segments.pop_if_empty().push(role);
            }
        }
        url
    }

    fn error(&self, message: impl Into<String>) -> CredentialsError {
        CredentialsError::new(self.name, message)
    }

    async fn call(
        &self,
        method: Method,
        url: &Url,
        headers: HeaderMap,
    ) -> Result<String, CredentialsError> {
        let transport = match self.transport.get() {
            Some(t) => t,
            None => {
                let built = Transport::new(CONNECT_TIMEOUT, TIMEOUT, MAX_ANSWER)
                    .map_err(|e| self.error(e.to_string()))?;
                self.transport.get_or_init(|| built)
            }
        };
        let response = transport
            .send(method.clone(), url, headers, Bytes::new())
            .await
            .map_err(|e| self.error(format!("{method} {url}: {e}")))?;
        if response.status != 200 {
            return Err(self.error(format!("{method} {url}: HTTP {}", response.status)));
        }
        String::from_utf8(response.body)
            .map_err(|_| self.error(format!("{method} {url}: the answer is not UTF-8")))
    }

    /// The ECS session token, or `None` to go on without one (IMDSv1).
    async fn ecs_token(&self, imds_v1_disabled: bool) -> Result<Option<String>, CredentialsError> {
        let mut headers = HeaderMap::new();
        headers.insert(
            HeaderName::from_static("x-aliyun-ecs-metadata-token-ttl-seconds"),
            HeaderValue::from_static(ECS_TOKEN_TTL),
        );
        let url = self.url("/latest/api/token", None);
        match self.call(Method::PUT, &url, headers).await {
            Ok(token) => Ok(Some(token.trim().to_owned())),
            Err(e) if imds_v1_disabled => Err(self.error(format!(
                "{} (IMDSv1 is disabled, so a session token is required)",
                e.message
            ))),
            Err(_) => Ok(None),
        }
    }

    async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        let (prefix, headers) = match self.vendor {
            Vendor::Cvm => (
                "/latest/meta-data/cam/security-credentials/",
                HeaderMap::new(),
            ),
            Vendor::Ecs { imds_v1_disabled } => {
                let mut headers = HeaderMap::new();
                if let Some(token) = self.ecs_token(imds_v1_disabled).await? {
                    let value = HeaderValue::from_str(&token).map_err(|_| {
                        self.error("the metadata session token is not a header value")
                    })?;
                    headers.insert(
                        HeaderName::from_static("x-aliyun-ecs-metadata-token"),
                        value,
                    );
                }
                ("/latest/meta-data/ram/security-credentials/", headers)
            }
        };
        let role = match &self.role {
            Some(role) => role.clone(),
            None => {
                let url = self.url(prefix, None);
                let text = self.call(Method::GET, &url, headers.clone()).await?;
                // The service lists one role per line; the instance has at most one.
                let role = text.lines().next().unwrap_or("").trim().to_owned();
                if role.is_empty() {
                    return Err(
                        self.error(format!("GET {url}: no role is attached to this instance"))
                    );
                }
                role
            }
        };
        let url = self.url(prefix, Some(&role));
        let text = self.call(Method::GET, &url, headers).await?;
        let what = format!("GET {url}");
        match self.vendor {
            Vendor::Cvm => read_cvm(&text).map_err(|m| self.error(format!("{what}: {m}"))),
            Vendor::Ecs { .. } => read_ecs(&text).map_err(|m| self.error(format!("{what}: {m}"))),
        }
    }
}

impl ProvideCredentials for InstanceRoleProvider {
    fn name(&self) -> &str {
        self.name
    }

    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.cache.get_or_refresh(|| self.fetch()))
    }
}

/// A string member of a JSON object, by name, for answers holding secrets: the error names
/// the member, never its value.
pub(crate) fn member<'a>(doc: &'a Value, name: &str) -> Result<&'a str, String> {
    doc.get(name)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| format!("the answer has no string member {name:?}"))
}

fn parse_json(text: &str) -> Result<Value, String> {
    // serde_json's message may quote the text; say only where it broke.
    serde_json::from_str(text).map_err(|e| {
        format!(
            "the answer is not JSON (line {}, column {})",
            e.line(),
            e.column()
        )
    })
}

fn check_code(doc: &Value) -> Result<(), String> {
    match doc.get("Code").and_then(Value::as_str) {
        Some("Success") => Ok(()),
        Some(code) => Err(format!("the answer's Code is {code:?}, not \"Success\"")),
        None => Err("the answer has no Code".to_owned()),
    }
}

fn read_cvm(text: &str) -> Result<Credentials, String> {
    let doc = parse_json(text)?;
    check_code(&doc)?;
    let expiry = doc
        .get("ExpiredTime")
        .and_then(Value::as_i64)
        .ok_or("the answer has no integer member \"ExpiredTime\"")?;
    Ok(
        Credentials::new(member(&doc, "TmpSecretId")?, member(&doc, "TmpSecretKey")?)
            .with_token(member(&doc, "Token")?)
            .with_expiry(expiry),
    )
}

fn read_ecs(text: &str) -> Result<Credentials, String> {
    let doc = parse_json(text)?;
    check_code(&doc)?;
    let expiration = member(&doc, "Expiration")?;
    let expiry = clock::parse_utc_iso8601(expiration)
        .ok_or_else(|| format!("Expiration {expiration:?} is not YYYY-MM-DDThh:mm:ssZ"))?;
    Ok(Credentials::new(
        member(&doc, "AccessKeyId")?,
        member(&doc, "AccessKeySecret")?,
    )
    .with_token(member(&doc, "SecurityToken")?)
    .with_expiry(expiry))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_read_by_field_and_errors_do_not_quote_them() {
        let c = read_cvm(r#"{"TmpSecretId":"A","TmpSecretKey":"SK","Token":"T","ExpiredTime":1700000000,"Code":"Success"}"#).unwrap();
        assert_eq!(
            (c.id(), c.secret(), c.token(), c.expiry()),
            ("A", "SK", Some("T"), Some(1_700_000_000))
        );
        let e =
            read_cvm(r#"{"TmpSecretId":"A","TmpSecretKey":12,"Code":"Success","ExpiredTime":1}"#)
                .unwrap_err();
        assert!(e.contains("TmpSecretKey"), "{e}");
        let e = read_ecs(r#"{"AccessKeyId":"A","AccessKeySecret":"HIDDEN"#).unwrap_err();
        assert!(!e.contains("HIDDEN"), "{e}");
        let c = read_ecs(r#"{"Code":"Success","AccessKeyId":"STS.A","AccessKeySecret":"S","SecurityToken":"T","Expiration":"2024-05-01T08:00:00Z"}"#).unwrap();
        assert_eq!(c.expiry(), clock::parse_utc_iso8601("2024-05-01T08:00:00Z"));
        assert!(read_ecs(r#"{"Code":"Failed"}"#)
            .unwrap_err()
            .contains("Failed"));
    }
}
