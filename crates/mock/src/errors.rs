//! Answers as each vendor puts them on the wire: a [`Failure`] is a code, a message and the
//! HTTP status Alibaba would use; [`render`] wraps it in the vendor's envelope, [`success`]
//! wraps the members of an answer, and [`request_id`] makes the id every answer carries.

use bytes::Bytes;
use rand::Rng;
use sdk_shape::Protocol;
use serde_json::{json, Value};

/// A fresh UUID-like request id (version 4 layout).
pub fn request_id() -> String {
    let n: u128 = rand::rng().random();
    let n = (n & !(0xf << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
    let hex = format!("{n:032x}");
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// A request the mock refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The vendor's error code (`AuthFailure.SignatureFailure`).
    pub code: String,
    /// A sentence saying what was wrong.
    pub message: String,
    /// HTTP status for Alibaba (Tencent always answers 200).
    pub status: u16,
}

impl Failure {
    /// A failure with HTTP status 400.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Failure {
            code: code.into(),
            message: message.into(),
            status: 400,
        }
    }

    /// The same failure with another HTTP status.
    pub fn status(mut self, status: u16) -> Self {
        self.status = status;
        self
    }
}

/// The first of `candidates` the action's page documents, else the first of the service's
/// own codes, else the first of the platform's common codes, else `fallback`: the vendor's
/// code for what the mock refuses (input checks and TAT's state alike).
pub(crate) fn documented_code(
    service: &sdk_shape::ServiceShape,
    action: &sdk_shape::ActionShape,
    candidates: &[&str],
    fallback: &str,
) -> String {
    let listed = |list: &'static [sdk_shape::ErrorShape]| {
        move |c: &&&str| list.iter().any(|e| e.code == **c)
    };
    candidates
        .iter()
        .find(listed(action.errors))
        .or_else(|| candidates.iter().find(listed(service.service_errors)))
        .or_else(|| candidates.iter().find(listed(service.common_errors)))
        .copied()
        .unwrap_or(fallback)
        .to_owned()
}

/// An HTTP answer: status, content type, body and the request id (for a response header).
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Bytes,
    pub request_id: String,
}

/// Tencent's Python SDK recognises an error envelope only with exactly this content type.
pub const TENCENT_CONTENT_TYPE: &str = "application/json";
/// What Alibaba's gateway sends.
pub const ALIBABA_CONTENT_TYPE: &str = "application/json;charset=utf-8";
/// The content type of an answer without a body (an action whose answer is documented as
/// empty).
pub const EMPTY_CONTENT_TYPE: &str = "text/plain;charset=utf-8";

/// The vendor envelope of `failure`.
pub fn render(protocol: Protocol, failure: &Failure) -> Reply {
    let id = request_id();
    match protocol {
        Protocol::Tc3Json => {
            let body = json!({
                "Response": {
                    "Error": {"Code": failure.code, "Message": failure.message},
                    "RequestId": id,
                }
            });
            Reply {
                status: 200,
                content_type: TENCENT_CONTENT_TYPE,
                body: to_bytes(&body),
                request_id: id,
            }
        }
        Protocol::Acs3Rpc | Protocol::Acs3Roa => {
            let body = json!({
                "RequestId": id,
                "HostId": "127.0.0.1",
                "Code": failure.code,
                "Message": failure.message,
                "Recommend": format!(
                    "This answer comes from the sdk-mock server; see the sdk_mock crate documentation for {}",
                    failure.code
                ),
            });
            Reply {
                status: failure.status,
                content_type: ALIBABA_CONTENT_TYPE,
                body: to_bytes(&body),
                request_id: id,
            }
        }
    }
}

/// A successful answer: Tencent's `Response` envelope around `members`, or Alibaba's body.
pub fn success(protocol: Protocol, members: Value, request_id: String) -> Reply {
    match protocol {
        Protocol::Tc3Json => Reply {
            status: 200,
            content_type: TENCENT_CONTENT_TYPE,
            body: to_bytes(&json!({ "Response": members })),
            request_id,
        },
        Protocol::Acs3Rpc | Protocol::Acs3Roa => Reply {
            status: 200,
            content_type: ALIBABA_CONTENT_TYPE,
            body: to_bytes(&members),
            request_id,
        },
    }
}

fn to_bytes(value: &Value) -> Bytes {
    // Serialising a `Value` cannot fail: its keys are strings.
    Bytes::from(serde_json::to_vec(value).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_look_like_uuids() {
        let a = request_id();
        assert_eq!(a.len(), 36);
        assert_eq!(a.matches('-').count(), 4);
        assert_ne!(a, request_id());
    }
}
