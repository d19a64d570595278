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

pub use tat_model::*;
pub use tat_model as model;
pub use sdk_runtime::{
    Config, ConfigError, Credentials, Page, Paginator, RateLimit, RetryConfig, SdkError,
};

pub use calls::create_invoker::CreateInvokerBuilder;
pub use calls::describe_invocation_tasks::DescribeInvocationTasksBuilder;
pub use calls::describe_invocations::DescribeInvocationsBuilder;
pub use calls::describe_invoker_records::DescribeInvokerRecordsBuilder;
/// A client for every action of the service. Cheap to clone; clones share connections
/// and rate limits.
#[derive(Debug, Clone)]
pub struct Client {
    inner: sdk_runtime::ServiceClient,
}

impl Client {
    /// A client with explicit configuration.
    pub fn new(config: Config) -> Result<Self, ConfigError> {
        Ok(Self {
            inner: sdk_runtime::ServiceClient::new(&tat_model::SERVICE, config)?,
        })
    }

    /// A client configured from the environment and the vendor's profile file.
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            inner: sdk_runtime::ServiceClient::from_env(&tat_model::SERVICE)?,
        })
    }

    /// The runtime client underneath, for untyped calls (`send_json`).
    pub fn runtime(&self) -> &sdk_runtime::ServiceClient {
        &self.inner
    }

    /// `CreateInvoker`: This API is used to create an invoker.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn create_invoker(&self) -> CreateInvokerBuilder {
        CreateInvokerBuilder::new(self.inner.clone())
    }

    /// `DescribeInvocationTasks`: 此接口用于查询执行任务详情。
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_invocation_tasks(&self) -> DescribeInvocationTasksBuilder {
        DescribeInvocationTasksBuilder::new(self.inner.clone())
    }

    /// `DescribeInvocations`: This API is used to query execution activity details.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_invocations(&self) -> DescribeInvocationsBuilder {
        DescribeInvocationsBuilder::new(self.inner.clone())
    }

    /// `DescribeInvokerRecords`: This API is used to query the execution history of an invoker.
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_invoker_records(&self) -> DescribeInvokerRecordsBuilder {
        DescribeInvokerRecordsBuilder::new(self.inner.clone())
    }
}
