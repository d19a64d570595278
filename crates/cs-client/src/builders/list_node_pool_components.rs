// @generated from spec/cs/2015-12-15/actions/ListNodePoolComponents.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListNodePoolComponents`.

use cs_model::ErrorCode;
use cs_model::actions::list_node_pool_components::{
    ListNodePoolComponents, ListNodePoolComponentsRequest, ListNodePoolComponentsResponse,
};

/// Builds and sends `ListNodePoolComponents`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListNodePoolComponentsBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListNodePoolComponentsRequest,
}

impl ListNodePoolComponentsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListNodePoolComponentsRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ListNodePoolComponentsRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ListNodePoolComponentsRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`image_id`](ListNodePoolComponentsRequest::image_id): The image ID of the node pool.
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.request.image_id = Some(value.into());
        self
    }

    /// Sets or clears [`image_id`](ListNodePoolComponentsRequest::image_id): `None` leaves it out.
    pub fn set_image_id(mut self, value: Option<String>) -> Self {
        self.request.image_id = value;
        self
    }

    /// Sets [`image_type`](ListNodePoolComponentsRequest::image_type): The image type of the node pool.
    pub fn image_type(mut self, value: impl Into<String>) -> Self {
        self.request.image_type = Some(value.into());
        self
    }

    /// Sets or clears [`image_type`](ListNodePoolComponentsRequest::image_type): `None` leaves it out.
    pub fn set_image_type(mut self, value: Option<String>) -> Self {
        self.request.image_type = value;
        self
    }

    /// Sets [`instance_types`](ListNodePoolComponentsRequest::instance_types): The instance types of the node pool.
    pub fn instance_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instance_types = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`instance_types`](ListNodePoolComponentsRequest::instance_types): `None` leaves it out.
    pub fn set_instance_types(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instance_types = value;
        self
    }

    /// Sets [`max_results`](ListNodePoolComponentsRequest::max_results): The maximum number of results per page.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`max_results`](ListNodePoolComponentsRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`next_token`](ListNodePoolComponentsRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`next_token`](ListNodePoolComponentsRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`nodepool_id`](ListNodePoolComponentsRequest::nodepool_id): The node pool ID.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`nodepool_id`](ListNodePoolComponentsRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`nodepool_type`](ListNodePoolComponentsRequest::nodepool_type): The node pool type.
    pub fn nodepool_type(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_type = Some(value.into());
        self
    }

    /// Sets or clears [`nodepool_type`](ListNodePoolComponentsRequest::nodepool_type): `None` leaves it out.
    pub fn set_nodepool_type(mut self, value: Option<String>) -> Self {
        self.request.nodepool_type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListNodePoolComponentsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListNodePoolComponentsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListNodePoolComponentsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListNodePoolComponents>(&self.request).await
    }
}
