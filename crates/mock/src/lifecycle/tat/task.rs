//! A TAT invocation and its tasks, the statuses in TAT's spelling, and the invocation's status
//! from its tasks'. A task's life on the clock is the shared `lifecycle::run`: PENDING,
//! DELIVERING, RUNNING for the instance's run time, then SUCCESS (exit 0), FAILED (any other
//! exit code) or TIMEOUT (over the command's `Timeout`); a cancel before RUNNING makes it
//! CANCELLED, during RUNNING TERMINATED, after the end nothing.
//!
//! The records live here, below both the actions that make them (`invocations.rs`) and the
//! views that show them (`render.rs`).

use serde_json::{Map, Value};

pub use crate::lifecycle::run::{Seen, Status, Task};

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

/// TAT's spelling of a task status (`TaskStatus`).
pub fn wire(status: Status) -> &'static str {
    match status {
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
