//! Alibaba Cloud RPC calls against a local server: form body, x-acs-* headers, ACS3
//! signature, success and error answers.

use crate::common::*;
use sdk_runtime::protocol::form;
use sdk_runtime::sign::acs3;
use sdk_runtime::{Config, ConfigError, Credentials, SdkError, ServiceClient};
use serde_json::json;

const SUCCESS: &str = r#"{"RequestId":"2FE2B22C-CF9D-59DE-BF63-DC9B9B33A9D1","Invocations":{"Invocation":[{"InvokeId":"t-cd03crwys0lrls0","InvocationStatus":"Success"}]}}"#;

/// Recompute the signature from the received request, with the headers it names.
fn verify_acs3(r: &Recorded, secret: &str) {
    let auth = r.header("authorization").unwrap();
    let signed_names = auth
        .split("SignedHeaders=")
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap();
    let headers: Vec<(&str, &str)> = signed_names
        .split(';')
        .map(|n| (n, r.header(n).unwrap_or_else(|| panic!("{n} not sent"))))
        .collect();
    assert_eq!(
        r.header("x-acs-content-sha256").unwrap(),
        acs3::payload_hash(&r.body).as_str()
    );
    let expected = acs3::sign(
        "LTAItest",
        secret,
        &acs3::CanonicalRequest {
            method: "POST",
            path: "/",
            query: &[],
            headers: &headers,
            payload_hash: r.header("x-acs-content-sha256").unwrap(),
        },
    )
    .unwrap();
    assert_eq!(auth, expected);
}

fn client(url: &str) -> ServiceClient {
    let config = test_config(url)
        .credentials(Credentials::new("LTAItest", SECRET))
        .region("cn-hangzhou")
        .build();
    ServiceClient::new(&EFLO, config).unwrap()
}

#[tokio::test]
async fn success_answer_is_decoded_and_request_is_signed() {
    let server = TestServer::start(|_, _| Reply::json(SUCCESS)).await;
    let out = client(&server.url)
        .send::<EfloDescribeInvocations>(&EfloDescribeInvocationsRequest {
            invoke_id: "t-中文 *~".into(),
            node_id: Some("e01+x&y=z".into()),
            include_output: Some(true),
        })
        .await
        .unwrap();
    assert_eq!(
        out.request_id.as_deref(),
        Some("2FE2B22C-CF9D-59DE-BF63-DC9B9B33A9D1")
    );

    let r = &server.requests()[0];
    assert_eq!((r.method.as_str(), r.path.as_str()), ("POST", "/"));
    assert_eq!(r.header("x-acs-action"), Some("DescribeInvocations"));
    assert_eq!(r.header("x-acs-version"), Some("2022-12-15"));
    assert_eq!(r.header("accept"), Some("application/json"));
    assert_eq!(
        r.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    let date = r.header("x-acs-date").unwrap();
    assert!(
        date.len() == 20 && date.ends_with('Z') && date.as_bytes()[10] == b'T',
        "{date}"
    );
    assert_eq!(r.header("x-acs-signature-nonce").unwrap().len(), 32);
    assert!(r.header("x-acs-security-token").is_none());
    assert_eq!(
        r.body_str(),
        "IncludeOutput=true&InvokeId=t-%E4%B8%AD%E6%96%87%20%2A~&NodeId=e01%2Bx%26y%3Dz"
    );
    // The server side decodes it back to the members.
    assert_eq!(
        form::decode(r.body_str(), &EFLO_DESCRIBE_INVOCATIONS).unwrap(),
        json!({"IncludeOutput": true, "InvokeId": "t-中文 *~", "NodeId": "e01+x&y=z"})
    );
    let auth = r.header("authorization").unwrap();
    assert!(auth.starts_with("ACS3-HMAC-SHA256 Credential=LTAItest,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature="), "{auth}");
    verify_acs3(r, SECRET);
}

#[tokio::test]
async fn nonces_differ_between_requests() {
    let server = TestServer::start(|_, _| Reply::json(SUCCESS)).await;
    let c = client(&server.url);
    for _ in 0..2 {
        c.send_json(&EFLO_DESCRIBE_INVOCATIONS, json!({"InvokeId": "t-1"}))
            .await
            .unwrap();
    }
    let reqs = server.requests();
    assert_ne!(
        reqs[0].header("x-acs-signature-nonce"),
        reqs[1].header("x-acs-signature-nonce")
    );
}

#[tokio::test]
async fn security_token_is_sent_and_signed() {
    let server = TestServer::start(|_, _| Reply::json(SUCCESS)).await;
    let config = test_config(&server.url)
        .credentials(Credentials::new("LTAItest", SECRET).with_token("STS.token/+="))
        .region("cn-hangzhou")
        .build();
    ServiceClient::new(&EFLO, config)
        .unwrap()
        .send_json(&EFLO_DESCRIBE_INVOCATIONS, json!({"InvokeId": "t-1"}))
        .await
        .unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.header("x-acs-security-token"), Some("STS.token/+="));
    assert!(r
        .header("authorization")
        .unwrap()
        .contains("x-acs-security-token"));
    verify_acs3(r, SECRET);
}

#[tokio::test]
async fn error_answer_becomes_a_service_error_with_status_and_request_id() {
    let server = TestServer::start(|_, _| Reply::Json {
        status: 400,
        body: r#"{"RequestId":"req-ali-1","HostId":"eflo-controller.cn-hangzhou.aliyuncs.com","Code":"MissingInvokeId","Message":"InvokeId is mandatory for this action.","Recommend":"https://api.aliyun.com/troubleshoot?q=MissingInvokeId"}"#.into(),
    })
    .await;
    let err = client(&server.url)
        .send::<EfloDescribeInvocations>(&EfloDescribeInvocationsRequest {
            invoke_id: "t-1".into(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(Code::MissingInvokeId));
    assert_eq!(err.request_id(), Some("req-ali-1"));
    assert_eq!(err.status(), Some(400));
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn throttling_answers_are_retried() {
    let server = TestServer::start(|_, i| {
        if i < 2 {
            Reply::Json {
                status: 400,
                body: r#"{"RequestId":"r","Code":"Throttling.User","Message":"too fast"}"#.into(),
            }
        } else {
            Reply::json(SUCCESS)
        }
    })
    .await;
    let out = client(&server.url)
        .send_json(&EFLO_DESCRIBE_INVOCATIONS, json!({"InvokeId": "t-1"}))
        .await
        .unwrap();
    assert_eq!(
        out.request_id.as_deref(),
        Some("2FE2B22C-CF9D-59DE-BF63-DC9B9B33A9D1")
    );
    assert_eq!(
        serde_json::to_string(&out.body).unwrap(),
        SUCCESS,
        "the whole body, in the service's key order"
    );
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn a_5xx_html_page_is_a_decode_error() {
    let server = TestServer::start(|_, _| Reply::Body {
        status: 503,
        content_type: "text/html",
        body: "<html>maintenance</html>".into(),
    })
    .await;
    let err = client(&server.url)
        .send_json(&EFLO_DESCRIBE_INVOCATIONS, json!({"InvokeId": "t-1"}))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, SdkError::Decode(d) if d.status == 503),
        "{err:?}"
    );
}

#[test]
fn the_endpoint_follows_the_region_rule() {
    let config = Config::builder()
        .credentials(Credentials::new("a", "b"))
        .region("cn-wulanchabu")
        .build();
    let c = ServiceClient::new(&EFLO, config).unwrap();
    assert_eq!(
        c.endpoint_url(),
        "https://eflo-controller.cn-wulanchabu.aliyuncs.com/"
    );
    let err = ServiceClient::new(&EFLO, Config::builder().build()).unwrap_err();
    assert!(matches!(err, ConfigError::NoRegion { .. }), "{err:?}");
    // Tencent's documented host needs no region.
    let c = ServiceClient::new(&TAT, Config::builder().build()).unwrap();
    assert_eq!(c.endpoint_url(), "https://tat.tencentcloudapi.com/");
    let err = ServiceClient::new(
        &TAT,
        Config::builder().endpoint("http://10.0.0.1:80").build(),
    )
    .unwrap_err();
    assert!(
        matches!(err, ConfigError::InsecureEndpoint { .. }),
        "{err:?}"
    );
}
