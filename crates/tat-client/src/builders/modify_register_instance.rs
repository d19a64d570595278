// @generated from spec/tat/2020-10-28/actions/ModifyRegisterInstance.json by `cargo xtask codegen`; do not edit.
//! The builder of `ModifyRegisterInstance`.

use tat_model::ErrorCode;
use tat_model::actions::modify_register_instance::{
    ModifyRegisterInstance, ModifyRegisterInstanceRequest, ModifyRegisterInstanceResponse,
};

/// Builds and sends `ModifyRegisterInstance`: This API is used to modify managed instance information.
///
/// # Examples
///
/// Editing a Managed Instance (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .modify_register_instance()
///     .instance_id("rins-xfjkunbgax")
///     .instance_name("webserver-01")
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ModifyRegisterInstanceBuilder {
    client: sdk_runtime::ServiceClient,
    request: ModifyRegisterInstanceRequest,
}

impl ModifyRegisterInstanceBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ModifyRegisterInstanceRequest::default(),
        }
    }

    /// Sets [`InstanceId`](ModifyRegisterInstanceRequest::instance_id): Managed instance ID.
    ///
    /// Required.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.request.instance_id = Some(value.into());
        self
    }

    /// Sets or clears [`InstanceId`](ModifyRegisterInstanceRequest::instance_id): `None` leaves it out.
    pub fn set_instance_id(mut self, value: Option<String>) -> Self {
        self.request.instance_id = value;
        self
    }

    /// Sets [`InstanceName`](ModifyRegisterInstanceRequest::instance_name): Instance name.
    ///
    /// Required.
    pub fn instance_name(mut self, value: impl Into<String>) -> Self {
        self.request.instance_name = Some(value.into());
        self
    }

    /// Sets or clears [`InstanceName`](ModifyRegisterInstanceRequest::instance_name): `None` leaves it out.
    pub fn set_instance_name(mut self, value: Option<String>) -> Self {
        self.request.instance_name = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ModifyRegisterInstanceRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ModifyRegisterInstanceRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ModifyRegisterInstanceResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ModifyRegisterInstance>(&self.request).await
    }
}
