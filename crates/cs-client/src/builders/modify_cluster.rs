// @generated from spec/cs/2015-12-15/actions/ModifyCluster.json by `cargo xtask codegen`; do not edit.
//! The builder of `ModifyCluster`.

use cs_model::ErrorCode;
use cs_model::actions::modify_cluster::{
    ModifyCluster, ModifyClusterRequest, ModifyClusterResponse,
};

/// Builds and sends `ModifyCluster`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ModifyClusterBuilder {
    client: sdk_runtime::ServiceClient,
    request: ModifyClusterRequest,
}

impl ModifyClusterBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ModifyClusterRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ModifyClusterRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ModifyClusterRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`access_control_list`](ModifyClusterRequest::access_control_list): The access control list (ACL) for the API server SLB of a registered cluster.
    pub fn access_control_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.access_control_list = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`access_control_list`](ModifyClusterRequest::access_control_list): `None` leaves it out.
    pub fn set_access_control_list(mut self, value: Option<Vec<String>>) -> Self {
        self.request.access_control_list = value;
        self
    }

    /// Sets [`api_server_custom_cert_sans`](ModifyClusterRequest::api_server_custom_cert_sans): The custom API server certificate Subject Alternative Names (SANs).
    pub fn api_server_custom_cert_sans(
        mut self,
        value: impl Into<cs_model::types::ApiServerCustomCertSans>,
    ) -> Self {
        self.request.api_server_custom_cert_sans = Some(value.into());
        self
    }

    /// Sets or clears [`api_server_custom_cert_sans`](ModifyClusterRequest::api_server_custom_cert_sans): `None` leaves it out.
    pub fn set_api_server_custom_cert_sans(
        mut self,
        value: Option<cs_model::types::ApiServerCustomCertSans>,
    ) -> Self {
        self.request.api_server_custom_cert_sans = value;
        self
    }

    /// Sets [`api_server_eip`](ModifyClusterRequest::api_server_eip): Specifies whether the cluster is attached with an EIP for public network access to the API server.
    pub fn api_server_eip(mut self, value: bool) -> Self {
        self.request.api_server_eip = Some(value);
        self
    }

    /// Sets or clears [`api_server_eip`](ModifyClusterRequest::api_server_eip): `None` leaves it out.
    pub fn set_api_server_eip(mut self, value: Option<bool>) -> Self {
        self.request.api_server_eip = value;
        self
    }

    /// Sets [`api_server_eip_id`](ModifyClusterRequest::api_server_eip_id): The instance ID of the EIP attached to the cluster API server.
    pub fn api_server_eip_id(mut self, value: impl Into<String>) -> Self {
        self.request.api_server_eip_id = Some(value.into());
        self
    }

    /// Sets or clears [`api_server_eip_id`](ModifyClusterRequest::api_server_eip_id): `None` leaves it out.
    pub fn set_api_server_eip_id(mut self, value: Option<String>) -> Self {
        self.request.api_server_eip_id = value;
        self
    }

    /// Sets [`client_token`](ModifyClusterRequest::client_token): The client token.
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.request.client_token = Some(value.into());
        self
    }

    /// Sets or clears [`client_token`](ModifyClusterRequest::client_token): `None` leaves it out.
    pub fn set_client_token(mut self, value: Option<String>) -> Self {
        self.request.client_token = value;
        self
    }

    /// Sets [`cluster_name`](ModifyClusterRequest::cluster_name): The custom cluster name.
    pub fn cluster_name(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_name = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_name`](ModifyClusterRequest::cluster_name): `None` leaves it out.
    pub fn set_cluster_name(mut self, value: Option<String>) -> Self {
        self.request.cluster_name = value;
        self
    }

    /// Sets [`cluster_spec`](ModifyClusterRequest::cluster_spec): The cluster specification when `cluster_type` is set to `ManagedKubernetes` and `profile` is configured.
    pub fn cluster_spec(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_spec = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_spec`](ModifyClusterRequest::cluster_spec): `None` leaves it out.
    pub fn set_cluster_spec(mut self, value: Option<String>) -> Self {
        self.request.cluster_spec = value;
        self
    }

    /// Sets [`control_plane_config`](ModifyClusterRequest::control_plane_config): The control plane configuration for dedicated clusters.
    pub fn control_plane_config(
        mut self,
        value: impl Into<cs_model::types::ModifyClusterControlPlaneConfig>,
    ) -> Self {
        self.request.control_plane_config = Some(value.into());
        self
    }

    /// Sets or clears [`control_plane_config`](ModifyClusterRequest::control_plane_config): `None` leaves it out.
    pub fn set_control_plane_config(
        mut self,
        value: Option<cs_model::types::ModifyClusterControlPlaneConfig>,
    ) -> Self {
        self.request.control_plane_config = value;
        self
    }

    /// Sets [`control_plane_endpoints_config`](ModifyClusterRequest::control_plane_endpoints_config): The cluster connection configuration.
    pub fn control_plane_endpoints_config(
        mut self,
        value: impl Into<cs_model::types::ModifyClusterControlPlaneEndpointsConfig>,
    ) -> Self {
        self.request.control_plane_endpoints_config = Some(value.into());
        self
    }

    /// Sets or clears [`control_plane_endpoints_config`](ModifyClusterRequest::control_plane_endpoints_config): `None` leaves it out.
    pub fn set_control_plane_endpoints_config(
        mut self,
        value: Option<cs_model::types::ModifyClusterControlPlaneEndpointsConfig>,
    ) -> Self {
        self.request.control_plane_endpoints_config = value;
        self
    }

    /// Sets [`deletion_protection`](ModifyClusterRequest::deletion_protection): Specifies whether to enable deletion protection for the cluster.
    pub fn deletion_protection(mut self, value: bool) -> Self {
        self.request.deletion_protection = Some(value);
        self
    }

    /// Sets or clears [`deletion_protection`](ModifyClusterRequest::deletion_protection): `None` leaves it out.
    pub fn set_deletion_protection(mut self, value: Option<bool>) -> Self {
        self.request.deletion_protection = value;
        self
    }

    /// Sets [`enable_rrsa`](ModifyClusterRequest::enable_rrsa): Specifies whether to enable or disable the RRSA feature.
    pub fn enable_rrsa(mut self, value: bool) -> Self {
        self.request.enable_rrsa = Some(value);
        self
    }

    /// Sets or clears [`enable_rrsa`](ModifyClusterRequest::enable_rrsa): `None` leaves it out.
    pub fn set_enable_rrsa(mut self, value: Option<bool>) -> Self {
        self.request.enable_rrsa = value;
        self
    }

    /// Sets [`ingress_domain_rebinding`](ModifyClusterRequest::ingress_domain_rebinding): Specifies whether to rebind the test domain name of the cluster.
    pub fn ingress_domain_rebinding(mut self, value: bool) -> Self {
        self.request.ingress_domain_rebinding = Some(value);
        self
    }

    /// Sets or clears [`ingress_domain_rebinding`](ModifyClusterRequest::ingress_domain_rebinding): `None` leaves it out.
    pub fn set_ingress_domain_rebinding(mut self, value: Option<bool>) -> Self {
        self.request.ingress_domain_rebinding = value;
        self
    }

    /// Sets [`ingress_loadbalancer_id`](ModifyClusterRequest::ingress_loadbalancer_id): The instance ID of the SLB for the cluster to be modified.
    pub fn ingress_loadbalancer_id(mut self, value: impl Into<String>) -> Self {
        self.request.ingress_loadbalancer_id = Some(value.into());
        self
    }

    /// Sets or clears [`ingress_loadbalancer_id`](ModifyClusterRequest::ingress_loadbalancer_id): `None` leaves it out.
    pub fn set_ingress_loadbalancer_id(mut self, value: Option<String>) -> Self {
        self.request.ingress_loadbalancer_id = value;
        self
    }

    /// Sets [`instance_deletion_protection`](ModifyClusterRequest::instance_deletion_protection): Specifies whether to enable instance deletion protection.
    pub fn instance_deletion_protection(mut self, value: bool) -> Self {
        self.request.instance_deletion_protection = Some(value);
        self
    }

    /// Sets or clears [`instance_deletion_protection`](ModifyClusterRequest::instance_deletion_protection): `None` leaves it out.
    pub fn set_instance_deletion_protection(mut self, value: Option<bool>) -> Self {
        self.request.instance_deletion_protection = value;
        self
    }

    /// Sets [`maintenance_window`](ModifyClusterRequest::maintenance_window): The O&M window configuration for the cluster.
    pub fn maintenance_window(
        mut self,
        value: impl Into<cs_model::types::MaintenanceWindow>,
    ) -> Self {
        self.request.maintenance_window = Some(value.into());
        self
    }

    /// Sets or clears [`maintenance_window`](ModifyClusterRequest::maintenance_window): `None` leaves it out.
    pub fn set_maintenance_window(
        mut self,
        value: Option<cs_model::types::MaintenanceWindow>,
    ) -> Self {
        self.request.maintenance_window = value;
        self
    }

    /// Sets [`operation_policy`](ModifyClusterRequest::operation_policy): The automatic O&M policy for the cluster.
    pub fn operation_policy(
        mut self,
        value: impl Into<cs_model::types::OperationPolicy>,
    ) -> Self {
        self.request.operation_policy = Some(value.into());
        self
    }

    /// Sets or clears [`operation_policy`](ModifyClusterRequest::operation_policy): `None` leaves it out.
    pub fn set_operation_policy(
        mut self,
        value: Option<cs_model::types::OperationPolicy>,
    ) -> Self {
        self.request.operation_policy = value;
        self
    }

    /// Sets [`resource_group_id`](ModifyClusterRequest::resource_group_id): The resource group ID of the cluster.
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`resource_group_id`](ModifyClusterRequest::resource_group_id): `None` leaves it out.
    pub fn set_resource_group_id(mut self, value: Option<String>) -> Self {
        self.request.resource_group_id = value;
        self
    }

    /// Sets [`security_group_id`](ModifyClusterRequest::security_group_id): The control plane security group ID.
    pub fn security_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.security_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`security_group_id`](ModifyClusterRequest::security_group_id): `None` leaves it out.
    pub fn set_security_group_id(mut self, value: Option<String>) -> Self {
        self.request.security_group_id = value;
        self
    }

    /// Sets [`system_events_logging`](ModifyClusterRequest::system_events_logging): The system event storage configuration.
    pub fn system_events_logging(
        mut self,
        value: impl Into<cs_model::types::SystemEventsLogging>,
    ) -> Self {
        self.request.system_events_logging = Some(value.into());
        self
    }

    /// Sets or clears [`system_events_logging`](ModifyClusterRequest::system_events_logging): `None` leaves it out.
    pub fn set_system_events_logging(
        mut self,
        value: Option<cs_model::types::SystemEventsLogging>,
    ) -> Self {
        self.request.system_events_logging = value;
        self
    }

    /// Sets [`timezone`](ModifyClusterRequest::timezone): The cluster time zone.
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.request.timezone = Some(value.into());
        self
    }

    /// Sets or clears [`timezone`](ModifyClusterRequest::timezone): `None` leaves it out.
    pub fn set_timezone(mut self, value: Option<String>) -> Self {
        self.request.timezone = value;
        self
    }

    /// Sets [`vswitch_ids`](ModifyClusterRequest::vswitch_ids): The control plane vSwitches of the cluster.
    pub fn vswitch_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.vswitch_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`vswitch_ids`](ModifyClusterRequest::vswitch_ids): `None` leaves it out.
    pub fn set_vswitch_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.vswitch_ids = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ModifyClusterRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ModifyClusterRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ModifyClusterResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ModifyCluster>(&self.request).await
    }
}
