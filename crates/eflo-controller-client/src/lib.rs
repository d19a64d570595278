// @generated from spec/eflo-controller/2022-12-15 by `cargo xtask codegen`; do not edit.
//! Alibaba Cloud eflo-controller (API version 2022-12-15): an async client.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let client = eflo_controller_client::Client::from_env()?;
//! let answer = client.describe_invocations().send().await?;
//! println!("{answer:?}");
//! # Ok(()) }
//! ```
//!
//! `Client::from_env` reads credentials from `ALIBABA_CLOUD_ACCESS_KEY_ID`/`ALIBABA_CLOUD_ACCESS_KEY_SECRET` (and `ALIBABA_CLOUD_SECURITY_TOKEN`), then from `~/.aliyun/config.json`. Each action has a builder (`client.describe_invocations()`): documented required members and limits are checked before a request is sent, and errors carry the service's error codes (`SdkError::code`, an `ErrorCode` with its `family()`). The data types are those of the `eflo-controller-model` crate, re-exported here.

/// One builder per action.
#[rustfmt::skip]
pub mod calls {
    pub mod describe_invocations;
}

#[rustfmt::skip]
mod client;
pub use client::*;
