//! Fault injection through the generated clients, as an application sees them: a local server
//! on 127.0.0.1 refuses, resets, hangs, trickles, fails with 5xx or throttles, and each call
//! must end with a typed error within its configured time, be retried only as the retry
//! policy allows, and never make the server carry out `CreateInvoker` twice.
//!
//! Time bounds are upper bounds with generous margins (these are not performance tests):
//! `timeout × attempts + backoff bounds + MARGIN`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use sdk_runtime::{
    Config, Credentials, DecodeErrorKind, RateLimit, RetryConfig, SdkError, TransportErrorKind,
};
use sdk_test_support::{Recorded, Reply, TestServer, refused_url};

const TIMEOUT: Duration = Duration::from_millis(400);
const ATTEMPTS: u32 = 3;
const MARGIN: Duration = Duration::from_secs(5);

fn retry() -> RetryConfig {
    RetryConfig {
        max_attempts: ATTEMPTS,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(40),
    }
}

/// The longest a call may take: every attempt timing out, every backoff at its bound.
fn bound() -> Duration {
    let backoff: Duration = (1..ATTEMPTS).map(|a| retry().backoff_bound(a)).sum();
    TIMEOUT * ATTEMPTS + backoff + MARGIN
}

fn config(url: &str, region: &str) -> Config {
    Config::builder()
        .credentials(Credentials::new("AKIDfault", "fault-secret"))
        .region(region)
        .endpoint(url)
        .timeout(TIMEOUT)
        .connect_timeout(TIMEOUT)
        .retry(retry())
        .rate_limit(RateLimit::Off)
        .build()
}

fn tat(url: &str) -> tat_client::Client {
    tat_client::Client::new(config(url, "ap-guangzhou")).unwrap()
}

fn eflo(url: &str) -> eflo_controller_client::Client {
    eflo_controller_client::Client::new(config(url, "cn-hangzhou")).unwrap()
}

// ---------------------------------------------------------------------------------------
// The faulty server: the workspace's loopback server, answering each request as planned.

/// What the server does with one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// The documented success.
    Ok,
    /// Headers and part of the body, then a TCP reset.
    ResetMidBody,
    /// Reads the request and never answers.
    Hang,
    /// Headers, then one body byte every 100 ms.
    Trickle,
    /// HTTP 503: an HTML page for Tencent (a gateway), the JSON error for Alibaba.
    Unavailable,
    /// The protocol's throttling answer: `RequestLimitExceeded` (Tencent, HTTP 200),
    /// `Throttling.User` (Alibaba, HTTP 400). A definite "not done".
    Throttle,
    /// Tencent's `InternalError` (HTTP 200): the service may or may not have done it.
    Internal,
}

impl Fault {
    /// Whether the server may have carried the action out.
    fn maybe_done(self) -> bool {
        self != Fault::Throttle
    }

    /// The answer to a request of either protocol.
    fn reply(self, alibaba: bool) -> Reply {
        let json = |status, body: &str| Reply::Json {
            status,
            body: body.to_owned(),
        };
        match self {
            Fault::Ok if alibaba => json(200, r#"{"RequestId":"r-ok","Invocations":{"Invocation":[]}}"#),
            Fault::Ok => json(
                200,
                r#"{"Response":{"InvokerId":"ivk-1","TotalCount":0,"InvocationSet":[],"RequestId":"r-ok"}}"#,
            ),
            Fault::ResetMidBody => Reply::Reset(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"Response\":{\"Invo".to_vec(),
            ),
            Fault::Hang => Reply::Never,
            Fault::Trickle => Reply::Trickle(Duration::from_millis(100)),
            Fault::Unavailable if alibaba => json(
                503,
                r#"{"Code":"ServiceUnavailable","Message":"The service is unavailable.","RequestId":"r-503"}"#,
            ),
            Fault::Unavailable => Reply::Body {
                status: 503,
                content_type: "text/html",
                body: "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>".to_owned(),
            },
            Fault::Throttle if alibaba => json(
                400,
                r#"{"Code":"Throttling.User","Message":"Request was denied due to user flow control.","RequestId":"r-429"}"#,
            ),
            Fault::Throttle => json(
                200,
                r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"r-429"}}"#,
            ),
            Fault::Internal => json(
                200,
                r#"{"Response":{"Error":{"Code":"InternalError","Message":"oops"},"RequestId":"r-500"}}"#,
            ),
        }
    }
}

/// The action a request names, lower-cased, and whether it is Alibaba's protocol.
fn action_of(request: &Recorded) -> (String, bool) {
    match (
        request.header("x-tc-action"),
        request.header("x-acs-action"),
    ) {
        (Some(a), _) => (a.to_ascii_lowercase(), false),
        (None, Some(a)) => (a.to_ascii_lowercase(), true),
        (None, None) => (String::new(), false),
    }
}

type Plan = dyn Fn(usize) -> Fault + Send + Sync;

struct FaultServer {
    url: String,
    server: TestServer,
    /// The fault for each request, by arrival: what was answered, so what may have been done.
    plan: Arc<Plan>,
}

impl FaultServer {
    async fn start(plan: impl Fn(usize) -> Fault + Send + Sync + 'static) -> Self {
        let plan: Arc<Plan> = Arc::new(plan);
        let answer = plan.clone();
        let server =
            TestServer::start(move |request, i| answer(i).reply(action_of(request).1)).await;
        FaultServer {
            url: server.url.clone(),
            server,
            plan,
        }
    }

    fn received(&self) -> usize {
        self.server.count()
    }

    /// Requests for `action` the server may have carried out (every one not refused by
    /// throttling).
    fn done(&self, action: &str) -> usize {
        self.server
            .requests()
            .iter()
            .enumerate()
            .filter(|(i, r)| (self.plan)(*i).maybe_done() && action_of(r).0 == action)
            .count()
    }
}

// ---------------------------------------------------------------------------------------
// Calls.

const CREATE: &str = "createinvoker";
const DESCRIBE: &str = "describeinvocations";

async fn create(url: &str) -> Result<(), SdkError<tat_client::ErrorCode>> {
    let example = tat_model::actions::create_invoker::SHAPE.examples[0].request;
    tat(url)
        .create_invoker()
        .with_request(serde_json::from_str(example).unwrap())
        .send()
        .await
        .map(drop)
}

async fn describe(url: &str) -> Result<(), SdkError<tat_client::ErrorCode>> {
    tat(url)
        .describe_invocations()
        .limit(1)
        .send()
        .await
        .map(drop)
}

async fn eflo_describe(url: &str) -> Result<(), SdkError<eflo_controller_client::ErrorCode>> {
    eflo(url)
        .describe_invocations()
        .invoke_id("t-fault")
        .send()
        .await
        .map(drop)
}

/// Run a call, check it ended within the bound, and return its error.
async fn timed<T: std::fmt::Debug, E>(
    call: impl std::future::Future<Output = Result<T, E>>,
) -> (E, Duration) {
    let started = Instant::now();
    let result = call.await;
    let elapsed = started.elapsed();
    assert!(elapsed < bound(), "took {elapsed:?}, bound {:?}", bound());
    match result {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => (e, elapsed),
    }
}

#[tokio::test]
async fn connection_refused_is_a_connect_error_retried_for_every_action() {
    let url = refused_url();
    let (err, _) = timed(describe(&url)).await;
    assert!(
        matches!(&err, SdkError::Transport(t) if t.kind == TransportErrorKind::Connect && t.attempts == ATTEMPTS),
        "{err:?}"
    );
    // Never reached a server, so even a create may be sent again.
    let (err, _) = timed(create(&url)).await;
    assert!(
        matches!(&err, SdkError::Transport(t) if t.kind == TransportErrorKind::Connect && t.attempts == ATTEMPTS),
        "{err:?}"
    );
    let (err, _) = timed(eflo_describe(&url)).await;
    assert!(
        matches!(&err, SdkError::Transport(t) if t.kind == TransportErrorKind::Connect),
        "{err:?}"
    );
}

fn is_ambiguous_transport<E>(err: &SdkError<E>) -> bool {
    matches!(err, SdkError::Transport(t) if t.maybe_sent()
        && matches!(t.kind, TransportErrorKind::Body | TransportErrorKind::Send))
}

#[tokio::test]
async fn reset_mid_body_is_a_transport_error_and_a_create_is_sent_once() {
    let server = FaultServer::start(|_| Fault::ResetMidBody).await;
    let (err, _) = timed(describe(&server.url)).await;
    assert!(is_ambiguous_transport(&err), "{err:?}");
    assert_eq!(server.received(), ATTEMPTS as usize);

    let server = FaultServer::start(|_| Fault::ResetMidBody).await;
    let (err, _) = timed(create(&server.url)).await;
    assert!(is_ambiguous_transport(&err), "{err:?}");
    assert_eq!(server.received(), 1);
    assert_eq!(server.done(CREATE), 1);

    let server = FaultServer::start(|_| Fault::ResetMidBody).await;
    let (err, _) = timed(eflo_describe(&server.url)).await;
    assert!(is_ambiguous_transport(&err), "{err:?}");
    assert_eq!(server.received(), ATTEMPTS as usize);
}

fn is_response_timeout<E>(err: &SdkError<E>, attempts: u32) -> bool {
    matches!(err, SdkError::Timeout(t) if !t.connect && t.after == TIMEOUT && t.attempts == attempts)
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_per_attempt() {
    let server = FaultServer::start(|_| Fault::Hang).await;
    let (err, elapsed) = timed(describe(&server.url)).await;
    assert!(is_response_timeout(&err, ATTEMPTS), "{err:?}");
    assert!(
        elapsed >= TIMEOUT * ATTEMPTS,
        "each attempt waited its timeout"
    );
    assert_eq!(server.received(), ATTEMPTS as usize);

    let server = FaultServer::start(|_| Fault::Hang).await;
    let (err, _) = timed(create(&server.url)).await;
    assert!(is_response_timeout(&err, 1), "{err:?}");
    assert_eq!(server.received(), 1);

    let server = FaultServer::start(|_| Fault::Hang).await;
    let (err, _) = timed(eflo_describe(&server.url)).await;
    assert!(is_response_timeout(&err, ATTEMPTS), "{err:?}");
    assert_eq!(server.received(), ATTEMPTS as usize);
}

#[tokio::test]
async fn a_trickling_body_is_cut_by_the_total_timeout() {
    let server = FaultServer::start(|_| Fault::Trickle).await;
    let (err, _) = timed(describe(&server.url)).await;
    assert!(is_response_timeout(&err, ATTEMPTS), "{err:?}");
    assert_eq!(server.received(), ATTEMPTS as usize);

    let server = FaultServer::start(|_| Fault::Trickle).await;
    let (err, _) = timed(create(&server.url)).await;
    assert!(is_response_timeout(&err, 1), "{err:?}");
    assert_eq!(server.received(), 1);
}

#[tokio::test]
async fn a_5xx_storm_is_retried_only_for_reads() {
    let server = FaultServer::start(|_| Fault::Unavailable).await;
    let (err, _) = timed(describe(&server.url)).await;
    assert!(
        matches!(&err, SdkError::Decode(d) if d.status == 503 && d.kind == DecodeErrorKind::Json),
        "{err:?}"
    );
    assert_eq!(server.received(), ATTEMPTS as usize);

    let server = FaultServer::start(|_| Fault::Unavailable).await;
    let (err, _) = timed(create(&server.url)).await;
    assert!(
        matches!(&err, SdkError::Decode(d) if d.status == 503),
        "{err:?}"
    );
    assert_eq!(server.received(), 1);

    let server = FaultServer::start(|_| Fault::Unavailable).await;
    let (err, _) = timed(eflo_describe(&server.url)).await;
    let SdkError::Service(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((e.raw_code.as_str(), e.status), ("ServiceUnavailable", 503));
    assert_eq!(server.received(), ATTEMPTS as usize);
}

#[tokio::test]
async fn a_throttling_storm_is_a_definite_answer_retried_for_every_action() {
    let server = FaultServer::start(|_| Fault::Throttle).await;
    let (err, _) = timed(describe(&server.url)).await;
    assert_eq!(
        err.code(),
        Some(tat_client::ErrorCode::RequestLimitExceeded)
    );
    assert_eq!(server.received(), ATTEMPTS as usize);

    let server = FaultServer::start(|_| Fault::Throttle).await;
    let (err, _) = timed(create(&server.url)).await;
    assert_eq!(
        err.code(),
        Some(tat_client::ErrorCode::RequestLimitExceeded)
    );
    assert_eq!(server.received(), ATTEMPTS as usize);
    assert_eq!(server.done(CREATE), 0, "every attempt was refused");

    let server = FaultServer::start(|_| Fault::Throttle).await;
    let (err, _) = timed(eflo_describe(&server.url)).await;
    let SdkError::Service(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((e.raw_code.as_str(), e.status), ("Throttling.User", 400));
    assert_eq!(server.received(), ATTEMPTS as usize);
}

/// Every sequence of three answers from {success, throttling, reset, 503, InternalError}:
/// the number of requests is exactly what the retry policy allows, and CreateInvoker is
/// carried out at most once.
#[tokio::test]
async fn whatever_happens_a_create_is_carried_out_at_most_once() {
    use Fault::*;
    let faults = [Ok, Throttle, ResetMidBody, Unavailable, Internal];
    let mut calls = 0;
    for a in faults {
        for b in faults {
            for c in faults {
                let sequence = [a, b, c];
                for read_only in [false, true] {
                    let server = FaultServer::start(move |i| sequence[i.min(2)]).await;
                    let result = if read_only {
                        describe(&server.url).await.map_err(|e| e.to_string())
                    } else {
                        create(&server.url).await.map_err(|e| e.to_string())
                    };
                    calls += 1;
                    // The policy: throttling is retried for every action; the ambiguous
                    // faults only for reads; success ends the call.
                    let mut expected = 0;
                    for (i, f) in sequence.iter().enumerate() {
                        expected = i + 1;
                        let retried = match f {
                            Ok => false,
                            Throttle => true,
                            _ => read_only,
                        };
                        if !retried {
                            break;
                        }
                    }
                    let outcome = format!("{sequence:?} read_only={read_only}: {result:?}");
                    assert_eq!(server.received(), expected, "{outcome}");
                    assert_eq!(result.is_ok(), sequence[expected - 1] == Ok, "{outcome}");
                    assert!(server.done(CREATE) <= 1, "{outcome}");
                    if read_only {
                        assert_eq!(server.done(CREATE), 0);
                    } else {
                        assert_eq!(server.done(DESCRIBE), 0);
                    }
                }
            }
        }
    }
    assert_eq!(calls, 250);
}
