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
//! `Client::from_env` reads credentials from `ALIBABA_CLOUD_ACCESS_KEY_ID`/`ALIBABA_CLOUD_ACCESS_KEY_SECRET` (and `ALIBABA_CLOUD_SECURITY_TOKEN`), then from `~/.aliyun/config.json`. Each action has a builder (`client.describe_invocations()`): documented required members and limits are checked before a request is sent, and errors carry the action's documented error codes (`SdkError::code`). The data types are those of the `eflo-controller-model` crate, re-exported here.

/// One builder per action.
#[rustfmt::skip]
pub mod calls {
    pub mod describe_invocations;
}

pub use eflo_controller_model::*;
pub use eflo_controller_model as model;
pub use sdk_runtime::{
    Config, ConfigError, Credentials, Page, Paginator, RateLimit, RetryConfig, SdkError,
};

pub use calls::describe_invocations::DescribeInvocationsBuilder;
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
            inner: sdk_runtime::ServiceClient::new(
                &eflo_controller_model::SERVICE,
                config,
            )?,
        })
    }

    /// A client configured from the environment and the vendor's profile file.
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            inner: sdk_runtime::ServiceClient::from_env(&eflo_controller_model::SERVICE)?,
        })
    }

    /// The runtime client underneath, for untyped calls (`send_json`).
    pub fn runtime(&self) -> &sdk_runtime::ServiceClient {
        &self.inner
    }

    /// `DescribeInvocations`: 查询运维助手命令的执行列表和状态。
    ///
    /// Returns a builder; set members on it, then `send()`.
    pub fn describe_invocations(&self) -> DescribeInvocationsBuilder {
        DescribeInvocationsBuilder::new(self.inner.clone())
    }
}
