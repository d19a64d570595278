// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
//! Tencent Cloud TAT (API version 2020-10-28): an async client.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let client = tat_client::Client::from_env()?;
//! let answer = client.create_invoker().send().await?;
//! println!("{answer:?}");
//! # Ok(()) }
//! ```
//!
//! `Client::from_env` reads credentials from `TENCENTCLOUD_SECRET_ID`/`TENCENTCLOUD_SECRET_KEY` (and `TENCENTCLOUD_SESSION_TOKEN`), then from `~/.tencentcloud/credentials`. Each action has a builder (`client.create_invoker()`): documented required members and limits are checked before a request is sent, and errors carry the action's documented error codes (`SdkError::code`). The data types are those of the `tat-model` crate, re-exported here.

/// One builder per action.
#[rustfmt::skip]
pub mod calls {
    pub mod create_invoker;
    pub mod describe_invocation_tasks;
    pub mod describe_invocations;
    pub mod describe_invoker_records;
}

#[rustfmt::skip]
mod client;
pub use client::*;
