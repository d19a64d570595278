// @generated from spec/cs/2015-12-15/actions/CreateCluster.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateCluster`.

use cs_model::ErrorCode;
use cs_model::actions::create_cluster::{
    CreateCluster, CreateClusterRequest, CreateClusterResponse,
};

/// Builds and sends `CreateCluster`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateClusterBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateClusterRequest,
}

impl CreateClusterBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateClusterRequest::default(),
        }
    }

    /// Sets [`access_control_list`](CreateClusterRequest::access_control_list): **\[Deprecated\]** The access control list (ACL) of the SLB instance for the API server of a registered cluster.
    pub fn access_control_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.access_control_list = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`access_control_list`](CreateClusterRequest::access_control_list): `None` leaves it out.
    pub fn set_access_control_list(mut self, value: Option<Vec<String>>) -> Self {
        self.request.access_control_list = value;
        self
    }

    /// Sets [`addons`](CreateClusterRequest::addons): The list of cluster components.
    pub fn addons(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Addon>>,
    ) -> Self {
        self.request.addons = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`addons`](CreateClusterRequest::addons): `None` leaves it out.
    pub fn set_addons(mut self, value: Option<Vec<cs_model::types::Addon>>) -> Self {
        self.request.addons = value;
        self
    }

    /// Sets [`api_audiences`](CreateClusterRequest::api_audiences): A ServiceAccount is the access credential used by a pod to communicate with the cluster API server.
    pub fn api_audiences(mut self, value: impl Into<String>) -> Self {
        self.request.api_audiences = Some(value.into());
        self
    }

    /// Sets or clears [`api_audiences`](CreateClusterRequest::api_audiences): `None` leaves it out.
    pub fn set_api_audiences(mut self, value: Option<String>) -> Self {
        self.request.api_audiences = value;
        self
    }

    /// Sets [`audit_log_config`](CreateClusterRequest::audit_log_config): The cluster audit log configuration.
    pub fn audit_log_config(
        mut self,
        value: impl Into<cs_model::types::AuditLogConfig>,
    ) -> Self {
        self.request.audit_log_config = Some(value.into());
        self
    }

    /// Sets or clears [`audit_log_config`](CreateClusterRequest::audit_log_config): `None` leaves it out.
    pub fn set_audit_log_config(
        mut self,
        value: Option<cs_model::types::AuditLogConfig>,
    ) -> Self {
        self.request.audit_log_config = value;
        self
    }

    /// Sets [`auto_mode`](CreateClusterRequest::auto_mode): The [intelligent managed mode](https://help.aliyun.com/document_detail/2938898.html) configuration.
    pub fn auto_mode(mut self, value: impl Into<cs_model::types::AutoMode>) -> Self {
        self.request.auto_mode = Some(value.into());
        self
    }

    /// Sets or clears [`auto_mode`](CreateClusterRequest::auto_mode): `None` leaves it out.
    pub fn set_auto_mode(mut self, value: Option<cs_model::types::AutoMode>) -> Self {
        self.request.auto_mode = value;
        self
    }

    /// Sets [`auto_renew`](CreateClusterRequest::auto_renew): **\[Deprecated\]**.
    pub fn auto_renew(mut self, value: bool) -> Self {
        self.request.auto_renew = Some(value);
        self
    }

    /// Sets or clears [`auto_renew`](CreateClusterRequest::auto_renew): `None` leaves it out.
    pub fn set_auto_renew(mut self, value: Option<bool>) -> Self {
        self.request.auto_renew = value;
        self
    }

    /// Sets [`auto_renew_period`](CreateClusterRequest::auto_renew_period): **\[Deprecated\]**.
    pub fn auto_renew_period(mut self, value: i64) -> Self {
        self.request.auto_renew_period = Some(value);
        self
    }

    /// Sets or clears [`auto_renew_period`](CreateClusterRequest::auto_renew_period): `None` leaves it out.
    pub fn set_auto_renew_period(mut self, value: Option<i64>) -> Self {
        self.request.auto_renew_period = value;
        self
    }

    /// Sets [`charge_type`](CreateClusterRequest::charge_type): **\[Deprecated\]**.
    pub fn charge_type(mut self, value: impl Into<String>) -> Self {
        self.request.charge_type = Some(value.into());
        self
    }

    /// Sets or clears [`charge_type`](CreateClusterRequest::charge_type): `None` leaves it out.
    pub fn set_charge_type(mut self, value: Option<String>) -> Self {
        self.request.charge_type = value;
        self
    }

    /// Sets [`cis_enabled`](CreateClusterRequest::cis_enabled): **\[Deprecated\]** For cluster control plane configuration, use the `security_hardening_os` parameter under `control_plane_config` instead.
    pub fn cis_enabled(mut self, value: bool) -> Self {
        self.request.cis_enabled = Some(value);
        self
    }

    /// Sets or clears [`cis_enabled`](CreateClusterRequest::cis_enabled): `None` leaves it out.
    pub fn set_cis_enabled(mut self, value: Option<bool>) -> Self {
        self.request.cis_enabled = value;
        self
    }

    /// Sets [`client_token`](CreateClusterRequest::client_token): The client token.
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.request.client_token = Some(value.into());
        self
    }

    /// Sets or clears [`client_token`](CreateClusterRequest::client_token): `None` leaves it out.
    pub fn set_client_token(mut self, value: Option<String>) -> Self {
        self.request.client_token = value;
        self
    }

    /// Sets [`cloud_monitor_flags`](CreateClusterRequest::cloud_monitor_flags): **\[Deprecated\]** For cluster control plane node configuration, use the `cloud_monitor_flags` parameter under `control_plane_config` instead.
    pub fn cloud_monitor_flags(mut self, value: bool) -> Self {
        self.request.cloud_monitor_flags = Some(value);
        self
    }

    /// Sets or clears [`cloud_monitor_flags`](CreateClusterRequest::cloud_monitor_flags): `None` leaves it out.
    pub fn set_cloud_monitor_flags(mut self, value: Option<bool>) -> Self {
        self.request.cloud_monitor_flags = value;
        self
    }

    /// Sets [`cluster_domain`](CreateClusterRequest::cluster_domain): The cluster local domain name.
    pub fn cluster_domain(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_domain = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_domain`](CreateClusterRequest::cluster_domain): `None` leaves it out.
    pub fn set_cluster_domain(mut self, value: Option<String>) -> Self {
        self.request.cluster_domain = value;
        self
    }

    /// Sets [`cluster_spec`](CreateClusterRequest::cluster_spec): After you set `cluster_type` to `ManagedKubernetes` and configure `profile`, you can further specify the cluster specification.
    pub fn cluster_spec(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_spec = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_spec`](CreateClusterRequest::cluster_spec): `None` leaves it out.
    pub fn set_cluster_spec(mut self, value: Option<String>) -> Self {
        self.request.cluster_spec = value;
        self
    }

    /// Sets [`cluster_type`](CreateClusterRequest::cluster_type).
    pub fn cluster_type(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_type = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_type`](CreateClusterRequest::cluster_type): `None` leaves it out.
    pub fn set_cluster_type(mut self, value: Option<String>) -> Self {
        self.request.cluster_type = value;
        self
    }

    /// Sets [`container_cidr`](CreateClusterRequest::container_cidr): The pod network CIDR block.
    pub fn container_cidr(mut self, value: impl Into<String>) -> Self {
        self.request.container_cidr = Some(value.into());
        self
    }

    /// Sets or clears [`container_cidr`](CreateClusterRequest::container_cidr): `None` leaves it out.
    pub fn set_container_cidr(mut self, value: Option<String>) -> Self {
        self.request.container_cidr = value;
        self
    }

    /// Sets [`control_plane_config`](CreateClusterRequest::control_plane_config): The control plane configuration for ACK dedicated clusters.
    pub fn control_plane_config(
        mut self,
        value: impl Into<cs_model::types::ControlPlaneConfig>,
    ) -> Self {
        self.request.control_plane_config = Some(value.into());
        self
    }

    /// Sets or clears [`control_plane_config`](CreateClusterRequest::control_plane_config): `None` leaves it out.
    pub fn set_control_plane_config(
        mut self,
        value: Option<cs_model::types::ControlPlaneConfig>,
    ) -> Self {
        self.request.control_plane_config = value;
        self
    }

    /// Sets [`control_plane_endpoints_config`](CreateClusterRequest::control_plane_endpoints_config): The cluster endpoint configuration.
    pub fn control_plane_endpoints_config(
        mut self,
        value: impl Into<cs_model::types::ControlPlaneEndpointsConfig>,
    ) -> Self {
        self.request.control_plane_endpoints_config = Some(value.into());
        self
    }

    /// Sets or clears [`control_plane_endpoints_config`](CreateClusterRequest::control_plane_endpoints_config): `None` leaves it out.
    pub fn set_control_plane_endpoints_config(
        mut self,
        value: Option<cs_model::types::ControlPlaneEndpointsConfig>,
    ) -> Self {
        self.request.control_plane_endpoints_config = value;
        self
    }

    /// Sets [`controlplane_log_components`](CreateClusterRequest::controlplane_log_components): The list of component names that specifies which control plane components to collect logs from.
    pub fn controlplane_log_components(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.controlplane_log_components = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`controlplane_log_components`](CreateClusterRequest::controlplane_log_components): `None` leaves it out.
    pub fn set_controlplane_log_components(
        mut self,
        value: Option<Vec<String>>,
    ) -> Self {
        self.request.controlplane_log_components = value;
        self
    }

    /// Sets [`controlplane_log_project`](CreateClusterRequest::controlplane_log_project): The Simple Log Service project for control plane component logs.
    pub fn controlplane_log_project(mut self, value: impl Into<String>) -> Self {
        self.request.controlplane_log_project = Some(value.into());
        self
    }

    /// Sets or clears [`controlplane_log_project`](CreateClusterRequest::controlplane_log_project): `None` leaves it out.
    pub fn set_controlplane_log_project(mut self, value: Option<String>) -> Self {
        self.request.controlplane_log_project = value;
        self
    }

    /// Sets [`controlplane_log_ttl`](CreateClusterRequest::controlplane_log_ttl): The log retention period for control plane component logs, in days.
    pub fn controlplane_log_ttl(mut self, value: impl Into<String>) -> Self {
        self.request.controlplane_log_ttl = Some(value.into());
        self
    }

    /// Sets or clears [`controlplane_log_ttl`](CreateClusterRequest::controlplane_log_ttl): `None` leaves it out.
    pub fn set_controlplane_log_ttl(mut self, value: Option<String>) -> Self {
        self.request.controlplane_log_ttl = value;
        self
    }

    /// Sets [`cpu_policy`](CreateClusterRequest::cpu_policy): **\[Deprecated\]** Use the `cpu_policy` parameter under `control_plane_config` for cluster control plane configuration, or use the `cpu_policy` parameter under `kubernetes_config` in `nodepool` for node pool configuration.
    pub fn cpu_policy(mut self, value: impl Into<String>) -> Self {
        self.request.cpu_policy = Some(value.into());
        self
    }

    /// Sets or clears [`cpu_policy`](CreateClusterRequest::cpu_policy): `None` leaves it out.
    pub fn set_cpu_policy(mut self, value: Option<String>) -> Self {
        self.request.cpu_policy = value;
        self
    }

    /// Sets [`custom_san`](CreateClusterRequest::custom_san): **\[Deprecated\]** Use the `extra_sans` parameter instead.
    pub fn custom_san(mut self, value: impl Into<String>) -> Self {
        self.request.custom_san = Some(value.into());
        self
    }

    /// Sets or clears [`custom_san`](CreateClusterRequest::custom_san): `None` leaves it out.
    pub fn set_custom_san(mut self, value: Option<String>) -> Self {
        self.request.custom_san = value;
        self
    }

    /// Sets [`deletion_protection`](CreateClusterRequest::deletion_protection): Specifies whether to enable cluster deletion protection, which prevents the cluster from being accidentally deleted in the console or by calling API operations.
    pub fn deletion_protection(mut self, value: bool) -> Self {
        self.request.deletion_protection = Some(value);
        self
    }

    /// Sets or clears [`deletion_protection`](CreateClusterRequest::deletion_protection): `None` leaves it out.
    pub fn set_deletion_protection(mut self, value: Option<bool>) -> Self {
        self.request.deletion_protection = value;
        self
    }

    /// Sets [`disable_rollback`](CreateClusterRequest::disable_rollback): **\[Deprecated\]** When cluster creation fails, no rollback is performed by default.
    pub fn disable_rollback(mut self, value: bool) -> Self {
        self.request.disable_rollback = Some(value);
        self
    }

    /// Sets or clears [`disable_rollback`](CreateClusterRequest::disable_rollback): `None` leaves it out.
    pub fn set_disable_rollback(mut self, value: Option<bool>) -> Self {
        self.request.disable_rollback = value;
        self
    }

    /// Sets [`enable_rrsa`](CreateClusterRequest::enable_rrsa): **\[Deprecated\]** Use the `rrsa_config` parameter instead.
    pub fn enable_rrsa(mut self, value: bool) -> Self {
        self.request.enable_rrsa = Some(value);
        self
    }

    /// Sets or clears [`enable_rrsa`](CreateClusterRequest::enable_rrsa): `None` leaves it out.
    pub fn set_enable_rrsa(mut self, value: Option<bool>) -> Self {
        self.request.enable_rrsa = value;
        self
    }

    /// Sets [`encryption_provider_key`](CreateClusterRequest::encryption_provider_key): The ID of the Key Management Service (KMS) key used to encrypt cloud disks.
    pub fn encryption_provider_key(mut self, value: impl Into<String>) -> Self {
        self.request.encryption_provider_key = Some(value.into());
        self
    }

    /// Sets or clears [`encryption_provider_key`](CreateClusterRequest::encryption_provider_key): `None` leaves it out.
    pub fn set_encryption_provider_key(mut self, value: Option<String>) -> Self {
        self.request.encryption_provider_key = value;
        self
    }

    /// Sets [`endpoint_public_access`](CreateClusterRequest::endpoint_public_access): Specifies whether to enable public network access.
    pub fn endpoint_public_access(mut self, value: bool) -> Self {
        self.request.endpoint_public_access = Some(value);
        self
    }

    /// Sets or clears [`endpoint_public_access`](CreateClusterRequest::endpoint_public_access): `None` leaves it out.
    pub fn set_endpoint_public_access(mut self, value: Option<bool>) -> Self {
        self.request.endpoint_public_access = value;
        self
    }

    /// Sets [`extra_sans`](CreateClusterRequest::extra_sans): The custom Subject Alternative Name (SAN) for the API Server certificate.
    pub fn extra_sans(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.extra_sans = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`extra_sans`](CreateClusterRequest::extra_sans): `None` leaves it out.
    pub fn set_extra_sans(mut self, value: Option<Vec<String>>) -> Self {
        self.request.extra_sans = value;
        self
    }

    /// Sets [`format_disk`](CreateClusterRequest::format_disk): **\[Deprecated\]** Selecting existing nodes during cluster creation is not supported.
    pub fn format_disk(mut self, value: bool) -> Self {
        self.request.format_disk = Some(value);
        self
    }

    /// Sets or clears [`format_disk`](CreateClusterRequest::format_disk): `None` leaves it out.
    pub fn set_format_disk(mut self, value: Option<bool>) -> Self {
        self.request.format_disk = value;
        self
    }

    /// Sets [`image_id`](CreateClusterRequest::image_id): **\[Deprecated\]** For cluster control plane configuration, use the `image_id` parameter under `control_plane_config` instead.
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.request.image_id = Some(value.into());
        self
    }

    /// Sets or clears [`image_id`](CreateClusterRequest::image_id): `None` leaves it out.
    pub fn set_image_id(mut self, value: Option<String>) -> Self {
        self.request.image_id = value;
        self
    }

    /// Sets [`image_type`](CreateClusterRequest::image_type): **\[Deprecated\]** For cluster control plane configuration, use the `image_type` parameter under `control_plane_config` instead.
    pub fn image_type(mut self, value: impl Into<String>) -> Self {
        self.request.image_type = Some(value.into());
        self
    }

    /// Sets or clears [`image_type`](CreateClusterRequest::image_type): `None` leaves it out.
    pub fn set_image_type(mut self, value: Option<String>) -> Self {
        self.request.image_type = value;
        self
    }

    /// Sets [`instances`](CreateClusterRequest::instances): **\[Deprecated\]** Selecting existing nodes during cluster creation is not supported.
    pub fn instances(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instances = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`instances`](CreateClusterRequest::instances): `None` leaves it out.
    pub fn set_instances(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instances = value;
        self
    }

    /// Sets [`ip_stack`](CreateClusterRequest::ip_stack): The IP protocol stack of the cluster.
    pub fn ip_stack(mut self, value: impl Into<String>) -> Self {
        self.request.ip_stack = Some(value.into());
        self
    }

    /// Sets or clears [`ip_stack`](CreateClusterRequest::ip_stack): `None` leaves it out.
    pub fn set_ip_stack(mut self, value: Option<String>) -> Self {
        self.request.ip_stack = value;
        self
    }

    /// Sets [`is_enterprise_security_group`](CreateClusterRequest::is_enterprise_security_group): Specifies whether to enable automatic creation of an advanced security group.
    pub fn is_enterprise_security_group(mut self, value: bool) -> Self {
        self.request.is_enterprise_security_group = Some(value);
        self
    }

    /// Sets or clears [`is_enterprise_security_group`](CreateClusterRequest::is_enterprise_security_group): `None` leaves it out.
    pub fn set_is_enterprise_security_group(mut self, value: Option<bool>) -> Self {
        self.request.is_enterprise_security_group = value;
        self
    }

    /// Sets [`keep_instance_name`](CreateClusterRequest::keep_instance_name): **\[Deprecated\]** Selecting existing nodes during cluster creation is not supported.
    pub fn keep_instance_name(mut self, value: bool) -> Self {
        self.request.keep_instance_name = Some(value);
        self
    }

    /// Sets or clears [`keep_instance_name`](CreateClusterRequest::keep_instance_name): `None` leaves it out.
    pub fn set_keep_instance_name(mut self, value: Option<bool>) -> Self {
        self.request.keep_instance_name = value;
        self
    }

    /// Sets [`key_pair`](CreateClusterRequest::key_pair): **\[Deprecated\]** For cluster control plane configuration, use the `key_pair` parameter under `control_plane_config` instead.
    pub fn key_pair(mut self, value: impl Into<String>) -> Self {
        self.request.key_pair = Some(value.into());
        self
    }

    /// Sets or clears [`key_pair`](CreateClusterRequest::key_pair): `None` leaves it out.
    pub fn set_key_pair(mut self, value: Option<String>) -> Self {
        self.request.key_pair = value;
        self
    }

    /// Sets [`kubernetes_version`](CreateClusterRequest::kubernetes_version): The cluster version, which is consistent with the Kubernetes community baseline version.
    pub fn kubernetes_version(mut self, value: impl Into<String>) -> Self {
        self.request.kubernetes_version = Some(value.into());
        self
    }

    /// Sets or clears [`kubernetes_version`](CreateClusterRequest::kubernetes_version): `None` leaves it out.
    pub fn set_kubernetes_version(mut self, value: Option<String>) -> Self {
        self.request.kubernetes_version = value;
        self
    }

    /// Sets [`load_balancer_id`](CreateClusterRequest::load_balancer_id): The Classic Load Balancer (CLB) instance ID used for API Server access.
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.request.load_balancer_id = Some(value.into());
        self
    }

    /// Sets or clears [`load_balancer_id`](CreateClusterRequest::load_balancer_id): `None` leaves it out.
    pub fn set_load_balancer_id(mut self, value: Option<String>) -> Self {
        self.request.load_balancer_id = value;
        self
    }

    /// Sets [`load_balancer_spec`](CreateClusterRequest::load_balancer_spec): **\[Deprecated\]** CLB uses pay-by-usage billing.
    pub fn load_balancer_spec(mut self, value: impl Into<String>) -> Self {
        self.request.load_balancer_spec = Some(value.into());
        self
    }

    /// Sets or clears [`load_balancer_spec`](CreateClusterRequest::load_balancer_spec): `None` leaves it out.
    pub fn set_load_balancer_spec(mut self, value: Option<String>) -> Self {
        self.request.load_balancer_spec = value;
        self
    }

    /// Sets [`logging_type`](CreateClusterRequest::logging_type): **\[Deprecated\]** Enables the log service for the cluster.
    pub fn logging_type(mut self, value: impl Into<String>) -> Self {
        self.request.logging_type = Some(value.into());
        self
    }

    /// Sets or clears [`logging_type`](CreateClusterRequest::logging_type): `None` leaves it out.
    pub fn set_logging_type(mut self, value: Option<String>) -> Self {
        self.request.logging_type = value;
        self
    }

    /// Sets [`login_password`](CreateClusterRequest::login_password): **\[Deprecated\]** For cluster control plane configuration, use the `login_password` parameter under `control_plane_config` instead.
    pub fn login_password(mut self, value: impl Into<String>) -> Self {
        self.request.login_password = Some(value.into());
        self
    }

    /// Sets or clears [`login_password`](CreateClusterRequest::login_password): `None` leaves it out.
    pub fn set_login_password(mut self, value: Option<String>) -> Self {
        self.request.login_password = value;
        self
    }

    /// Sets [`maintenance_window`](CreateClusterRequest::maintenance_window): The cluster O&M window.
    pub fn maintenance_window(
        mut self,
        value: impl Into<cs_model::types::MaintenanceWindow>,
    ) -> Self {
        self.request.maintenance_window = Some(value.into());
        self
    }

    /// Sets or clears [`maintenance_window`](CreateClusterRequest::maintenance_window): `None` leaves it out.
    pub fn set_maintenance_window(
        mut self,
        value: Option<cs_model::types::MaintenanceWindow>,
    ) -> Self {
        self.request.maintenance_window = value;
        self
    }

    /// Sets [`master_auto_renew`](CreateClusterRequest::master_auto_renew): **\[Deprecated\]** For cluster control plane configuration, use the `auto_renew` parameter under `control_plane_config` instead.
    pub fn master_auto_renew(mut self, value: bool) -> Self {
        self.request.master_auto_renew = Some(value);
        self
    }

    /// Sets or clears [`master_auto_renew`](CreateClusterRequest::master_auto_renew): `None` leaves it out.
    pub fn set_master_auto_renew(mut self, value: Option<bool>) -> Self {
        self.request.master_auto_renew = value;
        self
    }

    /// Sets [`master_auto_renew_period`](CreateClusterRequest::master_auto_renew_period): **\[Deprecated\]** For cluster control plane configuration, use the `auto_renew_period` parameter under `control_plane_config` instead.
    pub fn master_auto_renew_period(mut self, value: i64) -> Self {
        self.request.master_auto_renew_period = Some(value);
        self
    }

    /// Sets or clears [`master_auto_renew_period`](CreateClusterRequest::master_auto_renew_period): `None` leaves it out.
    pub fn set_master_auto_renew_period(mut self, value: Option<i64>) -> Self {
        self.request.master_auto_renew_period = value;
        self
    }

    /// Sets [`master_count`](CreateClusterRequest::master_count): **\[Deprecated\]** For cluster control plane configuration, use the `size` parameter under `control_plane_config` instead.
    pub fn master_count(mut self, value: i64) -> Self {
        self.request.master_count = Some(value);
        self
    }

    /// Sets or clears [`master_count`](CreateClusterRequest::master_count): `None` leaves it out.
    pub fn set_master_count(mut self, value: Option<i64>) -> Self {
        self.request.master_count = value;
        self
    }

    /// Sets [`master_instance_charge_type`](CreateClusterRequest::master_instance_charge_type): **\[Deprecated\]** For cluster control plane configuration, use the `instance_charge_type` parameter under `control_plane_config` instead.
    pub fn master_instance_charge_type(mut self, value: impl Into<String>) -> Self {
        self.request.master_instance_charge_type = Some(value.into());
        self
    }

    /// Sets or clears [`master_instance_charge_type`](CreateClusterRequest::master_instance_charge_type): `None` leaves it out.
    pub fn set_master_instance_charge_type(mut self, value: Option<String>) -> Self {
        self.request.master_instance_charge_type = value;
        self
    }

    /// Sets [`master_instance_types`](CreateClusterRequest::master_instance_types): **\[Deprecated\]** For cluster control plane configuration, use the `instance_types` parameter under `control_plane_config` instead.
    pub fn master_instance_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.master_instance_types = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`master_instance_types`](CreateClusterRequest::master_instance_types): `None` leaves it out.
    pub fn set_master_instance_types(mut self, value: Option<Vec<String>>) -> Self {
        self.request.master_instance_types = value;
        self
    }

    /// Sets [`master_period`](CreateClusterRequest::master_period): **\[Deprecated\]** For cluster control plane configuration, use the `unit` parameter under `control_plane_config` instead.
    pub fn master_period(mut self, value: i64) -> Self {
        self.request.master_period = Some(value);
        self
    }

    /// Sets or clears [`master_period`](CreateClusterRequest::master_period): `None` leaves it out.
    pub fn set_master_period(mut self, value: Option<i64>) -> Self {
        self.request.master_period = value;
        self
    }

    /// Sets [`master_period_unit`](CreateClusterRequest::master_period_unit): **\[Deprecated\]** For cluster control plane configuration, use the `period_unit` parameter under `control_plane_config` instead.
    pub fn master_period_unit(mut self, value: impl Into<String>) -> Self {
        self.request.master_period_unit = Some(value.into());
        self
    }

    /// Sets or clears [`master_period_unit`](CreateClusterRequest::master_period_unit): `None` leaves it out.
    pub fn set_master_period_unit(mut self, value: Option<String>) -> Self {
        self.request.master_period_unit = value;
        self
    }

    /// Sets [`master_system_disk_category`](CreateClusterRequest::master_system_disk_category): **\[Deprecated\]** For cluster control plane configuration, use the `system_disk_category` parameter under `control_plane_config` instead.
    pub fn master_system_disk_category(mut self, value: impl Into<String>) -> Self {
        self.request.master_system_disk_category = Some(value.into());
        self
    }

    /// Sets or clears [`master_system_disk_category`](CreateClusterRequest::master_system_disk_category): `None` leaves it out.
    pub fn set_master_system_disk_category(mut self, value: Option<String>) -> Self {
        self.request.master_system_disk_category = value;
        self
    }

    /// Sets [`master_system_disk_performance_level`](CreateClusterRequest::master_system_disk_performance_level): **\[Deprecated\]** For cluster control plane configuration, use the `system_disk_performance_level` parameter under `control_plane_config` instead.
    pub fn master_system_disk_performance_level(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.request.master_system_disk_performance_level = Some(value.into());
        self
    }

    /// Sets or clears [`master_system_disk_performance_level`](CreateClusterRequest::master_system_disk_performance_level): `None` leaves it out.
    pub fn set_master_system_disk_performance_level(
        mut self,
        value: Option<String>,
    ) -> Self {
        self.request.master_system_disk_performance_level = value;
        self
    }

    /// Sets [`master_system_disk_size`](CreateClusterRequest::master_system_disk_size): **\[Deprecated\]** For cluster control plane configuration, use the `system_disk_size` parameter under `control_plane_config` instead.
    pub fn master_system_disk_size(mut self, value: i64) -> Self {
        self.request.master_system_disk_size = Some(value);
        self
    }

    /// Sets or clears [`master_system_disk_size`](CreateClusterRequest::master_system_disk_size): `None` leaves it out.
    pub fn set_master_system_disk_size(mut self, value: Option<i64>) -> Self {
        self.request.master_system_disk_size = value;
        self
    }

    /// Sets [`master_system_disk_snapshot_policy_id`](CreateClusterRequest::master_system_disk_snapshot_policy_id): **\[Deprecated\]** For cluster control plane configuration, use the `system_disk_snapshot_policy_id` parameter under `control_plane_config` instead.
    pub fn master_system_disk_snapshot_policy_id(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.request.master_system_disk_snapshot_policy_id = Some(value.into());
        self
    }

    /// Sets or clears [`master_system_disk_snapshot_policy_id`](CreateClusterRequest::master_system_disk_snapshot_policy_id): `None` leaves it out.
    pub fn set_master_system_disk_snapshot_policy_id(
        mut self,
        value: Option<String>,
    ) -> Self {
        self.request.master_system_disk_snapshot_policy_id = value;
        self
    }

    /// Sets [`master_vswitch_ids`](CreateClusterRequest::master_vswitch_ids): **\[Deprecated\]** Use the `vswitch_ids` parameter instead.
    pub fn master_vswitch_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.master_vswitch_ids = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`master_vswitch_ids`](CreateClusterRequest::master_vswitch_ids): `None` leaves it out.
    pub fn set_master_vswitch_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.master_vswitch_ids = value;
        self
    }

    /// Sets [`name`](CreateClusterRequest::name): The custom cluster name.
    ///
    /// Required.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`name`](CreateClusterRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets [`nat_gateway`](CreateClusterRequest::nat_gateway): **\[Deprecated\]** Use the `snat_entry` parameter instead.
    pub fn nat_gateway(mut self, value: bool) -> Self {
        self.request.nat_gateway = Some(value);
        self
    }

    /// Sets or clears [`nat_gateway`](CreateClusterRequest::nat_gateway): `None` leaves it out.
    pub fn set_nat_gateway(mut self, value: Option<bool>) -> Self {
        self.request.nat_gateway = value;
        self
    }

    /// Sets [`node_cidr_mask`](CreateClusterRequest::node_cidr_mask): The number of IP addresses per node, determined by specifying the network CIDR block.
    pub fn node_cidr_mask(mut self, value: impl Into<String>) -> Self {
        self.request.node_cidr_mask = Some(value.into());
        self
    }

    /// Sets or clears [`node_cidr_mask`](CreateClusterRequest::node_cidr_mask): `None` leaves it out.
    pub fn set_node_cidr_mask(mut self, value: Option<String>) -> Self {
        self.request.node_cidr_mask = value;
        self
    }

    /// Sets [`node_name_mode`](CreateClusterRequest::node_name_mode): **\[Deprecated\]** For node pool configuration, use the `node_name_mode` parameter under `kubernetes_config` in `nodepool` instead.
    pub fn node_name_mode(mut self, value: impl Into<String>) -> Self {
        self.request.node_name_mode = Some(value.into());
        self
    }

    /// Sets or clears [`node_name_mode`](CreateClusterRequest::node_name_mode): `None` leaves it out.
    pub fn set_node_name_mode(mut self, value: Option<String>) -> Self {
        self.request.node_name_mode = value;
        self
    }

    /// Sets [`node_port_range`](CreateClusterRequest::node_port_range): The node service port range.
    pub fn node_port_range(mut self, value: impl Into<String>) -> Self {
        self.request.node_port_range = Some(value.into());
        self
    }

    /// Sets or clears [`node_port_range`](CreateClusterRequest::node_port_range): `None` leaves it out.
    pub fn set_node_port_range(mut self, value: Option<String>) -> Self {
        self.request.node_port_range = value;
        self
    }

    /// Sets [`nodepools`](CreateClusterRequest::nodepools): The list of node pools.
    pub fn nodepools(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Nodepool>>,
    ) -> Self {
        self.request.nodepools = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`nodepools`](CreateClusterRequest::nodepools): `None` leaves it out.
    pub fn set_nodepools(
        mut self,
        value: Option<Vec<cs_model::types::Nodepool>>,
    ) -> Self {
        self.request.nodepools = value;
        self
    }

    /// Sets [`num_of_nodes`](CreateClusterRequest::num_of_nodes): **\[Deprecated\]** Use the desired_size parameter under scaling_group in nodepool instead.
    pub fn num_of_nodes(mut self, value: i64) -> Self {
        self.request.num_of_nodes = Some(value);
        self
    }

    /// Sets or clears [`num_of_nodes`](CreateClusterRequest::num_of_nodes): `None` leaves it out.
    pub fn set_num_of_nodes(mut self, value: Option<i64>) -> Self {
        self.request.num_of_nodes = value;
        self
    }

    /// Sets [`operation_policy`](CreateClusterRequest::operation_policy): The cluster automatic O&M policy.
    pub fn operation_policy(
        mut self,
        value: impl Into<cs_model::types::OperationPolicy>,
    ) -> Self {
        self.request.operation_policy = Some(value.into());
        self
    }

    /// Sets or clears [`operation_policy`](CreateClusterRequest::operation_policy): `None` leaves it out.
    pub fn set_operation_policy(
        mut self,
        value: Option<cs_model::types::OperationPolicy>,
    ) -> Self {
        self.request.operation_policy = value;
        self
    }

    /// Sets [`os_type`](CreateClusterRequest::os_type): **\[Deprecated\]** For cluster control plane node configuration, use the image_type parameter under control_plane_config instead.
    pub fn os_type(mut self, value: impl Into<String>) -> Self {
        self.request.os_type = Some(value.into());
        self
    }

    /// Sets or clears [`os_type`](CreateClusterRequest::os_type): `None` leaves it out.
    pub fn set_os_type(mut self, value: Option<String>) -> Self {
        self.request.os_type = value;
        self
    }

    /// Sets [`period`](CreateClusterRequest::period): **\[Deprecated\]**.
    pub fn period(mut self, value: i64) -> Self {
        self.request.period = Some(value);
        self
    }

    /// Sets or clears [`period`](CreateClusterRequest::period): `None` leaves it out.
    pub fn set_period(mut self, value: Option<i64>) -> Self {
        self.request.period = value;
        self
    }

    /// Sets [`period_unit`](CreateClusterRequest::period_unit): **\[Deprecated\]**.
    pub fn period_unit(mut self, value: impl Into<String>) -> Self {
        self.request.period_unit = Some(value.into());
        self
    }

    /// Sets or clears [`period_unit`](CreateClusterRequest::period_unit): `None` leaves it out.
    pub fn set_period_unit(mut self, value: Option<String>) -> Self {
        self.request.period_unit = value;
        self
    }

    /// Sets [`platform`](CreateClusterRequest::platform): **\[Deprecated\]** For node pool configuration, use the platform parameter under scaling_group in nodepool instead.
    pub fn platform(mut self, value: impl Into<String>) -> Self {
        self.request.platform = Some(value.into());
        self
    }

    /// Sets or clears [`platform`](CreateClusterRequest::platform): `None` leaves it out.
    pub fn set_platform(mut self, value: Option<String>) -> Self {
        self.request.platform = value;
        self
    }

    /// Sets [`pod_vswitch_ids`](CreateClusterRequest::pod_vswitch_ids): **\[Deprecated\]** When the Terway network plugin is selected, specify vSwitches for Pod IP address allocation.
    pub fn pod_vswitch_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.pod_vswitch_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`pod_vswitch_ids`](CreateClusterRequest::pod_vswitch_ids): `None` leaves it out.
    pub fn set_pod_vswitch_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.pod_vswitch_ids = value;
        self
    }

    /// Sets [`profile`](CreateClusterRequest::profile): When `cluster_type` is set to `ManagedKubernetes` (ACK managed clusters), you can further specify the cluster subtype.
    pub fn profile(mut self, value: impl Into<String>) -> Self {
        self.request.profile = Some(value.into());
        self
    }

    /// Sets or clears [`profile`](CreateClusterRequest::profile): `None` leaves it out.
    pub fn set_profile(mut self, value: Option<String>) -> Self {
        self.request.profile = value;
        self
    }

    /// Sets [`proxy_mode`](CreateClusterRequest::proxy_mode): The kube-proxy mode.
    pub fn proxy_mode(mut self, value: impl Into<String>) -> Self {
        self.request.proxy_mode = Some(value.into());
        self
    }

    /// Sets or clears [`proxy_mode`](CreateClusterRequest::proxy_mode): `None` leaves it out.
    pub fn set_proxy_mode(mut self, value: Option<String>) -> Self {
        self.request.proxy_mode = value;
        self
    }

    /// Sets [`rds_instances`](CreateClusterRequest::rds_instances): **\[Deprecated\]** For node pool configuration, use the rds_instances parameter under scaling_group in nodepool instead.
    pub fn rds_instances(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.rds_instances = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`rds_instances`](CreateClusterRequest::rds_instances): `None` leaves it out.
    pub fn set_rds_instances(mut self, value: Option<Vec<String>>) -> Self {
        self.request.rds_instances = value;
        self
    }

    /// Sets [`region_id`](CreateClusterRequest::region_id): The ID of the region where the cluster is deployed.
    ///
    /// Required.
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.request.region_id = Some(value.into());
        self
    }

    /// Sets or clears [`region_id`](CreateClusterRequest::region_id): `None` leaves it out.
    pub fn set_region_id(mut self, value: Option<String>) -> Self {
        self.request.region_id = value;
        self
    }

    /// Sets [`resource_group_id`](CreateClusterRequest::resource_group_id): The ID of the resource group to which the cluster belongs.
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`resource_group_id`](CreateClusterRequest::resource_group_id): `None` leaves it out.
    pub fn set_resource_group_id(mut self, value: Option<String>) -> Self {
        self.request.resource_group_id = value;
        self
    }

    /// Sets [`rrsa_config`](CreateClusterRequest::rrsa_config): The RRSA feature configuration.
    pub fn rrsa_config(mut self, value: impl Into<cs_model::types::RrsaConfig>) -> Self {
        self.request.rrsa_config = Some(value.into());
        self
    }

    /// Sets or clears [`rrsa_config`](CreateClusterRequest::rrsa_config): `None` leaves it out.
    pub fn set_rrsa_config(
        mut self,
        value: Option<cs_model::types::RrsaConfig>,
    ) -> Self {
        self.request.rrsa_config = value;
        self
    }

    /// Sets [`runtime`](CreateClusterRequest::runtime): The container runtime used by the cluster.
    pub fn runtime(mut self, value: impl Into<cs_model::types::Runtime>) -> Self {
        self.request.runtime = Some(value.into());
        self
    }

    /// Sets or clears [`runtime`](CreateClusterRequest::runtime): `None` leaves it out.
    pub fn set_runtime(mut self, value: Option<cs_model::types::Runtime>) -> Self {
        self.request.runtime = value;
        self
    }

    /// Sets [`security_group_id`](CreateClusterRequest::security_group_id): The ID of an existing security group.
    pub fn security_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.security_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`security_group_id`](CreateClusterRequest::security_group_id): `None` leaves it out.
    pub fn set_security_group_id(mut self, value: Option<String>) -> Self {
        self.request.security_group_id = value;
        self
    }

    /// Sets [`security_hardening_os`](CreateClusterRequest::security_hardening_os): **\[Deprecated\]** For cluster control plane configuration, use the security_hardening_os parameter under control_plane_config instead.
    pub fn security_hardening_os(mut self, value: bool) -> Self {
        self.request.security_hardening_os = Some(value);
        self
    }

    /// Sets or clears [`security_hardening_os`](CreateClusterRequest::security_hardening_os): `None` leaves it out.
    pub fn set_security_hardening_os(mut self, value: Option<bool>) -> Self {
        self.request.security_hardening_os = value;
        self
    }

    /// Sets [`service_account_issuer`](CreateClusterRequest::service_account_issuer): A ServiceAccount is the access credential used for communication between a Pod and the cluster API Server.
    pub fn service_account_issuer(mut self, value: impl Into<String>) -> Self {
        self.request.service_account_issuer = Some(value.into());
        self
    }

    /// Sets or clears [`service_account_issuer`](CreateClusterRequest::service_account_issuer): `None` leaves it out.
    pub fn set_service_account_issuer(mut self, value: Option<String>) -> Self {
        self.request.service_account_issuer = value;
        self
    }

    /// Sets [`service_cidr`](CreateClusterRequest::service_cidr): The CIDR block for the Service network.
    pub fn service_cidr(mut self, value: impl Into<String>) -> Self {
        self.request.service_cidr = Some(value.into());
        self
    }

    /// Sets or clears [`service_cidr`](CreateClusterRequest::service_cidr): `None` leaves it out.
    pub fn set_service_cidr(mut self, value: Option<String>) -> Self {
        self.request.service_cidr = value;
        self
    }

    /// Sets [`service_discovery_types`](CreateClusterRequest::service_discovery_types): **\[Deprecated\]** The service discovery type within the cluster, used to specify the service discovery method in `ACK Serverless` clusters.
    pub fn service_discovery_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.service_discovery_types = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`service_discovery_types`](CreateClusterRequest::service_discovery_types): `None` leaves it out.
    pub fn set_service_discovery_types(mut self, value: Option<Vec<String>>) -> Self {
        self.request.service_discovery_types = value;
        self
    }

    /// Sets [`snat_entry`](CreateClusterRequest::snat_entry): Specifies whether to configure SNAT for the VPC.
    pub fn snat_entry(mut self, value: bool) -> Self {
        self.request.snat_entry = Some(value);
        self
    }

    /// Sets or clears [`snat_entry`](CreateClusterRequest::snat_entry): `None` leaves it out.
    pub fn set_snat_entry(mut self, value: Option<bool>) -> Self {
        self.request.snat_entry = value;
        self
    }

    /// Sets [`soc_enabled`](CreateClusterRequest::soc_enabled): **\[Deprecated\]** For cluster control plane node configurations, use the `soc_enabled` parameter under `control_plane_config` instead.
    pub fn soc_enabled(mut self, value: bool) -> Self {
        self.request.soc_enabled = Some(value);
        self
    }

    /// Sets or clears [`soc_enabled`](CreateClusterRequest::soc_enabled): `None` leaves it out.
    pub fn set_soc_enabled(mut self, value: Option<bool>) -> Self {
        self.request.soc_enabled = value;
        self
    }

    /// Sets [`ssh_flags`](CreateClusterRequest::ssh_flags): Specifies whether to enable public network SSH logon.
    pub fn ssh_flags(mut self, value: bool) -> Self {
        self.request.ssh_flags = Some(value);
        self
    }

    /// Sets or clears [`ssh_flags`](CreateClusterRequest::ssh_flags): `None` leaves it out.
    pub fn set_ssh_flags(mut self, value: Option<bool>) -> Self {
        self.request.ssh_flags = value;
        self
    }

    /// Sets [`tags`](CreateClusterRequest::tags): The node tags.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Tag>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`tags`](CreateClusterRequest::tags): `None` leaves it out.
    pub fn set_tags(mut self, value: Option<Vec<cs_model::types::Tag>>) -> Self {
        self.request.tags = value;
        self
    }

    /// Sets [`taints`](CreateClusterRequest::taints): **\[Deprecated\]** For node pool configuration, use the taints parameter under kubernetes_config in nodepool instead.
    pub fn taints(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Taint>>,
    ) -> Self {
        self.request.taints = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`taints`](CreateClusterRequest::taints): `None` leaves it out.
    pub fn set_taints(mut self, value: Option<Vec<cs_model::types::Taint>>) -> Self {
        self.request.taints = value;
        self
    }

    /// Sets [`timeout_mins`](CreateClusterRequest::timeout_mins): **\[Deprecated\]** When cluster creation fails, the system does not perform a rollback by default.
    pub fn timeout_mins(mut self, value: i64) -> Self {
        self.request.timeout_mins = Some(value);
        self
    }

    /// Sets or clears [`timeout_mins`](CreateClusterRequest::timeout_mins): `None` leaves it out.
    pub fn set_timeout_mins(mut self, value: Option<i64>) -> Self {
        self.request.timeout_mins = value;
        self
    }

    /// Sets [`timezone`](CreateClusterRequest::timezone): The time zone used by the cluster.
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.request.timezone = Some(value.into());
        self
    }

    /// Sets or clears [`timezone`](CreateClusterRequest::timezone): `None` leaves it out.
    pub fn set_timezone(mut self, value: Option<String>) -> Self {
        self.request.timezone = value;
        self
    }

    /// Sets [`user_ca`](CreateClusterRequest::user_ca): The custom cluster CA.
    pub fn user_ca(mut self, value: impl Into<String>) -> Self {
        self.request.user_ca = Some(value.into());
        self
    }

    /// Sets or clears [`user_ca`](CreateClusterRequest::user_ca): `None` leaves it out.
    pub fn set_user_ca(mut self, value: Option<String>) -> Self {
        self.request.user_ca = value;
        self
    }

    /// Sets [`user_data`](CreateClusterRequest::user_data): **\[Deprecated\]** The custom node data.
    pub fn user_data(mut self, value: impl Into<String>) -> Self {
        self.request.user_data = Some(value.into());
        self
    }

    /// Sets or clears [`user_data`](CreateClusterRequest::user_data): `None` leaves it out.
    pub fn set_user_data(mut self, value: Option<String>) -> Self {
        self.request.user_data = value;
        self
    }

    /// Sets [`vpcid`](CreateClusterRequest::vpcid): The VPC used by the cluster.
    pub fn vpcid(mut self, value: impl Into<String>) -> Self {
        self.request.vpcid = Some(value.into());
        self
    }

    /// Sets or clears [`vpcid`](CreateClusterRequest::vpcid): `None` leaves it out.
    pub fn set_vpcid(mut self, value: Option<String>) -> Self {
        self.request.vpcid = value;
        self
    }

    /// Sets [`vswitch_ids`](CreateClusterRequest::vswitch_ids): The vSwitches where the cluster nodes reside.
    pub fn vswitch_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.vswitch_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`vswitch_ids`](CreateClusterRequest::vswitch_ids): `None` leaves it out.
    pub fn set_vswitch_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.vswitch_ids = value;
        self
    }

    /// Sets [`worker_auto_renew`](CreateClusterRequest::worker_auto_renew): **\[Deprecated\]** For node pool configuration, use the auto_renew parameter under scaling_group in nodepool instead.
    pub fn worker_auto_renew(mut self, value: bool) -> Self {
        self.request.worker_auto_renew = Some(value);
        self
    }

    /// Sets or clears [`worker_auto_renew`](CreateClusterRequest::worker_auto_renew): `None` leaves it out.
    pub fn set_worker_auto_renew(mut self, value: Option<bool>) -> Self {
        self.request.worker_auto_renew = value;
        self
    }

    /// Sets [`worker_auto_renew_period`](CreateClusterRequest::worker_auto_renew_period): **\[Deprecated\]** For node pool configuration, use the auto_renew_period parameter under scaling_group in nodepool instead.
    pub fn worker_auto_renew_period(mut self, value: i64) -> Self {
        self.request.worker_auto_renew_period = Some(value);
        self
    }

    /// Sets or clears [`worker_auto_renew_period`](CreateClusterRequest::worker_auto_renew_period): `None` leaves it out.
    pub fn set_worker_auto_renew_period(mut self, value: Option<i64>) -> Self {
        self.request.worker_auto_renew_period = value;
        self
    }

    /// Sets [`worker_data_disks`](CreateClusterRequest::worker_data_disks): **\[Deprecated\]** Use the data_disks parameter under scaling_group in nodepool instead for node pool configurations.
    pub fn worker_data_disks(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::WorkerDataDisks>>,
    ) -> Self {
        self.request.worker_data_disks = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`worker_data_disks`](CreateClusterRequest::worker_data_disks): `None` leaves it out.
    pub fn set_worker_data_disks(
        mut self,
        value: Option<Vec<cs_model::types::WorkerDataDisks>>,
    ) -> Self {
        self.request.worker_data_disks = value;
        self
    }

    /// Sets [`worker_instance_charge_type`](CreateClusterRequest::worker_instance_charge_type): **\[Deprecated\]** Use the instance_charge_type parameter under scaling_group in nodepool instead for node pool configurations.
    pub fn worker_instance_charge_type(mut self, value: impl Into<String>) -> Self {
        self.request.worker_instance_charge_type = Some(value.into());
        self
    }

    /// Sets or clears [`worker_instance_charge_type`](CreateClusterRequest::worker_instance_charge_type): `None` leaves it out.
    pub fn set_worker_instance_charge_type(mut self, value: Option<String>) -> Self {
        self.request.worker_instance_charge_type = value;
        self
    }

    /// Sets [`worker_instance_types`](CreateClusterRequest::worker_instance_types): **\[Deprecated\]** Use the instance_types parameter under scaling_group in nodepool instead for node pool configurations.
    pub fn worker_instance_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.worker_instance_types = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`worker_instance_types`](CreateClusterRequest::worker_instance_types): `None` leaves it out.
    pub fn set_worker_instance_types(mut self, value: Option<Vec<String>>) -> Self {
        self.request.worker_instance_types = value;
        self
    }

    /// Sets [`worker_period`](CreateClusterRequest::worker_period): **\[Deprecated\]** Use the period parameter under scaling_group in nodepool instead for node pool configurations.
    pub fn worker_period(mut self, value: i64) -> Self {
        self.request.worker_period = Some(value);
        self
    }

    /// Sets or clears [`worker_period`](CreateClusterRequest::worker_period): `None` leaves it out.
    pub fn set_worker_period(mut self, value: Option<i64>) -> Self {
        self.request.worker_period = value;
        self
    }

    /// Sets [`worker_period_unit`](CreateClusterRequest::worker_period_unit): **\[Deprecated\]** Use the period_unit parameter under scaling_group in nodepool instead for node pool configurations.
    pub fn worker_period_unit(mut self, value: impl Into<String>) -> Self {
        self.request.worker_period_unit = Some(value.into());
        self
    }

    /// Sets or clears [`worker_period_unit`](CreateClusterRequest::worker_period_unit): `None` leaves it out.
    pub fn set_worker_period_unit(mut self, value: Option<String>) -> Self {
        self.request.worker_period_unit = value;
        self
    }

    /// Sets [`worker_system_disk_category`](CreateClusterRequest::worker_system_disk_category): **\[Deprecated\]** Use the system_disk_category parameter under scaling_group in nodepool instead for node pool configurations.
    pub fn worker_system_disk_category(mut self, value: impl Into<String>) -> Self {
        self.request.worker_system_disk_category = Some(value.into());
        self
    }

    /// Sets or clears [`worker_system_disk_category`](CreateClusterRequest::worker_system_disk_category): `None` leaves it out.
    pub fn set_worker_system_disk_category(mut self, value: Option<String>) -> Self {
        self.request.worker_system_disk_category = value;
        self
    }

    /// Sets [`worker_system_disk_performance_level`](CreateClusterRequest::worker_system_disk_performance_level): **\[Deprecated\]** Use the system_disk_performance_level parameter under scaling_group in nodepool instead for node pool configurations.
    pub fn worker_system_disk_performance_level(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.request.worker_system_disk_performance_level = Some(value.into());
        self
    }

    /// Sets or clears [`worker_system_disk_performance_level`](CreateClusterRequest::worker_system_disk_performance_level): `None` leaves it out.
    pub fn set_worker_system_disk_performance_level(
        mut self,
        value: Option<String>,
    ) -> Self {
        self.request.worker_system_disk_performance_level = value;
        self
    }

    /// Sets [`worker_system_disk_size`](CreateClusterRequest::worker_system_disk_size): **\[Deprecated\]** Use the system_disk_size parameter under scaling_group in nodepool instead for node pool configurations.
    pub fn worker_system_disk_size(mut self, value: i64) -> Self {
        self.request.worker_system_disk_size = Some(value);
        self
    }

    /// Sets or clears [`worker_system_disk_size`](CreateClusterRequest::worker_system_disk_size): `None` leaves it out.
    pub fn set_worker_system_disk_size(mut self, value: Option<i64>) -> Self {
        self.request.worker_system_disk_size = value;
        self
    }

    /// Sets [`worker_system_disk_snapshot_policy_id`](CreateClusterRequest::worker_system_disk_snapshot_policy_id): **\[Deprecated\]** Use the system_disk_snapshot_policy_id parameter under scaling_group in nodepool instead for node pool configurations.
    pub fn worker_system_disk_snapshot_policy_id(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.request.worker_system_disk_snapshot_policy_id = Some(value.into());
        self
    }

    /// Sets or clears [`worker_system_disk_snapshot_policy_id`](CreateClusterRequest::worker_system_disk_snapshot_policy_id): `None` leaves it out.
    pub fn set_worker_system_disk_snapshot_policy_id(
        mut self,
        value: Option<String>,
    ) -> Self {
        self.request.worker_system_disk_snapshot_policy_id = value;
        self
    }

    /// Sets [`worker_vswitch_ids`](CreateClusterRequest::worker_vswitch_ids): **\[Deprecated\]** Use the vswitch_ids parameter under scaling_group in nodepool instead for node pool configurations.
    pub fn worker_vswitch_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.worker_vswitch_ids = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`worker_vswitch_ids`](CreateClusterRequest::worker_vswitch_ids): `None` leaves it out.
    pub fn set_worker_vswitch_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.worker_vswitch_ids = value;
        self
    }

    /// Sets [`zone_id`](CreateClusterRequest::zone_id): **\[Deprecated\]** Use the `zone_ids` parameter instead.
    pub fn zone_id(mut self, value: impl Into<String>) -> Self {
        self.request.zone_id = Some(value.into());
        self
    }

    /// Sets or clears [`zone_id`](CreateClusterRequest::zone_id): `None` leaves it out.
    pub fn set_zone_id(mut self, value: Option<String>) -> Self {
        self.request.zone_id = value;
        self
    }

    /// Sets [`zone_ids`](CreateClusterRequest::zone_ids): The IDs of multiple zones in the region to which the cluster belongs.
    pub fn zone_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.zone_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`zone_ids`](CreateClusterRequest::zone_ids): `None` leaves it out.
    pub fn set_zone_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.zone_ids = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateClusterRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateClusterRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateClusterResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateCluster>(&self.request).await
    }
}
