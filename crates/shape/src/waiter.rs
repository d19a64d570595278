//! Waiters as tables: which action to poll and which answers end the wait, after smithy's
//! `smithy.waiters#waitable` (acceptors checked in order, the first match decides; path
//! matchers are JMESPath expressions over the answer's wire names). They are SDK knowledge,
//! kept in their own spec file (`waiters.json`) beside the facts of the pages.

use crate::ActionShape;

/// One waiter of a service.
#[derive(Debug)]
pub struct WaiterShape {
    /// Name (`InvocationFinished`); the client method is `wait_until_invocation_finished`.
    pub name: &'static str,
    /// Command-line name (`invocation-finished`).
    pub command: &'static str,
    /// What the waiter waits for.
    pub description: &'static str,
    /// The action polled.
    pub action: &'static ActionShape,
    /// Shortest delay between attempts, seconds (smithy's default: 2).
    pub min_delay_seconds: u32,
    /// Longest delay between attempts, seconds (smithy's default: 120).
    pub max_delay_seconds: u32,
    /// In order; the first that matches decides.
    pub acceptors: &'static [AcceptorShape],
    /// Actions whose answer starts this wait (`RunCommand`), with the polling request.
    pub follows: &'static [FollowShape],
    /// How the final answer reads as one row per item, for people.
    pub report: Option<ReportShape>,
}

/// A state transition.
#[derive(Debug)]
pub struct AcceptorShape {
    /// Where the waiter goes when `matcher` matches.
    pub state: AcceptorState,
    /// What is tested.
    pub matcher: Matcher,
}

/// The state an acceptor moves the waiter to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcceptorState {
    /// Done: the resource is in the state waited for.
    Success,
    /// Done: it can no longer get there.
    Failure,
    /// Poll again.
    Retry,
}

/// What an acceptor tests.
#[derive(Debug)]
pub enum Matcher {
    /// A JMESPath expression over a successful answer, compared with `expected`.
    Output {
        /// The expression (`InvocationSet[].InvocationStatus`).
        path: &'static str,
        /// How the result is compared.
        comparator: Comparator,
        /// The expected value (`"SUCCESS"`, or `"true"` / `"false"` for booleans).
        expected: &'static str,
    },
    /// `true`: any successful answer; `false`: any error.
    Success(bool),
    /// An error answer with this code (`RequestLimitExceeded`).
    ErrorCode(&'static str),
}

/// smithy's path comparators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    /// The result is a string equal to the expected one.
    StringEquals,
    /// The result is a boolean equal to the expected one.
    BooleanEquals,
    /// The result is a non-empty array of strings, all equal to the expected one.
    AllStringEquals,
    /// The result is an array with at least one string equal to the expected one.
    AnyStringEquals,
}

/// An action whose answer a waiter follows (the CLI's `--wait`).
#[derive(Debug)]
pub struct FollowShape {
    /// The action's wire name (`RunCommand`).
    pub action: &'static str,
    /// The polling request as JSON, where a string `"{Name}"` stands for member `Name` of
    /// the followed action's answer.
    pub request: &'static str,
}

/// The final answer as a table: one row per item, columns computed by JMESPath.
#[derive(Debug)]
pub struct ReportShape {
    /// An expression giving an array of objects, one per row
    /// (`InvocationTaskSet[].{Instance: InstanceId, Status: TaskStatus}`).
    pub rows: &'static str,
    /// An expression true when every row went as wished (the CLI's exit code).
    pub succeeded: &'static str,
}
