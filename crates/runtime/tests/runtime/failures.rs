//! Retries and broken answers: every failure is a typed error, never a panic or a hang, and
//! an action that is not read-only is never sent twice after an ambiguous failure.

use std::time::Duration;

use crate::common::*;
use sdk_runtime::{DecodeErrorKind, SdkError, ServiceClient, TransportErrorKind};
use serde_json::json;

const THROTTLED: &str = r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"r-throttle"}}"#;
const OK: &str =
    r#"{"Response":{"InvokerId":"ivk-1","TotalCount":0,"InvocationSet":[],"RequestId":"r-ok"}}"#;

fn throttle_twice(_: &Recorded, i: usize) -> Reply {
    Reply::json(if i < 2 { THROTTLED } else { OK })
}

#[tokio::test]
async fn throttling_twice_then_success_is_retried_for_read_only_actions() {
    let server = TestServer::start(throttle_twice).await;
    let out = tat_client(&server.url)
        .send::<DescribeInvocations>(&DescribeInvocationsRequest::default())
        .await
        .unwrap();
    assert_eq!(out.request_id.as_deref(), Some("r-ok"));
    assert_eq!(server.count(), 3);
    // Each attempt is signed afresh; the nonce-free TC3 still re-signs with a new timestamp.
    assert!(server
        .requests()
        .iter()
        .all(|r| r.header("authorization").is_some()));
}

#[tokio::test]
async fn throttling_is_a_definite_answer_so_creates_are_retried_too() {
    let server = TestServer::start(throttle_twice).await;
    let out = tat_client(&server.url)
        .send::<CreateInvoker>(&CreateInvokerRequest::sample())
        .await
        .unwrap();
    assert_eq!(out.invoker_id.as_deref(), Some("ivk-1"));
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn throttling_beyond_max_attempts_gives_the_service_error() {
    let server = TestServer::start(|_, _| Reply::json(THROTTLED)).await;
    let err = tat_client(&server.url)
        .send::<DescribeInvocations>(&DescribeInvocationsRequest::default())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(Code::RequestLimitExceeded));
    assert_eq!(server.count(), 3);
}

fn slow(_: &Recorded, _: usize) -> Reply {
    Reply::Delay(Duration::from_secs(3), Box::new(Reply::json(OK)))
}

#[tokio::test]
async fn a_create_is_never_resent_after_a_timeout() {
    let server = TestServer::start(slow).await;
    let config = test_config(&server.url)
        .region("ap-guangzhou")
        .timeout(Duration::from_millis(200))
        .build();
    let client = ServiceClient::new(&TAT, config).unwrap();
    let err = client
        .send::<CreateInvoker>(&CreateInvokerRequest::sample())
        .await
        .unwrap_err();
    let SdkError::Timeout(t) = &err else {
        panic!("{err:?}")
    };
    assert!(!t.connect);
    assert_eq!(t.attempts, 1);
    // Give a (wrong) resend time to arrive before counting.
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn a_read_is_resent_after_a_timeout() {
    let server = TestServer::start(slow).await;
    let config = test_config(&server.url)
        .region("ap-guangzhou")
        .timeout(Duration::from_millis(100))
        .build();
    let err = ServiceClient::new(&TAT, config)
        .unwrap()
        .send::<DescribeInvocations>(&DescribeInvocationsRequest::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, SdkError::Timeout(t) if t.attempts == 3),
        "{err:?}"
    );
    assert_eq!(server.count(), 3);
}

fn proxy_502(_: &Recorded, _: usize) -> Reply {
    Reply::Body {
        status: 502,
        content_type: "text/html",
        body: "<html><body><h1>502 Bad Gateway</h1></body></html>".into(),
    }
}

#[tokio::test]
async fn an_html_error_page_is_a_decode_error_and_is_not_resent_for_a_create() {
    let server = TestServer::start(proxy_502).await;
    let err = tat_client(&server.url)
        .send::<CreateInvoker>(&CreateInvokerRequest::sample())
        .await
        .unwrap_err();
    let SdkError::Decode(d) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((d.kind, d.status), (DecodeErrorKind::Json, 502));
    assert!(d.body_start.starts_with("<html>"));
    assert!(err.to_string().contains("HTTP 502"), "{err}");
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn an_html_error_page_is_resent_for_a_read() {
    let server = TestServer::start(proxy_502).await;
    let err = tat_client(&server.url)
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::Decode(_)));
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn internal_error_is_resent_only_for_reads() {
    let internal = |_: &Recorded, _: usize| {
        Reply::json(
            r#"{"Response":{"Error":{"Code":"InternalError","Message":"oops"},"RequestId":"r"}}"#,
        )
    };
    let server = TestServer::start(internal).await;
    let client = tat_client(&server.url);
    let err = client
        .send::<CreateInvoker>(&CreateInvokerRequest::sample())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(Code::Unknown("InternalError".into())));
    assert_eq!(server.count(), 1);
    client
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap_err();
    assert_eq!(server.count(), 4);
}

#[tokio::test]
async fn malformed_json_is_a_decode_error() {
    let server = TestServer::start(|_, _| Reply::json(r#"{"Response": {"TotalCount": 1,"#)).await;
    let err = tat_client(&server.url)
        .send::<DescribeInvocations>(&DescribeInvocationsRequest::default())
        .await
        .unwrap_err();
    let SdkError::Decode(d) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((d.kind, d.status), (DecodeErrorKind::Json, 200));
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn json_without_the_envelope_is_an_envelope_error() {
    let server = TestServer::start(|_, _| Reply::json(r#"{"message":"gateway says no"}"#)).await;
    let err = tat_client(&server.url)
        .send::<DescribeInvocations>(&DescribeInvocationsRequest::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, SdkError::Decode(d) if d.kind == DecodeErrorKind::Envelope),
        "{err:?}"
    );
    let err = tat_client(&server.url)
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, SdkError::Decode(d) if d.kind == DecodeErrorKind::Envelope),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_wrong_typed_member_is_a_type_error_with_the_request_id() {
    let server = TestServer::start(|_, _| {
        Reply::json(r#"{"Response":{"TotalCount":"many","InvocationSet":[],"RequestId":"r-type"}}"#)
    })
    .await;
    let err = tat_client(&server.url)
        .send::<DescribeInvocations>(&DescribeInvocationsRequest::default())
        .await
        .unwrap_err();
    let SdkError::Decode(d) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(d.kind, DecodeErrorKind::Type);
    assert_eq!(err.request_id(), Some("r-type"));
    assert!(d.message.contains("invalid type"), "{}", d.message);
}

#[tokio::test]
async fn a_truncated_body_is_a_typed_error() {
    let server = TestServer::start(|_, _| {
        Reply::Raw(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"Response\":{\"Req"
                .to_vec(),
        )
    })
    .await;
    let err = tat_client(&server.url)
        .send::<CreateInvoker>(&CreateInvokerRequest::sample())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, SdkError::Transport(t) if t.kind == TransportErrorKind::Body),
        "{err:?}"
    );
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn a_body_cut_at_close_is_a_decode_error() {
    let server = TestServer::start(|_, _| {
        Reply::Raw(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"Response\":{\"Req".to_vec())
    })
    .await;
    let err = tat_client(&server.url)
        .send::<DescribeInvocations>(&DescribeInvocationsRequest::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, SdkError::Decode(d) if d.kind == DecodeErrorKind::Json),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_100_mb_body_is_refused_by_its_declared_length() {
    let server = TestServer::start(|_, _| Reply::Stream {
        declared: true,
        total: 100 * 1024 * 1024,
    })
    .await;
    let err = tat_client(&server.url)
        .send::<DescribeInvocations>(&DescribeInvocationsRequest::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, SdkError::Decode(d) if d.kind == DecodeErrorKind::TooLarge),
        "{err:?}"
    );
    assert_eq!(
        server.count(),
        1,
        "an oversized answer is not asked for again"
    );
}

#[tokio::test]
async fn a_100_mb_body_without_length_is_cut_at_the_cap() {
    let server = TestServer::start(|_, _| Reply::Stream {
        declared: false,
        total: 100 * 1024 * 1024,
    })
    .await;
    let config = test_config(&server.url)
        .region("ap-guangzhou")
        .max_response_bytes(1024 * 1024)
        .build();
    let err = ServiceClient::new(&TAT, config)
        .unwrap()
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap_err();
    let SdkError::Decode(d) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(d.kind, DecodeErrorKind::TooLarge);
    assert!(d.body_start.starts_with("{\"Response\""));
}

#[tokio::test]
async fn connection_refused_is_retried_for_any_action() {
    let url = refused_url();
    let err = tat_client(&url)
        .send::<CreateInvoker>(&CreateInvokerRequest::sample())
        .await
        .unwrap_err();
    let SdkError::Transport(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((t.kind, t.attempts), (TransportErrorKind::Connect, 3));
    assert!(err.to_string().contains("could not connect"), "{err}");
}

#[tokio::test]
async fn missing_credentials_fail_before_sending() {
    let server = TestServer::start(|_, _| Reply::json(OK)).await;
    let config = sdk_runtime::Config::builder()
        .endpoint(&server.url)
        .region("ap-guangzhou")
        .build();
    let err = ServiceClient::new(&TAT, config)
        .unwrap()
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::Config(_)), "{err:?}");
    assert_eq!(server.count(), 0);
}
