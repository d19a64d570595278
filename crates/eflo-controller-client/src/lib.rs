// @generated from spec/eflo-controller/2022-12-15 by `cargo xtask codegen`; do not edit.
//! Alibaba Cloud eflo-controller (API version 2022-12-15): an async client.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let mock = sdk_mock::MockServer::start(sdk_mock::MockOptions::all_services()
//! #     .with_credentials(sdk_mock::MockCredentials::Demo)).await?;
//! // Against the built-in mock server (`sdk_mock`, or `cloudcmd mock serve`, which prints
//! // the variables that point `Client::from_env()` at it).
//! let client = eflo_controller_client::Client::new(
//!     eflo_controller_client::Config::builder()
//!         .credentials(eflo_controller_client::Credentials::new(sdk_mock::demo::ALIBABA_ACCESS_KEY_ID, sdk_mock::demo::ALIBABA_ACCESS_KEY_SECRET))
//!         .region("cn-hangzhou")
//!         .endpoint(mock.endpoint())
//!         .build(),
//! )?;
//! let answer = client
//!     .describe_invocations()
//!     .invoke_id("t-cd03crwys0lrls0")
//!     .send()
//!     .await?;
//! println!("{answer:?}");
//! # Ok(())
//! # }
//! ```
//!
//! `Client::from_env` reads credentials from `ALIBABA_CLOUD_ACCESS_KEY_ID`/`ALIBABA_CLOUD_ACCESS_KEY_SECRET` (and `ALIBABA_CLOUD_SECURITY_TOKEN`), then from `~/.aliyun/config.json`. Each action has a builder (`client.describe_invocations()`): documented required members and limits are checked before a request is sent, and errors carry the service's error codes ([`SdkError::code`], an [`ErrorCode`] with its `family()`).
//!
//! # How this crate is organised
//!
//! - [`Client`]: one method per action, each returning the action's builder.
//! - [`builders`]: the builders: a setter per request member, then `send()` (and `into_paginator()` for actions that page).
//! - [`types`] and [`actions`]: the data types and each action's request and response, from the `eflo-controller-model` crate.
//! - [`ErrorCode`] and [`ErrorFamily`], and the runtime's [`Config`], [`Credentials`], [`SdkError`]: what configuring a client and handling its errors takes.
#![warn(missing_docs)]
/// One builder per action.
#[rustfmt::skip]
pub mod builders {
    mod describe_invocations;
    pub use describe_invocations::DescribeInvocationsBuilder;
}

#[rustfmt::skip]
mod client;
pub use client::Client;

#[doc(no_inline)]
pub use eflo_controller_model::{ErrorCode, ErrorFamily, actions, types};

#[doc(no_inline)]
pub use sdk_runtime::{Config, ConfigError, Credentials, SdkError};
