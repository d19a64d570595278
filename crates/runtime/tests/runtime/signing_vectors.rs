//! Reproduce, step by step, every signature vector that `tests/vectors/generate.py` made
//! with the vendors' official SDKs.

use serde_json::Value;

use sdk_runtime::sign::{acs3, sha256_hex, tc3};

fn vectors(json: &str) -> Vec<Value> {
    let doc: Value = serde_json::from_str(json).expect("vector file is JSON");
    doc["vectors"].as_array().expect("vectors").clone()
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} missing in {}", v["name"]))
}

fn pairs(v: &Value, key: &str) -> Vec<(String, String)> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap().to_owned(),
                p[1].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn sorted_lowercase(mut headers: Vec<(String, String)>) -> Vec<(String, String)> {
    for h in &mut headers {
        h.0 = h.0.to_ascii_lowercase();
    }
    headers.sort();
    headers
}

fn borrowed(pairs: &[(String, String)]) -> Vec<(&str, &str)> {
    pairs
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect()
}

#[test]
fn tc3_vectors_reproduce_step_by_step() {
    let all = vectors(include_str!("../vectors/tc3.json"));
    assert!(all.len() >= 5, "at least five TC3 vectors");
    for v in &all {
        let name = s(v, "name");
        let headers = sorted_lowercase(pairs(v, "signed_headers"));
        let headers = borrowed(&headers);
        let payload = s(v, "payload").as_bytes();

        let payload_hash = sha256_hex(payload);
        assert_eq!(
            payload_hash.as_str(),
            s(v, "payload_hash"),
            "{name}: payload hash"
        );

        let mut canonical = String::new();
        tc3::write_canonical_request(
            &mut canonical,
            &tc3::CanonicalRequest {
                method: s(v, "method"),
                path: s(v, "path"),
                query: s(v, "query"),
                headers: &headers,
                payload_hash: payload_hash.as_str(),
            },
        )
        .unwrap();
        assert_eq!(
            canonical,
            s(v, "canonical_request"),
            "{name}: canonical request"
        );

        let timestamp = v["timestamp"].as_i64().unwrap();
        let date = sdk_runtime::clock::utc_date(timestamp);
        assert_eq!(date.as_str(), s(v, "date"), "{name}: date");
        let mut string_to_sign = String::new();
        tc3::write_string_to_sign(
            &mut string_to_sign,
            timestamp,
            date.as_str(),
            s(v, "service"),
            sha256_hex(canonical.as_bytes()).as_str(),
        )
        .unwrap();
        assert_eq!(
            string_to_sign,
            s(v, "string_to_sign"),
            "{name}: string to sign"
        );

        let key = tc3::signing_key(s(v, "secret_key"), date.as_str(), s(v, "service"));
        assert_eq!(hex::encode(key), s(v, "signing_key"), "{name}: signing key");
        let signature = tc3::signature(&key, &string_to_sign);
        assert_eq!(signature.as_str(), s(v, "signature"), "{name}: signature");

        let auth = tc3::authorization(
            s(v, "secret_id"),
            date.as_str(),
            s(v, "service"),
            &headers,
            &signature,
        );
        assert_eq!(auth, s(v, "authorization"), "{name}: authorization");

        // The streaming one-call signer agrees with the steps.
        let streamed = tc3::sign(
            &tc3::SigningParams {
                secret_id: s(v, "secret_id"),
                secret_key: s(v, "secret_key"),
                service: s(v, "service"),
                timestamp,
            },
            s(v, "method"),
            s(v, "path"),
            s(v, "query"),
            &headers,
            payload,
        );
        assert_eq!(
            streamed.as_deref(),
            Some(s(v, "authorization")),
            "{name}: sign()"
        );
    }
}

#[test]
fn acs3_vectors_reproduce_step_by_step() {
    let all = vectors(include_str!("../vectors/acs3.json"));
    assert!(all.len() >= 5, "at least five ACS3 vectors");
    for v in &all {
        let name = s(v, "name");
        let headers = sorted_lowercase(pairs(v, "signed_headers"));
        let headers = borrowed(&headers);
        let query = pairs(v, "query");
        let query = borrowed(&query);

        let payload_hash = acs3::payload_hash(s(v, "body").as_bytes());
        assert_eq!(
            payload_hash.as_str(),
            s(v, "payload_hash"),
            "{name}: payload hash"
        );

        let mut canonical_query = String::new();
        acs3::write_canonical_query(&mut canonical_query, &query).unwrap();
        assert_eq!(
            canonical_query,
            s(v, "canonical_query"),
            "{name}: canonical query"
        );

        let req = acs3::CanonicalRequest {
            method: s(v, "method"),
            path: s(v, "path"),
            query: &query,
            headers: &headers,
            payload_hash: payload_hash.as_str(),
        };
        let mut canonical = String::new();
        acs3::write_canonical_request(&mut canonical, &req).unwrap();
        assert_eq!(
            canonical,
            s(v, "canonical_request"),
            "{name}: canonical request"
        );

        let mut string_to_sign = String::new();
        acs3::write_string_to_sign(
            &mut string_to_sign,
            sha256_hex(canonical.as_bytes()).as_str(),
        )
        .unwrap();
        assert_eq!(
            string_to_sign,
            s(v, "string_to_sign"),
            "{name}: string to sign"
        );

        let signature = acs3::signature(s(v, "access_key_secret"), &string_to_sign);
        assert_eq!(signature.as_str(), s(v, "signature"), "{name}: signature");

        let auth = acs3::authorization(s(v, "access_key_id"), &headers, &signature);
        assert_eq!(auth, s(v, "authorization"), "{name}: authorization");

        let streamed = acs3::sign(s(v, "access_key_id"), s(v, "access_key_secret"), &req);
        assert_eq!(
            streamed.as_deref(),
            Some(s(v, "authorization")),
            "{name}: sign()"
        );
    }
}
