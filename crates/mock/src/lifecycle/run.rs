//! One target's part of a run (an instance's task of a TAT invocation, a node's part of an
//! eflo-controller command or file delivery), as a pure function of the mock's clock: pending
//! for a second, delivering for a second, running for the target's run time, then a success
//! (exit 0), a failure (any other exit code) or a timeout (the run time is over the timeout).
//! A stop before it runs cancels it, while it runs terminates it, after the end changes
//! nothing. Each service spells these statuses its own way.

/// How long a task waits to be delivered.
pub const PENDING_MS: i64 = 1000;
/// How long delivery to the agent takes.
pub const DELIVERING_MS: i64 = 1000;

/// One target's part of a run.
pub struct Task {
    pub id: String,
    /// The instance or node.
    pub instance_id: String,
    pub exit_code: i64,
    /// What the command prints, as text.
    pub output: String,
    pub duration_ms: i64,
    /// When CancelInvocation reached it, if it did before it finished.
    pub cancelled_ms: Option<i64>,
}

/// The documented task statuses the mock goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pending,
    Delivering,
    Running,
    Success,
    Failed,
    Timeout,
    Cancelled,
    Terminated,
}

impl Status {
    /// Whether the run is over on that target.
    pub fn finished(self) -> bool {
        !matches!(self, Status::Pending | Status::Delivering | Status::Running)
    }
}

/// A task as seen at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    pub status: Status,
    /// When it started running.
    pub start_ms: Option<i64>,
    /// When it finished.
    pub end_ms: Option<i64>,
    /// When its status last changed.
    pub updated_ms: i64,
}

impl Task {
    /// The task of an invocation created at `created_ms` with `timeout_s`, seen at `now`.
    pub fn at(&self, created_ms: i64, timeout_s: i64, now: i64) -> Seen {
        let delivered = created_ms.saturating_add(PENDING_MS);
        let run_start = delivered.saturating_add(DELIVERING_MS);
        let timeout_ms = timeout_s.max(0).saturating_mul(1000);
        let timed_out = self.duration_ms > timeout_ms;
        let end = run_start.saturating_add(self.duration_ms.min(timeout_ms));
        if let Some(at) = self.cancelled_ms.filter(|&at| at < end && at <= now) {
            let (status, start) = if at < run_start {
                (Status::Cancelled, None)
            } else {
                (Status::Terminated, Some(run_start))
            };
            return Seen {
                status,
                start_ms: start,
                end_ms: Some(at),
                updated_ms: at,
            };
        }
        let (status, start_ms, end_ms, updated_ms) = if now < delivered {
            (Status::Pending, None, None, created_ms)
        } else if now < run_start {
            (Status::Delivering, None, None, delivered)
        } else if now < end {
            (Status::Running, Some(run_start), None, run_start)
        } else if timed_out {
            (Status::Timeout, Some(run_start), Some(end), end)
        } else if self.exit_code == 0 {
            (Status::Success, Some(run_start), Some(end), end)
        } else {
            (Status::Failed, Some(run_start), Some(end), end)
        };
        Seen {
            status,
            start_ms,
            end_ms,
            updated_ms,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(exit_code: i64, duration_ms: i64) -> Task {
        Task {
            id: "invt-a".into(),
            instance_id: "ins-a".into(),
            exit_code,
            output: String::new(),
            duration_ms,
            cancelled_ms: None,
        }
    }

    #[test]
    fn a_task_walks_through_its_statuses() {
        let t = task(0, 3000);
        let at = |now| t.at(0, 60, now).status;
        assert_eq!(
            [at(0), at(999), at(1000), at(2000), at(4999), at(5000)],
            [
                Status::Pending,
                Status::Pending,
                Status::Delivering,
                Status::Running,
                Status::Running,
                Status::Success
            ]
        );
        let done = t.at(0, 60, 9000);
        assert_eq!(
            (done.start_ms, done.end_ms, done.updated_ms),
            (Some(2000), Some(5000), 5000)
        );
        assert_eq!(task(2, 3000).at(0, 60, 5000).status, Status::Failed);
    }

    #[test]
    fn a_task_times_out_at_its_timeout() {
        let t = task(0, 5000);
        assert_eq!(t.at(0, 2, 3999).status, Status::Running);
        let seen = t.at(0, 2, 4000);
        assert_eq!((seen.status, seen.end_ms), (Status::Timeout, Some(4000)));
    }

    #[test]
    fn cancelling_depends_on_when() {
        let mut t = task(0, 3000);
        t.cancelled_ms = Some(1500);
        assert_eq!(t.at(0, 60, 1500).status, Status::Cancelled);
        t.cancelled_ms = Some(2500);
        let seen = t.at(0, 60, 9000);
        assert_eq!((seen.status, seen.end_ms), (Status::Terminated, Some(2500)));
    }
}
