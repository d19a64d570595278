//! Waiters: poll an action until its answer says the wait is over, with smithy's semantics
//! (`smithy.waiters#waitable`): after each attempt the acceptors are checked in order and
//! the first that matches decides (success, failure, or retry); an error no acceptor
//! matches fails the wait; otherwise the waiter sleeps and tries again. Delays grow
//! exponentially from the waiter's minimum to its maximum with full jitter, and the last
//! delay is shortened so that one final attempt is made at the deadline instead of
//! sleeping past it. Generated clients only name their waiters; everything is here.
//!
//! Time is read and slept through a [`WaitClock`], so tests can run a waiter against a mock
//! whose clock they control, and record every delay. The loop ([`run`]) takes the attempt
//! as a closure, as smithy's `WaiterOrchestrator` takes its `operation_fn`, so it knows
//! nothing of clients: [`ServiceClient::wait`](crate::ServiceClient::wait) passes one that
//! sends through the client.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use rand::{Rng, SeedableRng};
use sdk_shape::{AcceptorState, Comparator, Matcher, WaiterShape};
use serde_json::Value;

use crate::error::SdkError;

/// Where a waiter reads the time and sleeps.
pub trait WaitClock: Send + Sync + fmt::Debug {
    /// Time since an arbitrary fixed origin.
    fn now(&self) -> Duration;
    /// Sleep for `delay`.
    fn sleep(&self, delay: Duration) -> Pin<Box<dyn Future<Output = ()> + Send + '_>>;
}

/// Real time: tokio's clock and sleep.
#[derive(Debug)]
pub struct TokioClock {
    origin: tokio::time::Instant,
}

impl Default for TokioClock {
    fn default() -> Self {
        TokioClock {
            origin: tokio::time::Instant::now(),
        }
    }
}

impl WaitClock for TokioClock {
    fn now(&self) -> Duration {
        self.origin.elapsed()
    }

    fn sleep(&self, delay: Duration) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        Box::pin(tokio::time::sleep(delay))
    }
}

/// A callback told how a wait is going.
type ProgressReport = Arc<dyn Fn(&Progress<'_>) + Send + Sync>;

/// What one wait may do: how long in all, and its clock and jitter.
#[derive(Clone)]
pub struct WaitOptions {
    max_wait: Duration,
    clock: Arc<dyn WaitClock>,
    seed: Option<u64>,
    min_delay: Option<Duration>,
    max_delay: Option<Duration>,
    progress: Option<ProgressReport>,
}

impl fmt::Debug for WaitOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WaitOptions")
            .field("max_wait", &self.max_wait)
            .field("clock", &self.clock)
            .field("seed", &self.seed)
            .field("min_delay", &self.min_delay)
            .field("max_delay", &self.max_delay)
            .finish_non_exhaustive()
    }
}

impl WaitOptions {
    /// Wait at most `max_wait` in all (smithy requires callers to say how long).
    pub fn new(max_wait: Duration) -> Self {
        WaitOptions {
            max_wait,
            clock: Arc::new(TokioClock::default()),
            seed: None,
            min_delay: None,
            max_delay: None,
            progress: None,
        }
    }

    /// Read time and sleep with `clock` instead of tokio's.
    pub fn clock(mut self, clock: Arc<dyn WaitClock>) -> Self {
        self.clock = clock;
        self
    }

    /// Draw the jitter from a generator seeded with `seed` (reproducible delays).
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// Override the waiter's delays (at least 1 ms; the maximum at least the minimum).
    pub fn delays(mut self, min: Duration, max: Duration) -> Self {
        let min = min.max(Duration::from_millis(1));
        self.min_delay = Some(min);
        self.max_delay = Some(max.max(min));
        self
    }

    /// Call `report` after every attempt that does not end the wait.
    pub fn on_progress(mut self, report: impl Fn(&Progress<'_>) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(report));
        self
    }
}

/// How a wait is going, after an attempt that did not end it.
#[derive(Debug)]
pub struct Progress<'a> {
    /// Attempts made so far.
    pub attempts: u32,
    /// Time since the wait began.
    pub elapsed: Duration,
    /// The sleep before the next attempt.
    pub next_delay: Duration,
    /// The last answer, as JSON with wire names (`None` after an error).
    pub answer: Option<&'a Value>,
}

/// Why a wait ended without success.
#[derive(Debug)]
pub enum WaiterError<E, T> {
    /// The time given ran out; with the last answer (or error) seen.
    ExceededMaxWait {
        /// Time waited.
        elapsed: Duration,
        /// Attempts made.
        attempts: u32,
        /// The last attempt's outcome.
        last: Box<Result<T, SdkError<E>>>,
    },
    /// A failure acceptor matched: the resource can no longer reach the state waited for.
    FailureState {
        /// Time waited.
        elapsed: Duration,
        /// Attempts made.
        attempts: u32,
        /// The outcome that matched.
        last: Box<Result<T, SdkError<E>>>,
    },
    /// The action failed with an error no acceptor expects (or before it was sent).
    OperationFailed(SdkError<E>),
}

impl<E, T> WaiterError<E, T> {
    /// The last outcome seen, when the wait got one.
    pub fn last(&self) -> Option<&Result<T, SdkError<E>>> {
        match self {
            WaiterError::ExceededMaxWait { last, .. } | WaiterError::FailureState { last, .. } => {
                Some(last)
            }
            WaiterError::OperationFailed(_) => None,
        }
    }

    /// The last successful answer, when there was one.
    pub fn last_answer(&self) -> Option<&T> {
        self.last().and_then(|r| r.as_ref().ok())
    }
}

impl<E: fmt::Debug, T> fmt::Display for WaiterError<E, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaiterError::ExceededMaxWait {
                elapsed, attempts, ..
            } => write!(
                f,
                "the wait exceeded its maximum: {:.1} s, {attempts} attempts",
                elapsed.as_secs_f64()
            ),
            WaiterError::FailureState {
                elapsed,
                attempts,
                last,
            } => {
                write!(
                    f,
                    "the wait reached a failure state after {:.1} s, {attempts} attempts",
                    elapsed.as_secs_f64()
                )?;
                match last.as_ref() {
                    Err(e) => write!(f, ": {e}"),
                    Ok(_) => Ok(()),
                }
            }
            WaiterError::OperationFailed(e) => write!(f, "the wait failed: {e}"),
        }
    }
}

impl<E: fmt::Debug, T: fmt::Debug> std::error::Error for WaiterError<E, T> {}

/// The delay before retry `attempt` (1 for the first retry), smithy's algorithm:
/// `min * 2^(attempt-1)` capped at `max`, then a random value between `min` and that; when
/// what would remain after it is at most `min`, all of `remaining`, for one last attempt.
/// `None` when no time remains.
pub fn delay(
    min: Duration,
    max: Duration,
    attempt: u32,
    remaining: Duration,
    rng: &mut impl Rng,
) -> Option<Duration> {
    if remaining.is_zero() {
        return None;
    }
    let ceiling = (max.as_secs_f64() / min.as_secs_f64()).log2() + 1.0;
    let bound = if f64::from(attempt) > ceiling {
        max
    } else {
        min.saturating_mul(1u32 << (attempt.saturating_sub(1)).min(31))
            .min(max)
    };
    let low = min.as_millis() as u64;
    let high = (bound.as_millis() as u64).max(low);
    let chosen = Duration::from_millis(rng.random_range(low..=high));
    Some(if remaining.saturating_sub(chosen) <= min {
        remaining
    } else {
        chosen
    })
}

/// Whether `matcher` matches an attempt's outcome: the answer as JSON, or the error code.
pub fn matches(matcher: &Matcher, outcome: Result<&Value, Option<&str>>) -> bool {
    match (matcher, outcome) {
        (Matcher::Success(wanted), outcome) => outcome.is_ok() == *wanted,
        (Matcher::ErrorCode(code), Err(Some(got))) => got == *code,
        (Matcher::ErrorCode(_), _) => false,
        (
            Matcher::Output {
                path,
                comparator,
                expected,
            },
            Ok(answer),
        ) => path_matches(path, *comparator, expected, answer),
        (Matcher::Output { .. }, Err(_)) => false,
    }
}

fn path_matches(path: &str, comparator: Comparator, expected: &str, answer: &Value) -> bool {
    // The generator compiled every path already; one that fails here matches nothing.
    let Ok(expression) = jmespath::compile(path) else {
        return false;
    };
    let Ok(result) = expression.search(answer) else {
        return false;
    };
    match comparator {
        Comparator::StringEquals => result.as_string().is_some_and(|s| s == expected),
        Comparator::BooleanEquals => result
            .as_boolean()
            .is_some_and(|b| b.to_string() == expected),
        Comparator::AllStringEquals => result.as_array().is_some_and(|items| {
            !items.is_empty()
                && items
                    .iter()
                    .all(|i| i.as_string().is_some_and(|s| s == expected))
        }),
        Comparator::AnyStringEquals => result.as_array().is_some_and(|items| {
            items
                .iter()
                .any(|i| i.as_string().is_some_and(|s| s == expected))
        }),
    }
}

/// The state the first matching acceptor of `waiter` moves to, if any.
fn decide(waiter: &WaiterShape, outcome: Result<&Value, Option<&str>>) -> Option<AcceptorState> {
    waiter
        .acceptors
        .iter()
        .find(|a| matches(&a.matcher, outcome))
        .map(|a| a.state)
}

/// Wait with `waiter`'s acceptors and `options`, calling `attempt` for each try: the loop
/// itself, over any attempt that yields its answer `T` and the answer's members as JSON
/// (wire names, which the acceptors match), or an error. The answer that ends the wait in
/// success, or why the wait ended without one.
pub async fn run<T, E, F, Fut>(
    waiter: &WaiterShape,
    options: &WaitOptions,
    mut attempt: F,
) -> Result<T, WaiterError<E, T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<(T, Value), SdkError<E>>>,
{
    let min = options.min_delay.unwrap_or(Duration::from_secs(u64::from(
        waiter.min_delay_seconds.max(1),
    )));
    let max = options
        .max_delay
        .unwrap_or(Duration::from_secs(u64::from(waiter.max_delay_seconds)))
        .max(min);
    let mut rng = match options.seed {
        Some(seed) => rand::rngs::StdRng::seed_from_u64(seed),
        None => rand::rngs::StdRng::from_os_rng(),
    };
    let clock = &options.clock;
    let start = clock.now();
    let mut attempts = 0u32;
    loop {
        attempts += 1;
        let outcome = attempt().await;
        let state = match &outcome {
            Ok((_, json)) => decide(waiter, Ok(json)),
            Err(e) => decide(waiter, Err(e.raw_code())),
        };
        let elapsed = clock.now().saturating_sub(start);
        match (state, outcome) {
            (Some(AcceptorState::Success), Ok((typed, _))) => return Ok(typed),
            (Some(AcceptorState::Failure), outcome) | (Some(AcceptorState::Success), outcome) => {
                return Err(WaiterError::FailureState {
                    elapsed,
                    attempts,
                    last: Box::new(outcome.map(|(typed, _)| typed)),
                })
            }
            (None, Err(e)) => return Err(WaiterError::OperationFailed(e)),
            (_, outcome) => {
                let remaining = options.max_wait.saturating_sub(elapsed);
                let Some(next_delay) = delay(min, max, attempts, remaining, &mut rng) else {
                    return Err(WaiterError::ExceededMaxWait {
                        elapsed,
                        attempts,
                        last: Box::new(outcome.map(|(typed, _)| typed)),
                    });
                };
                if let Some(report) = &options.progress {
                    report(&Progress {
                        attempts,
                        elapsed,
                        next_delay,
                        answer: outcome.as_ref().ok().map(|(_, json)| json),
                    });
                }
                clock.sleep(next_delay).await;
            }
        }
    }
}

/// The mode of a generated builder that waits instead of sending once: it names the waiter.
#[derive(Debug, Clone, Copy)]
pub struct Waiting(pub &'static WaiterShape);

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn delays_grow_within_bounds_and_end_at_the_deadline() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let (min, max, max_wait) = (secs(2), secs(120), secs(300));
        let mut elapsed = Duration::ZERO;
        let mut attempt = 1;
        let mut delays = Vec::new();
        while let Some(d) = delay(min, max, attempt, max_wait - elapsed, &mut rng) {
            let bound = (min * 2u32.pow((attempt - 1).min(6))).min(max);
            let remaining = max_wait - elapsed;
            assert!(
                d == remaining || (d >= min && d <= bound),
                "attempt {attempt}: {d:?} outside {min:?}..={bound:?}"
            );
            delays.push(d);
            elapsed += d;
            attempt += 1;
        }
        assert_eq!(elapsed, max_wait, "the last attempt is at the deadline");
        // The same seed gives the same delays.
        let mut again = rand::rngs::StdRng::seed_from_u64(7);
        let mut replay = Vec::new();
        let mut at = Duration::ZERO;
        for (i, _) in delays.iter().enumerate() {
            let d = delay(min, max, i as u32 + 1, max_wait - at, &mut again).unwrap();
            at += d;
            replay.push(d);
        }
        assert_eq!(delays, replay);
    }

    #[test]
    fn equal_delays_are_linear() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        let got: Vec<_> = (1..=4)
            .map(|a| delay(secs(5), secs(5), a, secs(100), &mut rng).unwrap())
            .collect();
        assert_eq!(got, [secs(5); 4]);
        // 7 s left: waiting 5 would leave 2 <= 5, so the whole 7 for one last attempt.
        assert_eq!(delay(secs(5), secs(5), 9, secs(7), &mut rng), Some(secs(7)));
        assert_eq!(delay(secs(5), secs(5), 9, Duration::ZERO, &mut rng), None);
    }

    #[test]
    fn comparators_follow_smithy() {
        let answer =
            serde_json::json!({"Set": [{"S": "A", "B": true}, {"S": "B", "B": true}], "One": "A"});
        let output = |path, comparator, expected| Matcher::Output {
            path,
            comparator,
            expected,
        };
        let yes = |m: &Matcher| matches(m, Ok(&answer));
        assert!(yes(&output("One", Comparator::StringEquals, "A")));
        assert!(!yes(&output("Set", Comparator::StringEquals, "A")));
        assert!(yes(&output("Set[].S", Comparator::AnyStringEquals, "B")));
        assert!(!yes(&output("Set[].S", Comparator::AllStringEquals, "A")));
        assert!(yes(&output(
            "Set[?S=='A'].S",
            Comparator::AllStringEquals,
            "A"
        )));
        // An empty array is never "all".
        assert!(!yes(&output(
            "Set[?S=='C'].S",
            Comparator::AllStringEquals,
            "C"
        )));
        assert!(yes(&output("Set[0].B", Comparator::BooleanEquals, "true")));
        assert!(yes(&output(
            "length(Set) == `2`",
            Comparator::BooleanEquals,
            "true"
        )));
        assert!(!yes(&output("Missing", Comparator::StringEquals, "A")));
        assert!(matches(&Matcher::Success(true), Ok(&answer)));
        assert!(matches(&Matcher::Success(false), Err(None)));
        assert!(matches(
            &Matcher::ErrorCode("RequestLimitExceeded"),
            Err(Some("RequestLimitExceeded"))
        ));
        assert!(!matches(&Matcher::ErrorCode("X"), Ok(&answer)));
    }
}
