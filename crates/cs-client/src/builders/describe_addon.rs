// @generated from spec/cs/2015-12-15/actions/DescribeAddon.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeAddon`.

use cs_model::ErrorCode;
use cs_model::actions::describe_addon::{
    DescribeAddon, DescribeAddonRequest, DescribeAddonResponse,
};

/// Builds and sends `DescribeAddon`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeAddonBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeAddonRequest,
}

impl DescribeAddonBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeAddonRequest::default(),
        }
    }

    /// Sets [`AddonName`](DescribeAddonRequest::addon_name).
    ///
    /// Required.
    pub fn addon_name(mut self, value: impl Into<String>) -> Self {
        self.request.addon_name = Some(value.into());
        self
    }

    /// Sets or clears [`AddonName`](DescribeAddonRequest::addon_name): `None` leaves it out.
    pub fn set_addon_name(mut self, value: Option<String>) -> Self {
        self.request.addon_name = value;
        self
    }

    /// Sets [`cluster_id`](DescribeAddonRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_id`](DescribeAddonRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`cluster_spec`](DescribeAddonRequest::cluster_spec): The cluster specification.
    pub fn cluster_spec(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_spec = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_spec`](DescribeAddonRequest::cluster_spec): `None` leaves it out.
    pub fn set_cluster_spec(mut self, value: Option<String>) -> Self {
        self.request.cluster_spec = value;
        self
    }

    /// Sets [`cluster_type`](DescribeAddonRequest::cluster_type): The cluster type.
    pub fn cluster_type(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_type = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_type`](DescribeAddonRequest::cluster_type): `None` leaves it out.
    pub fn set_cluster_type(mut self, value: Option<String>) -> Self {
        self.request.cluster_type = value;
        self
    }

    /// Sets [`cluster_version`](DescribeAddonRequest::cluster_version): The cluster version.
    pub fn cluster_version(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_version = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_version`](DescribeAddonRequest::cluster_version): `None` leaves it out.
    pub fn set_cluster_version(mut self, value: Option<String>) -> Self {
        self.request.cluster_version = value;
        self
    }

    /// Sets [`profile`](DescribeAddonRequest::profile): The cluster profile.
    pub fn profile(mut self, value: impl Into<String>) -> Self {
        self.request.profile = Some(value.into());
        self
    }

    /// Sets or clears [`profile`](DescribeAddonRequest::profile): `None` leaves it out.
    pub fn set_profile(mut self, value: Option<String>) -> Self {
        self.request.profile = value;
        self
    }

    /// Sets [`region_id`](DescribeAddonRequest::region_id): The region ID.
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.request.region_id = Some(value.into());
        self
    }

    /// Sets or clears [`region_id`](DescribeAddonRequest::region_id): `None` leaves it out.
    pub fn set_region_id(mut self, value: Option<String>) -> Self {
        self.request.region_id = value;
        self
    }

    /// Sets [`version`](DescribeAddonRequest::version): The component version.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.request.version = Some(value.into());
        self
    }

    /// Sets or clears [`version`](DescribeAddonRequest::version): `None` leaves it out.
    pub fn set_version(mut self, value: Option<String>) -> Self {
        self.request.version = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeAddonRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeAddonRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeAddonResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeAddon>(&self.request).await
    }
}
