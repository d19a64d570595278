//! Signature checks, as the vendors' gateways make them: TC3-HMAC-SHA256 for Tencent,
//! ACS3-HMAC-SHA256 for Alibaba. The canonical requests are rebuilt with the runtime's step
//! functions (`sdk_runtime::sign`), from the `SignedHeaders` list of the `Authorization`
//! header and the header values exactly as received, so whatever a client chose to sign
//! (tccli's literal `http://127.0.0.1:PORT` host included) verifies.

use std::collections::HashMap;
use std::fmt::Write;

use hyper::HeaderMap;
use sdk_runtime::clock;
use sdk_runtime::sign::{acs3, sha256_hex, tc3, HashWriter, MacWriter};

use crate::errors::Failure;
use crate::state::State;

/// Tencent refuses a timestamp further than this from its clock.
pub const TC3_MAX_SKEW: i64 = 5 * 60;
/// Alibaba refuses an `x-acs-date` further than this from its clock.
pub const ACS3_MAX_SKEW: i64 = 15 * 60;

/// The accepted keys of one service: id → secret.
#[derive(Default, Clone)]
pub struct Keys(HashMap<String, String>);

impl Keys {
    /// Accept `id` with `secret`.
    pub fn insert(&mut self, id: &str, secret: &str) {
        self.0.insert(id.to_owned(), secret.to_owned());
    }

    fn secret(&self, id: &str) -> Option<&str> {
        self.0.get(id).map(String::as_str)
    }
}

/// What the checks read from a request.
pub struct Signed<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub query: &'a str,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
}

/// The parts of an `Authorization` header.
struct Authorization<'a> {
    credential: &'a str,
    signed_headers: &'a str,
    signature: &'a str,
}

fn parse_authorization<'a>(value: &'a str, algorithm: &str) -> Option<Authorization<'a>> {
    let rest = value.strip_prefix(algorithm)?.trim_start();
    let (mut credential, mut signed_headers, mut signature) = (None, None, None);
    for part in rest.split(',') {
        let (key, value) = part.trim().split_once('=')?;
        match key {
            "Credential" => credential = Some(value),
            "SignedHeaders" => signed_headers = Some(value),
            "Signature" => signature = Some(value),
            _ => {}
        }
    }
    Some(Authorization {
        credential: credential?,
        signed_headers: signed_headers?,
        signature: signature?,
    })
}

/// A header's value as text; non-UTF-8 bytes cannot match a signature anyway.
pub fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get(name)
        .and_then(|v| std::str::from_utf8(v.as_bytes()).ok())
}

/// The signed headers as `(name, value)` pairs in the order the client listed them, or the
/// name of the first one that is missing.
fn signed_pairs<'a>(
    headers: &'a HeaderMap,
    names: &'a str,
) -> Result<Vec<(&'a str, &'a str)>, String> {
    names
        .split(';')
        .filter(|n| !n.is_empty())
        .map(|name| {
            header(headers, name)
                .map(|value| (name, value))
                .ok_or_else(|| name.to_owned())
        })
        .collect()
}

/// Compare two hex signatures without stopping at the first difference.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn tc3_failure(message: impl Into<String>) -> Failure {
    Failure::new("AuthFailure.SignatureFailure", message)
}

/// Check a TC3-HMAC-SHA256 request of `service` at time `now` (Unix seconds).
pub fn verify_tc3(req: &Signed<'_>, service: &str, keys: &Keys, now: i64) -> Result<(), Failure> {
    let Some(value) = header(req.headers, "authorization") else {
        return Err(tc3_failure(
            "The request has no Authorization header: sign it with TC3-HMAC-SHA256.",
        ));
    };
    let auth = parse_authorization(value, tc3::ALGORITHM).ok_or_else(|| {
        tc3_failure("The Authorization header is not `TC3-HMAC-SHA256 Credential=.., SignedHeaders=.., Signature=..`.")
    })?;
    let timestamp = header(req.headers, "x-tc-timestamp").ok_or_else(|| {
        Failure::new(
            "MissingParameter",
            "The request is missing a required parameter `Timestamp` (header X-TC-Timestamp).",
        )
    })?;
    let timestamp: i64 = timestamp.trim().parse().map_err(|_| {
        Failure::new(
            "InvalidParameterValue",
            format!("X-TC-Timestamp {timestamp:?} is not a Unix time in seconds."),
        )
    })?;
    if now.abs_diff(timestamp) > TC3_MAX_SKEW.unsigned_abs() {
        return Err(Failure::new(
            "AuthFailure.SignatureExpire",
            format!(
                "The signature expired: X-TC-Timestamp {timestamp} is more than 5 minutes away from the server time {now}."
            ),
        ));
    }
    let mut scope = auth.credential.split('/');
    let (Some(id), Some(date), Some(scope_service), Some("tc3_request"), None) = (
        scope.next(),
        scope.next(),
        scope.next(),
        scope.next(),
        scope.next(),
    ) else {
        return Err(tc3_failure(
            "The Credential is not `SecretId/YYYY-MM-DD/service/tc3_request`.",
        ));
    };
    let Some(secret) = keys.secret(id) else {
        return Err(Failure::new(
            "AuthFailure.SecretIdNotFound",
            format!("The SecretId {id} is not found: the mock accepts the keys of its environment or the documented demo keys."),
        ));
    };
    if date != clock::utc_date(timestamp).as_str() {
        return Err(tc3_failure(format!(
            "The credential scope date {date} is not the UTC date of X-TC-Timestamp {timestamp}."
        )));
    }
    if scope_service != service {
        return Err(tc3_failure(format!(
            "The credential scope names service {scope_service}, but the request is for {service}."
        )));
    }
    let names: Vec<&str> = auth.signed_headers.split(';').collect();
    for required in ["content-type", "host"] {
        if !names.contains(&required) {
            return Err(tc3_failure(format!(
                "SignedHeaders must include {required}."
            )));
        }
    }
    let pairs = signed_pairs(req.headers, auth.signed_headers)
        .map_err(|name| tc3_failure(format!("The signed header {name} is not in the request.")))?;
    let payload = sha256_hex(req.body);
    let key = tc3::signing_key(secret, date, service);
    let compute = |pairs: &[(&str, &str)]| -> Option<String> {
        let mut hasher = HashWriter::new();
        tc3::write_canonical_request(
            &mut hasher,
            &tc3::CanonicalRequest {
                method: req.method,
                path: req.path,
                query: req.query,
                headers: pairs,
                payload_hash: payload.as_str(),
            },
        )
        .ok()?;
        let canonical = hasher.finish_hex();
        let mut sts = String::with_capacity(160);
        tc3::write_string_to_sign(&mut sts, timestamp, date, service, canonical.as_str()).ok()?;
        Some(tc3::signature(&key, &sts).to_string())
    };
    if compute(&pairs).is_some_and(|s| same(&s, auth.signature)) {
        return Ok(());
    }
    // Tencent's documentation lower-cases signed header values (the official SDK signs
    // `x-tc-action` that way); accept that reading too.
    let lowered: Vec<String> = pairs.iter().map(|(_, v)| v.to_ascii_lowercase()).collect();
    let lowered: Vec<(&str, &str)> = pairs
        .iter()
        .zip(&lowered)
        .map(|((n, _), v)| (*n, v.as_str()))
        .collect();
    if compute(&lowered).is_some_and(|s| same(&s, auth.signature)) {
        return Ok(());
    }
    Err(tc3_failure(
        "The provided credentials could not be validated: the signature does not match (check the SecretKey, the signed headers and the body).",
    ))
}

fn incomplete(message: impl Into<String>) -> Failure {
    Failure::new("IncompleteSignature", message)
}

/// Check an ACS3-HMAC-SHA256 request at time `now` (Unix seconds), and use up its nonce.
pub fn verify_acs3(req: &Signed<'_>, keys: &Keys, state: &State, now: i64) -> Result<(), Failure> {
    let Some(value) = header(req.headers, "authorization") else {
        return Err(incomplete(
            "The request has no Authorization header: sign it with ACS3-HMAC-SHA256.",
        ));
    };
    let auth = parse_authorization(value, acs3::ALGORITHM).ok_or_else(|| {
        incomplete("The Authorization header is not `ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,Signature=..`.")
    })?;
    let date = header(req.headers, "x-acs-date")
        .ok_or_else(|| incomplete("The request has no x-acs-date header."))?;
    let at = clock::parse_utc_iso8601(date.trim()).ok_or_else(|| {
        Failure::new(
            "InvalidTimeStamp.Format",
            format!("x-acs-date {date:?} is not YYYY-MM-DDThh:mm:ssZ."),
        )
    })?;
    if now.abs_diff(at) > ACS3_MAX_SKEW.unsigned_abs() {
        return Err(Failure::new(
            "InvalidTimeStamp.Expired",
            format!("Specified time stamp or date value is expired: x-acs-date {date} is more than 15 minutes away from the server time."),
        ));
    }
    let nonce = header(req.headers, "x-acs-signature-nonce")
        .ok_or_else(|| incomplete("The request has no x-acs-signature-nonce header."))?;
    let Some(secret) = keys.secret(auth.credential) else {
        return Err(Failure::new(
            "InvalidAccessKeyId.NotFound",
            format!("Specified access key is not found: {}.", auth.credential),
        )
        .status(404));
    };
    let pairs = signed_pairs(req.headers, auth.signed_headers)
        .map_err(|name| incomplete(format!("The signed header {name} is not in the request.")))?;
    let payload = acs3::payload_hash(req.body);
    if let Some(sent) = header(req.headers, "x-acs-content-sha256") {
        if !sent.trim().eq_ignore_ascii_case(payload.as_str()) {
            return Err(Failure::new(
                "SignatureDoesNotMatch",
                "x-acs-content-sha256 is not the SHA-256 of the body.",
            ));
        }
    }
    let mut query = sdk_runtime::protocol::form::parse_pairs(req.query);
    query.sort();
    let query: Vec<(&str, &str)> = query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let mut hasher = HashWriter::new();
    let canonical = acs3::write_canonical_request(
        &mut hasher,
        &acs3::CanonicalRequest {
            method: req.method,
            path: req.path,
            query: &query,
            headers: &pairs,
            payload_hash: payload.as_str(),
        },
    );
    let mut sts = String::with_capacity(90);
    let computed = canonical.ok().and_then(|()| {
        acs3::write_string_to_sign(&mut sts, hasher.finish_hex().as_str()).ok()?;
        let mut mac = MacWriter::new(secret.as_bytes());
        mac.write_str(&sts).ok()?;
        Some(mac.finish_hex())
    });
    if !computed.is_some_and(|c| same(c.as_str(), auth.signature)) {
        return Err(Failure::new(
            "SignatureDoesNotMatch",
            format!("Specified signature does not match our calculation. The server string to sign is: {sts:?} (headers must be lower-case and sorted)."),
        ));
    }
    if !state.use_nonce(nonce) {
        return Err(Failure::new(
            "SignatureNonceUsed",
            format!("Specified signature nonce was used already: {nonce}."),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_authorization_spellings() {
        let a = parse_authorization(
            "TC3-HMAC-SHA256 Credential=AK/2024-01-01/tat/tc3_request, SignedHeaders=content-type;host, Signature=ab",
            tc3::ALGORITHM,
        )
        .unwrap();
        assert_eq!(a.signed_headers, "content-type;host");
        let a = parse_authorization(
            "ACS3-HMAC-SHA256 Credential=LTAI,SignedHeaders=host,Signature=cd",
            acs3::ALGORITHM,
        )
        .unwrap();
        assert_eq!((a.credential, a.signature), ("LTAI", "cd"));
        assert!(parse_authorization("Bearer x", acs3::ALGORITHM).is_none());
    }
}
