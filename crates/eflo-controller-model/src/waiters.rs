// @generated from spec/eflo-controller/2022-12-15/waiters.json by `cargo xtask codegen`; do not edit.
//! The service's waiters as tables: the action each polls and the acceptors that end
//! the wait (smithy's semantics; the loop is `sdk_runtime::waiter`).

/// `InvocationFinished`: The command run is over on every node ([InvocationStatus](crate::types::InvocationStatus) Success, Failed, Stopped or PartialFailed).
///
/// Polls `DescribeInvocations`.
pub static INVOCATION_FINISHED: sdk_shape::WaiterShape = sdk_shape::WaiterShape {
    name: "InvocationFinished",
    command: "invocation-finished",
    description: "The command run is over on every node (InvocationStatus Success, Failed, Stopped or PartialFailed).",
    action: &crate::actions::describe_invocations::SHAPE,
    min_delay_seconds: 2,
    max_delay_seconds: 15,
    acceptors: &[
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Success,
            matcher: sdk_shape::Matcher::Output {
                path: "length(Invocations.Invocation) > `0` && length(Invocations.Invocation[?contains(`[\"Success\", \"Failed\", \"Stopped\", \"PartialFailed\"]`, InvocationStatus)]) == length(Invocations.Invocation)",
                comparator: sdk_shape::Comparator::BooleanEquals,
                expected: "true",
            },
        },
    ],
    follows: &[
        sdk_shape::FollowShape {
            action: "RunCommand",
            request: "{\"InvokeId\":\"{InvokeId}\",\"IncludeOutput\":true,\"ContentEncoding\":\"PlainText\"}",
        },
    ],
    report: Some(sdk_shape::ReportShape {
        rows: "Invocations.Invocation[].InvokeNodes.InvokeNode[] | [].{Node: NodeId, Status: InvocationStatus, ExitCode: ExitCode, Seconds: seconds_between(StartTime, FinishTime), Error: ErrorCode, Output: Output}",
        succeeded: "length(Invocations.Invocation[].InvokeNodes.InvokeNode[] | [?InvocationStatus != 'Success']) == `0`",
    }),
};

/// `InvocationSucceeded`: The command run succeeded on every node; fails as soon as the run is Failed, Stopped or PartialFailed.
///
/// Polls `DescribeInvocations`.
pub static INVOCATION_SUCCEEDED: sdk_shape::WaiterShape = sdk_shape::WaiterShape {
    name: "InvocationSucceeded",
    command: "invocation-succeeded",
    description: "The command run succeeded on every node; fails as soon as the run is Failed, Stopped or PartialFailed.",
    action: &crate::actions::describe_invocations::SHAPE,
    min_delay_seconds: 2,
    max_delay_seconds: 15,
    acceptors: &[
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Success,
            matcher: sdk_shape::Matcher::Output {
                path: "Invocations.Invocation[].InvocationStatus",
                comparator: sdk_shape::Comparator::AllStringEquals,
                expected: "Success",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "Invocations.Invocation[].InvocationStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "Failed",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "Invocations.Invocation[].InvocationStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "Stopped",
            },
        },
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Failure,
            matcher: sdk_shape::Matcher::Output {
                path: "Invocations.Invocation[].InvocationStatus",
                comparator: sdk_shape::Comparator::AnyStringEquals,
                expected: "PartialFailed",
            },
        },
    ],
    follows: &[],
    report: None,
};

/// `FileDelivered`: The file delivery is over on every node ([InvocationStatus](crate::types::InvocationStatus) Success, Failed, Stopped or PartialFailed).
///
/// Polls `DescribeSendFileResults`.
pub static FILE_DELIVERED: sdk_shape::WaiterShape = sdk_shape::WaiterShape {
    name: "FileDelivered",
    command: "file-delivered",
    description: "The file delivery is over on every node (InvocationStatus Success, Failed, Stopped or PartialFailed).",
    action: &crate::actions::describe_send_file_results::SHAPE,
    min_delay_seconds: 1,
    max_delay_seconds: 10,
    acceptors: &[
        sdk_shape::AcceptorShape {
            state: sdk_shape::AcceptorState::Success,
            matcher: sdk_shape::Matcher::Output {
                path: "length(Invocations.Invocation) > `0` && length(Invocations.Invocation[?contains(`[\"Success\", \"Failed\", \"Stopped\", \"PartialFailed\"]`, InvocationStatus)]) == length(Invocations.Invocation)",
                comparator: sdk_shape::Comparator::BooleanEquals,
                expected: "true",
            },
        },
    ],
    follows: &[
        sdk_shape::FollowShape {
            action: "SendFile",
            request: "{\"InvokeId\":\"{InvokeId}\"}",
        },
    ],
    report: Some(sdk_shape::ReportShape {
        rows: "Invocations.Invocation[].InvokeNodes.InvokeNode[] | [].{Node: NodeId, Status: InvocationStatus, Error: ErrorCode, Info: ErrorInfo}",
        succeeded: "length(Invocations.Invocation[].InvokeNodes.InvokeNode[] | [?InvocationStatus != 'Success']) == `0`",
    }),
};
