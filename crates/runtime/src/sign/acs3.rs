//! ACS3-HMAC-SHA256, the signature of Alibaba Cloud's OpenAPI (V3 signing, RPC and ROA).
//!
//! The steps, as `alibabacloud-tea-openapi` (`Utils.get_authorization`) implements them:
//!
//! 1. canonical request: `METHOD\nPATH\nQUERY\nname:value\n...\n\nsigned;names\nhex(sha256(body))`
//!    where QUERY is `key=value` pairs sorted by key, percent-encoded per RFC 3986
//!    (space `%20`, `*` `%2A`, `~` kept), and the headers are `host`, `content-type` and every
//!    `x-acs-*` header, lower-case, sorted, values trimmed;
//! 2. string to sign: `ACS3-HMAC-SHA256\nhex(sha256(canonical request))`;
//! 3. signature: `hex(HMAC(secret, string to sign))` — the secret is the key, as is;
//! 4. `Authorization: ACS3-HMAC-SHA256 Credential=ID,SignedHeaders=...,Signature=...`.
//!
//! The official SDK leaves query *keys* unencoded; the keys Alibaba uses are plain ASCII
//! names, for which both readings agree. We encode them, as RFC 3986 and the documentation say.

use std::fmt::{self, Write};

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::{
    headers_are_canonical, sha256_hex, write_canonical_headers, write_signed_headers, HashWriter,
    HexDigest, MacWriter,
};

/// The algorithm name, first word of the string to sign and of the `Authorization` header.
pub const ALGORITHM: &str = "ACS3-HMAC-SHA256";

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - _ . ~`) is encoded.
pub const RFC3986: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encode `value` per RFC 3986, lazily (implements `Display`).
pub fn percent_encode(value: &str) -> impl fmt::Display + '_ {
    utf8_percent_encode(value, RFC3986)
}

/// What the canonical request is made of.
#[derive(Debug, Clone, Copy)]
pub struct CanonicalRequest<'a> {
    /// HTTP method (`POST`).
    pub method: &'a str,
    /// Request path (`/` for RPC style).
    pub path: &'a str,
    /// Query parameters, unencoded, sorted by key.
    pub query: &'a [(&'a str, &'a str)],
    /// The signed headers: names lower-case, sorted by name, values as sent.
    pub headers: &'a [(&'a str, &'a str)],
    /// Hex SHA-256 of the body (the value of `x-acs-content-sha256`).
    pub payload_hash: &'a str,
}

/// Write the canonical query string: sorted `key=value` pairs, encoded, joined by `&`.
pub fn write_canonical_query<W: Write>(out: &mut W, query: &[(&str, &str)]) -> fmt::Result {
    if !query.windows(2).all(|w| w[0].0 <= w[1].0) {
        return Err(fmt::Error);
    }
    for (i, (key, value)) in query.iter().enumerate() {
        if i > 0 {
            out.write_char('&')?;
        }
        write!(out, "{}={}", percent_encode(key), percent_encode(value))?;
    }
    Ok(())
}

/// Write the canonical request (step 1).
///
/// Fails with [`fmt::Error`] when the header names are not lower-case and sorted or the query
/// is not sorted, because a signature over another order would be silently wrong.
pub fn write_canonical_request<W: Write>(out: &mut W, req: &CanonicalRequest<'_>) -> fmt::Result {
    if !headers_are_canonical(req.headers) {
        return Err(fmt::Error);
    }
    out.write_str(req.method)?;
    out.write_char('\n')?;
    out.write_str(if req.path.is_empty() { "/" } else { req.path })?;
    out.write_char('\n')?;
    write_canonical_query(out, req.query)?;
    out.write_char('\n')?;
    write_canonical_headers(out, req.headers)?;
    out.write_char('\n')?;
    write_signed_headers(out, req.headers)?;
    out.write_char('\n')?;
    out.write_str(req.payload_hash)
}

/// Write the string to sign (step 2) from the hex hash of the canonical request.
pub fn write_string_to_sign<W: Write>(out: &mut W, canonical_request_hash: &str) -> fmt::Result {
    out.write_str(ALGORITHM)?;
    out.write_char('\n')?;
    out.write_str(canonical_request_hash)
}

/// The hex signature (step 3) of a string to sign.
pub fn signature(secret: &str, string_to_sign: &str) -> HexDigest {
    let mut mac = MacWriter::new(secret.as_bytes());
    let _ = mac.write_str(string_to_sign);
    mac.finish_hex()
}

/// The `Authorization` header value (step 4).
pub fn authorization(
    access_key_id: &str,
    headers: &[(&str, &str)],
    signature: &HexDigest,
) -> String {
    let mut out =
        String::with_capacity(ALGORITHM.len() + access_key_id.len() + 64 + 48 + headers.len() * 20);
    // Writing to a String cannot fail.
    let _ = write!(out, "{ALGORITHM} Credential={access_key_id},SignedHeaders=");
    let _ = write_signed_headers(&mut out, headers);
    let _ = write!(out, ",Signature={signature}");
    out
}

/// Hex SHA-256 of a body, for `x-acs-content-sha256`.
pub fn payload_hash(body: &[u8]) -> HexDigest {
    sha256_hex(body)
}

/// Sign a request: all steps, streaming the canonical request and the string to sign into
/// their hashes. `headers` must already hold `x-acs-content-sha256` (= `payload_hash`).
/// Returns the `Authorization` value, or `None` when headers or query are not sorted.
pub fn sign(
    access_key_id: &str,
    access_key_secret: &str,
    req: &CanonicalRequest<'_>,
) -> Option<String> {
    let mut hasher = HashWriter::new();
    write_canonical_request(&mut hasher, req).ok()?;
    let canonical_hash = hasher.finish_hex();
    let mut mac = MacWriter::new(access_key_secret.as_bytes());
    write_string_to_sign(&mut mac, canonical_hash.as_str()).ok()?;
    Some(authorization(access_key_id, req.headers, &mac.finish_hex()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_per_rfc3986() {
        assert_eq!(percent_encode("a b*c~d").to_string(), "a%20b%2Ac~d");
        assert_eq!(percent_encode("é/+=&").to_string(), "%C3%A9%2F%2B%3D%26");
    }

    #[test]
    fn canonical_query_is_sorted_and_encoded() {
        let mut s = String::new();
        write_canonical_query(&mut s, &[("A", "1 2"), ("B", "中")]).unwrap();
        assert_eq!(s, "A=1%202&B=%E4%B8%AD");
        assert!(write_canonical_query(&mut String::new(), &[("B", ""), ("A", "")]).is_err());
    }
}
