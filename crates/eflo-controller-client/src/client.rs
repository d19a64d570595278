// @generated from spec/eflo-controller/2022-12-15 by `cargo xtask codegen`; do not edit.
//! The `Client`.

use crate::builders::*;

/// A client for every action of the service. Cheap to clone; clones share connections
/// and rate limits.
#[derive(Debug, Clone)]
pub struct Client {
    inner: sdk_runtime::ServiceClient,
}

impl Client {
    /// A client with explicit configuration.
    pub fn new(config: sdk_runtime::Config) -> Result<Self, sdk_runtime::ConfigError> {
        Ok(Self {
            inner: sdk_runtime::ServiceClient::new(
                &eflo_controller_model::SERVICE,
                config,
            )?,
        })
    }

    /// A client configured from the environment and the vendor's profile file.
    pub fn from_env() -> Result<Self, sdk_runtime::ConfigError> {
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
