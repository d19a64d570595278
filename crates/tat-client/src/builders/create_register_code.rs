// @generated from spec/tat/2020-10-28/actions/CreateRegisterCode.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateRegisterCode`.

use tat_model::ErrorCode;
use tat_model::actions::create_register_code::{
    CreateRegisterCode, CreateRegisterCodeRequest, CreateRegisterCodeResponse,
};

/// Builds and sends `CreateRegisterCode`: This API is used to create a registration code.
///
/// # Examples
///
/// Creating a Registration Code with Parameter (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .create_register_code()
///     .description("webserver")
///     .instance_name_prefix("webserver")
///     .register_limit(10)
///     .effective_time(4)
///     .ip_address_range("192.168.10.1/10")
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
///
/// Creating a Registration Code - No Parameters (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .create_register_code()
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateRegisterCodeBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateRegisterCodeRequest,
}

impl CreateRegisterCodeBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateRegisterCodeRequest::default(),
        }
    }

    /// Sets [`Description`](CreateRegisterCodeRequest::description): Describes the registration code.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears [`Description`](CreateRegisterCodeRequest::description): `None` leaves it out.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets [`InstanceNamePrefix`](CreateRegisterCodeRequest::instance_name_prefix): Prefix of the registered instance name.
    pub fn instance_name_prefix(mut self, value: impl Into<String>) -> Self {
        self.request.instance_name_prefix = Some(value.into());
        self
    }

    /// Sets or clears [`InstanceNamePrefix`](CreateRegisterCodeRequest::instance_name_prefix): `None` leaves it out.
    pub fn set_instance_name_prefix(mut self, value: Option<String>) -> Self {
        self.request.instance_name_prefix = value;
        self
    }

    /// Sets [`RegisterLimit`](CreateRegisterCodeRequest::register_limit): Number of instances allowed by the registration code.
    pub fn register_limit(mut self, value: i64) -> Self {
        self.request.register_limit = Some(value);
        self
    }

    /// Sets or clears [`RegisterLimit`](CreateRegisterCodeRequest::register_limit): `None` leaves it out.
    pub fn set_register_limit(mut self, value: Option<i64>) -> Self {
        self.request.register_limit = value;
        self
    }

    /// Sets [`EffectiveTime`](CreateRegisterCodeRequest::effective_time): The validity time of the registration code is measured in hours.
    pub fn effective_time(mut self, value: i64) -> Self {
        self.request.effective_time = Some(value);
        self
    }

    /// Sets or clears [`EffectiveTime`](CreateRegisterCodeRequest::effective_time): `None` leaves it out.
    pub fn set_effective_time(mut self, value: Option<i64>) -> Self {
        self.request.effective_time = value;
        self
    }

    /// Sets [`IpAddressRange`](CreateRegisterCodeRequest::ip_address_range): Restrict the registration code to register only from the public outbound ip described by IpAddressRange.
    pub fn ip_address_range(mut self, value: impl Into<String>) -> Self {
        self.request.ip_address_range = Some(value.into());
        self
    }

    /// Sets or clears [`IpAddressRange`](CreateRegisterCodeRequest::ip_address_range): `None` leaves it out.
    pub fn set_ip_address_range(mut self, value: Option<String>) -> Self {
        self.request.ip_address_range = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateRegisterCodeRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateRegisterCodeRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateRegisterCodeResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateRegisterCode>(&self.request).await
    }
}
