// @generated from spec/cs/2015-12-15/actions/DescribeSubaccountK8sClusterUserConfig.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeSubaccountK8sClusterUserConfig`.

use cs_model::ErrorCode;
use cs_model::actions::describe_subaccount_k8s_cluster_user_config::{
    DescribeSubaccountK8sClusterUserConfig,
    DescribeSubaccountK8sClusterUserConfigRequest,
    DescribeSubaccountK8sClusterUserConfigResponse,
};

/// Builds and sends `DescribeSubaccountK8sClusterUserConfig`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeSubaccountK8sClusterUserConfigBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeSubaccountK8sClusterUserConfigRequest,
}

impl DescribeSubaccountK8sClusterUserConfigBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeSubaccountK8sClusterUserConfigRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DescribeSubaccountK8sClusterUserConfigRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DescribeSubaccountK8sClusterUserConfigRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`Uid`](DescribeSubaccountK8sClusterUserConfigRequest::uid).
    ///
    /// Required.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.request.uid = Some(value.into());
        self
    }

    /// Sets or clears [`Uid`](DescribeSubaccountK8sClusterUserConfigRequest::uid): `None` leaves it out.
    pub fn set_uid(mut self, value: Option<String>) -> Self {
        self.request.uid = value;
        self
    }

    /// Sets [`PrivateIpAddress`](DescribeSubaccountK8sClusterUserConfigRequest::private_ip_address): Specifies whether the internal network connection configuration is obtained.
    pub fn private_ip_address(mut self, value: bool) -> Self {
        self.request.private_ip_address = Some(value);
        self
    }

    /// Sets or clears [`PrivateIpAddress`](DescribeSubaccountK8sClusterUserConfigRequest::private_ip_address): `None` leaves it out.
    pub fn set_private_ip_address(mut self, value: Option<bool>) -> Self {
        self.request.private_ip_address = value;
        self
    }

    /// Sets [`TemporaryDurationMinutes`](DescribeSubaccountK8sClusterUserConfigRequest::temporary_duration_minutes): The validity period of the temporary KubeConfig.
    pub fn temporary_duration_minutes(mut self, value: i64) -> Self {
        self.request.temporary_duration_minutes = Some(value);
        self
    }

    /// Sets or clears [`TemporaryDurationMinutes`](DescribeSubaccountK8sClusterUserConfigRequest::temporary_duration_minutes): `None` leaves it out.
    pub fn set_temporary_duration_minutes(mut self, value: Option<i64>) -> Self {
        self.request.temporary_duration_minutes = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeSubaccountK8sClusterUserConfigRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: DescribeSubaccountK8sClusterUserConfigRequest,
    ) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<
        DescribeSubaccountK8sClusterUserConfigResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<DescribeSubaccountK8sClusterUserConfig>(&self.request).await
    }
}
