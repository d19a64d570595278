//! TC3-HMAC-SHA256, the signature of Tencent Cloud API 3.0.
//!
//! The steps, as the vendor documents them and its official Python SDK
//! (`tencentcloud-sdk-python-common`, `AbstractClient._get_tc3_signature` and
//! `Sign.sign_tc3`) implements them:
//!
//! 1. canonical request: `METHOD\nPATH\nQUERY\nname:value\n...\n\nsigned;names\nhex(sha256(payload))`
//! 2. string to sign: `TC3-HMAC-SHA256\nTIMESTAMP\nDATE/SERVICE/tc3_request\nhex(sha256(canonical request))`
//! 3. signing key: `HMAC("TC3" + secret, DATE)` → `HMAC(·, SERVICE)` → `HMAC(·, "tc3_request")`
//! 4. signature: `hex(HMAC(signing key, string to sign))`
//! 5. `Authorization: TC3-HMAC-SHA256 Credential=ID/DATE/SERVICE/tc3_request, SignedHeaders=..., Signature=...`
//!
//! `DATE` is the UTC date of `TIMESTAMP` (the `X-TC-Timestamp` header), `SERVICE` the first
//! label of the host (`tat`).

use std::fmt::{self, Write};

use super::{
    headers_are_canonical, sha256_hex, write_canonical_headers, write_signed_headers, HashWriter,
    HexDigest, MacWriter,
};
use crate::clock;

/// The algorithm name, first word of the string to sign and of the `Authorization` header.
pub const ALGORITHM: &str = "TC3-HMAC-SHA256";

/// What the canonical request is made of.
#[derive(Debug, Clone, Copy)]
pub struct CanonicalRequest<'a> {
    /// HTTP method (`POST`).
    pub method: &'a str,
    /// Request path (`/`).
    pub path: &'a str,
    /// Canonical query string, already encoded (empty for `POST`).
    pub query: &'a str,
    /// The signed headers: names lower-case, sorted by name, values as sent.
    pub headers: &'a [(&'a str, &'a str)],
    /// Hex SHA-256 of the body.
    pub payload_hash: &'a str,
}

/// Write the canonical request (step 1).
///
/// Fails with [`fmt::Error`] when the header names are not lower-case and sorted, because a
/// signature over headers in another order would be silently wrong.
pub fn write_canonical_request<W: Write>(out: &mut W, req: &CanonicalRequest<'_>) -> fmt::Result {
    if !headers_are_canonical(req.headers) {
        return Err(fmt::Error);
    }
    out.write_str(req.method)?;
    out.write_char('\n')?;
    out.write_str(req.path)?;
    out.write_char('\n')?;
    out.write_str(req.query)?;
    out.write_char('\n')?;
    write_canonical_headers(out, req.headers)?;
    out.write_char('\n')?;
    write_signed_headers(out, req.headers)?;
    out.write_char('\n')?;
    out.write_str(req.payload_hash)
}

/// Write the string to sign (step 2) from the hex hash of the canonical request.
pub fn write_string_to_sign<W: Write>(
    out: &mut W,
    timestamp: i64,
    date: &str,
    service: &str,
    canonical_request_hash: &str,
) -> fmt::Result {
    write!(
        out,
        "{ALGORITHM}\n{timestamp}\n{date}/{service}/tc3_request\n{canonical_request_hash}"
    )
}

/// The derived signing key (step 3).
pub fn signing_key(secret_key: &str, date: &str, service: &str) -> [u8; 32] {
    // The first key is "TC3" + secret. Secrets are 32-40 bytes, so a stack buffer avoids an
    // allocation; it is wiped afterwards because it holds the secret.
    let mut stack = [0u8; 128];
    let k_date = if secret_key.len() + 3 <= stack.len() {
        let key = &mut stack[..3 + secret_key.len()];
        key[..3].copy_from_slice(b"TC3");
        key[3..].copy_from_slice(secret_key.as_bytes());
        let k = super::hmac_sha256(key, date.as_bytes());
        key.fill(0);
        k
    } else {
        let mut key = Vec::with_capacity(3 + secret_key.len());
        key.extend_from_slice(b"TC3");
        key.extend_from_slice(secret_key.as_bytes());
        let k = super::hmac_sha256(&key, date.as_bytes());
        key.fill(0);
        k
    };
    let k_service = super::hmac_sha256(&k_date, service.as_bytes());
    super::hmac_sha256(&k_service, b"tc3_request")
}

/// The hex signature (step 4) of a string to sign.
pub fn signature(signing_key: &[u8; 32], string_to_sign: &str) -> HexDigest {
    let mut mac = MacWriter::new(signing_key);
    let _ = mac.write_str(string_to_sign);
    mac.finish_hex()
}

/// The `Authorization` header value (step 5).
pub fn authorization(
    secret_id: &str,
    date: &str,
    service: &str,
    headers: &[(&str, &str)],
    signature: &HexDigest,
) -> String {
    let mut out = String::with_capacity(
        ALGORITHM.len() + secret_id.len() + service.len() + 64 + 80 + headers.len() * 16,
    );
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        "{ALGORITHM} Credential={secret_id}/{date}/{service}/tc3_request, SignedHeaders="
    );
    let _ = write_signed_headers(&mut out, headers);
    let _ = write!(out, ", Signature={signature}");
    out
}

/// Everything needed to sign one request.
#[derive(Debug, Clone, Copy)]
pub struct SigningParams<'a> {
    /// The secret id (`AKID...`).
    pub secret_id: &'a str,
    /// The secret key.
    pub secret_key: &'a str,
    /// The service, as in the credential scope (`tat`).
    pub service: &'a str,
    /// Unix seconds, as sent in `X-TC-Timestamp`.
    pub timestamp: i64,
}

/// Sign a request: all steps, streaming the canonical request and the string to sign into
/// their hashes. Returns the `Authorization` header value, or `None` when the headers are
/// not lower-case and sorted.
pub fn sign(
    params: &SigningParams<'_>,
    method: &str,
    path: &str,
    query: &str,
    headers: &[(&str, &str)],
    payload: &[u8],
) -> Option<String> {
    let payload_hash = sha256_hex(payload);
    let mut hasher = HashWriter::new();
    write_canonical_request(
        &mut hasher,
        &CanonicalRequest {
            method,
            path,
            query,
            headers,
            payload_hash: payload_hash.as_str(),
        },
    )
    .ok()?;
    let canonical_hash = hasher.finish_hex();
    let date = clock::utc_date(params.timestamp);
    let key = signing_key(params.secret_key, date.as_str(), params.service);
    let mut mac = MacWriter::new(&key);
    write_string_to_sign(
        &mut mac,
        params.timestamp,
        date.as_str(),
        params.service,
        canonical_hash.as_str(),
    )
    .ok()?;
    let signature = mac.finish_hex();
    Some(authorization(
        params.secret_id,
        date.as_str(),
        params.service,
        headers,
        &signature,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    // The worked example of Tencent Cloud's signature documentation (CVM DescribeInstances).
    #[test]
    fn documented_example() {
        let payload = br#"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#;
        let headers = [
            ("content-type", "application/json; charset=utf-8"),
            ("host", "cvm.tencentcloudapi.com"),
            ("x-tc-action", "describeinstances"),
        ];
        let auth = sign(
            &SigningParams {
                secret_id: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******",
                secret_key: "Gu5t9xGARNpq86cd98joQYCN3*******",
                service: "cvm",
                timestamp: 1_551_113_065,
            },
            "POST",
            "/",
            "",
            &headers,
            payload,
        )
        .unwrap();
        assert!(auth.starts_with(
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature="
        ));
    }

    #[test]
    fn unsorted_headers_are_refused() {
        let params = SigningParams {
            secret_id: "id",
            secret_key: "key",
            service: "tat",
            timestamp: 0,
        };
        assert!(sign(
            &params,
            "POST",
            "/",
            "",
            &[("host", "h"), ("content-type", "c")],
            b""
        )
        .is_none());
    }
}
