//! Requests bound to a method and path (ROA, and RPC with query members) against what the
//! official client builds and signs for them (`tests/vectors/acs3_bound.json`, made by
//! `generate.py` with alibabacloud-tea-openapi's `Client.call_api`): the same method, path,
//! query and body from the same members, and the same signature over our header set. The
//! official signature over its own header set (it also signs `user-agent` and `accept`) is
//! reproduced by our signer too.

use sdk_runtime::protocol::form;
use sdk_runtime::sign::acs3;
use sdk_runtime::{Config, Credentials, RateLimit, ServiceClient};
use serde_json::Value;

use crate::common::bound_action;

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} missing in {}", v["name"]))
}

fn pairs(v: &Value, key: &str) -> Vec<(String, String)> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p[0].as_str().unwrap().into(), p[1].as_str().unwrap().into()))
        .collect()
}

fn all() -> Vec<Value> {
    let doc: Value = serde_json::from_str(include_str!("../vectors/acs3_bound.json")).unwrap();
    let vectors = doc["vectors"].as_array().unwrap().clone();
    assert!(vectors.len() >= 4, "the ROA and RPC-with-query vectors");
    vectors
}

#[test]
fn our_requests_are_the_official_clients_and_sign_alike() {
    for v in all() {
        let name = text(&v, "name");
        let (service, action) = bound_action(text(&v, "action"));
        let mut credentials =
            Credentials::new(text(&v, "access_key_id"), text(&v, "access_key_secret"));
        if let Some(token) = v["token"].as_str() {
            credentials = credentials.with_token(token);
        }
        let host = text(&v, "host");
        let config = Config::builder()
            .credentials(credentials)
            .endpoint(format!("https://{host}"))
            .region("cn-hangzhou")
            .rate_limit(RateLimit::Off)
            .build();
        let client = ServiceClient::new(service, config).unwrap();
        let prepared = client
            .prepare(
                action,
                &v["members"],
                v["timestamp"].as_i64().unwrap(),
                text(&v, "nonce"),
            )
            .unwrap_or_else(|e| panic!("{name}: {e}"));

        assert_eq!(prepared.method, text(&v, "method"), "{name}: method");
        let rest = prepared
            .url
            .strip_prefix(&format!("https://{host}"))
            .unwrap_or_else(|| panic!("{name}: {}", prepared.url));
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        assert_eq!(path, text(&v, "path"), "{name}: path");
        let mut query = form::parse_pairs(query);
        query.sort();
        assert_eq!(query, pairs(&v, "query"), "{name}: query");
        assert_eq!(
            std::str::from_utf8(&prepared.body).unwrap(),
            text(&v, "body"),
            "{name}: body"
        );

        let header = |n: &str| {
            prepared
                .headers
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.as_str())
        };
        let official = pairs(&v, "headers");
        for signed in v["runtime_signed_headers"].as_array().unwrap() {
            let signed = signed.as_str().unwrap();
            let theirs = official
                .iter()
                .find(|(k, _)| k == signed)
                .map(|(_, v)| v.as_str());
            assert_eq!(header(signed), theirs, "{name}: header {signed}");
        }
        assert_eq!(
            header("authorization"),
            Some(text(&v, "runtime_authorization")),
            "{name}: our signature"
        );
        // No content type without a body, as the official client sends a GET.
        if prepared.body.is_empty() {
            assert_eq!(header("content-type"), None, "{name}");
        }
    }
}

#[test]
fn our_signer_reproduces_the_official_signature_of_its_own_header_set() {
    for v in all() {
        let name = text(&v, "name");
        let headers = pairs(&v, "headers");
        let headers: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let query = pairs(&v, "query");
        let query: Vec<(&str, &str)> = query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let request = acs3::CanonicalRequest {
            method: text(&v, "method"),
            path: text(&v, "path"),
            query: &query,
            headers: &headers,
            payload_hash: text(&v, "payload_hash"),
        };
        let mut canonical = String::new();
        acs3::write_canonical_request(&mut canonical, &request).unwrap();
        assert_eq!(canonical, text(&v, "canonical_request"), "{name}");
        assert_eq!(
            acs3::sign(
                text(&v, "access_key_id"),
                text(&v, "access_key_secret"),
                &request
            )
            .as_deref(),
            Some(text(&v, "authorization")),
            "{name}"
        );
    }
}
