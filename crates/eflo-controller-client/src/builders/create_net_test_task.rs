// @generated from spec/eflo-controller/2022-12-15/actions/CreateNetTestTask.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateNetTestTask`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::create_net_test_task::{
    CreateNetTestTask, CreateNetTestTaskRequest, CreateNetTestTaskResponse,
};

/// Builds and sends `CreateNetTestTask`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateNetTestTaskBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateNetTestTaskRequest,
}

impl CreateNetTestTaskBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateNetTestTaskRequest::default(),
        }
    }

    /// Sets [`ClusterId`](CreateNetTestTaskRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](CreateNetTestTaskRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`ClusterName`](CreateNetTestTaskRequest::cluster_name): The cluster name.
    pub fn cluster_name(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_name = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterName`](CreateNetTestTaskRequest::cluster_name): `None` leaves it out.
    pub fn set_cluster_name(mut self, value: Option<String>) -> Self {
        self.request.cluster_name = value;
        self
    }

    /// Sets [`CommTest`](CreateNetTestTaskRequest::comm_test): Specify this parameter if [NetTestType](crate::types::NetTestType) is set to [CommTest](crate::types::CommTest).
    pub fn comm_test(
        mut self,
        value: impl Into<eflo_controller_model::types::CreateNetTestTaskCommTest>,
    ) -> Self {
        self.request.comm_test = Some(value.into());
        self
    }

    /// Sets or clears [`CommTest`](CreateNetTestTaskRequest::comm_test): `None` leaves it out.
    pub fn set_comm_test(
        mut self,
        value: Option<eflo_controller_model::types::CreateNetTestTaskCommTest>,
    ) -> Self {
        self.request.comm_test = value;
        self
    }

    /// Sets [`DelayTest`](CreateNetTestTaskRequest::delay_test): Specify this parameter if [NetTestType](crate::types::NetTestType) is set to [DelayTest](crate::types::DelayTest).
    pub fn delay_test(
        mut self,
        value: impl Into<eflo_controller_model::types::CreateNetTestTaskDelayTest>,
    ) -> Self {
        self.request.delay_test = Some(value.into());
        self
    }

    /// Sets or clears [`DelayTest`](CreateNetTestTaskRequest::delay_test): `None` leaves it out.
    pub fn set_delay_test(
        mut self,
        value: Option<eflo_controller_model::types::CreateNetTestTaskDelayTest>,
    ) -> Self {
        self.request.delay_test = value;
        self
    }

    /// Sets [`NetTestType`](CreateNetTestTaskRequest::net_test_type): The type of network test.
    pub fn net_test_type(
        mut self,
        value: impl Into<eflo_controller_model::types::NetTestType>,
    ) -> Self {
        self.request.net_test_type = Some(value.into());
        self
    }

    /// Sets or clears [`NetTestType`](CreateNetTestTaskRequest::net_test_type): `None` leaves it out.
    pub fn set_net_test_type(
        mut self,
        value: Option<eflo_controller_model::types::NetTestType>,
    ) -> Self {
        self.request.net_test_type = value;
        self
    }

    /// Sets [`NetworkMode`](CreateNetTestTaskRequest::network_mode): The network mode.
    pub fn network_mode(mut self, value: impl Into<String>) -> Self {
        self.request.network_mode = Some(value.into());
        self
    }

    /// Sets or clears [`NetworkMode`](CreateNetTestTaskRequest::network_mode): `None` leaves it out.
    pub fn set_network_mode(mut self, value: Option<String>) -> Self {
        self.request.network_mode = value;
        self
    }

    /// Sets [`Port`](CreateNetTestTaskRequest::port): The test port number.
    pub fn port(mut self, value: impl Into<String>) -> Self {
        self.request.port = Some(value.into());
        self
    }

    /// Sets or clears [`Port`](CreateNetTestTaskRequest::port): `None` leaves it out.
    pub fn set_port(mut self, value: Option<String>) -> Self {
        self.request.port = value;
        self
    }

    /// Sets [`TrafficTest`](CreateNetTestTaskRequest::traffic_test): This field is empty if [TrafficModel](crate::types::TrafficModel) is set to Fullmesh.
    pub fn traffic_test(
        mut self,
        value: impl Into<eflo_controller_model::types::CreateNetTestTaskTrafficTest>,
    ) -> Self {
        self.request.traffic_test = Some(value.into());
        self
    }

    /// Sets or clears [`TrafficTest`](CreateNetTestTaskRequest::traffic_test): `None` leaves it out.
    pub fn set_traffic_test(
        mut self,
        value: Option<eflo_controller_model::types::CreateNetTestTaskTrafficTest>,
    ) -> Self {
        self.request.traffic_test = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateNetTestTaskRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateNetTestTaskRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateNetTestTaskResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateNetTestTask>(&self.request).await
    }
}
