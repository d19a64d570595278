// @generated from spec/cs/2015-12-15/actions/UpdateClusterAuditLogConfig.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpdateClusterAuditLogConfig`.

use cs_model::ErrorCode;
use cs_model::actions::update_cluster_audit_log_config::{
    UpdateClusterAuditLogConfig, UpdateClusterAuditLogConfigRequest,
    UpdateClusterAuditLogConfigResponse,
};

/// Builds and sends `UpdateClusterAuditLogConfig`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpdateClusterAuditLogConfigBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpdateClusterAuditLogConfigRequest,
}

impl UpdateClusterAuditLogConfigBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpdateClusterAuditLogConfigRequest::default(),
        }
    }

    /// Sets [`Clusterid`](UpdateClusterAuditLogConfigRequest::clusterid).
    ///
    /// Required.
    pub fn clusterid(mut self, value: impl Into<String>) -> Self {
        self.request.clusterid = Some(value.into());
        self
    }

    /// Sets or clears [`Clusterid`](UpdateClusterAuditLogConfigRequest::clusterid): `None` leaves it out.
    pub fn set_clusterid(mut self, value: Option<String>) -> Self {
        self.request.clusterid = value;
        self
    }

    /// Sets [`disable`](UpdateClusterAuditLogConfigRequest::disable): Specifies whether to disable the cluster audit log feature.
    pub fn disable(mut self, value: bool) -> Self {
        self.request.disable = Some(value);
        self
    }

    /// Sets or clears [`disable`](UpdateClusterAuditLogConfigRequest::disable): `None` leaves it out.
    pub fn set_disable(mut self, value: Option<bool>) -> Self {
        self.request.disable = value;
        self
    }

    /// Sets [`sls_project_name`](UpdateClusterAuditLogConfigRequest::sls_project_name): The [SLS project](https://help.aliyun.com/document_detail/48873.html) where the [Logstore](https://help.aliyun.com/document_detail/48874.html) for cluster audit logs is located.
    pub fn sls_project_name(mut self, value: impl Into<String>) -> Self {
        self.request.sls_project_name = Some(value.into());
        self
    }

    /// Sets or clears [`sls_project_name`](UpdateClusterAuditLogConfigRequest::sls_project_name): `None` leaves it out.
    pub fn set_sls_project_name(mut self, value: Option<String>) -> Self {
        self.request.sls_project_name = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpdateClusterAuditLogConfigRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: UpdateClusterAuditLogConfigRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<UpdateClusterAuditLogConfigResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<UpdateClusterAuditLogConfig>(&self.request).await
    }
}
