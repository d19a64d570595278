// @generated from spec/tat/2020-10-28/waiters.json by `cargo xtask codegen`; do not edit.
//! The service's waiters as tables: the action each polls and the acceptors that end
//! the wait (smithy's semantics; the loop is `sdk_runtime::waiter`).

/// `InvocationFinished`: Every invocation named is in a final status ([InvocationStatus](crate::types::InvocationStatus) SUCCESS, FAILED, TIMEOUT, CANCELLED, PARTIAL_FAILED or PARTIAL_CANCELLED).
///
/// Polls `DescribeInvocations`.
pub static INVOCATION_FINISHED: sdk_shape::WaiterShape = sdk_shape::WaiterShape {
    name: "InvocationFinished",
    command: "invocation-finished",
    description: "Every invocation named is in a final status (InvocationStatus SUCCESS, FAILED, TIMEOUT, CANCELLED, PARTIAL_FAILED or PARTIAL_CANCELLED).",
    action: &crate::actions::describe_invocations::SHAPE,
    min_delay_seconds: 2,
    max_delay_seconds: 15,
    acceptors: &[
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Success,
            matcher: sdk_shape::Matcher::Output {
                path: "length(InvocationSet) > `0` && length(InvocationSet[?contains(`[\"SUCCESS\", \"FAILED\", \"TIMEOUT\", \"CANCELLED\", \"PARTIAL_FAILED\", \"PARTIAL_CANCELLED\"]`, InvocationStatus)]) == length(InvocationSet)",
                comparator: sdk_shape::Comparator::BooleanEquals,
                expected: "true",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Retry,
            matcher: sdk_shape::Matcher::ErrorCode("RequestLimitExceeded"),
        },
    ],
    follows: &[],
    report: None,
};

/// `InvocationSucceeded`: Every invocation named succeeded; fails as soon as one is FAILED, TIMEOUT, CANCELLED, PARTIAL_FAILED or PARTIAL_CANCELLED.
///
/// Polls `DescribeInvocations`.
pub static INVOCATION_SUCCEEDED: sdk_shape::WaiterShape = sdk_shape::WaiterShape {
    name: "InvocationSucceeded",
    command: "invocation-succeeded",
    description: "Every invocation named succeeded; fails as soon as one is FAILED, TIMEOUT, CANCELLED, PARTIAL_FAILED or PARTIAL_CANCELLED.",
    action: &crate::actions::describe_invocations::SHAPE,
    min_delay_seconds: 2,
    max_delay_seconds: 15,
    acceptors: &[
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Success,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationSet[].InvocationStatus",
                comparator: sdk_shape::Comparator::AllStringEquals,
                expected: "SUCCESS",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationSet[].InvocationStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "FAILED",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationSet[].InvocationStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "TIMEOUT",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationSet[].InvocationStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "CANCELLED",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationSet[].InvocationStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "PARTIAL_FAILED",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationSet[].InvocationStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "PARTIAL_CANCELLED",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Retry,
            matcher: sdk_shape::Matcher::ErrorCode("RequestLimitExceeded"),
        },
    ],
    follows: &[],
    report: None,
};

/// `InvocationTasksFinished`: Every task selected is in a final status ([TaskStatus](crate::types::TaskStatus) SUCCESS, FAILED, TIMEOUT, TASK_TIMEOUT, CANCELLED, TERMINATED, DELIVER_FAILED or START_FAILED).
///
/// Polls `DescribeInvocationTasks`.
pub static INVOCATION_TASKS_FINISHED: sdk_shape::WaiterShape = sdk_shape::WaiterShape {
    name: "InvocationTasksFinished",
    command: "invocation-tasks-finished",
    description: "Every task selected is in a final status (TaskStatus SUCCESS, FAILED, TIMEOUT, TASK_TIMEOUT, CANCELLED, TERMINATED, DELIVER_FAILED or START_FAILED).",
    action: &crate::actions::describe_invocation_tasks::SHAPE,
    min_delay_seconds: 2,
    max_delay_seconds: 15,
    acceptors: &[
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Success,
            matcher: sdk_shape::Matcher::Output {
                path: "length(InvocationTaskSet) > `0` && length(InvocationTaskSet[?contains(`[\"SUCCESS\", \"FAILED\", \"TIMEOUT\", \"TASK_TIMEOUT\", \"CANCELLED\", \"TERMINATED\", \"DELIVER_FAILED\", \"START_FAILED\"]`, TaskStatus)]) == length(InvocationTaskSet)",
                comparator: sdk_shape::Comparator::BooleanEquals,
                expected: "true",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Retry,
            matcher: sdk_shape::Matcher::ErrorCode("RequestLimitExceeded"),
        },
    ],
    follows: &[
        sdk_shape::FollowShape {
            action: "RunCommand",
            request: "{\"Filters\":[{\"Name\":\"invocation-id\",\"Values\":[\"{InvocationId}\"]}],\"HideOutput\":false,\"Limit\":100}",
        },
        sdk_shape::FollowShape {
            action: "InvokeCommand",
            request: "{\"Filters\":[{\"Name\":\"invocation-id\",\"Values\":[\"{InvocationId}\"]}],\"HideOutput\":false,\"Limit\":100}",
        },
    ],
    report: Some(sdk_shape::ReportShape {
        rows: "InvocationTaskSet[].{Instance: InstanceId, Status: TaskStatus, ExitCode: TaskResult.ExitCode, Seconds: seconds_between(TaskResult.ExecStartTime, TaskResult.ExecEndTime), Output: base64_decode(TaskResult.Output)}",
        succeeded: "length(InvocationTaskSet[?TaskStatus != 'SUCCESS']) == `0`",
    }),
};

/// `InvocationTasksSucceeded`: Every task selected succeeded; fails as soon as one is FAILED, TIMEOUT, TASK_TIMEOUT, CANCELLED, TERMINATED, DELIVER_FAILED or START_FAILED, without waiting for the others.
///
/// Polls `DescribeInvocationTasks`.
pub static INVOCATION_TASKS_SUCCEEDED: sdk_shape::WaiterShape = sdk_shape::WaiterShape {
    name: "InvocationTasksSucceeded",
    command: "invocation-tasks-succeeded",
    description: "Every task selected succeeded; fails as soon as one is FAILED, TIMEOUT, TASK_TIMEOUT, CANCELLED, TERMINATED, DELIVER_FAILED or START_FAILED, without waiting for the others.",
    action: &crate::actions::describe_invocation_tasks::SHAPE,
    min_delay_seconds: 2,
    max_delay_seconds: 15,
    acceptors: &[
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Success,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationTaskSet[].TaskStatus",
                comparator: sdk_shape::Comparator::AllStringEquals,
                expected: "SUCCESS",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationTaskSet[].TaskStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "FAILED",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationTaskSet[].TaskStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "TIMEOUT",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationTaskSet[].TaskStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "TASK_TIMEOUT",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationTaskSet[].TaskStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "CANCELLED",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationTaskSet[].TaskStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "TERMINATED",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationTaskSet[].TaskStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "DELIVER_FAILED",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "InvocationTaskSet[].TaskStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "START_FAILED",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Retry,
            matcher: sdk_shape::Matcher::ErrorCode("RequestLimitExceeded"),
        },
    ],
    follows: &[],
    report: None,
};

/// `AgentOnline`: The automation agent of every instance named is online (AgentStatus Online).
///
/// Polls `DescribeAutomationAgentStatus`.
pub static AGENT_ONLINE: sdk_shape::WaiterShape = sdk_shape::WaiterShape {
    name: "AgentOnline",
    command: "agent-online",
    description: "The automation agent of every instance named is online (AgentStatus Online).",
    action: &crate::actions::describe_automation_agent_status::SHAPE,
    min_delay_seconds: 5,
    max_delay_seconds: 60,
    acceptors: &[
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Success,
            matcher: sdk_shape::Matcher::Output {
                path: "AutomationAgentSet[].AgentStatus",
                comparator: sdk_shape::Comparator::AllStringEquals,
                expected: "Online",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Retry,
            matcher: sdk_shape::Matcher::ErrorCode("RequestLimitExceeded"),
        },
    ],
    follows: &[],
    report: None,
};
