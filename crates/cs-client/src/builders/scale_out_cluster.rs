// @generated from spec/cs/2015-12-15/actions/ScaleOutCluster.json by `cargo xtask codegen`; do not edit.
//! The builder of `ScaleOutCluster`.

use cs_model::ErrorCode;
use cs_model::actions::scale_out_cluster::{
    ScaleOutCluster, ScaleOutClusterRequest, ScaleOutClusterResponse,
};

/// Builds and sends `ScaleOutCluster`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ScaleOutClusterBuilder {
    client: sdk_runtime::ServiceClient,
    request: ScaleOutClusterRequest,
}

impl ScaleOutClusterBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ScaleOutClusterRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ScaleOutClusterRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ScaleOutClusterRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`cloud_monitor_flags`](ScaleOutClusterRequest::cloud_monitor_flags).
    pub fn cloud_monitor_flags(mut self, value: bool) -> Self {
        self.request.cloud_monitor_flags = Some(value);
        self
    }

    /// Sets or clears [`cloud_monitor_flags`](ScaleOutClusterRequest::cloud_monitor_flags): `None` leaves it out.
    pub fn set_cloud_monitor_flags(mut self, value: Option<bool>) -> Self {
        self.request.cloud_monitor_flags = value;
        self
    }

    /// Sets [`count`](ScaleOutClusterRequest::count).
    ///
    /// Required.
    pub fn count(mut self, value: i64) -> Self {
        self.request.count = Some(value);
        self
    }

    /// Sets or clears [`count`](ScaleOutClusterRequest::count): `None` leaves it out.
    pub fn set_count(mut self, value: Option<i64>) -> Self {
        self.request.count = value;
        self
    }

    /// Sets [`cpu_policy`](ScaleOutClusterRequest::cpu_policy).
    pub fn cpu_policy(mut self, value: impl Into<String>) -> Self {
        self.request.cpu_policy = Some(value.into());
        self
    }

    /// Sets or clears [`cpu_policy`](ScaleOutClusterRequest::cpu_policy): `None` leaves it out.
    pub fn set_cpu_policy(mut self, value: Option<String>) -> Self {
        self.request.cpu_policy = value;
        self
    }

    /// Sets [`image_id`](ScaleOutClusterRequest::image_id).
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.request.image_id = Some(value.into());
        self
    }

    /// Sets or clears [`image_id`](ScaleOutClusterRequest::image_id): `None` leaves it out.
    pub fn set_image_id(mut self, value: Option<String>) -> Self {
        self.request.image_id = value;
        self
    }

    /// Sets [`key_pair`](ScaleOutClusterRequest::key_pair).
    ///
    /// Required.
    pub fn key_pair(mut self, value: impl Into<String>) -> Self {
        self.request.key_pair = Some(value.into());
        self
    }

    /// Sets or clears [`key_pair`](ScaleOutClusterRequest::key_pair): `None` leaves it out.
    pub fn set_key_pair(mut self, value: Option<String>) -> Self {
        self.request.key_pair = value;
        self
    }

    /// Sets [`login_password`](ScaleOutClusterRequest::login_password).
    ///
    /// Required.
    pub fn login_password(mut self, value: impl Into<String>) -> Self {
        self.request.login_password = Some(value.into());
        self
    }

    /// Sets or clears [`login_password`](ScaleOutClusterRequest::login_password): `None` leaves it out.
    pub fn set_login_password(mut self, value: Option<String>) -> Self {
        self.request.login_password = value;
        self
    }

    /// Sets [`rds_instances`](ScaleOutClusterRequest::rds_instances).
    pub fn rds_instances(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.rds_instances = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`rds_instances`](ScaleOutClusterRequest::rds_instances): `None` leaves it out.
    pub fn set_rds_instances(mut self, value: Option<Vec<String>>) -> Self {
        self.request.rds_instances = value;
        self
    }

    /// Sets [`runtime`](ScaleOutClusterRequest::runtime).
    pub fn runtime(mut self, value: impl Into<cs_model::types::Runtime>) -> Self {
        self.request.runtime = Some(value.into());
        self
    }

    /// Sets or clears [`runtime`](ScaleOutClusterRequest::runtime): `None` leaves it out.
    pub fn set_runtime(mut self, value: Option<cs_model::types::Runtime>) -> Self {
        self.request.runtime = value;
        self
    }

    /// Sets [`tags`](ScaleOutClusterRequest::tags).
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Tag>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`tags`](ScaleOutClusterRequest::tags): `None` leaves it out.
    pub fn set_tags(mut self, value: Option<Vec<cs_model::types::Tag>>) -> Self {
        self.request.tags = value;
        self
    }

    /// Sets [`taints`](ScaleOutClusterRequest::taints).
    pub fn taints(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Taint>>,
    ) -> Self {
        self.request.taints = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`taints`](ScaleOutClusterRequest::taints): `None` leaves it out.
    pub fn set_taints(mut self, value: Option<Vec<cs_model::types::Taint>>) -> Self {
        self.request.taints = value;
        self
    }

    /// Sets [`user_data`](ScaleOutClusterRequest::user_data).
    pub fn user_data(mut self, value: impl Into<String>) -> Self {
        self.request.user_data = Some(value.into());
        self
    }

    /// Sets or clears [`user_data`](ScaleOutClusterRequest::user_data): `None` leaves it out.
    pub fn set_user_data(mut self, value: Option<String>) -> Self {
        self.request.user_data = value;
        self
    }

    /// Sets [`vswitch_ids`](ScaleOutClusterRequest::vswitch_ids).
    ///
    /// Required.
    pub fn vswitch_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.vswitch_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`vswitch_ids`](ScaleOutClusterRequest::vswitch_ids): `None` leaves it out.
    pub fn set_vswitch_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.vswitch_ids = value;
        self
    }

    /// Sets [`worker_auto_renew`](ScaleOutClusterRequest::worker_auto_renew).
    pub fn worker_auto_renew(mut self, value: bool) -> Self {
        self.request.worker_auto_renew = Some(value);
        self
    }

    /// Sets or clears [`worker_auto_renew`](ScaleOutClusterRequest::worker_auto_renew): `None` leaves it out.
    pub fn set_worker_auto_renew(mut self, value: Option<bool>) -> Self {
        self.request.worker_auto_renew = value;
        self
    }

    /// Sets [`worker_auto_renew_period`](ScaleOutClusterRequest::worker_auto_renew_period).
    pub fn worker_auto_renew_period(mut self, value: i64) -> Self {
        self.request.worker_auto_renew_period = Some(value);
        self
    }

    /// Sets or clears [`worker_auto_renew_period`](ScaleOutClusterRequest::worker_auto_renew_period): `None` leaves it out.
    pub fn set_worker_auto_renew_period(mut self, value: Option<i64>) -> Self {
        self.request.worker_auto_renew_period = value;
        self
    }

    /// Sets [`worker_data_disks`](ScaleOutClusterRequest::worker_data_disks).
    pub fn worker_data_disks(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<cs_model::types::ScaleOutClusterWorkerDataDisks>,
        >,
    ) -> Self {
        self.request.worker_data_disks = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`worker_data_disks`](ScaleOutClusterRequest::worker_data_disks): `None` leaves it out.
    pub fn set_worker_data_disks(
        mut self,
        value: Option<Vec<cs_model::types::ScaleOutClusterWorkerDataDisks>>,
    ) -> Self {
        self.request.worker_data_disks = value;
        self
    }

    /// Sets [`worker_instance_charge_type`](ScaleOutClusterRequest::worker_instance_charge_type).
    pub fn worker_instance_charge_type(mut self, value: impl Into<String>) -> Self {
        self.request.worker_instance_charge_type = Some(value.into());
        self
    }

    /// Sets or clears [`worker_instance_charge_type`](ScaleOutClusterRequest::worker_instance_charge_type): `None` leaves it out.
    pub fn set_worker_instance_charge_type(mut self, value: Option<String>) -> Self {
        self.request.worker_instance_charge_type = value;
        self
    }

    /// Sets [`worker_instance_types`](ScaleOutClusterRequest::worker_instance_types).
    ///
    /// Required.
    pub fn worker_instance_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.worker_instance_types = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`worker_instance_types`](ScaleOutClusterRequest::worker_instance_types): `None` leaves it out.
    pub fn set_worker_instance_types(mut self, value: Option<Vec<String>>) -> Self {
        self.request.worker_instance_types = value;
        self
    }

    /// Sets [`worker_period`](ScaleOutClusterRequest::worker_period).
    pub fn worker_period(mut self, value: i64) -> Self {
        self.request.worker_period = Some(value);
        self
    }

    /// Sets or clears [`worker_period`](ScaleOutClusterRequest::worker_period): `None` leaves it out.
    pub fn set_worker_period(mut self, value: Option<i64>) -> Self {
        self.request.worker_period = value;
        self
    }

    /// Sets [`worker_period_unit`](ScaleOutClusterRequest::worker_period_unit).
    pub fn worker_period_unit(mut self, value: impl Into<String>) -> Self {
        self.request.worker_period_unit = Some(value.into());
        self
    }

    /// Sets or clears [`worker_period_unit`](ScaleOutClusterRequest::worker_period_unit): `None` leaves it out.
    pub fn set_worker_period_unit(mut self, value: Option<String>) -> Self {
        self.request.worker_period_unit = value;
        self
    }

    /// Sets [`worker_system_disk_category`](ScaleOutClusterRequest::worker_system_disk_category).
    ///
    /// Required.
    pub fn worker_system_disk_category(mut self, value: impl Into<String>) -> Self {
        self.request.worker_system_disk_category = Some(value.into());
        self
    }

    /// Sets or clears [`worker_system_disk_category`](ScaleOutClusterRequest::worker_system_disk_category): `None` leaves it out.
    pub fn set_worker_system_disk_category(mut self, value: Option<String>) -> Self {
        self.request.worker_system_disk_category = value;
        self
    }

    /// Sets [`worker_system_disk_size`](ScaleOutClusterRequest::worker_system_disk_size).
    ///
    /// Required.
    pub fn worker_system_disk_size(mut self, value: i64) -> Self {
        self.request.worker_system_disk_size = Some(value);
        self
    }

    /// Sets or clears [`worker_system_disk_size`](ScaleOutClusterRequest::worker_system_disk_size): `None` leaves it out.
    pub fn set_worker_system_disk_size(mut self, value: Option<i64>) -> Self {
        self.request.worker_system_disk_size = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ScaleOutClusterRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ScaleOutClusterRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ScaleOutClusterResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ScaleOutCluster>(&self.request).await
    }
}
