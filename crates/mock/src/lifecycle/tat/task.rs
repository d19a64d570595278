//! An invocation and its tasks, and one task's life as a pure function of the clock:
//! PENDING for a second, DELIVERING for a second, RUNNING for the instance's run time, then
//! SUCCESS (exit 0), FAILED (any other exit code) or TIMEOUT (the run time is over the
//! command's `Timeout`). A cancel before RUNNING makes it CANCELLED, during RUNNING
//! TERMINATED, after the end nothing.
//!
//! The records live here, below both the actions that make them (`invocations.rs`) and the
//! views that show them (`render.rs`).

use serde_json::{Map, Value};

/// How long a task waits to be delivered.
pub const PENDING_MS: i64 = 1000;
/// How long delivery to the agent takes.
pub const DELIVERING_MS: i64 = 1000;

/// An invocation as made: what it ran, when, and its tasks.
pub struct Invocation {
    pub id: String,
    pub command_id: String,
    /// The command as it was run (the members `invocations.rs` copies).
    pub command: Map<String, Value>,
    pub parameters: Option<Value>,
    pub created_ms: i64,
    /// `InvocationSource`: USER, or INVOKER when a schedule made it.
    pub source: &'static str,
    pub tasks: Vec<Task>,
}

impl Invocation {
    pub(super) fn text(&self, name: &str) -> Option<&str> {
        self.command.get(name).and_then(Value::as_str)
    }

    /// The documented default, 60 s, when the command has none.
    pub(super) fn timeout_s(&self) -> i64 {
        self.command
            .get("Timeout")
            .and_then(Value::as_i64)
            .unwrap_or(60)
    }

    pub(super) fn seen(&self, task: &Task, now: i64) -> Seen {
        task.at(self.created_ms, self.timeout_s(), now)
    }
}

/// `InstanceKind` of an instance: Lighthouse instance ids start with `lhins-`.
pub(super) fn instance_kind(instance_id: &str) -> &'static str {
    if instance_id.starts_with("lhins-") {
        "LIGHTHOUSE"
    } else {
        "CVM"
    }
}

/// One instance's part of an invocation.
pub struct Task {
    pub id: String,
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
    /// The wire value (`TaskStatus`).
    pub fn wire(self) -> &'static str {
        match self {
            Status::Pending => "PENDING",
            Status::Delivering => "DELIVERING",
            Status::Running => "RUNNING",
            Status::Success => "SUCCESS",
            Status::Failed => "FAILED",
            Status::Timeout => "TIMEOUT",
            Status::Cancelled => "CANCELLED",
            Status::Terminated => "TERMINATED",
        }
    }

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

/// An invocation's status from its tasks' (`InvocationStatus`): PENDING while every task
/// waits, RUNNING while any is on its way; once all are done, CANCELLED or
/// PARTIAL_CANCELLED when any was cancelled, SUCCESS when all succeeded, TIMEOUT when all
/// timed out, FAILED when none succeeded, else PARTIAL_FAILED.
pub fn invocation_status(tasks: &[Status]) -> &'static str {
    if tasks.iter().any(|s| !s.finished()) {
        return if tasks.iter().all(|s| *s == Status::Pending) {
            "PENDING"
        } else {
            "RUNNING"
        };
    }
    let cancelled = tasks
        .iter()
        .filter(|s| matches!(s, Status::Cancelled | Status::Terminated))
        .count();
    let succeeded = tasks.iter().filter(|s| **s == Status::Success).count();
    if cancelled > 0 {
        return if cancelled == tasks.len() {
            "CANCELLED"
        } else {
            "PARTIAL_CANCELLED"
        };
    }
    if succeeded == tasks.len() {
        "SUCCESS"
    } else if tasks.iter().all(|s| *s == Status::Timeout) {
        "TIMEOUT"
    } else if succeeded == 0 {
        "FAILED"
    } else {
        "PARTIAL_FAILED"
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

    #[test]
    fn the_invocation_follows_its_tasks() {
        use Status::*;
        assert_eq!(invocation_status(&[Pending, Pending]), "PENDING");
        assert_eq!(invocation_status(&[Pending, Running]), "RUNNING");
        assert_eq!(invocation_status(&[Success, Success]), "SUCCESS");
        assert_eq!(invocation_status(&[Success, Failed]), "PARTIAL_FAILED");
        assert_eq!(invocation_status(&[Success, Timeout]), "PARTIAL_FAILED");
        assert_eq!(invocation_status(&[Failed, Timeout]), "FAILED");
        assert_eq!(invocation_status(&[Timeout, Timeout]), "TIMEOUT");
        assert_eq!(invocation_status(&[Cancelled, Terminated]), "CANCELLED");
        assert_eq!(
            invocation_status(&[Success, Terminated]),
            "PARTIAL_CANCELLED"
        );
    }
}
