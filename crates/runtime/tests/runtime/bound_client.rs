//! Alibaba calls bound to their own method and path (ROA, and RPC with query members)
//! against a local server: the exact method, path, query, headers and body on the wire, a
//! signature the server can recompute from what it received, an answer without a body read
//! as `{}`, and values that cannot go where their member goes refused before sending.

use sdk_runtime::protocol::form;
use sdk_runtime::sign::acs3;
use sdk_runtime::{Credentials, InputErrorKind, SdkError, ServiceClient};
use sdk_shape::ServiceShape;
use serde_json::json;

use crate::common::*;

fn client(service: &'static ServiceShape, url: &str) -> ServiceClient {
    let config = test_config(url)
        .credentials(Credentials::new("LTAItest", SECRET))
        .region("cn-hangzhou")
        .build();
    ServiceClient::new(service, config).unwrap()
}

/// Recompute the signature from the request as received: its method, raw path, query
/// (decoded and sorted, as a server reads it) and the headers the signature names.
fn verify(r: &Recorded) {
    let auth = r.header("authorization").unwrap();
    let names = auth
        .split("SignedHeaders=")
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap();
    let headers: Vec<(&str, &str)> = names
        .split(';')
        .map(|n| (n, r.header(n).unwrap_or_else(|| panic!("{n} not sent"))))
        .collect();
    let (path, query) = r.path.split_once('?').unwrap_or((&r.path, ""));
    let mut query = form::parse_pairs(query);
    query.sort();
    let query: Vec<(&str, &str)> = query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        r.header("x-acs-content-sha256").unwrap(),
        acs3::payload_hash(&r.body).as_str()
    );
    let expected = acs3::sign(
        "LTAItest",
        SECRET,
        &acs3::CanonicalRequest {
            method: &r.method,
            path,
            query: &query,
            headers: &headers,
            payload_hash: r.header("x-acs-content-sha256").unwrap(),
        },
    )
    .unwrap();
    assert_eq!(auth, expected);
}

#[tokio::test]
async fn a_get_puts_members_in_the_path_and_query_and_sends_no_body() {
    let server = TestServer::start(|_, _| Reply::json(r#"{"nodepools":[]}"#)).await;
    let answer = client(&CS, &server.url)
        .send_json(
            &DESCRIBE_NODE_POOLS,
            json!({"ClusterId": "c-1/中 *", "NodepoolName": "pool a+b&c=d"}),
        )
        .await
        .unwrap();
    assert_eq!(answer.body, json!({"nodepools": []}));
    let r = &server.requests()[0];
    assert_eq!(r.method, "GET");
    assert_eq!(
        r.path,
        "/clusters/c-1%2F%E4%B8%AD%20%2A/nodepools?NodepoolName=pool%20a%2Bb%26c%3Dd"
    );
    assert!(r.body.is_empty());
    assert_eq!(r.header("content-type"), None);
    assert_eq!(r.header("x-acs-action"), Some("DescribeClusterNodePools"));
    assert_eq!(r.header("x-acs-version"), Some("2015-12-15"));
    // The hash of the empty body.
    assert_eq!(
        r.header("x-acs-content-sha256"),
        Some("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    );
    let auth = r.header("authorization").unwrap();
    assert!(
        auth.contains(",SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"),
        "{auth}"
    );
    verify(r);
}

#[tokio::test]
async fn a_post_sends_a_json_body_a_header_member_and_a_flattened_query() {
    let server = TestServer::start(|_, _| Reply::json(r#"{"nodepool_id":"np-1"}"#)).await;
    client(&CS, &server.url)
        .send_json(
            &CREATE_NODE_POOL,
            json!({
                "ClusterId": "c-1",
                "Tags": [{"Key": "env", "Value": "测试"}],
                "x-acs-client-token": "tok-1",
                "nodepool_info": {"name": "池", "type": "ess"},
                "count": 2,
                "labels": {"any": ["json", 1]}
            }),
        )
        .await
        .unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.method, "POST");
    assert_eq!(
        r.path,
        "/clusters/c-1/nodepools?Tags.1.Key=env&Tags.1.Value=%E6%B5%8B%E8%AF%95"
    );
    assert_eq!(
        r.body_str(),
        r#"{"nodepool_info":{"name":"池","type":"ess"},"count":2,"labels":{"any":["json",1]}}"#
    );
    assert_eq!(
        r.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    assert_eq!(r.header("x-acs-client-token"), Some("tok-1"));
    let auth = r.header("authorization").unwrap();
    assert!(
        auth.contains(
            "SignedHeaders=content-type;host;x-acs-action;x-acs-client-token;x-acs-content-sha256;"
        ),
        "{auth}"
    );
    verify(r);
}

#[tokio::test]
async fn an_answer_without_a_body_is_an_empty_object() {
    let server = TestServer::start(|_, _| Reply::Body {
        status: 200,
        content_type: "text/plain",
        body: String::new(),
    })
    .await;
    let answer = client(&CS, &server.url)
        .send_json(
            &DELETE_NODE_POOL,
            json!({"ClusterId": "c-1", "NodepoolId": "np-1", "Ids": ["a", "b c"]}),
        )
        .await
        .unwrap();
    assert_eq!(answer.body, json!({}));
    assert_eq!(answer.status, 200);
    let r = &server.requests()[0];
    assert_eq!(r.method, "DELETE");
    assert_eq!(r.path, "/clusters/c-1/nodepools/np-1?Ids=a%2Cb%20c");
    verify(r);
}

#[tokio::test]
async fn an_error_answer_of_an_action_without_a_body_is_still_read() {
    let server = TestServer::start(|_, _| Reply::Json {
        status: 404,
        body: r#"{"code":"ErrorClusterNotFound","message":"gone","requestId":"r-1"}"#.into(),
    })
    .await;
    let e = client(&CS, &server.url)
        .send_json(
            &DELETE_NODE_POOL,
            json!({"ClusterId": "c-1", "NodepoolId": "np-1"}),
        )
        .await
        .unwrap_err();
    // ROA services write their error members in lower case.
    assert_eq!(e.raw_code(), Some("ErrorClusterNotFound"));
    assert_eq!(e.message(), Some("gone"));
    let SdkError::Service(e) = e else {
        panic!("{e:?}")
    };
    assert_eq!((e.status, e.request_id.as_deref()), (404, Some("r-1")));
}

#[tokio::test]
async fn rpc_members_go_to_the_query_and_a_json_style_list_is_one_form_value() {
    let server = TestServer::start(|_, _| Reply::json(r#"{"RequestId":"r-1"}"#)).await;
    client(&EFLO, &server.url)
        .send_json(
            &RUN_COMMAND,
            json!({"RegionId": "cn-wulanchabu", "CommandContent": "ls", "NodeIdList": ["e01-a", "e01-b"], "Timeout": 60}),
        )
        .await
        .unwrap();
    let r = &server.requests()[0];
    assert_eq!(
        (r.method.as_str(), r.path.as_str()),
        ("POST", "/?RegionId=cn-wulanchabu")
    );
    assert_eq!(
        r.body_str(),
        "CommandContent=ls&NodeIdList=%5B%22e01-a%22%2C%22e01-b%22%5D&Timeout=60"
    );
    assert_eq!(
        r.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    verify(r);
}

#[tokio::test]
async fn values_that_cannot_go_where_their_member_goes_are_refused_before_sending() {
    let server = TestServer::start(|_, _| Reply::json("{}")).await;
    let c = client(&CS, &server.url);
    let e = c
        .send_json(&DESCRIBE_NODE_POOLS, json!({"ClusterId": ".."}))
        .await
        .unwrap_err();
    let SdkError::InvalidInput(e) = e else {
        panic!("{e:?}")
    };
    assert_eq!(e.kind, InputErrorKind::WrongType);
    assert_eq!(
        e.to_string(),
        "ClusterId: goes in the path, where \"..\" would change the path itself"
    );
    let e = c
        .send_json(
            &CREATE_NODE_POOL,
            json!({"ClusterId": "c-1", "x-acs-client-token": "tok\u{e9}"}),
        )
        .await
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid request: x-acs-client-token: goes in a header, whose value must be printable ASCII"
    );
    assert_eq!(server.count(), 0);
}
