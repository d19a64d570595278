// @generated from spec/cs/2015-12-15/types/AuditLogConfig.json by `cargo xtask codegen`; do not edit.
//! The `AuditLogConfig` data type.

/// The cluster audit log configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct AuditLogConfig {
    /// Specifies whether to enable the cluster audit log feature. Valid values:
    ///
    /// - true: Enable.
    ///
    /// - false: Disable.
    ///
    /// Wire name: `enabled`.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The [SLS Project](https://help.aliyun.com/document_detail/48873.html) that contains the [Logstore](https://help.aliyun.com/document_detail/48873.html) for cluster audit logs.
    ///
    /// - Default value: `k8s-log-{clusterid}`.
    ///
    /// - After the cluster audit log feature is enabled, a Logstore for cluster audit logs is created in the specified SLS Project.
    ///
    /// Default: `"k8s-log-"`.
    ///
    /// Wire name: `sls_project_name`.
    #[serde(
        rename = "sls_project_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sls_project_name: Option<String>,
}

impl AuditLogConfig {
    /// Sets `enabled`: Specifies whether to enable the cluster audit log feature. Valid values:.
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }

    /// Sets `sls_project_name`: The [SLS Project](https://help.aliyun.com/document_detail/48873.html) that contains the [Logstore](https://help.aliyun.com/document_detail/48873.html) for cluster audit logs.
    pub fn with_sls_project_name(mut self, value: impl Into<String>) -> Self {
        self.sls_project_name = Some(value.into());
        self
    }

    /// Specifies whether to enable the cluster audit log feature. Valid values: (`enabled`).
    pub fn enabled(&self) -> Option<bool> {
        self.enabled
    }

    /// The [SLS Project](https://help.aliyun.com/document_detail/48873.html) that contains the [Logstore](https://help.aliyun.com/document_detail/48873.html) for cluster audit logs (`sls_project_name`).
    pub fn sls_project_name(&self) -> Option<&str> {
        self.sls_project_name.as_deref()
    }
}

impl AuditLogConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "AuditLogConfig",
    description: sdk_shape::Text::en("The cluster audit log configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "enabled",
            flag: "enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable the cluster audit log feature. Valid values:\n\n- true: Enable.\n\n- false: Disable.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "sls_project_name",
            flag: "sls-project-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The [SLS Project](https://help.aliyun.com/document_detail/48873.html) that contains the [Logstore](https://help.aliyun.com/document_detail/48873.html) for cluster audit logs.\n\n- Default value: `k8s-log-{clusterid}`.\n\n- After the cluster audit log feature is enabled, a Logstore for cluster audit logs is created in the specified SLS Project.",
            ),
            default: Some("\"k8s-log-\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
