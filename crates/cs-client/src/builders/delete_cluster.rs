// @generated from spec/cs/2015-12-15/actions/DeleteCluster.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteCluster`.

use cs_model::ErrorCode;
use cs_model::actions::delete_cluster::{
    DeleteCluster, DeleteClusterRequest, DeleteClusterResponse,
};

/// Builds and sends `DeleteCluster`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteClusterBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteClusterRequest,
}

impl DeleteClusterBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteClusterRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DeleteClusterRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DeleteClusterRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`delete_options`](DeleteClusterRequest::delete_options): The deletion options for the resources associated with the cluster.
    pub fn delete_options(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::DeleteOptions>>,
    ) -> Self {
        self.request.delete_options = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`delete_options`](DeleteClusterRequest::delete_options): `None` leaves it out.
    pub fn set_delete_options(
        mut self,
        value: Option<Vec<cs_model::types::DeleteOptions>>,
    ) -> Self {
        self.request.delete_options = value;
        self
    }

    /// Sets [`keep_slb`](DeleteClusterRequest::keep_slb): Specifies whether to retain the Server Load Balancer (SLB) instances created by using Services.
    pub fn keep_slb(mut self, value: bool) -> Self {
        self.request.keep_slb = Some(value);
        self
    }

    /// Sets or clears [`keep_slb`](DeleteClusterRequest::keep_slb): `None` leaves it out.
    pub fn set_keep_slb(mut self, value: Option<bool>) -> Self {
        self.request.keep_slb = value;
        self
    }

    /// Sets [`retain_all_resources`](DeleteClusterRequest::retain_all_resources): Specifies whether to retain all resources.
    pub fn retain_all_resources(mut self, value: bool) -> Self {
        self.request.retain_all_resources = Some(value);
        self
    }

    /// Sets or clears [`retain_all_resources`](DeleteClusterRequest::retain_all_resources): `None` leaves it out.
    pub fn set_retain_all_resources(mut self, value: Option<bool>) -> Self {
        self.request.retain_all_resources = value;
        self
    }

    /// Sets [`retain_resources`](DeleteClusterRequest::retain_resources): The list of resources.
    pub fn retain_resources(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.retain_resources = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`retain_resources`](DeleteClusterRequest::retain_resources): `None` leaves it out.
    pub fn set_retain_resources(mut self, value: Option<Vec<String>>) -> Self {
        self.request.retain_resources = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteClusterRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteClusterRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteClusterResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteCluster>(&self.request).await
    }
}
