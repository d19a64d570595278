//! Tencent Cloud API 3.0: `POST /` with a JSON body, `X-TC-*` headers, TC3-HMAC-SHA256, and
//! answers wrapped in `{"Response": {...}}` with errors inside as `Response.Error`.

use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::envelope::{self, Aside, ErrorBody};
use super::{json_error, put, Attempt, RawResponse};
use crate::credentials::Credentials;
use crate::error::{ConfigError, DecodeError, DecodeErrorKind, SdkError, ServiceError};
use crate::sign::tc3;
use crate::transport::HttpResponse;

/// The content type sent and signed.
pub const CONTENT_TYPE: &str = "application/json; charset=utf-8";

/// The signed headers are those the official SDKs sign (`content-type;host`), so requests
/// verify with the vendor's own code; the `X-TC-*` headers travel unsigned, as theirs do.
pub(crate) fn headers(attempt: &Attempt<'_>, body: &[u8]) -> Result<HeaderMap, SdkError<String>> {
    let action = attempt.action;
    let region = match attempt.region {
        Some(r) => Some(r),
        None if action.region_required => {
            return Err(SdkError::Config(ConfigError::NoRegion {
                service: attempt.service.name.to_owned(),
            }))
        }
        None => None,
    };
    let signed = [
        ("content-type", CONTENT_TYPE),
        ("host", attempt.endpoint.host.as_str()),
    ];
    let authorization = match attempt.credentials {
        Some(credentials) => tc3::sign(
            &tc3::SigningParams {
                secret_id: credentials.id(),
                secret_key: credentials.secret(),
                service: attempt.service.name,
                timestamp: attempt.timestamp,
            },
            "POST",
            "/",
            "",
            &signed,
            body,
        )
        .ok_or_else(|| SdkError::Config(ConfigError::Http("cannot sign the request".to_owned())))?,
        // What the vendor's SDK sends for actions whose proof is in the body
        // (`AssumeRoleWithWebIdentity`).
        None => "SKIP".to_owned(),
    };
    let mut map = HeaderMap::with_capacity(9);
    put(&mut map, "content-type", CONTENT_TYPE)?;
    put(&mut map, "x-tc-action", action.name)?;
    put(&mut map, "x-tc-version", attempt.service.version)?;
    put(&mut map, "x-tc-timestamp", &attempt.timestamp.to_string())?;
    if let Some(region) = region {
        put(&mut map, "x-tc-region", region)?;
    }
    if let Some(token) = attempt.credentials.and_then(Credentials::token) {
        put(&mut map, "x-tc-token", token)?;
    }
    if let Some(language) = attempt.language {
        put(&mut map, "x-tc-language", language)?;
    }
    put(&mut map, "authorization", &authorization)?;
    Ok(map)
}

fn service_error(
    status: u16,
    error: ErrorBody,
    request_id: Option<String>,
    body: &[u8],
) -> SdkError<String> {
    let Some(code) = error.code else {
        let mut e = DecodeError::new(
            DecodeErrorKind::Envelope,
            status,
            "Response.Error has no Code".to_owned(),
            body,
        );
        e.request_id = request_id;
        return SdkError::Decode(e);
    };
    SdkError::Service(ServiceError {
        code: code.clone(),
        raw_code: code,
        message: error.message.unwrap_or_default(),
        request_id,
        status,
    })
}

pub(crate) fn read_typed<T: DeserializeOwned>(
    response: &HttpResponse,
) -> Result<T, SdkError<String>> {
    decode_typed(response.status, &response.body)
}

pub(crate) fn read_value(response: &HttpResponse) -> Result<RawResponse, SdkError<String>> {
    decode_value(response.status, &response.body)
}

/// Decode `{"Response": T}` in one pass, taking `Response.Error` aside as it goes (see
/// `protocol::envelope`). Public for benches and for tools that hold a body already.
pub fn decode_typed<T: DeserializeOwned>(status: u16, body: &[u8]) -> Result<T, SdkError<String>> {
    let mut aside = Aside::default();
    let result = envelope::decode::<T>(body, &mut aside);
    // An error answer wins over whatever the response type made of the rest.
    if let Some(error) = aside.error.take() {
        return Err(service_error(status, error, aside.request_id, body));
    }
    match result {
        Ok(Some(value)) => Ok(value),
        Ok(None) => Err(SdkError::Decode(DecodeError::new(
            DecodeErrorKind::Envelope,
            status,
            "no \"Response\" object".to_owned(),
            body,
        ))),
        Err(e) => {
            let mut err = json_error(&e, status, body);
            if let SdkError::Decode(d) = &mut err {
                // JSON, but not an envelope at all (a gateway's own JSON answer).
                if !aside.seen && d.kind == DecodeErrorKind::Type {
                    d.kind = DecodeErrorKind::Envelope;
                }
                d.request_id = aside.request_id.or_else(|| envelope::request_id(body));
            }
            Err(err)
        }
    }
}

/// Decode `{"Response": {...}}` as JSON, keeping the key order.
pub fn decode_value(status: u16, body: &[u8]) -> Result<RawResponse, SdkError<String>> {
    let mut doc: Value = serde_json::from_slice(body).map_err(|e| json_error(&e, status, body))?;
    let Some(Value::Object(mut inner)) = doc.get_mut("Response").map(Value::take) else {
        return Err(SdkError::Decode(DecodeError::new(
            DecodeErrorKind::Envelope,
            status,
            "no \"Response\" object".to_owned(),
            body,
        )));
    };
    let request_id = inner
        .get("RequestId")
        .and_then(Value::as_str)
        .map(str::to_owned);
    if let Some(error) = inner.remove("Error") {
        let error = ErrorBody {
            code: error.get("Code").and_then(Value::as_str).map(str::to_owned),
            message: error
                .get("Message")
                .and_then(Value::as_str)
                .map(str::to_owned),
        };
        return Err(service_error(status, error, request_id, body));
    }
    Ok(RawResponse {
        status,
        request_id,
        body: Value::Object(inner),
    })
}
