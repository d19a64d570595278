// @generated from spec/tat/2020-10-28/actions/CancelInvocation.json by `cargo xtask codegen`; do not edit.
//! The builder of `CancelInvocation`.

use tat_model::ErrorCode;
use tat_model::actions::cancel_invocation::{
    CancelInvocation, CancelInvocationRequest, CancelInvocationResponse,
};

/// Builds and sends `CancelInvocation`: Cancel the executed command on one or multiple instances.
///
/// - If the command is not delivered to the agent and the task status is in PENDING, DELIVERING, or DELIVER_DELAYED, the state of a task is CANCELLED after cancellation.
/// - If the command is sent to the agent and the task status is RUNNING, the task status is TERMINATED after cancellation.
///
/// # Examples
///
/// Canceling the execution of a command (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .cancel_invocation()
///     .invocation_id("inv-ib2lld37")
///     .instance_ids(["ins-zcewfho0"])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CancelInvocationBuilder {
    client: sdk_runtime::ServiceClient,
    request: CancelInvocationRequest,
}

impl CancelInvocationBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CancelInvocationRequest::default(),
        }
    }

    /// Sets [`InvocationId`](CancelInvocationRequest::invocation_id): Execution activity ID.
    ///
    /// Required.
    pub fn invocation_id(mut self, value: impl Into<String>) -> Self {
        self.request.invocation_id = Some(value.into());
        self
    }

    /// Sets or clears [`InvocationId`](CancelInvocationRequest::invocation_id): `None` leaves it out.
    pub fn set_invocation_id(mut self, value: Option<String>) -> Self {
        self.request.invocation_id = value;
        self
    }

    /// Sets [`InstanceIds`](CancelInvocationRequest::instance_ids): Instance ID list.
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`InstanceIds`](CancelInvocationRequest::instance_ids): `None` leaves it out.
    pub fn set_instance_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instance_ids = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CancelInvocationRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CancelInvocationRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CancelInvocationResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CancelInvocation>(&self.request).await
    }
}
