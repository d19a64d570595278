//! Requests that break a documented fact get the code the action documents.

use crate::support::{alibaba, start, tencent, Acs3, Tc3};

#[tokio::test]
async fn tencent_validation_codes() {
    let server = start().await;
    let filters = |n: usize, values: usize| {
        let one = serde_json::json!({"Name": "command-id", "Values": vec!["cmd-aaaaaaaa"; values]});
        serde_json::to_string(&serde_json::json!({"Filters": vec![one; n]})).unwrap()
    };
    let cases: Vec<(&str, String, &str)> = vec![
        ("DescribeNothing", "{}".into(), "InvalidAction"),
        ("CreateInvoker", r#"{"Type": "SCHEDULE", "CommandId": "cmd-aaaaaaaa", "InstanceIds": ["ins-aaaaaaaa"]}"#.into(), "MissingParameter"),
        ("DescribeInvocations", r#"{"Limit": 1, "Color": "red"}"#.into(), "UnknownParameter"),
        ("DescribeInvocations", r#"{"Limit": "ten"}"#.into(), "InvalidParameter"),
        ("DescribeInvocations", r#"{"InvocationIds": ["inv-aaaaaaaa"], "Filters": [{"Name": "command-id", "Values": ["cmd-aaaaaaaa"]}]}"#.into(), "InvalidParameter.ConflictParameter"),
        ("DescribeInvocations", filters(11, 1), "InvalidParameterValue.LimitExceeded"),
        ("DescribeInvocations", filters(1, 6), "LimitExceeded.FilterValueExceeded"),
        ("DescribeInvocations", r#"{"Limit": 101}"#.into(), "InvalidParameterValue.LimitExceeded"),
        ("DescribeInvocations", r#"{"Filters": [{"Name": "colour", "Values": ["red"]}]}"#.into(), "InvalidParameterValue.InvalidFilter"),
        ("DescribeInvocations", r#"{"InvocationIds": ["job-1"]}"#.into(), "InvalidParameterValue.InvalidInvocationId"),
        ("DescribeInvocations", r#"{"Limit": 1"#.into(), "InvalidParameter"),
        ("DescribeInvocations", "[1, 2]".into(), "InvalidParameter"),
        ("DescribeInvokerRecords", r#"{"Limit": 101}"#.into(), "InvalidParameterValue.TooLarge"),
        ("DescribeInvokerRecords", r#"{"Limit": true}"#.into(), "InvalidParameterValue"),
        ("DescribeInvokerRecords", r#"{"InvokerIds": ["inv-aaaaaaaa"]}"#.into(), "InvalidParameterValue.InvalidInvokerId"),
        ("DescribeInvocationTasks", filters(11, 1), "InvalidParameterValue"),
    ];
    for (action, body, code) in cases {
        let answer = tencent(&server, action, body.as_bytes(), Tc3::default()).await;
        assert_eq!(
            answer.code(),
            Some(code),
            "{action} {body}: {:?}",
            answer.body
        );
        let message = answer.body["Response"]["Error"]["Message"]
            .as_str()
            .unwrap();
        assert!(!message.is_empty());
    }
    server.shutdown().await;
}

#[tokio::test]
async fn arbitrary_bytes_never_break_the_server() {
    let server = start().await;
    let bodies: [&[u8]; 4] = [
        b"\xff\xfe\x00garbage",
        b"{\"Limit\": 1e999}",
        b"null",
        b"{\"Filters\": [null, 1, {}]}",
    ];
    for body in bodies {
        let answer = tencent(&server, "DescribeInvocations", body, Tc3::default()).await;
        assert!(answer.code().is_some(), "{:?}", answer.body);
        let answer = alibaba(
            &server,
            "DescribeInvocations",
            &String::from_utf8_lossy(body),
            Acs3::default(),
        )
        .await;
        assert!(answer.status >= 400, "{:?}", answer.body);
    }
    let big = vec![b' '; 2 * 1024 * 1024];
    let answer = tencent(&server, "DescribeInvocations", &big, Tc3::default()).await;
    assert_eq!(answer.code(), Some("RequestSizeLimitExceeded"));
    // Still serving.
    let answer = tencent(&server, "DescribeInvocations", b"{}", Tc3::default()).await;
    assert_eq!(answer.code(), None);
    server.shutdown().await;
}

#[tokio::test]
async fn alibaba_validation_codes() {
    let server = start().await;
    let cases = [
        (
            "DescribeInvocations",
            "NodeId=e01-cn-x",
            400,
            Some("MissingInvokeId"),
        ),
        (
            "DescribeInvocations",
            "InvokeId=t-a&IncludeOutput=maybe",
            400,
            Some("InvalidParameter"),
        ),
        (
            "DescribeInvocations",
            "InvokeId=t-a&Colour=red",
            400,
            Some("UnknownParameter"),
        ),
        (
            "DescribeNothing",
            "InvokeId=t-a",
            404,
            Some("InvalidAction.NotFound"),
        ),
        // The Python SDK's spelling of booleans.
        (
            "DescribeInvocations",
            "IncludeOutput=True&InvokeId=t-a",
            200,
            None,
        ),
        (
            "DescribeInvocations",
            "ContentEncoding=PlainText&IncludeOutput=false&InvokeId=t-a",
            200,
            None,
        ),
    ];
    for (action, body, status, code) in cases {
        let answer = alibaba(&server, action, body, Acs3::default()).await;
        assert_eq!(
            (answer.status, answer.code()),
            (status, code),
            "{body}: {:?}",
            answer.body
        );
    }
    server.shutdown().await;
}

#[tokio::test]
async fn random_bodies_get_vendor_errors_not_panics() {
    use rand::Rng;
    let server = start().await;
    let mut rng = rand::rng();
    let pieces: [&[u8]; 10] = [
        b"{",
        b"}",
        b"[",
        b"]",
        b"\"Filters\":",
        b"\"Limit\":",
        b"1",
        b",",
        b"=",
        b"&InvokeId.1.x",
    ];
    for _ in 0..200 {
        let mut body = Vec::new();
        for _ in 0..rng.random_range(0..12) {
            if rng.random_bool(0.5) {
                body.extend_from_slice(pieces[rng.random_range(0..pieces.len())]);
            } else {
                body.push(rng.random());
            }
        }
        let answer = tencent(&server, "DescribeInvocationTasks", &body, Tc3::default()).await;
        assert!(answer.body["Response"]["RequestId"].is_string());
        let text = String::from_utf8_lossy(&body);
        let answer = alibaba(&server, "DescribeInvocations", &text, Acs3::default()).await;
        assert!(
            answer.body["RequestId"].is_string(),
            "{text:?}: {:?}",
            answer.body
        );
    }
    server.shutdown().await;
}
