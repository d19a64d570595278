// @generated from spec/cs/2015-12-15/actions/MigrateCluster.json by `cargo xtask codegen`; do not edit.
//! The builder of `MigrateCluster`.

use cs_model::ErrorCode;
use cs_model::actions::migrate_cluster::{
    MigrateCluster, MigrateClusterRequest, MigrateClusterResponse,
};

/// Builds and sends `MigrateCluster`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct MigrateClusterBuilder {
    client: sdk_runtime::ServiceClient,
    request: MigrateClusterRequest,
}

impl MigrateClusterBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: MigrateClusterRequest::default(),
        }
    }

    /// Sets [`ClusterId`](MigrateClusterRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](MigrateClusterRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`oss_bucket_endpoint`](MigrateClusterRequest::oss_bucket_endpoint): The bucket endpoint.
    pub fn oss_bucket_endpoint(mut self, value: impl Into<String>) -> Self {
        self.request.oss_bucket_endpoint = Some(value.into());
        self
    }

    /// Sets or clears [`oss_bucket_endpoint`](MigrateClusterRequest::oss_bucket_endpoint): `None` leaves it out.
    pub fn set_oss_bucket_endpoint(mut self, value: Option<String>) -> Self {
        self.request.oss_bucket_endpoint = value;
        self
    }

    /// Sets [`oss_bucket_name`](MigrateClusterRequest::oss_bucket_name): The bucket name.
    pub fn oss_bucket_name(mut self, value: impl Into<String>) -> Self {
        self.request.oss_bucket_name = Some(value.into());
        self
    }

    /// Sets or clears [`oss_bucket_name`](MigrateClusterRequest::oss_bucket_name): `None` leaves it out.
    pub fn set_oss_bucket_name(mut self, value: Option<String>) -> Self {
        self.request.oss_bucket_name = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &MigrateClusterRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: MigrateClusterRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<MigrateClusterResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<MigrateCluster>(&self.request).await
    }
}
