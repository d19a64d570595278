// @generated from spec/cs/2015-12-15/actions/ListAddons.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListAddons`.

use cs_model::ErrorCode;
use cs_model::actions::list_addons::{ListAddons, ListAddonsRequest, ListAddonsResponse};

/// Builds and sends `ListAddons`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListAddonsBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListAddonsRequest,
}

impl ListAddonsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListAddonsRequest::default(),
        }
    }

    /// Sets [`cluster_id`](ListAddonsRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_id`](ListAddonsRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`cluster_spec`](ListAddonsRequest::cluster_spec): The cluster specification.
    pub fn cluster_spec(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_spec = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_spec`](ListAddonsRequest::cluster_spec): `None` leaves it out.
    pub fn set_cluster_spec(mut self, value: Option<String>) -> Self {
        self.request.cluster_spec = value;
        self
    }

    /// Sets [`cluster_type`](ListAddonsRequest::cluster_type): The cluster type.
    pub fn cluster_type(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_type = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_type`](ListAddonsRequest::cluster_type): `None` leaves it out.
    pub fn set_cluster_type(mut self, value: Option<String>) -> Self {
        self.request.cluster_type = value;
        self
    }

    /// Sets [`cluster_version`](ListAddonsRequest::cluster_version): The cluster version.
    pub fn cluster_version(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_version = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_version`](ListAddonsRequest::cluster_version): `None` leaves it out.
    pub fn set_cluster_version(mut self, value: Option<String>) -> Self {
        self.request.cluster_version = value;
        self
    }

    /// Sets [`profile`](ListAddonsRequest::profile): The cluster profile.
    pub fn profile(mut self, value: impl Into<String>) -> Self {
        self.request.profile = Some(value.into());
        self
    }

    /// Sets or clears [`profile`](ListAddonsRequest::profile): `None` leaves it out.
    pub fn set_profile(mut self, value: Option<String>) -> Self {
        self.request.profile = value;
        self
    }

    /// Sets [`region_id`](ListAddonsRequest::region_id): The region.
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.request.region_id = Some(value.into());
        self
    }

    /// Sets or clears [`region_id`](ListAddonsRequest::region_id): `None` leaves it out.
    pub fn set_region_id(mut self, value: Option<String>) -> Self {
        self.request.region_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListAddonsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListAddonsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListAddonsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListAddons>(&self.request).await
    }
}
