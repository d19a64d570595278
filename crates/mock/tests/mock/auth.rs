//! Signature problems get the vendors' codes, envelopes and statuses.

use sdk_mock::{MockCredentials, MockKey, MockOptions, MockServer};
use sdk_runtime::clock;

use crate::support::{alibaba, start, tencent, Acs3, Tc3};

const BODY: &[u8] = br#"{"Limit": 1}"#;

/// With several Tencent services, an unsigned request names none of them: the signature
/// check answers it, as with one.
#[tokio::test]
async fn an_unsigned_request_gets_the_signature_code_whatever_the_services() {
    let server = MockServer::start(
        MockOptions::all_services()
            .with_services(vec![
                &tat_model::SERVICE,
                &crate::answers::undocumented::SERVICE,
            ])
            .with_credentials(MockCredentials::Demo),
    )
    .await
    .expect("the mock starts");
    let unsigned = Tc3 {
        sign: false,
        ..Tc3::default()
    };
    let answer = tencent(&server, "DescribeInvocations", BODY, unsigned).await;
    assert_eq!(
        answer.code(),
        Some("AuthFailure.SignatureFailure"),
        "{:?}",
        answer.body
    );
    let signed = tencent(&server, "DescribeInvocations", BODY, Tc3::default()).await;
    assert_eq!(signed.code(), None, "{:?}", signed.body);
    server.shutdown().await;
}

#[tokio::test]
async fn tencent_signature_problems() {
    let server = start().await;
    let ok = tencent(&server, "DescribeInvocations", BODY, Tc3::default()).await;
    assert_eq!(ok.code(), None, "{:?}", ok.body);

    let cases = [
        (
            Tc3 {
                secret: "not-the-secret",
                ..Tc3::default()
            },
            "AuthFailure.SignatureFailure",
        ),
        (
            Tc3 {
                id: "AKIDUNKNOWN",
                ..Tc3::default()
            },
            "AuthFailure.SecretIdNotFound",
        ),
        (
            Tc3 {
                timestamp: clock::now_unix() - 6 * 60,
                ..Tc3::default()
            },
            "AuthFailure.SignatureExpire",
        ),
        (
            Tc3 {
                timestamp: clock::now_unix() + 6 * 60,
                ..Tc3::default()
            },
            "AuthFailure.SignatureExpire",
        ),
        (
            Tc3 {
                sign: false,
                ..Tc3::default()
            },
            "AuthFailure.SignatureFailure",
        ),
    ];
    for (how, code) in cases {
        let answer = tencent(&server, "DescribeInvocations", BODY, how).await;
        assert_eq!(answer.code(), Some(code), "{:?}", answer.body);
        assert_eq!(answer.status, 200);
        assert_eq!(answer.content_type, "application/json");
        assert!(answer.body["Response"]["RequestId"].is_string());
    }
    server.shutdown().await;
}

#[tokio::test]
async fn tencent_signed_headers_are_honoured() {
    let server = start().await;
    // The official SDKs sign a lower-cased x-tc-action when they sign it at all.
    let how = Tc3 {
        signed_action: true,
        ..Tc3::default()
    };
    let answer = tencent(&server, "DescribeInvocations", BODY, how).await;
    assert_eq!(answer.code(), None, "{:?}", answer.body);
    // The signature covers the body.
    let how = Tc3 {
        tampered_body: Some(br#"{"Limit": 2}"#),
        ..Tc3::default()
    };
    let answer = tencent(&server, "DescribeInvocations", BODY, how).await;
    assert_eq!(answer.code(), Some("AuthFailure.SignatureFailure"));
    server.shutdown().await;
}

#[tokio::test]
async fn configured_keys_replace_the_demo_keys() {
    let options =
        MockOptions::all_services().with_credentials(MockCredentials::Keys(vec![MockKey::new(
            "AKIDMINE",
            "my-secret",
        )]));
    let server = MockServer::start(options).await.unwrap();
    let mine = Tc3 {
        id: "AKIDMINE",
        secret: "my-secret",
        ..Tc3::default()
    };
    assert_eq!(
        tencent(&server, "DescribeInvocations", BODY, mine)
            .await
            .code(),
        None
    );
    let demo = tencent(&server, "DescribeInvocations", BODY, Tc3::default()).await;
    assert_eq!(demo.code(), Some("AuthFailure.SecretIdNotFound"));
    // The secret never shows in debug output.
    assert!(!format!("{:?}", MockKey::new("AKIDMINE", "my-secret")).contains("my-secret"));
    server.shutdown().await;
}

#[tokio::test]
async fn serve_stops_when_told_and_start_binds_loopback() {
    let server = start().await;
    let addr = server.local_addr();
    assert!(addr.ip().is_loopback() && addr.port() != 0);
    assert_eq!(server.endpoint(), format!("http://{addr}"));
    server.shutdown().await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());

    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(sdk_mock::serve(MockOptions::all_services(), async move {
        let _ = stopped.await;
    }));
    let _ = stop.send(());
    let result = tokio::time::timeout(std::time::Duration::from_secs(10), serving).await;
    assert!(matches!(result, Ok(Ok(Ok(())))), "{result:?}");
}

#[tokio::test]
async fn alibaba_signature_problems() {
    let server = start().await;
    let body = "InvokeId=t-abc";
    let ok = alibaba(&server, "DescribeInvocations", body, Acs3::default()).await;
    assert_eq!((ok.status, ok.code()), (200, None), "{:?}", ok.body);

    let reused = Acs3::default().nonce;
    let first = alibaba(
        &server,
        "DescribeInvocations",
        body,
        Acs3 {
            nonce: reused.clone(),
            ..Acs3::default()
        },
    )
    .await;
    assert_eq!(first.status, 200);
    let cases = [
        (
            Acs3 {
                nonce: reused,
                ..Acs3::default()
            },
            400,
            "SignatureNonceUsed",
        ),
        (
            Acs3 {
                secret: "not-the-secret",
                ..Acs3::default()
            },
            400,
            "SignatureDoesNotMatch",
        ),
        (
            Acs3 {
                id: "LTAIUNKNOWN",
                ..Acs3::default()
            },
            404,
            "InvalidAccessKeyId.NotFound",
        ),
        (
            Acs3 {
                timestamp: clock::now_unix() - 16 * 60,
                ..Acs3::default()
            },
            400,
            "InvalidTimeStamp.Expired",
        ),
        (
            Acs3 {
                sign: false,
                ..Acs3::default()
            },
            400,
            "IncompleteSignature",
        ),
    ];
    for (how, status, code) in cases {
        let answer = alibaba(&server, "DescribeInvocations", body, how).await;
        assert_eq!(
            (answer.status, answer.code()),
            (status, Some(code)),
            "{:?}",
            answer.body
        );
        for key in ["RequestId", "HostId", "Message", "Recommend"] {
            assert!(answer.body[key].is_string(), "{key} in {:?}", answer.body);
        }
    }
    // Ten minutes off is still inside Alibaba's 15-minute window.
    let how = Acs3 {
        timestamp: clock::now_unix() - 10 * 60,
        ..Acs3::default()
    };
    assert_eq!(
        alibaba(&server, "DescribeInvocations", body, how)
            .await
            .status,
        200
    );
    server.shutdown().await;
}
