//! The mock's own clock: what "now" means for everything that changes with time in the
//! mock's state (a task moving from PENDING to SUCCESS, a timeout, a scheduled invoker).
//!
//! By default it is the wall clock. A speed factor makes a ten-minute command finish in
//! seconds; a manual clock stands still until a test advances it, so a test can walk a task
//! through every status without sleeping. Signature checks do not read this clock: they
//! compare the client's real timestamp with the real time, as the vendors do.

use std::fmt;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// A clock shared by a server and whoever holds a handle to it (clones share the time).
#[derive(Clone)]
pub struct MockClock(Arc<Inner>);

struct Inner {
    /// Unix milliseconds when the clock was made (or the time it was told to start at).
    origin_ms: i64,
    /// Real time at creation, for the running modes.
    started: Instant,
    /// How fast time runs; `None` for a manual clock that only moves when advanced.
    speed: Option<f64>,
    /// Milliseconds added by [`MockClock::advance`].
    advanced_ms: AtomicI64,
}

impl MockClock {
    /// The wall clock (the default).
    pub fn real() -> Self {
        Self::make(wall_ms(), Some(1.0))
    }

    /// Wall time at start, then running `speed` times as fast (`60.0`: a minute a second).
    /// A factor that is not finite or not positive is taken as 1.
    pub fn scaled(speed: f64) -> Self {
        let speed = if speed.is_finite() && speed > 0.0 {
            speed
        } else {
            1.0
        };
        Self::make(wall_ms(), Some(speed))
    }

    /// A clock standing still at the current wall time until [`advance`](Self::advance)d.
    pub fn manual() -> Self {
        Self::make(wall_ms(), None)
    }

    /// A manual clock standing at `unix_seconds`.
    pub fn manual_at(unix_seconds: i64) -> Self {
        Self::make(unix_seconds.saturating_mul(1000), None)
    }

    fn make(origin_ms: i64, speed: Option<f64>) -> Self {
        MockClock(Arc::new(Inner {
            origin_ms,
            started: Instant::now(),
            speed,
            advanced_ms: AtomicI64::new(0),
        }))
    }

    /// Move the clock forward by `by` (in every mode: a running clock jumps, then runs on).
    pub fn advance(&self, by: Duration) {
        let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        // A plain add is enough: concurrent advances each add their share.
        let _ = self
            .0
            .advanced_ms
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |a| {
                Some(a.saturating_add(ms))
            });
    }

    /// Whether the clock only moves when advanced.
    pub fn is_manual(&self) -> bool {
        self.0.speed.is_none()
    }

    /// Now, in Unix milliseconds.
    pub fn now_ms(&self) -> i64 {
        let running = match self.0.speed {
            Some(speed) => {
                let real = self.0.started.elapsed().as_secs_f64() * 1000.0 * speed;
                // Float to int saturates in Rust; years of run time fit easily.
                real as i64
            }
            None => 0,
        };
        self.0
            .origin_ms
            .saturating_add(running)
            .saturating_add(self.0.advanced_ms.load(Ordering::SeqCst))
    }
}

impl Default for MockClock {
    fn default() -> Self {
        Self::real()
    }
}

impl fmt::Debug for MockClock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mode = match self.0.speed {
            None => "manual".to_owned(),
            Some(1.0) => "real".to_owned(),
            Some(s) => format!("x{s}"),
        };
        f.debug_struct("MockClock")
            .field("mode", &mode)
            .field("now_ms", &self.now_ms())
            .finish()
    }
}

fn wall_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// `2020-11-05T07:49:58+00:00`: how TAT writes times.
pub fn tat_time(unix_ms: i64) -> String {
    let iso = sdk_runtime::clock::utc_iso8601(unix_ms.div_euclid(1000));
    let text = iso.as_str();
    format!("{}+00:00", text.strip_suffix('Z').unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_advanced() {
        let clock = MockClock::manual_at(1_604_562_598);
        let handle = clock.clone();
        assert_eq!(clock.now_ms(), 1_604_562_598_000);
        std::thread::sleep(Duration::from_millis(5));
        assert_eq!(clock.now_ms(), 1_604_562_598_000);
        handle.advance(Duration::from_millis(1500));
        assert_eq!(clock.now_ms(), 1_604_562_599_500);
        assert!(clock.is_manual());
    }

    #[test]
    fn a_scaled_clock_runs_faster_than_the_wall() {
        let clock = MockClock::scaled(1000.0);
        let before = clock.now_ms();
        std::thread::sleep(Duration::from_millis(20));
        // 20 ms of real time is at least 20 s of mock time.
        assert!(clock.now_ms() - before >= 20_000);
        assert!(!clock.is_manual());
        assert!(format!("{:?}", MockClock::scaled(-3.0)).contains("real"));
    }

    #[test]
    fn times_are_written_as_tat_writes_them() {
        assert_eq!(tat_time(1_604_562_598_900), "2020-11-05T07:49:58+00:00");
    }
}
