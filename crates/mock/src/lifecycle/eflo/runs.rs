//! An eflo-controller invocation (a command run or a file delivery) and its nodes, with the
//! statuses in the service's spelling: a node's `InvocationStatus` and `NodeInvokeStatus`, the
//! invocation's `InvocationStatus` and `InvokeStatus` from its nodes'.

use serde_json::{Map, Value};

use crate::lifecycle::run::{Seen, Status, Task};
use crate::lifecycle::scenario::{AgentStatus, Scenario, DEFAULT_DURATION_SECONDS};

/// How long a file delivery runs on a node.
pub const DELIVERY_MS: i64 = 500;

/// What an invocation does.
pub enum Work {
    /// RunCommand: the command text (plain), and the members answers repeat.
    Command {
        content: String,
        members: Map<String, Value>,
    },
    /// SendFile: the members answers repeat (`Name`, `TargetDir`, ...), content as sent.
    File { members: Map<String, Value> },
}

/// An invocation as made.
pub struct Run {
    pub id: String,
    pub created_ms: i64,
    pub timeout_s: i64,
    pub work: Work,
    pub nodes: Vec<Node>,
}

/// A node's part of an invocation.
pub struct Node {
    pub task: Task,
    /// Refused before it could run: the node's status and error code.
    pub refused: Option<Refusal>,
}

/// Why a node never ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal {
    /// `Invalid` or `Aborted`.
    pub status: &'static str,
    /// The documented `ErrorCode` (`NodeNotExists`, `ClientNotRunning`, `FileAlreadyExists`).
    pub code: &'static str,
}

impl Run {
    pub fn seen(&self, node: &Node, now: i64) -> Seen {
        node.task.at(self.created_ms, self.timeout_s, now)
    }

    /// The invocation's status from its nodes' at `now` (`InvocationStatus`).
    pub fn status(&self, now: i64) -> &'static str {
        let nodes: Vec<NodeState> = self.nodes.iter().map(|n| self.state(n, now)).collect();
        invocation_status(&nodes)
    }

    /// The invocation's `InvokeStatus`, the older summary.
    pub fn invoke_status(&self, now: i64) -> &'static str {
        match self.status(now) {
            "Pending" | "Running" | "Scheduled" => "Running",
            "Success" => "Finished",
            other => other,
        }
    }

    pub fn state(&self, node: &Node, now: i64) -> NodeState {
        match node.refused {
            Some(r) => NodeState::Refused(r),
            None => NodeState::Ran(self.seen(node, now).status),
        }
    }
}

/// A node's state at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeState {
    Ran(Status),
    Refused(Refusal),
}

impl NodeState {
    /// The node's `InvocationStatus`.
    pub fn wire(self) -> &'static str {
        match self {
            NodeState::Refused(r) => r.status,
            NodeState::Ran(s) => match s {
                Status::Pending | Status::Delivering => "Pending",
                Status::Running => "Running",
                Status::Success => "Success",
                Status::Failed => "Failed",
                Status::Timeout => "Timeout",
                Status::Cancelled => "Cancelled",
                Status::Terminated => "Terminated",
            },
        }
    }

    /// The node's `NodeInvokeStatus`: Running until it ends, then Finished, Failed or
    /// Stopped.
    pub fn invoke_status(self) -> &'static str {
        match self {
            NodeState::Refused(_) => "Failed",
            NodeState::Ran(s) => match s {
                Status::Pending | Status::Delivering | Status::Running => "Running",
                Status::Success => "Finished",
                Status::Failed | Status::Timeout => "Failed",
                Status::Cancelled | Status::Terminated => "Stopped",
            },
        }
    }

    fn finished(self) -> bool {
        match self {
            NodeState::Refused(_) => true,
            NodeState::Ran(s) => s.finished(),
        }
    }

    fn stopped(self) -> bool {
        matches!(self, NodeState::Ran(Status::Cancelled | Status::Terminated))
    }

    fn succeeded(self) -> bool {
        self == NodeState::Ran(Status::Success)
    }
}

/// The documented rule: Pending while every node waits, Running while any is on its way;
/// then Stopped when all were stopped, Success when each succeeded or was stopped, Failed when
/// each failed or was stopped, PartialFailed for a mix of successes and failures.
pub fn invocation_status(nodes: &[NodeState]) -> &'static str {
    if nodes.iter().any(|n| !n.finished()) {
        let waiting = |n: &NodeState| {
            matches!(n, NodeState::Ran(Status::Pending | Status::Delivering)) || n.finished()
        };
        return if nodes.iter().all(waiting) {
            "Pending"
        } else {
            "Running"
        };
    }
    let succeeded = nodes.iter().filter(|n| n.succeeded()).count();
    let stopped = nodes.iter().filter(|n| n.stopped()).count();
    if stopped == nodes.len() {
        "Stopped"
    } else if succeeded + stopped == nodes.len() {
        "Success"
    } else if succeeded == 0 {
        "Failed"
    } else {
        "PartialFailed"
    }
}

/// One node of a new invocation, as the scenario says it behaves: an unlisted node (when the
/// scenario lists any) is `Invalid`/`NodeNotExists`, an offline agent `Aborted`/
/// `ClientNotRunning`; `delivery_ms` (file deliveries) replaces the scenario's run time, and a
/// delivery succeeds whatever exit code the scenario gives the node's commands.
pub fn node(scenario: &Scenario, id: &str, delivery_ms: Option<i64>) -> Node {
    let (exit_code, output, seconds, refused) = if scenario.instances.is_empty() {
        (0, String::new(), DEFAULT_DURATION_SECONDS, None)
    } else {
        match scenario.instance(id) {
            None => (
                0,
                String::new(),
                0.0,
                Some(Refusal {
                    status: "Invalid",
                    code: "NodeNotExists",
                }),
            ),
            Some(known) if known.agent_status == AgentStatus::Offline => (
                0,
                String::new(),
                0.0,
                Some(Refusal {
                    status: "Aborted",
                    code: "ClientNotRunning",
                }),
            ),
            Some(known) => (
                known.exit_code,
                known.output.clone(),
                known.duration_seconds,
                None,
            ),
        }
    };
    Node {
        task: Task {
            id: String::new(),
            instance_id: id.to_owned(),
            // A delivery has no exit code of its own: the scenario's is for commands.
            exit_code: if delivery_ms.is_some() { 0 } else { exit_code },
            output,
            // Checked at load: 0..=a day, so the product fits.
            duration_ms: delivery_ms.unwrap_or((seconds * 1000.0).round() as i64),
            cancelled_ms: None,
        },
        refused,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_invocation_follows_its_nodes() {
        use NodeState::Ran;
        use Status::*;
        let refused = NodeState::Refused(Refusal {
            status: "Invalid",
            code: "NodeNotExists",
        });
        assert_eq!(
            invocation_status(&[Ran(Pending), Ran(Delivering)]),
            "Pending"
        );
        assert_eq!(invocation_status(&[Ran(Pending), Ran(Running)]), "Running");
        assert_eq!(invocation_status(&[Ran(Success), Ran(Success)]), "Success");
        assert_eq!(
            invocation_status(&[Ran(Success), Ran(Terminated)]),
            "Success"
        );
        assert_eq!(
            invocation_status(&[Ran(Success), Ran(Failed)]),
            "PartialFailed"
        );
        assert_eq!(invocation_status(&[Ran(Success), refused]), "PartialFailed");
        assert_eq!(invocation_status(&[Ran(Timeout), Ran(Cancelled)]), "Failed");
        assert_eq!(
            invocation_status(&[Ran(Cancelled), Ran(Terminated)]),
            "Stopped"
        );
        assert_eq!(refused.wire(), "Invalid");
        assert_eq!(Ran(Delivering).wire(), "Pending");
        assert_eq!(Ran(Terminated).invoke_status(), "Stopped");
    }

    #[test]
    fn the_scenario_decides_each_node() {
        let scenario = Scenario::from_json(
            r#"{"instances": [{"id": "e01-a", "exit_code": 3, "output": "x"}, {"id": "e01-b", "agent_status": "Offline"}]}"#,
        )
        .unwrap();
        let a = node(&scenario, "e01-a", None);
        assert_eq!((a.task.exit_code, a.refused), (3, None));
        assert_eq!(
            node(&scenario, "e01-b", None).refused.unwrap().code,
            "ClientNotRunning"
        );
        assert_eq!(
            node(&scenario, "e01-c", None).refused.unwrap().code,
            "NodeNotExists"
        );
        assert_eq!(
            node(&Scenario::default(), "e01-c", Some(500))
                .task
                .duration_ms,
            500
        );
    }
}
