// @generated from spec/eflo-controller/2022-12-15/actions/SendFile.json by `cargo xtask codegen`; do not edit.
//! The builder of `SendFile`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::send_file::{
    SendFile, SendFileRequest, SendFileResponse,
};

/// Builds and sends `SendFile`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct SendFileBuilder {
    client: sdk_runtime::ServiceClient,
    request: SendFileRequest,
}

impl SendFileBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: SendFileRequest::default(),
        }
    }

    /// Sets [`Content`](SendFileRequest::content): The content of the file.
    ///
    /// Required.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.request.content = Some(value.into());
        self
    }

    /// Sets or clears [`Content`](SendFileRequest::content): `None` leaves it out.
    pub fn set_content(mut self, value: Option<String>) -> Self {
        self.request.content = value;
        self
    }

    /// Sets [`ContentType`](SendFileRequest::content_type): The content type of the file.
    pub fn content_type(mut self, value: impl Into<String>) -> Self {
        self.request.content_type = Some(value.into());
        self
    }

    /// Sets or clears [`ContentType`](SendFileRequest::content_type): `None` leaves it out.
    pub fn set_content_type(mut self, value: Option<String>) -> Self {
        self.request.content_type = value;
        self
    }

    /// Sets [`Description`](SendFileRequest::description): The description of the file.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears [`Description`](SendFileRequest::description): `None` leaves it out.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets [`FileGroup`](SendFileRequest::file_group): The user group of the file.
    pub fn file_group(mut self, value: impl Into<String>) -> Self {
        self.request.file_group = Some(value.into());
        self
    }

    /// Sets or clears [`FileGroup`](SendFileRequest::file_group): `None` leaves it out.
    pub fn set_file_group(mut self, value: Option<String>) -> Self {
        self.request.file_group = value;
        self
    }

    /// Sets [`FileMode`](SendFileRequest::file_mode): The permissions on the file.
    pub fn file_mode(mut self, value: impl Into<String>) -> Self {
        self.request.file_mode = Some(value.into());
        self
    }

    /// Sets or clears [`FileMode`](SendFileRequest::file_mode): `None` leaves it out.
    pub fn set_file_mode(mut self, value: Option<String>) -> Self {
        self.request.file_mode = value;
        self
    }

    /// Sets [`FileOwner`](SendFileRequest::file_owner): The owner of the file.
    pub fn file_owner(mut self, value: impl Into<String>) -> Self {
        self.request.file_owner = Some(value.into());
        self
    }

    /// Sets or clears [`FileOwner`](SendFileRequest::file_owner): `None` leaves it out.
    pub fn set_file_owner(mut self, value: Option<String>) -> Self {
        self.request.file_owner = value;
        self
    }

    /// Sets [`Name`](SendFileRequest::name): The file name.
    ///
    /// Required.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`Name`](SendFileRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets [`NodeIdList`](SendFileRequest::node_id_list): The node list.
    ///
    /// Required.
    pub fn node_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`NodeIdList`](SendFileRequest::node_id_list): `None` leaves it out.
    pub fn set_node_id_list(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_id_list = value;
        self
    }

    /// Sets [`Overwrite`](SendFileRequest::overwrite): Specifies whether to overwrite file with the same name in the destination directory.
    pub fn overwrite(mut self, value: bool) -> Self {
        self.request.overwrite = Some(value);
        self
    }

    /// Sets or clears [`Overwrite`](SendFileRequest::overwrite): `None` leaves it out.
    pub fn set_overwrite(mut self, value: Option<bool>) -> Self {
        self.request.overwrite = value;
        self
    }

    /// Sets [`TargetDir`](SendFileRequest::target_dir): The directory in the Lingjun node to which the file is sent.
    ///
    /// Required.
    pub fn target_dir(mut self, value: impl Into<String>) -> Self {
        self.request.target_dir = Some(value.into());
        self
    }

    /// Sets or clears [`TargetDir`](SendFileRequest::target_dir): `None` leaves it out.
    pub fn set_target_dir(mut self, value: Option<String>) -> Self {
        self.request.target_dir = value;
        self
    }

    /// Sets [`Timeout`](SendFileRequest::timeout): The timeout period for the file sending task.
    pub fn timeout(mut self, value: i64) -> Self {
        self.request.timeout = Some(value);
        self
    }

    /// Sets or clears [`Timeout`](SendFileRequest::timeout): `None` leaves it out.
    pub fn set_timeout(mut self, value: Option<i64>) -> Self {
        self.request.timeout = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &SendFileRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: SendFileRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<SendFileResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<SendFile>(&self.request).await
    }
}
