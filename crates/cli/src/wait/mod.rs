//! Waiting, two ways, after or instead of one call.
//!
//! - `--wait`, on actions a spec waiter follows (TAT `run-command`, `invoke-command`): the
//!   waiter polls after the action (`follow.rs`) and its final answer prints as the waiter's
//!   report, one row per item (`report.rs`).
//! - `--waiter`, on every action, in the habits of tccli and the aliyun CLI: the same call is
//!   repeated (`repeat.rs`) until a JMESPath expression of the answer equals a value
//!   (`poll.rs` reads that request in either vendor's form).
//!
//! Both exit 5 when the wait does not succeed. `args.rs` adds their flags to an action and
//! reads them back into a [`Waiting`]; `progress.rs` draws the line on stderr while waiting.

mod args;
mod follow;
mod poll;
mod progress;
mod repeat;
mod report;

pub use args::{with_flags, Waiting};
pub use follow::follow;
pub use repeat::repeat;
pub use report::print_report;
