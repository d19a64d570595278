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
//! `Client::from_env` reads credentials from `TENCENTCLOUD_SECRET_ID`/`TENCENTCLOUD_SECRET_KEY` (and `TENCENTCLOUD_SESSION_TOKEN`), then from `~/.tencentcloud/credentials`. Each action has a builder (`client.cancel_invocation()`): documented required members and limits are checked before a request is sent, and errors carry the service's error codes ([`SdkError::code`], an [`ErrorCode`] with its `family()`).
//!
//! # How this crate is organised
//!
//! - [`Client`]: one method per action, each returning the action's builder.
//! - [`builders`]: the builders: a setter per request member, then `send()` (and `into_paginator()` for actions that page).
//! - [`types`] and [`actions`]: the data types and each action's request and response, from the `tat-model` crate.
//! - [`ErrorCode`] and [`ErrorFamily`], and the runtime's [`Config`], [`Credentials`], [`SdkError`]: what configuring a client and handling its errors takes.
//!
//! # Waiting
//!
//! A `client.wait_until_<waiter>()` method (`client.wait_until_invocation_finished()`) returns the polled action's builder in waiting mode: set the request's members on it, then `wait(max_wait)` polls until the waiter's acceptors end the wait and returns the final answer, or a [`WaiterError`]: `ExceededMaxWait` with the last answer, `FailureState` with the answer that matched, `OperationFailed` with the error. Delays grow between the waiter's documented bounds, with jitter; `wait_with(WaitOptions)` sets them, a clock and a progress callback.
#![warn(missing_docs)]
/// One builder per action.
#[rustfmt::skip]
pub mod builders {
    mod cancel_invocation;
    mod create_command;
    mod create_invoker;
    mod create_register_code;
    mod delete_command;
    mod delete_commands;
    mod delete_invoker;
    mod delete_register_codes;
    mod delete_register_instance;
    mod describe_automation_agent_status;
    mod describe_commands;
    mod describe_invocation_tasks;
    mod describe_invocations;
    mod describe_invoker_records;
    mod describe_invokers;
    mod describe_quotas;
    mod describe_regions;
    mod describe_register_codes;
    mod describe_register_instances;
    mod describe_scenes;
    mod disable_invoker;
    mod disable_register_codes;
    mod enable_invoker;
    mod invoke_command;
    mod modify_command;
    mod modify_invoker;
    mod modify_register_instance;
    mod preview_replaced_command_content;
    mod run_command;
    pub use cancel_invocation::CancelInvocationBuilder;
    pub use create_command::CreateCommandBuilder;
    pub use create_invoker::CreateInvokerBuilder;
    pub use create_register_code::CreateRegisterCodeBuilder;
    pub use delete_command::DeleteCommandBuilder;
    pub use delete_commands::DeleteCommandsBuilder;
    pub use delete_invoker::DeleteInvokerBuilder;
    pub use delete_register_codes::DeleteRegisterCodesBuilder;
    pub use delete_register_instance::DeleteRegisterInstanceBuilder;
    pub use describe_automation_agent_status::DescribeAutomationAgentStatusBuilder;
    pub use describe_commands::DescribeCommandsBuilder;
    pub use describe_invocation_tasks::DescribeInvocationTasksBuilder;
    pub use describe_invocations::DescribeInvocationsBuilder;
    pub use describe_invoker_records::DescribeInvokerRecordsBuilder;
    pub use describe_invokers::DescribeInvokersBuilder;
    pub use describe_quotas::DescribeQuotasBuilder;
    pub use describe_regions::DescribeRegionsBuilder;
    pub use describe_register_codes::DescribeRegisterCodesBuilder;
    pub use describe_register_instances::DescribeRegisterInstancesBuilder;
    pub use describe_scenes::DescribeScenesBuilder;
    pub use disable_invoker::DisableInvokerBuilder;
    pub use disable_register_codes::DisableRegisterCodesBuilder;
    pub use enable_invoker::EnableInvokerBuilder;
    pub use invoke_command::InvokeCommandBuilder;
    pub use modify_command::ModifyCommandBuilder;
    pub use modify_invoker::ModifyInvokerBuilder;
    pub use modify_register_instance::ModifyRegisterInstanceBuilder;
    pub use preview_replaced_command_content::PreviewReplacedCommandContentBuilder;
    pub use run_command::RunCommandBuilder;
}

#[rustfmt::skip]
mod client;
pub use client::Client;

#[doc(no_inline)]
pub use tat_model::{ErrorCode, ErrorFamily, actions, types};

#[doc(no_inline)]
pub use sdk_runtime::{Config, ConfigError, Credentials, SdkError};

#[doc(no_inline)]
pub use sdk_runtime::{WaitOptions, WaiterError};
