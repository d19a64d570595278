//! Alibaba Cloud RPC style with ACS3-HMAC-SHA256: `POST /` with the members form-encoded in
//! the body, `x-acs-*` headers, answers as top-level JSON (2xx) or an error object (4xx/5xx).

use rand::Rng;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use super::{json_error, put, Attempt, RawResponse};
use crate::clock;
use crate::error::{ConfigError, DecodeError, DecodeErrorKind, SdkError, ServiceError};
use crate::sign::acs3;
use crate::transport::HttpResponse;

/// The content type sent and signed.
pub const CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// Signed: `host`, `content-type` and every `x-acs-*` header, as the vendor documents.
pub(crate) fn headers(attempt: &Attempt<'_>, body: &[u8]) -> Result<HeaderMap, SdkError<String>> {
    let hash = acs3::payload_hash(body);
    let date = clock::utc_iso8601(attempt.timestamp);
    // A nonce only has to be unique per request: 128 random bits in hex.
    let nonce = match attempt.nonce {
        Some(fixed) => fixed.to_owned(),
        None => format!("{:032x}", rand::rng().random::<u128>()),
    };
    let creds = attempt.credentials;
    let mut signed: Vec<(&str, &str)> = Vec::with_capacity(9);
    signed.push(("content-type", CONTENT_TYPE));
    signed.push(("host", attempt.endpoint.host.as_str()));
    if creds.token().is_some() {
        // The official SDK names the key id alongside a token; do the same.
        signed.push(("x-acs-accesskey-id", creds.id()));
    }
    signed.push(("x-acs-action", attempt.action.name));
    signed.push(("x-acs-content-sha256", hash.as_str()));
    signed.push(("x-acs-date", date.as_str()));
    if let Some(token) = creds.token() {
        signed.push(("x-acs-security-token", token));
    }
    signed.push(("x-acs-signature-nonce", &nonce));
    signed.push(("x-acs-version", attempt.service.version));
    let authorization = acs3::sign(
        creds.id(),
        creds.secret(),
        &acs3::CanonicalRequest {
            method: "POST",
            path: "/",
            query: &[],
            headers: &signed,
            payload_hash: hash.as_str(),
        },
    )
    .ok_or_else(|| SdkError::Config(ConfigError::Http("cannot sign the request".to_owned())))?;
    let mut map = HeaderMap::with_capacity(signed.len() + 2);
    for (name, value) in &signed {
        if *name != "host" {
            put(&mut map, name, value)?;
        }
    }
    put(&mut map, "accept", "application/json")?;
    put(&mut map, "authorization", &authorization)?;
    Ok(map)
}

/// Alibaba's error object.
#[derive(Deserialize)]
struct ErrorBody {
    #[serde(rename = "Code")]
    code: Option<String>,
    #[serde(rename = "Message")]
    message: Option<String>,
    #[serde(rename = "RequestId")]
    request_id: Option<String>,
}

fn header_request_id(response: &HttpResponse) -> Option<String> {
    response
        .headers
        .get("x-acs-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

fn error_answer(response: &HttpResponse) -> SdkError<String> {
    let (status, body) = (response.status, response.body.as_slice());
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
            request_id: request_id.or_else(|| header_request_id(response)),
            status,
        }),
        Ok(_) => {
            let mut e = DecodeError::new(
                DecodeErrorKind::Envelope,
                status,
                "an error answer without \"Code\"".to_owned(),
                body,
            );
            e.request_id = header_request_id(response);
            SdkError::Decode(e)
        }
        Err(e) => with_request_id(json_error(&e, status, body), response),
    }
}

fn with_request_id(mut err: SdkError<String>, response: &HttpResponse) -> SdkError<String> {
    if let SdkError::Decode(d) = &mut err {
        d.request_id = header_request_id(response);
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
    if !is_success(response.status) {
        return Err(error_answer(response));
    }
    serde_json::from_slice(&response.body)
        .map_err(|e| with_request_id(json_error(&e, response.status, &response.body), response))
}

/// Read a 2xx body as JSON, keeping the key order.
pub(crate) fn read_value(response: &HttpResponse) -> Result<RawResponse, SdkError<String>> {
    if !is_success(response.status) {
        return Err(error_answer(response));
    }
    let body: Value = serde_json::from_slice(&response.body)
        .map_err(|e| with_request_id(json_error(&e, response.status, &response.body), response))?;
    if !body.is_object() {
        return Err(SdkError::Decode(DecodeError::new(
            DecodeErrorKind::Envelope,
            response.status,
            "the answer is not a JSON object".to_owned(),
            &response.body,
        )));
    }
    let request_id = body
        .get("RequestId")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .or_else(|| header_request_id(response));
    Ok(RawResponse {
        status: response.status,
        request_id,
        body,
    })
}
