//! The generated waiters against the lifecycle mock on a clock the test drives: each sleep
//! of the waiter is handed to the test, which may act (cancel, say) and then advances the
//! mock's clock by exactly that delay. Success, failure fast, the deadline, a throttled
//! attempt retried by the waiter, and a cancel while waiting; delays checked against
//! smithy's algorithm.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use sdk_mock::{MockClock, MockOptions, MockServer, Scenario};
use sdk_runtime::waiter::WaitClock;
use sdk_runtime::{Config, Credentials, RetryConfig, WaitOptions, WaiterError};
use sdk_test_support::{Reply, TestServer};
use tokio::sync::{mpsc, oneshot};

/// A waiter clock whose sleeps the test answers, after advancing the mock's clock.
#[derive(Debug)]
struct Stepped {
    mock: MockClock,
    start_ms: i64,
    sleeps: mpsc::UnboundedSender<(Duration, oneshot::Sender<()>)>,
}

impl WaitClock for Stepped {
    fn now(&self) -> Duration {
        Duration::from_millis(u64::try_from(self.mock.now_ms() - self.start_ms).unwrap_or(0))
    }

    fn sleep(&self, delay: Duration) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        let (done, wait) = oneshot::channel();
        let _ = self.sleeps.send((delay, done));
        Box::pin(async move {
            let _ = wait.await;
        })
    }
}

/// A mock on a manual clock with `scenario`, a client for it, and the stepped clock.
struct Rig {
    server: MockServer,
    client: tat_client::Client,
    clock: Arc<Stepped>,
    sleeps: mpsc::UnboundedReceiver<(Duration, oneshot::Sender<()>)>,
}

const FLEET: &str = r#"{"instances": [
    {"id": "ins-web00001", "output": "ok\n", "duration_seconds": 20},
    {"id": "ins-web00002", "output": "ok\n", "duration_seconds": 30},
    {"id": "ins-web00003", "exit_code": 3, "output": "disk full\n", "duration_seconds": 10}
]}"#;

async fn rig(fleet: &str) -> Rig {
    let mock = MockClock::manual_at(1_800_000_000);
    let server = MockServer::start(
        MockOptions::all_services()
            .with_credentials(sdk_mock::MockCredentials::Demo)
            .with_clock(mock.clone())
            .with_scenario(Scenario::from_json(fleet).unwrap()),
    )
    .await
    .unwrap();
    let client = client_for(&server.endpoint());
    let (tx, rx) = mpsc::unbounded_channel();
    let clock = Arc::new(Stepped {
        start_ms: mock.now_ms(),
        mock,
        sleeps: tx,
    });
    Rig {
        server,
        client,
        clock,
        sleeps: rx,
    }
}

fn client_for(endpoint: &str) -> tat_client::Client {
    tat_client::Client::new(
        Config::builder()
            .credentials(Credentials::new(
                sdk_mock::demo::TENCENT_SECRET_ID,
                sdk_mock::demo::TENCENT_SECRET_KEY,
            ))
            .region("ap-guangzhou")
            .endpoint(endpoint)
            // Nothing is retried inside one attempt: a throttled answer reaches the waiter.
            .retry(RetryConfig::disabled())
            .build(),
    )
    .unwrap()
}

impl Rig {
    fn options(&self, max_wait: Duration) -> WaitOptions {
        WaitOptions::new(max_wait)
            .clock(self.clock.clone())
            .seed(42)
    }

    async fn run(&self, instances: &[&str]) -> String {
        let answer = self
            .client
            .run_command()
            .content("ZWNobyBvaw==")
            .instance_ids(instances.iter().copied())
            .send()
            .await
            .unwrap();
        answer.invocation_id.unwrap()
    }
}

/// Answer every sleep of a wait running in `task`: advance the mock by the delay (after
/// `before(n)` for the n-th sleep); the delays, and the wait's result.
async fn drive<T>(
    rig: &mut Rig,
    task: tokio::task::JoinHandle<T>,
    mut before: impl FnMut(usize) -> Option<Pin<Box<dyn Future<Output = ()> + Send>>>,
) -> (Vec<Duration>, T) {
    let mut delays = Vec::new();
    let mut task = task;
    loop {
        tokio::select! {
            done = &mut task => return (delays, done.unwrap()),
            Some((delay, go)) = rig.sleeps.recv() => {
                if let Some(act) = before(delays.len()) {
                    act.await;
                }
                rig.clock.mock.advance(delay);
                delays.push(delay);
                let _ = go.send(());
            }
        }
    }
}

/// The status of the first invocation of an answer.
fn first_status(
    answer: &tat_client::actions::describe_invocations::DescribeInvocationsResponse,
) -> String {
    answer.invocation_set.as_ref().expect("invocations")[0]
        .invocation_status
        .as_ref()
        .expect("a status")
        .as_str()
        .to_owned()
}

/// The status of the first invocation of a wait's last outcome.
fn status_of<E: std::fmt::Debug>(
    last: &Result<
        tat_client::actions::describe_invocations::DescribeInvocationsResponse,
        sdk_runtime::SdkError<E>,
    >,
) -> String {
    first_status(last.as_ref().expect("an answer"))
}

/// Each delay within smithy's bounds for its attempt, except a last one that uses up what
/// remained of `max_wait`.
fn assert_smithy_delays(delays: &[Duration], min: u64, max: u64, max_wait: Duration) {
    let mut elapsed = Duration::ZERO;
    for (i, d) in delays.iter().enumerate() {
        let bound = Duration::from_secs((min << i.min(20)).min(max));
        let remaining = max_wait.saturating_sub(elapsed);
        assert!(
            *d == remaining || (*d >= Duration::from_secs(min) && *d <= bound),
            "delay {i}: {d:?} not within {min} s..={bound:?} (remaining {remaining:?})"
        );
        elapsed += *d;
    }
}

#[tokio::test]
async fn finished_waits_for_every_instance_and_returns_the_final_answer() {
    let mut rig = rig(FLEET).await;
    let id = rig
        .run(&["ins-web00001", "ins-web00002", "ins-web00003"])
        .await;
    let waiting = rig
        .client
        .wait_until_invocation_finished()
        .invocation_ids([id.clone()])
        .wait_with(rig.options(Duration::from_secs(300)));
    let (delays, result) = drive(&mut rig, tokio::spawn(waiting), |_| None).await;
    let answer = result.expect("finished");
    let invocation = &answer.invocation_set.as_ref().unwrap()[0];
    // The slowest instance: 2 s to deliver, 30 s to run.
    assert_eq!(
        invocation.invocation_status.as_ref().map(|s| s.as_str()),
        Some("PARTIAL_FAILED")
    );
    let waited: Duration = delays.iter().sum();
    assert!(waited >= Duration::from_secs(32), "{delays:?}");
    assert_smithy_delays(&delays, 2, 15, Duration::from_secs(300));
    rig.server.shutdown().await;
}

#[tokio::test]
async fn succeeded_fails_fast_when_an_instance_fails() {
    let mut rig = rig(FLEET).await;
    let id = rig.run(&["ins-web00002", "ins-web00003"]).await;
    // Per task: ins-web00003 fails after 2 + 10 s while ins-web00002 runs until 32 s; the
    // tasks waiter stops at the first answer showing the failure.
    let waiting = rig
        .client
        .wait_until_invocation_tasks_succeeded()
        .filters([tat_client::types::Filter::new(
            "invocation-id",
            [id.clone()],
        )])
        .wait_with(rig.options(Duration::from_secs(300)));
    let (delays, result) = drive(&mut rig, tokio::spawn(waiting), |_| None).await;
    let Err(WaiterError::FailureState { last, elapsed, .. }) = result else {
        panic!("a failure state, not {result:?}");
    };
    let answer = last.as_ref().as_ref().expect("the matching answer");
    let mut statuses: Vec<(String, String)> = answer
        .invocation_task_set
        .iter()
        .flatten()
        .map(|t| {
            (
                t.instance_id.clone().unwrap(),
                t.task_status.clone().unwrap().as_str().to_owned(),
            )
        })
        .collect();
    statuses.sort();
    assert_eq!(
        statuses,
        [
            ("ins-web00002".to_owned(), "RUNNING".to_owned()),
            ("ins-web00003".to_owned(), "FAILED".to_owned())
        ]
    );
    assert!(
        elapsed >= Duration::from_secs(12) && elapsed < Duration::from_secs(32),
        "{elapsed:?} {delays:?}"
    );

    // The invocation as a whole fails only once every task is final.
    let waiting = rig
        .client
        .wait_until_invocation_succeeded()
        .invocation_ids([id])
        .wait_with(rig.options(Duration::from_secs(300)));
    let (_, result) = drive(&mut rig, tokio::spawn(waiting), |_| None).await;
    let Err(WaiterError::FailureState { last, .. }) = result else {
        panic!("a failure state, not {result:?}");
    };
    assert_eq!(status_of(&last), "PARTIAL_FAILED");
    rig.server.shutdown().await;
}

#[tokio::test]
async fn the_deadline_ends_the_wait_with_the_last_answer_after_one_last_attempt() {
    let mut rig = rig(r#"{"instances": [{"id": "ins-slow0001", "duration_seconds": 3600}]}"#).await;
    let id = rig.run(&["ins-slow0001"]).await;
    let max_wait = Duration::from_secs(60);
    let waiting = rig
        .client
        .wait_until_invocation_finished()
        .invocation_ids([id])
        .wait_with(rig.options(max_wait));
    let (delays, result) = drive(&mut rig, tokio::spawn(waiting), |_| None).await;
    let Err(WaiterError::ExceededMaxWait {
        elapsed,
        attempts,
        last,
    }) = result
    else {
        panic!("exceeded, not {result:?}");
    };
    // The delays add up to exactly the time given: the last attempt is at the deadline.
    assert_eq!(delays.iter().sum::<Duration>(), max_wait);
    assert_eq!(elapsed, max_wait);
    assert_eq!(attempts as usize, delays.len() + 1);
    assert_smithy_delays(&delays, 2, 15, max_wait);
    assert_eq!(status_of(&last), "RUNNING");
    rig.server.shutdown().await;
}

#[tokio::test]
async fn cancel_while_waiting_ends_in_the_failure_state() {
    let mut rig = rig(FLEET).await;
    let id = rig.run(&["ins-web00002"]).await;
    let waiting = rig
        .client
        .wait_until_invocation_succeeded()
        .invocation_ids([id.clone()])
        .wait_with(rig.options(Duration::from_secs(300)));
    let canceller = rig.client.clone();
    let (_, result) = drive(&mut rig, tokio::spawn(waiting), move |n| {
        // Before the third sleep ends: the task is running by then.
        (n == 2).then(|| {
            let client = canceller.clone();
            let id = id.clone();
            Box::pin(async move {
                client
                    .cancel_invocation()
                    .invocation_id(id)
                    .send()
                    .await
                    .expect("cancelled");
            }) as Pin<Box<dyn Future<Output = ()> + Send>>
        })
    })
    .await;
    let Err(WaiterError::FailureState { last, .. }) = result else {
        panic!("a failure state, not {result:?}");
    };
    assert_eq!(status_of(&last), "CANCELLED");
    rig.server.shutdown().await;
}

/// A proxy in front of the mock answering request number `throttled` (from 1) with
/// `RequestLimitExceeded`, forwarding every other one.
async fn throttling_proxy(mock: String, throttled: usize) -> TestServer {
    TestServer::start(move |_, i| {
        if i + 1 == throttled {
            Reply::json(
                r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"r-throttled"}}"#,
            )
        } else {
            Reply::Forward(mock.clone())
        }
    })
    .await
}

#[tokio::test]
async fn a_throttled_attempt_is_retried_by_the_waiter() {
    let mut rig = rig(FLEET).await;
    let id = rig.run(&["ins-web00003"]).await;
    // The second poll is throttled; retries inside a call are off, so the waiter's own
    // `RequestLimitExceeded` acceptor retries it.
    let proxy = throttling_proxy(rig.server.endpoint(), 2).await;
    let through = client_for(&proxy.url);
    let waiting = through
        .wait_until_invocation_finished()
        .invocation_ids([id])
        .wait_with(rig.options(Duration::from_secs(300)));
    let (delays, result) = drive(&mut rig, tokio::spawn(waiting), |_| None).await;
    let answer = result.expect("finished despite the throttled attempt");
    assert_eq!(first_status(&answer), "FAILED");
    assert!(delays.len() >= 2, "{delays:?}");
    rig.server.shutdown().await;
}

#[tokio::test]
async fn an_error_no_acceptor_expects_fails_the_wait() {
    let rig = rig(FLEET).await;
    let result = rig
        .client
        .wait_until_invocation_finished()
        .invocation_ids(["inv-nothere1"])
        .limit(1000)
        .wait_with(rig.options(Duration::from_secs(30)))
        .await;
    let Err(WaiterError::OperationFailed(e)) = result else {
        panic!("operation failed, not {result:?}");
    };
    assert!(matches!(e, sdk_runtime::SdkError::InvalidInput(_)), "{e}");
    rig.server.shutdown().await;
}
