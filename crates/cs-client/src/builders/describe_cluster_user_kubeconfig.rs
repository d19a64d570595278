// @generated from spec/cs/2015-12-15/actions/DescribeClusterUserKubeconfig.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeClusterUserKubeconfig`.

use cs_model::ErrorCode;
use cs_model::actions::describe_cluster_user_kubeconfig::{
    DescribeClusterUserKubeconfig, DescribeClusterUserKubeconfigRequest,
    DescribeClusterUserKubeconfigResponse,
};

/// Builds and sends `DescribeClusterUserKubeconfig`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeClusterUserKubeconfigBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeClusterUserKubeconfigRequest,
}

impl DescribeClusterUserKubeconfigBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeClusterUserKubeconfigRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DescribeClusterUserKubeconfigRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DescribeClusterUserKubeconfigRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`PrivateIpAddress`](DescribeClusterUserKubeconfigRequest::private_ip_address): Specifies whether to retrieve the internal network connection configuration.
    pub fn private_ip_address(mut self, value: bool) -> Self {
        self.request.private_ip_address = Some(value);
        self
    }

    /// Sets or clears [`PrivateIpAddress`](DescribeClusterUserKubeconfigRequest::private_ip_address): `None` leaves it out.
    pub fn set_private_ip_address(mut self, value: Option<bool>) -> Self {
        self.request.private_ip_address = value;
        self
    }

    /// Sets [`TemporaryDurationMinutes`](DescribeClusterUserKubeconfigRequest::temporary_duration_minutes): The validity period of the temporary kubeconfig file, in minutes.
    pub fn temporary_duration_minutes(mut self, value: i64) -> Self {
        self.request.temporary_duration_minutes = Some(value);
        self
    }

    /// Sets or clears [`TemporaryDurationMinutes`](DescribeClusterUserKubeconfigRequest::temporary_duration_minutes): `None` leaves it out.
    pub fn set_temporary_duration_minutes(mut self, value: Option<i64>) -> Self {
        self.request.temporary_duration_minutes = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeClusterUserKubeconfigRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: DescribeClusterUserKubeconfigRequest,
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
        DescribeClusterUserKubeconfigResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<DescribeClusterUserKubeconfig>(&self.request).await
    }
}
