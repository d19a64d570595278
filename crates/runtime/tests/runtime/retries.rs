//! The retry budget under a throttling storm, `Retry-After`, and clock-skew correction,
//! against loopback servers.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use crate::common::*;
use sdk_runtime::{clock, RetryBudget, RetryConfig, ServiceClient};
use serde_json::json;

const THROTTLED: &str = r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"r-throttle"}}"#;
const OK: &str = r#"{"Response":{"TotalCount":0,"InvocationSet":[],"RequestId":"r-ok"}}"#;

const CALLERS: usize = 32;
const CALLS_EACH: usize = 10;

/// 32 callers × 10 calls on one client against a server that always throttles; the
/// number of requests the server saw.
async fn storm(budget: Option<RetryBudget>) -> usize {
    let server = TestServer::start(|_, _| Reply::json(THROTTLED)).await;
    let config = test_config(&server.url)
        .region("ap-guangzhou")
        .retry(RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(2),
        })
        .retry_budget(budget)
        .build();
    let client = ServiceClient::new(&TAT, config).unwrap();
    let callers: Vec<_> = (0..CALLERS)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                for _ in 0..CALLS_EACH {
                    let e = client
                        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
                        .await
                        .unwrap_err();
                    assert_eq!(e.code().as_deref(), Some("RequestLimitExceeded"));
                }
            })
        })
        .collect();
    for c in callers {
        c.await.unwrap();
    }
    server.count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_retry_budget_bounds_a_throttling_storm() {
    let calls = CALLERS * CALLS_EACH;
    let without = storm(None).await;
    assert_eq!(
        without,
        calls * 3,
        "without a budget every call makes all its attempts"
    );
    let standard = RetryBudget::standard();
    let with = storm(Some(standard)).await;
    // Nothing succeeds, so nothing refills: 500 tokens pay for exactly 100 retries.
    let retries = (standard.capacity / standard.retry_cost) as usize;
    assert_eq!(
        with,
        calls + retries,
        "with the budget: first attempts plus 100 retries"
    );
    println!("throttling storm, {CALLERS} callers x {CALLS_EACH} calls, 3 attempts: {without} requests without the budget, {with} with it");
}

#[tokio::test]
async fn successes_give_the_budget_back() {
    // Throttled once, then fine: each call retries once and is refunded, so 200 calls on a
    // 10-token budget (2 retries' worth) all succeed.
    let server =
        TestServer::start(|_, i| Reply::json(if i % 2 == 0 { THROTTLED } else { OK })).await;
    let config = test_config(&server.url)
        .region("ap-guangzhou")
        .retry_budget(Some(RetryBudget {
            capacity: 10,
            ..RetryBudget::standard()
        }))
        .build();
    let client = ServiceClient::new(&TAT, config).unwrap();
    for _ in 0..200 {
        client
            .send_json(&DESCRIBE_INVOCATIONS, json!({}))
            .await
            .unwrap();
    }
    assert_eq!(server.count(), 400);
}

fn throttled_with(retry_after: &str) -> Reply {
    Reply::Headers {
        status: 200,
        content_type: "application/json",
        headers: vec![("Retry-After", retry_after.to_owned())],
        body: THROTTLED.to_owned(),
    }
}

#[tokio::test]
async fn retry_after_is_honoured_and_capped() {
    let server = TestServer::start(|_, i| {
        if i == 0 {
            throttled_with("1")
        } else {
            Reply::json(OK)
        }
    })
    .await;
    let config = test_config(&server.url)
        .region("ap-guangzhou")
        .retry(RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_secs(5),
        })
        .build();
    let start = Instant::now();
    ServiceClient::new(&TAT, config)
        .unwrap()
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap();
    assert!(
        start.elapsed() >= Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(server.count(), 2);

    // An hour asked for, 20 ms allowed (the test config's max_backoff).
    let server = TestServer::start(|_, i| {
        if i == 0 {
            throttled_with("3600")
        } else {
            Reply::json(OK)
        }
    })
    .await;
    let start = Instant::now();
    tat_client(&server.url)
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap();
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(server.count(), 2);
}

/// A server whose clock is `offset` seconds ahead, refusing signatures more than 5 minutes
/// off its clock as the vendors do; `tc3` picks the protocol.
fn skewed(offset: i64, tc3: bool) -> impl Fn(&Recorded, usize) -> Reply + Send + Sync {
    move |r, _| {
        let server_now = clock::now_unix() + offset;
        let signed_at = if tc3 {
            r.header("x-tc-timestamp")
                .and_then(|t| t.parse::<i64>().ok())
        } else {
            r.header("x-acs-date").and_then(clock::parse_utc_iso8601)
        }
        .unwrap();
        let date = httpdate::fmt_http_date(
            SystemTime::UNIX_EPOCH + Duration::from_secs(server_now as u64),
        );
        let (status, body) = match ((signed_at - server_now).abs() > 300, tc3) {
            (true, true) => (
                200,
                r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"expired"},"RequestId":"r"}}"#,
            ),
            (true, false) => (
                400,
                r#"{"Code":"InvalidTimeStamp.Expired","Message":"expired","RequestId":"r"}"#,
            ),
            (false, true) => (200, OK),
            (false, false) => (
                200,
                r#"{"RequestId":"r-ok","Invocations":{"Invocation":[]}}"#,
            ),
        };
        Reply::Headers {
            status,
            content_type: "application/json",
            headers: vec![("Date", date)],
            body: body.to_owned(),
        }
    }
}

#[tokio::test]
async fn a_clock_an_hour_off_is_corrected_once_and_remembered() {
    let server = TestServer::start(skewed(3600, true)).await;
    let client = tat_client(&server.url);
    // CreateInvoker is never retried after ambiguous failures; an expired signature is a
    // definite refusal, so re-signing it is safe.
    client
        .send::<CreateInvoker>(&CreateInvokerRequest::sample())
        .await
        .unwrap();
    assert_eq!(server.count(), 2, "refused once, re-signed once");
    client
        .send_json(&DESCRIBE_INVOCATIONS, json!({}))
        .await
        .unwrap();
    assert_eq!(server.count(), 3, "later calls use the learnt offset");
    let last: i64 = server.requests()[2]
        .header("x-tc-timestamp")
        .unwrap()
        .parse()
        .unwrap();
    assert!((last - (clock::now_unix() + 3600)).abs() <= 5, "{last}");

    let server = TestServer::start(skewed(-7200, false)).await;
    let client = eflo_client(&server.url);
    client
        .send_json(&EFLO_DESCRIBE_INVOCATIONS, json!({"InvokeId": "t-1"}))
        .await
        .unwrap();
    client
        .send_json(&EFLO_DESCRIBE_INVOCATIONS, json!({"InvokeId": "t-1"}))
        .await
        .unwrap();
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn an_expired_signature_is_re_signed_only_once() {
    // The server's clock moves away with every answer: the learnt offset never fits.
    let drift = Arc::new(AtomicI64::new(1000));
    let d = drift.clone();
    let server = TestServer::start(move |r, i| {
        let offset = d.fetch_add(1000, Ordering::Relaxed);
        skewed(offset, true)(r, i)
    })
    .await;
    let err = tat_client(&server.url)
        .send::<CreateInvoker>(&CreateInvokerRequest::sample())
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        Some(Code::Unknown("AuthFailure.SignatureExpire".into()))
    );
    assert_eq!(server.count(), 2);
}
