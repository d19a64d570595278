//! The two wire protocols: how a request is put on the wire and how an answer is read.
//!
//! | | [`tc3`] (Tencent Cloud API 3.0) | [`acs3`] (Alibaba Cloud RPC and ROA) |
//! |---|---|---|
//! | request | `POST /`, JSON body | the action's method and path, members in the path, query, headers or body ([`binding`]): a form ([`form`]) or JSON |
//! | success | 200, `{"Response": {...}}` | 2xx, the whole body (an empty object for an action whose answer has none) |
//! | error | 200, `{"Response": {"Error": {...}}}` | 4xx/5xx, `{"Code", "Message", ...}` |
//!
//! The request ([`WireRequest`]) is built once per call; the headers (timestamp, nonce,
//! signature) are built anew for every attempt, because a retried request must be signed
//! afresh.

pub mod acs3;
pub mod binding;
mod envelope;
pub mod form;
pub mod tc3;

pub use binding::WireRequest;
use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use sdk_shape::{ActionShape, AnswerBody, Protocol, ServiceShape};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::credentials::Credentials;
use crate::endpoint::ResolvedEndpoint;
use crate::error::{ConfigError, DecodeError, DecodeErrorKind, SdkError};
use crate::transport::HttpResponse;

/// An answer read without a typed model (for the CLI and other dynamic callers).
#[derive(Debug, Clone, PartialEq)]
pub struct RawResponse {
    /// HTTP status.
    pub status: u16,
    /// The request id the service gave.
    pub request_id: Option<String>,
    /// The content of Tencent's `Response` object, or Alibaba's whole body, in the order
    /// the service sent the keys.
    pub body: Value,
}

/// What signing one attempt needs.
pub(crate) struct Attempt<'a> {
    pub service: &'static ServiceShape,
    pub action: &'static ActionShape,
    pub endpoint: &'a ResolvedEndpoint,
    /// `None` sends the request unsigned (the STS OIDC exchanges).
    pub credentials: Option<&'a Credentials>,
    pub region: Option<&'a str>,
    pub language: Option<&'a str>,
    pub timestamp: i64,
    /// Fixed ACS3 signature nonce (wire snapshots); `None` draws a random one.
    pub nonce: Option<&'a str>,
}

/// The request of a call: Tencent's `POST /` with the members as JSON, Alibaba's as the
/// action's binding places them.
pub(crate) fn encode(
    protocol: Protocol,
    action: &ActionShape,
    request: &Value,
) -> Result<WireRequest, SdkError<String>> {
    match protocol {
        Protocol::Tc3Json => {
            let body = serde_json::to_vec(request).map_err(|e| {
                SdkError::Config(ConfigError::Http(format!("cannot encode the request: {e}")))
            })?;
            Ok(WireRequest {
                method: "POST",
                path: "/".to_owned(),
                query: Vec::new(),
                headers: Vec::new(),
                content_type: Some(tc3::CONTENT_TYPE),
                body: Bytes::from(body),
            })
        }
        Protocol::Acs3Rpc | Protocol::Acs3Roa => {
            binding::build(action, request).map_err(SdkError::InvalidInput)
        }
    }
}

/// The headers of one attempt, signed.
pub(crate) fn headers(
    attempt: &Attempt<'_>,
    wire: &WireRequest,
) -> Result<HeaderMap, SdkError<String>> {
    match attempt.service.protocol {
        Protocol::Tc3Json => tc3::headers(attempt, &wire.body),
        Protocol::Acs3Rpc | Protocol::Acs3Roa => acs3::headers(attempt, wire),
    }
}

/// An action whose answer has no body (`AnswerBody::None`) is read as an empty object when
/// it succeeds: the status says it all, and every reader after this takes JSON.
pub(crate) fn fill_empty_answer(action: &ActionShape, response: &mut HttpResponse) {
    let empty = matches!(action.http, Some(h) if h.answer == AnswerBody::None);
    if empty && (200..300).contains(&response.status) {
        response.body = b"{}".to_vec();
    }
}

/// Read a typed answer, or the service's error.
pub(crate) fn read_typed<T: DeserializeOwned>(
    protocol: Protocol,
    response: &HttpResponse,
) -> Result<T, SdkError<String>> {
    match protocol {
        Protocol::Tc3Json => tc3::read_typed(response),
        Protocol::Acs3Rpc | Protocol::Acs3Roa => acs3::read_typed(response),
    }
}

/// Read an answer as JSON, or the service's error.
pub(crate) fn read_value(
    protocol: Protocol,
    response: &HttpResponse,
) -> Result<RawResponse, SdkError<String>> {
    match protocol {
        Protocol::Tc3Json => tc3::read_value(response),
        Protocol::Acs3Rpc | Protocol::Acs3Roa => acs3::read_value(response),
    }
}

/// Append a header, turning a value that cannot be a header into a configuration error
/// instead of a panic. Only printable ASCII is accepted: bytes above 0x7F are legal in
/// HTTP/1.1 but servers read them as Latin-1, so a signed UTF-8 value (a token, a region)
/// would fail verification with a misleading signature error.
pub(crate) fn put(map: &mut HeaderMap, name: &str, value: &str) -> Result<(), SdkError<String>> {
    let invalid = || {
        SdkError::Config(ConfigError::Http(format!(
            "the value of header {name} must be printable ASCII"
        )))
    };
    if !value
        .bytes()
        .all(|b| (0x20..0x7f).contains(&b) || b == b'\t')
    {
        return Err(invalid());
    }
    let value = HeaderValue::from_str(value).map_err(|_| invalid())?;
    let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
        SdkError::Config(ConfigError::Http(format!("{name} cannot be a header name")))
    })?;
    map.insert(name, value);
    Ok(())
}

/// A decode error from a serde_json error: syntax errors mean "not JSON", data errors mean
/// "JSON of the wrong shape".
pub(crate) fn json_error(e: &serde_json::Error, status: u16, body: &[u8]) -> SdkError<String> {
    let kind = match e.classify() {
        serde_json::error::Category::Data => DecodeErrorKind::Type,
        _ => DecodeErrorKind::Json,
    };
    SdkError::Decode(DecodeError::new(kind, status, e.to_string(), body))
}
