// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
//! Tencent Cloud TAT (API version 2020-10-28): an async client.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let mock = sdk_mock::MockServer::start(sdk_mock::MockOptions::all_services()
//! #     .with_credentials(sdk_mock::MockCredentials::Demo)).await?;
//! // Against the built-in mock server (`sdk_mock`, or `cloudcmd mock serve`, which prints
//! // the variables that point `Client::from_env()` at it).
//! let client = tat_client::Client::new(
//!     tat_client::Config::builder()
//!         .credentials(tat_client::Credentials::new(sdk_mock::demo::TENCENT_SECRET_ID, sdk_mock::demo::TENCENT_SECRET_KEY))
//!         .region("ap-guangzhou")
//!         .endpoint(mock.endpoint())
//!         .build(),
//! )?;
//! let answer = client
//!     .describe_automation_agent_status()
//!     .instance_ids(["lhins-ar5wyn4x"])
//!     .send()
//!     .await?;
//! println!("{answer:?}");
//! # Ok(())
//! # }
//! ```
//!
//! `Client::from_env` reads credentials from `TENCENTCLOUD_SECRET_ID`/`TENCENTCLOUD_SECRET_KEY` (and `TENCENTCLOUD_SESSION_TOKEN`), then from `~/.tencentcloud/credentials`. Each action has a builder (`client.cancel_invocation()`): documented required members and limits are checked before a request is sent, and errors carry the service's error codes (`SdkError::code`, an `ErrorCode` with its `family()`). The data types are those of the `tat-model` crate, re-exported here.

/// One builder per action.
#[rustfmt::skip]
pub mod calls {
    pub mod cancel_invocation;
    pub mod create_command;
    pub mod create_invoker;
    pub mod create_register_code;
    pub mod delete_command;
    pub mod delete_commands;
    pub mod delete_invoker;
    pub mod delete_register_codes;
    pub mod delete_register_instance;
    pub mod describe_automation_agent_status;
    pub mod describe_commands;
    pub mod describe_invocation_tasks;
    pub mod describe_invocations;
    pub mod describe_invoker_records;
    pub mod describe_invokers;
    pub mod describe_quotas;
    pub mod describe_regions;
    pub mod describe_register_codes;
    pub mod describe_register_instances;
    pub mod describe_scenes;
    pub mod disable_invoker;
    pub mod disable_register_codes;
    pub mod enable_invoker;
    pub mod invoke_command;
    pub mod modify_command;
    pub mod modify_invoker;
    pub mod modify_register_instance;
    pub mod preview_replaced_command_content;
    pub mod run_command;
}

#[rustfmt::skip]
mod client;
pub use client::*;
