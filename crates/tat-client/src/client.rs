// @generated from spec/tat/2020-10-28 by `cargo xtask codegen`; do not edit.
//! The `Client`, and the names users need in one place.

pub use tat_model::*;
pub use tat_model as model;
pub use sdk_runtime::{
    Config, ConfigError, Credentials, Page, Paginator, RateLimit, RetryConfig, SdkError,
};

pub use crate::calls::create_invoker::CreateInvokerBuilder;
pub use crate::calls::describe_invocation_tasks::DescribeInvocationTasksBuilder;
pub use crate::calls::describe_invocations::DescribeInvocationsBuilder;
pub use crate::calls::describe_invoker_records::DescribeInvokerRecordsBuilder;
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
