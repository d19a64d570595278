//! Tencent Cloud API 3.0 calls against a local server: headers, signature, envelopes.

use crate::common::*;
use sdk_runtime::sign::tc3;
use sdk_runtime::{SdkError, ServiceClient};
use serde_json::json;

const SUCCESS: &str = r#"{"Response":{"TotalCount":1,"InvocationSet":[{"InvocationId":"inv-q4zp60g0","InvocationStatus":"SUCCESS","Unknown":1}],"RequestId":"req-ok-1"}}"#;

/// Recompute the signature from what the server received, as the vendor's server would.
fn verify_tc3(r: &Recorded) {
    let auth = r.header("authorization").unwrap();
    let timestamp: i64 = r.header("x-tc-timestamp").unwrap().parse().unwrap();
    let headers = [
        ("content-type", r.header("content-type").unwrap()),
        ("host", r.header("host").unwrap()),
    ];
    let expected = tc3::sign(
        &tc3::SigningParams {
            secret_id: "AKIDtest",
            secret_key: SECRET,
            service: "tat",
            timestamp,
        },
        "POST",
        "/",
        "",
        &headers,
        &r.body,
    )
    .unwrap();
    assert_eq!(auth, expected);
}

#[tokio::test]
async fn success_envelope_is_decoded_and_request_is_signed() {
    let server = TestServer::start(|_, _| Reply::json(SUCCESS)).await;
    let client = tat_client(&server.url);
    let request = DescribeInvocationsRequest {
        invocation_ids: Some(vec!["inv-q4zp60g0".into()]),
        limit: Some(1),
        offset: Some(0),
    };
    let out = client.send::<DescribeInvocations>(&request).await.unwrap();
    assert_eq!(out.total_count, Some(1));
    assert_eq!(out.invocation_set[0].invocation_id, "inv-q4zp60g0");
    assert_eq!(out.request_id.as_deref(), Some("req-ok-1"));

    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!((r.method.as_str(), r.path.as_str()), ("POST", "/"));
    assert_eq!(r.header("x-tc-action"), Some("DescribeInvocations"));
    assert_eq!(r.header("x-tc-version"), Some("2020-10-28"));
    assert_eq!(r.header("x-tc-region"), Some("ap-guangzhou"));
    assert_eq!(
        r.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    assert!(r.header("x-tc-token").is_none());
    assert!(r.header("x-tc-language").is_none());
    assert_eq!(
        r.body_str(),
        r#"{"InvocationIds":["inv-q4zp60g0"],"Limit":1,"Offset":0}"#
    );
    let auth = r.header("authorization").unwrap();
    assert!(
        auth.starts_with("TC3-HMAC-SHA256 Credential=AKIDtest/"),
        "{auth}"
    );
    assert!(auth.contains("/tat/tc3_request, SignedHeaders=content-type;host, Signature="));
    verify_tc3(r);
}

#[tokio::test]
async fn error_envelope_becomes_a_typed_service_error() {
    let server = TestServer::start(|_, _| {
        Reply::json(r#"{"Response":{"Error":{"Code":"InvalidParameterValue","Message":"Limit is bad"},"RequestId":"req-err-1"}}"#)
    })
    .await;
    let client = tat_client(&server.url);
    let err = client
        .send::<DescribeInvocations>(&DescribeInvocationsRequest::default())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(Code::InvalidParameterValue));
    assert_eq!(err.request_id(), Some("req-err-1"));
    let SdkError::Service(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (e.raw_code.as_str(), e.message.as_str(), e.status),
        ("InvalidParameterValue", "Limit is bad", 200)
    );
    assert_eq!(
        err.to_string(),
        "InvalidParameterValue: Limit is bad (request id req-err-1, HTTP 200)"
    );
    // Not retried: a definite answer.
    assert_eq!(server.count(), 1);
}

#[tokio::test]
async fn unknown_codes_keep_their_text() {
    let server = TestServer::start(|_, _| {
        Reply::json(r#"{"Response":{"Error":{"Code":"FailedOperation.New","Message":"m"},"RequestId":"r"}}"#)
    })
    .await;
    let err = tat_client(&server.url)
        .send::<DescribeInvocations>(&DescribeInvocationsRequest::default())
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        Some(Code::Unknown("FailedOperation.New".into()))
    );
}

#[tokio::test]
async fn send_json_returns_the_response_object_in_order() {
    let server = TestServer::start(|_, _| {
        Reply::json(r#"{"Response":{"Zeta":1,"Alpha":{"Y":2,"X":3},"RequestId":"req-json"}}"#)
    })
    .await;
    let client = tat_client(&server.url);
    let out = client
        .send_json(
            &DESCRIBE_INVOCATIONS,
            json!({"Limit": 2, "InvocationIds": ["a"]}),
        )
        .await
        .unwrap();
    assert_eq!(out.status, 200);
    assert_eq!(out.request_id.as_deref(), Some("req-json"));
    assert_eq!(
        serde_json::to_string(&out.body).unwrap(),
        r#"{"Zeta":1,"Alpha":{"Y":2,"X":3},"RequestId":"req-json"}"#
    );
    // The request body keeps the caller's key order too.
    assert_eq!(
        server.requests()[0].body_str(),
        r#"{"Limit":2,"InvocationIds":["a"]}"#
    );
}

#[tokio::test]
async fn send_json_reports_service_errors_with_string_codes() {
    let server = TestServer::start(|_, _| {
        Reply::json(r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"bad"},"RequestId":"r9"}}"#)
    })
    .await;
    let err = tat_client(&server.url)
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap_err();
    assert_eq!(err.code().as_deref(), Some("AuthFailure.SignatureFailure"));
    assert_eq!(err.request_id(), Some("r9"));
}

#[tokio::test]
async fn region_header_follows_the_action_and_the_configuration() {
    let server = TestServer::start(|_, _| Reply::json(r#"{"Response":{"RequestId":"r"}}"#)).await;
    // No region configured, action without region: header omitted.
    let no_region = ServiceClient::new(&TAT, test_config(&server.url).build()).unwrap();
    no_region
        .send_json(&DESCRIBE_REGIONS, json!({}))
        .await
        .unwrap();
    // Region configured: sent even for an action that does not need it.
    tat_client(&server.url)
        .send_json(&DESCRIBE_REGIONS, json!({}))
        .await
        .unwrap();
    let reqs = server.requests();
    assert_eq!(reqs[0].header("x-tc-region"), None);
    assert_eq!(reqs[1].header("x-tc-region"), Some("ap-guangzhou"));
    // An action that needs a region fails before sending.
    let err = no_region
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::Config(_)), "{err:?}");
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn token_and_language_are_sent() {
    let server = TestServer::start(|_, _| Reply::json(r#"{"Response":{"RequestId":"r"}}"#)).await;
    let config = test_config(&server.url)
        .credentials(sdk_runtime::Credentials::new("AKIDtest", SECRET).with_token("tmp-token"))
        .language("en-US")
        .region("ap-guangzhou")
        .build();
    let client = ServiceClient::new(&TAT, config).unwrap();
    client
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap();
    let r = &server.requests()[0];
    assert_eq!(r.header("x-tc-token"), Some("tmp-token"));
    assert_eq!(r.header("x-tc-language"), Some("en-US"));
    verify_tc3(r);
}

#[tokio::test]
async fn invalid_input_is_reported_with_its_path_before_sending() {
    let server = TestServer::start(|_, _| Reply::json(SUCCESS)).await;
    let client = tat_client(&server.url);
    let err = client
        .send::<DescribeInvocations>(&DescribeInvocationsRequest {
            limit: Some(1000),
            ..Default::default()
        })
        .await
        .unwrap_err();
    let SdkError::InvalidInput(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.path, "Limit");
    let err = client
        .send_json(
            &CREATE_INVOKER,
            json!({"Name": "n", "Type": "SCHEDULE", "CommandId": "c", "ScheduleSettings": {}}),
        )
        .await
        .unwrap_err();
    let SdkError::InvalidInput(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.path, "ScheduleSettings.Policy");
    assert!(err.to_string().contains("ScheduleSettings.Policy"), "{err}");
    assert_eq!(server.count(), 0);
}

#[tokio::test]
async fn secrets_never_appear_in_debug_or_errors() {
    let server = TestServer::start(|_, _| Reply::json("not json")).await;
    let client = tat_client(&server.url);
    let err = client
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap_err();
    for text in [format!("{client:?}"), format!("{err:?}"), err.to_string()] {
        assert!(!text.contains(SECRET), "{text}");
    }
}

#[tokio::test]
async fn non_ascii_header_values_are_refused_before_sending() {
    let server = TestServer::start(|_, _| Reply::json(r#"{"Response":{"RequestId":"r"}}"#)).await;
    let config = test_config(&server.url)
        .credentials(sdk_runtime::Credentials::new("AKIDtest", SECRET).with_token("tok-中"))
        .region("ap-guangzhou")
        .build();
    let err = ServiceClient::new(&TAT, config)
        .unwrap()
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::Config(_)), "{err:?}");
    assert!(err.to_string().contains("x-tc-token"), "{err}");
    assert_eq!(server.count(), 0);
}

mod single_pass_envelope {
    use sdk_runtime::protocol::tc3::decode_typed;
    use sdk_runtime::{DecodeErrorKind, SdkError};
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct Strict {
        total_count: u64,
        request_id: String,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct Lenient {
        total_count: Option<u64>,
        request_id: Option<String>,
    }

    #[test]
    fn the_request_id_reaches_the_response_type() {
        let v: Strict =
            decode_typed(200, br#"{"Response":{"RequestId":"r1","TotalCount":3}}"#).unwrap();
        assert_eq!((v.total_count, v.request_id.as_str()), (3, "r1"));
        let v: Lenient = decode_typed(200, br#"{"Response":{"RequestId":null}}"#).unwrap();
        assert_eq!((v.total_count, v.request_id), (None, None));
    }

    #[test]
    fn an_error_wins_wherever_it_stands() {
        for body in [
            &br#"{"Response":{"Error":{"Code":"C","Message":"m"},"RequestId":"r2"}}"#[..],
            br#"{"Response":{"RequestId":"r2","Error":{"Code":"C","Message":"m"}}}"#,
        ] {
            // Lenient types would accept the rest; strict ones miss their members.
            let e = decode_typed::<Lenient>(200, body).unwrap_err();
            assert_eq!(
                (e.code().as_deref(), e.request_id()),
                (Some("C"), Some("r2"))
            );
            let e = decode_typed::<Strict>(200, body).unwrap_err();
            assert_eq!(
                (e.code().as_deref(), e.request_id()),
                (Some("C"), Some("r2"))
            );
        }
    }

    #[test]
    fn foreign_or_broken_answers_are_typed_decode_errors() {
        let cases: [(&[u8], DecodeErrorKind); 5] = [
            (br#"{"message":"no"}"#, DecodeErrorKind::Envelope),
            (br#"[1,2]"#, DecodeErrorKind::Envelope),
            (br#"{"Response":null}"#, DecodeErrorKind::Type),
            (
                br#"{"Response":{"TotalCount":1}} trailing"#,
                DecodeErrorKind::Json,
            ),
            (b"", DecodeErrorKind::Json),
        ];
        for (body, kind) in cases {
            let e = decode_typed::<Lenient>(200, body).unwrap_err();
            assert!(
                matches!(&e, SdkError::Decode(d) if d.kind == kind),
                "{body:?}: {e:?}"
            );
        }
    }

    #[test]
    fn values_decode_through_the_wrapper() {
        let v: serde_json::Value = decode_typed(
            200,
            br#"{"Response":{"B":[1,{"C":null}],"RequestId":"r3"}}"#,
        )
        .unwrap();
        assert_eq!(
            v,
            serde_json::json!({"B": [1, {"C": null}], "RequestId": "r3"})
        );
    }
}
