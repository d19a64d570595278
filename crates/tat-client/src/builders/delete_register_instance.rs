// @generated from spec/tat/2020-10-28/actions/DeleteRegisterInstance.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteRegisterInstance`.

use tat_model::ErrorCode;
use tat_model::actions::delete_register_instance::{
    DeleteRegisterInstance, DeleteRegisterInstanceRequest, DeleteRegisterInstanceResponse,
};

/// Builds and sends `DeleteRegisterInstance`: This API is used to delete managed instances.
///
/// # Examples
///
/// Deleting a Managed Instance (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .delete_register_instance()
///     .instance_id("rinst-xdfaxfgax")
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteRegisterInstanceBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteRegisterInstanceRequest,
}

impl DeleteRegisterInstanceBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteRegisterInstanceRequest::default(),
        }
    }

    /// Sets [`InstanceId`](DeleteRegisterInstanceRequest::instance_id): Managed instance ID.
    ///
    /// Required.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.request.instance_id = Some(value.into());
        self
    }

    /// Sets or clears [`InstanceId`](DeleteRegisterInstanceRequest::instance_id): `None` leaves it out.
    pub fn set_instance_id(mut self, value: Option<String>) -> Self {
        self.request.instance_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteRegisterInstanceRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteRegisterInstanceRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteRegisterInstanceResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteRegisterInstance>(&self.request).await
    }
}
