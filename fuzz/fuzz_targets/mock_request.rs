//! The mock server's request handling, without a socket: routing by `X-TC-Action` /
//! `x-acs-action`, TC3/ACS3 signature verification, body decoding (JSON or form),
//! validation and the answer (`sdk_mock::Handler`, the engine behind `MockServer`).
//!
//! Input: byte 0 picks an action of any service (see `sdk_fuzz::actions`), byte 1 is flags,
//! then header lines `name: value` up to an empty line, then the body. The harness first
//! puts the headers a client of that action sends (content type, host, action, version,
//! timestamp or date, nonce, region), then the fuzzed lines (which replace them), then, when
//! flag bit 0 is set, signs the result with the demo key using the runtime's signing so the
//! fuzzer gets past verification to decoding and validation; without it the fuzzed
//! `Authorization` (or none) is checked. Other flags: bit 1 GET instead of POST, bit 2 a
//! query string from the first header line value `?...`, bit 3 sign with a wrong secret,
//! bit 4 drop the default headers.
//!
//! `SDK_FUZZ_DEBUG=1` prints each request and answer (to check what a unit reaches).
//!
//! Property: never panics, always answers with a valid HTTP status and a body the vendor's
//! clients can read (JSON for both vendors).
#![no_main]

use std::sync::OnceLock;

use hyper::header::{HeaderMap, HeaderName, HeaderValue};
use libfuzzer_sys::fuzz_target;
use sdk_mock::{demo, Handler, MockCredentials, MockOptions};
use sdk_runtime::clock;
use sdk_runtime::sign::{acs3, tc3};
use sdk_shape::Protocol;

static HANDLER: OnceLock<Handler> = OnceLock::new();

fn put(headers: &mut HeaderMap, name: &str, value: &str) {
    if let (Ok(n), Ok(v)) = (
        HeaderName::from_bytes(name.as_bytes()),
        HeaderValue::from_bytes(value.as_bytes()),
    ) {
        headers.insert(n, v);
    }
}

/// The headers, as (name, value) text, sorted by name: what a signer signs.
fn signed(headers: &HeaderMap, filter: impl Fn(&str) -> bool) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = headers
        .iter()
        .filter(|(n, _)| filter(n.as_str()))
        .filter_map(|(n, v)| Some((n.as_str().to_owned(), v.to_str().ok()?.to_owned())))
        .collect();
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

fuzz_target!(|data: &[u8]| {
    let handler = HANDLER.get_or_init(|| {
        Handler::new(&MockOptions::all_services().with_credentials(MockCredentials::Demo))
    });
    let Some(((service, action), rest)) = sdk_fuzz::pick(data) else {
        return;
    };
    let Some((&flags, rest)) = rest.split_first() else {
        return;
    };
    let (head, body) = match rest.windows(2).position(|w| w == b"\n\n") {
        Some(at) => (&rest[..at], &rest[at + 2..]),
        None => (rest, &[][..]),
    };
    let head = String::from_utf8_lossy(head);
    let method = if flags & 2 != 0 { "GET" } else { "POST" };
    let mut query = String::new();

    let now = clock::now_unix();
    let mut headers = HeaderMap::new();
    let tencent = service.protocol == Protocol::Tc3Json;
    if flags & 16 == 0 {
        put(
            &mut headers,
            "host",
            &format!("{}.example.com", service.name),
        );
        if tencent {
            put(
                &mut headers,
                "content-type",
                "application/json; charset=utf-8",
            );
            put(&mut headers, "x-tc-action", action.name);
            put(&mut headers, "x-tc-version", service.version);
            put(&mut headers, "x-tc-timestamp", &now.to_string());
            put(&mut headers, "x-tc-region", "ap-guangzhou");
        } else {
            static NONCE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
            let nonce = NONCE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            put(&mut headers, "content-type", acs3_content_type());
            put(&mut headers, "x-acs-action", action.name);
            put(&mut headers, "x-acs-version", service.version);
            put(&mut headers, "x-acs-date", clock::utc_iso8601(now).as_str());
            put(
                &mut headers,
                "x-acs-signature-nonce",
                &format!("{nonce:032x}"),
            );
            let hash = acs3::payload_hash(body);
            put(&mut headers, "x-acs-content-sha256", hash.as_str());
        }
    }
    for line in head.lines() {
        if let Some(q) = line.strip_prefix('?') {
            if flags & 4 != 0 {
                q.clone_into(&mut query);
            }
        } else if let Some((name, value)) = line.split_once(':') {
            put(
                &mut headers,
                &name.trim().to_ascii_lowercase(),
                value.trim(),
            );
        }
    }
    if flags & 1 != 0 {
        let secret = match (tencent, flags & 8 != 0) {
            (_, true) => "wrong",
            (true, false) => demo::TENCENT_SECRET_KEY,
            (false, false) => demo::ALIBABA_ACCESS_KEY_SECRET,
        };
        let authorization = if tencent {
            let pairs = signed(&headers, |n| n == "content-type" || n == "host");
            let pairs: Vec<(&str, &str)> = pairs
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .collect();
            let timestamp = headers
                .get("x-tc-timestamp")
                .and_then(|v| v.to_str().ok()?.trim().parse().ok())
                .unwrap_or(now);
            tc3::sign(
                &tc3::SigningParams {
                    secret_id: demo::TENCENT_SECRET_ID,
                    secret_key: secret,
                    service: service.name,
                    timestamp,
                },
                method,
                "/",
                &query,
                &pairs,
                body,
            )
        } else {
            let pairs = signed(&headers, |n| {
                n == "content-type" || n == "host" || n.starts_with("x-acs-")
            });
            let pairs: Vec<(&str, &str)> = pairs
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .collect();
            let mut q = sdk_runtime::protocol::form::parse_pairs(&query);
            q.sort();
            let q: Vec<(&str, &str)> = q.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let hash = acs3::payload_hash(body);
            acs3::sign(
                demo::ALIBABA_ACCESS_KEY_ID,
                secret,
                &acs3::CanonicalRequest {
                    method,
                    path: "/",
                    query: &q,
                    headers: &pairs,
                    payload_hash: hash.as_str(),
                },
            )
        };
        if let Some(authorization) = authorization {
            put(&mut headers, "authorization", &authorization);
        }
    }

    let (status, content_type, answer) = handler.handle(method, "/", &query, &headers, body);
    if std::env::var_os("SDK_FUZZ_DEBUG").is_some() {
        eprintln!(
            "{method} {query:?} {headers:?}\n-> {status} {}",
            String::from_utf8_lossy(&answer)
        );
    }
    assert!((200..600).contains(&status), "status {status}");
    assert!(
        content_type.starts_with("application/json"),
        "{content_type}"
    );
    let answer: serde_json::Value = serde_json::from_slice(&answer).expect("the mock answers JSON");
    assert!(answer.is_object(), "the mock answers a JSON object");
});

fn acs3_content_type() -> &'static str {
    sdk_runtime::protocol::acs3::CONTENT_TYPE
}
