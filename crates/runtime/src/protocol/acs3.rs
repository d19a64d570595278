//! Alibaba Cloud with ACS3-HMAC-SHA256, RPC and ROA alike: the request as the action's
//! binding places it ([`super::binding`]), `x-acs-*` headers, the signature over the method,
//! path, query and headers; answers as top-level JSON (2xx) or an error object (4xx/5xx).

use rand::Rng;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use super::{json_error, put, Attempt, RawResponse, WireRequest};
use crate::clock;
use crate::credentials::Credentials;
use crate::error::{ConfigError, DecodeError, DecodeErrorKind, SdkError, ServiceError};
use crate::sign::acs3;
use crate::transport::HttpResponse;

/// The content type of a form body, sent and signed.
pub const CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// The headers this module sets: a member may not take one of their names.
const OWN_HEADERS: [&str; 11] = [
    "accept",
    "authorization",
    "content-type",
    "host",
    "x-acs-accesskey-id",
    "x-acs-action",
    "x-acs-content-sha256",
    "x-acs-date",
    "x-acs-security-token",
    "x-acs-signature-nonce",
    "x-acs-version",
];

/// Signed: `host`, `content-type` (when there is a body), the members sent as headers and
/// every `x-acs-*` header, as the vendor documents (its SDK signs every header it sends).
pub(crate) fn headers(
    attempt: &Attempt<'_>,
    wire: &WireRequest,
) -> Result<HeaderMap, SdkError<String>> {
    let hash = acs3::payload_hash(&wire.body);
    let date = clock::utc_iso8601(attempt.timestamp);
    // A nonce only has to be unique per request: 128 random bits in hex.
    let nonce = match attempt.nonce {
        Some(fixed) => fixed.to_owned(),
        None => format!("{:032x}", rand::rng().random::<u128>()),
    };
    let creds = attempt.credentials;
    let token = creds.and_then(Credentials::token);
    let mut signed: Vec<(&str, &str)> = Vec::with_capacity(9 + wire.headers.len());
    if let Some(content_type) = wire.content_type {
        signed.push(("content-type", content_type));
    }
    signed.push(("host", attempt.endpoint.host.as_str()));
    if let (Some(creds), Some(_)) = (creds, token) {
        // The official SDK names the key id alongside a token; do the same.
        signed.push(("x-acs-accesskey-id", creds.id()));
    }
    signed.push(("x-acs-action", attempt.action.name));
    signed.push(("x-acs-content-sha256", hash.as_str()));
    signed.push(("x-acs-date", date.as_str()));
    if let Some(token) = token {
        signed.push(("x-acs-security-token", token));
    }
    signed.push(("x-acs-signature-nonce", &nonce));
    signed.push(("x-acs-version", attempt.service.version));
    let mut map = HeaderMap::with_capacity(signed.len() + 2);
    for (name, value) in &signed {
        if *name != "host" {
            put(&mut map, name, value)?;
        }
    }
    for (name, value) in &wire.headers {
        if OWN_HEADERS.contains(&name.as_str()) {
            return Err(SdkError::Config(ConfigError::Http(format!(
                "the request member {name} cannot be sent as a header: the signature sets that \
                 header itself"
            ))));
        }
        put(&mut map, name, value)?;
        signed.push((name.as_str(), value.as_str()));
    }
    signed.sort_by(|a, b| a.0.cmp(b.0));
    put(&mut map, "accept", "application/json")?;
    let query: Vec<(&str, &str)> = wire
        .query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    // Unsigned requests (`AssumeRoleWithOIDC`) carry no Authorization, as the vendor's SDK.
    if let Some(creds) = creds {
        let authorization = acs3::sign(
            creds.id(),
            creds.secret(),
            &acs3::CanonicalRequest {
                method: wire.method,
                path: &wire.path,
                query: &query,
                headers: &signed,
                payload_hash: hash.as_str(),
            },
        )
        .ok_or_else(|| SdkError::Config(ConfigError::Http("cannot sign the request".to_owned())))?;
        put(&mut map, "authorization", &authorization)?;
    }
    Ok(map)
}

/// Alibaba's error object: RPC services write `Code`, ROA services often `code` (the
/// official SDK reads either).
#[derive(Deserialize)]
struct ErrorBody {
    #[serde(rename = "Code", alias = "code")]
    code: Option<String>,
    #[serde(rename = "Message", alias = "message")]
    message: Option<String>,
    #[serde(rename = "RequestId", alias = "requestId")]
    request_id: Option<String>,
}

fn header_request_id(response: &HttpResponse) -> Option<&str> {
    response
        .headers
        .get("x-acs-request-id")
        .and_then(|v| v.to_str().ok())
}

fn error_answer(status: u16, header_id: Option<&str>, body: &[u8]) -> SdkError<String> {
    let parsed: Result<ErrorBody, _> = serde_json::from_slice(body);
    match parsed {
        Ok(ErrorBody {
            code: Some(code),
            message,
            request_id,
        }) => SdkError::Service(ServiceError {
            code: code.clone(),
            raw_code: code,
            message: message.unwrap_or_default(),
            request_id: request_id.or_else(|| header_id.map(str::to_owned)),
            status,
        }),
        Ok(_) => {
            let mut e = DecodeError::new(
                DecodeErrorKind::Envelope,
                status,
                "an error answer without \"Code\"".to_owned(),
                body,
            );
            e.request_id = header_id.map(str::to_owned);
            SdkError::Decode(e)
        }
        Err(e) => with_request_id(json_error(&e, status, body), header_id),
    }
}

fn with_request_id(mut err: SdkError<String>, header_id: Option<&str>) -> SdkError<String> {
    if let SdkError::Decode(d) = &mut err {
        d.request_id = header_id.map(str::to_owned);
    }
    err
}

fn is_success(status: u16) -> bool {
    (200..300).contains(&status)
}

/// Read a 2xx body as `T`, or the error object of a 4xx/5xx.
pub(crate) fn read_typed<T: DeserializeOwned>(
    response: &HttpResponse,
) -> Result<T, SdkError<String>> {
    decode_typed(response.status, header_request_id(response), &response.body)
}

/// Read a 2xx body as JSON, keeping the key order.
pub(crate) fn read_value(response: &HttpResponse) -> Result<RawResponse, SdkError<String>> {
    decode_value(response.status, header_request_id(response), &response.body)
}

/// Decode a 2xx body as `T`, or the error object of a 4xx/5xx; `request_id` is the
/// `x-acs-request-id` header, used when the body names none. Public, like
/// [`super::tc3::decode_typed`], for benches, fuzzing and tools that hold a body already.
pub fn decode_typed<T: DeserializeOwned>(
    status: u16,
    request_id: Option<&str>,
    body: &[u8],
) -> Result<T, SdkError<String>> {
    if !is_success(status) {
        return Err(error_answer(status, request_id, body));
    }
    serde_json::from_slice(body)
        .map_err(|e| with_request_id(json_error(&e, status, body), request_id))
}

/// Decode a 2xx body as JSON keeping the key order, or the error object of a 4xx/5xx
/// (`request_id` as for [`decode_typed`]).
pub fn decode_value(
    status: u16,
    request_id: Option<&str>,
    body: &[u8],
) -> Result<RawResponse, SdkError<String>> {
    if !is_success(status) {
        return Err(error_answer(status, request_id, body));
    }
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| with_request_id(json_error(&e, status, body), request_id))?;
    if !value.is_object() {
        return Err(SdkError::Decode(DecodeError::new(
            DecodeErrorKind::Envelope,
            status,
            "the answer is not a JSON object".to_owned(),
            body,
        )));
    }
    let request_id = value
        .get("RequestId")
        .and_then(Value::as_str)
        .or(request_id)
        .map(str::to_owned);
    Ok(RawResponse {
        status,
        request_id,
        body: value,
    })
}
