//! Fault injection through the generated clients, as an application sees them: a local server
//! on 127.0.0.1 refuses, resets, hangs, trickles, fails with 5xx or throttles, and each call
//! must end with a typed error within its configured time, be retried only as the retry
//! policy allows, and never make the server carry out `CreateInvoker` twice.
//!
//! Time bounds are upper bounds with generous margins (these are not performance tests):
//! `timeout × attempts + backoff bounds + MARGIN`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sdk_runtime::{
    Config, Credentials, DecodeErrorKind, RateLimit, RetryConfig, SdkError, TransportErrorKind,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

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
// The faulty server.

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
}

struct FaultServer {
    url: String,
    received: Arc<AtomicUsize>,
    /// Actions the server may have carried out (every request not refused by throttling).
    done: Arc<Mutex<Vec<String>>>,
    task: JoinHandle<()>,
}

impl FaultServer {
    async fn start(plan: impl Fn(usize) -> Fault + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let received = Arc::new(AtomicUsize::new(0));
        let done = Arc::new(Mutex::new(Vec::new()));
        let plan = Arc::new(plan);
        let (r, d) = (received.clone(), done.clone());
        let task = tokio::spawn(async move {
            // Aborting this task drops the set, which aborts every connection task.
            let mut connections = JoinSet::new();
            while let Ok((stream, _)) = listener.accept().await {
                let (plan, r, d) = (plan.clone(), r.clone(), d.clone());
                connections.spawn(async move {
                    serve(stream, &*plan, &r, &d).await;
                });
                while connections.try_join_next().is_some() {}
            }
        });
        FaultServer {
            url,
            received,
            done,
            task,
        }
    }

    fn received(&self) -> usize {
        self.received.load(Ordering::SeqCst)
    }

    fn done(&self, action: &str) -> usize {
        self.done
            .lock()
            .unwrap()
            .iter()
            .filter(|a| *a == action)
            .count()
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(
    mut stream: TcpStream,
    plan: &(dyn Fn(usize) -> Fault + Send + Sync),
    received: &AtomicUsize,
    done: &Mutex<Vec<String>>,
) {
    let Some((action, alibaba)) = read_request(&mut stream).await else {
        return;
    };
    let fault = plan(received.fetch_add(1, Ordering::SeqCst));
    if fault.maybe_done() {
        done.lock().unwrap().push(action.clone());
    }
    let ok = if alibaba {
        r#"{"RequestId":"r-ok","Invocations":{"Invocation":[]}}"#.to_owned()
    } else {
        r#"{"Response":{"InvokerId":"ivk-1","TotalCount":0,"InvocationSet":[],"RequestId":"r-ok"}}"#
            .to_owned()
    };
    match fault {
        Fault::Ok => write(&mut stream, 200, "application/json", &ok).await,
        Fault::ResetMidBody => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"Response\":{\"Invo";
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.flush().await;
            tokio::time::sleep(Duration::from_millis(30)).await;
            // SO_LINGER 0: closing sends RST instead of FIN.
            let _ = stream.set_zero_linger();
            drop(stream);
        }
        Fault::Hang => std::future::pending::<()>().await,
        Fault::Trickle => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
            if stream.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            loop {
                if stream.write_all(b" ").await.is_err() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        Fault::Unavailable if alibaba => {
            let body = r#"{"Code":"ServiceUnavailable","Message":"The service is unavailable.","RequestId":"r-503"}"#;
            write(&mut stream, 503, "application/json", body).await
        }
        Fault::Unavailable => {
            let body = "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>";
            write(&mut stream, 503, "text/html", body).await
        }
        Fault::Throttle if alibaba => {
            let body = r#"{"Code":"Throttling.User","Message":"Request was denied due to user flow control.","RequestId":"r-429"}"#;
            write(&mut stream, 400, "application/json", body).await
        }
        Fault::Throttle => {
            let body = r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"r-429"}}"#;
            write(&mut stream, 200, "application/json", body).await
        }
        Fault::Internal => {
            let body = r#"{"Response":{"Error":{"Code":"InternalError","Message":"oops"},"RequestId":"r-500"}}"#;
            write(&mut stream, 200, "application/json", body).await
        }
    }
}

/// Read one request; the action it names and whether it is Alibaba's protocol.
async fn read_request(stream: &mut TcpStream) -> Option<(String, bool)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 || buf.len() > 1 << 20 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let header = |name: &str| {
        head.lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(n, _)| n.trim() == name)
            .map(|(_, v)| v.trim().to_owned())
    };
    let length: usize = header("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = buf.len() - head_end - 4;
    while body < length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        body += n;
    }
    match (header("x-tc-action"), header("x-acs-action")) {
        (Some(a), _) => Some((a, false)),
        (None, Some(a)) => Some((a, true)),
        (None, None) => Some((String::new(), false)),
    }
}

async fn write(stream: &mut TcpStream, status: u16, content_type: &str, body: &str) {
    let head = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes()).await;
    let _ = stream.write_all(body.as_bytes()).await;
    let _ = stream.shutdown().await;
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

/// A port nothing listens on: bound, then released.
async fn refused_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    url
}

#[tokio::test]
async fn connection_refused_is_a_connect_error_retried_for_every_action() {
    let url = refused_url().await;
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
