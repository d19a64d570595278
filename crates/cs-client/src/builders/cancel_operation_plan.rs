// @generated from spec/cs/2015-12-15/actions/CancelOperationPlan.json by `cargo xtask codegen`; do not edit.
//! The builder of `CancelOperationPlan`.

use cs_model::ErrorCode;
use cs_model::actions::cancel_operation_plan::{
    CancelOperationPlan, CancelOperationPlanRequest, CancelOperationPlanResponse,
};

/// Builds and sends `CancelOperationPlan`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CancelOperationPlanBuilder {
    client: sdk_runtime::ServiceClient,
    request: CancelOperationPlanRequest,
}

impl CancelOperationPlanBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CancelOperationPlanRequest::default(),
        }
    }

    /// Sets [`PlanId`](CancelOperationPlanRequest::plan_id).
    ///
    /// Required.
    pub fn plan_id(mut self, value: impl Into<String>) -> Self {
        self.request.plan_id = Some(value.into());
        self
    }

    /// Sets or clears [`PlanId`](CancelOperationPlanRequest::plan_id): `None` leaves it out.
    pub fn set_plan_id(mut self, value: Option<String>) -> Self {
        self.request.plan_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CancelOperationPlanRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CancelOperationPlanRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CancelOperationPlanResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CancelOperationPlan>(&self.request).await
    }
}
