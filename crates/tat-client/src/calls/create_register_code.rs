// @generated from spec/tat/2020-10-28/actions/CreateRegisterCode.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateRegisterCode`.

use tat_model::{ErrorCode, CreateRegisterCodeRequest, CreateRegisterCodeResponse};

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

    /// Sets `Description`: Describes the registration code. maximum length is 128 characters.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears `Description` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets `InstanceNamePrefix`: Prefix of the registered instance name. maximum length is 32 characters.
    pub fn instance_name_prefix(mut self, value: impl Into<String>) -> Self {
        self.request.instance_name_prefix = Some(value.into());
        self
    }

    /// Sets or clears `InstanceNamePrefix` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_instance_name_prefix(mut self, value: Option<String>) -> Self {
        self.request.instance_name_prefix = value;
        self
    }

    /// Sets `RegisterLimit`: Number of instances allowed by the registration code. default value is 10, minimum value is 1, maximum value is 10000.
    pub fn register_limit(mut self, value: i64) -> Self {
        self.request.register_limit = Some(value);
        self
    }

    /// Sets or clears `RegisterLimit` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_register_limit(mut self, value: Option<i64>) -> Self {
        self.request.register_limit = value;
        self
    }

    /// Sets `EffectiveTime`: The validity time of the registration code is measured in hours. default value is 4. -If the input value is less than or equal to 99999, the time is deemed valid in hours. -If the input value is more than 99999, it is set to permanently valid.
    pub fn effective_time(mut self, value: i64) -> Self {
        self.request.effective_time = Some(value);
        self
    }

    /// Sets or clears `EffectiveTime` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_effective_time(mut self, value: Option<i64>) -> Self {
        self.request.effective_time = value;
        self
    }

    /// Sets `IpAddressRange`: Restrict the registration code to register only from the public outbound ip described by IpAddressRange. Empty by default, meaning no restrictions. The value should be in standard IPv4 or CIDRv4 format, such as 192.168.1.1 or 192.168.0.0/16.
    pub fn ip_address_range(mut self, value: impl Into<String>) -> Self {
        self.request.ip_address_range = Some(value.into());
        self
    }

    /// Sets or clears `IpAddressRange` from an `Option`, for members set conditionally: `None` leaves it out of the request.
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
        self.client.send::<tat_model::CreateRegisterCode>(&self.request).await
    }
}
