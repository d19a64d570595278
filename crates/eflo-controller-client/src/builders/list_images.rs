// @generated from spec/eflo-controller/2022-12-15/actions/ListImages.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListImages`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_images::{
    ListImages, ListImagesRequest, ListImagesResponse,
};

/// Builds and sends `ListImages`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListImagesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListImagesRequest,
}

impl ListImagesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListImagesRequest::default(),
        }
    }

    /// Sets [`Architecture`](ListImagesRequest::architecture): The architecture.
    pub fn architecture(mut self, value: impl Into<String>) -> Self {
        self.request.architecture = Some(value.into());
        self
    }

    /// Sets or clears [`Architecture`](ListImagesRequest::architecture): `None` leaves it out.
    pub fn set_architecture(mut self, value: Option<String>) -> Self {
        self.request.architecture = value;
        self
    }

    /// Sets [`ImageVersion`](ListImagesRequest::image_version): The image version.
    pub fn image_version(mut self, value: impl Into<String>) -> Self {
        self.request.image_version = Some(value.into());
        self
    }

    /// Sets or clears [`ImageVersion`](ListImagesRequest::image_version): `None` leaves it out.
    pub fn set_image_version(mut self, value: Option<String>) -> Self {
        self.request.image_version = value;
        self
    }

    /// Sets [`Platform`](ListImagesRequest::platform): The platform.
    pub fn platform(mut self, value: impl Into<String>) -> Self {
        self.request.platform = Some(value.into());
        self
    }

    /// Sets or clears [`Platform`](ListImagesRequest::platform): `None` leaves it out.
    pub fn set_platform(mut self, value: Option<String>) -> Self {
        self.request.platform = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListImagesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListImagesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListImagesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListImages>(&self.request).await
    }
}
