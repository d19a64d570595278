// @generated from spec/cs/2015-12-15/types/ListUserKubeConfigStatesStates.json by `cargo xtask codegen`; do not edit.
//! The `ListUserKubeConfigStatesStates` data type.

/// The KubeConfig status details of the user.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListUserKubeConfigStatesStates {
    /// The expiration time of the KubeConfig certificate. The time is displayed in UTC and follows the RFC 3339 standard.
    ///
    /// Wire name: `cert_expire_time`.
    #[serde(
        rename = "cert_expire_time",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cert_expire_time: Option<String>,
    /// The current status of the KubeConfig certificate. Valid values:
    ///
    /// - Expired: The certificate has expired.
    /// - Unexpired: The certificate has not expired.
    /// - Unissued: The certificate has not been issued.
    /// - Unknown: The status is unknown.
    /// - Removed: The certificate has been removed (the certificate has an issuance record).
    ///
    /// Wire name: `cert_state`.
    #[serde(rename = "cert_state", default, skip_serializing_if = "Option::is_none")]
    pub cert_state: Option<String>,
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The cluster name.
    ///
    /// Wire name: `cluster_name`.
    #[serde(rename = "cluster_name", default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    /// The running status of the cluster. Valid values:
    ///
    /// - `initial`: The cluster is being created.
    /// - `failed`: The cluster failed to be created.
    /// - `running`: The cluster is running.
    /// - `updating`: The cluster is being upgraded.
    /// - `updating_failed`: The cluster failed to be upgraded.
    /// - `scaling`: The cluster is being scaled.
    /// - `stopped`: The cluster is stopped.
    /// - `deleting`: The cluster is being deleted.
    /// - `deleted`: The cluster is deleted.
    /// - `delete_failed`: The cluster failed to be deleted.
    ///
    /// Wire name: `cluster_state`.
    #[serde(rename = "cluster_state", default, skip_serializing_if = "Option::is_none")]
    pub cluster_state: Option<String>,
}

impl ListUserKubeConfigStatesStates {
    /// The expiration time of the KubeConfig certificate. The time is displayed in UTC and follows the RFC 3339 standard (`cert_expire_time`).
    pub fn cert_expire_time(&self) -> Option<&str> {
        self.cert_expire_time.as_deref()
    }

    /// The current status of the KubeConfig certificate. Valid values: (`cert_state`).
    pub fn cert_state(&self) -> Option<&str> {
        self.cert_state.as_deref()
    }

    /// The cluster ID (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The cluster name (`cluster_name`).
    pub fn cluster_name(&self) -> Option<&str> {
        self.cluster_name.as_deref()
    }

    /// The running status of the cluster. Valid values: (`cluster_state`).
    pub fn cluster_state(&self) -> Option<&str> {
        self.cluster_state.as_deref()
    }
}

impl ListUserKubeConfigStatesStates {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ListUserKubeConfigStatesStates",
    description: sdk_shape::Text::en("The KubeConfig status details of the user."),
    members: &[
        sdk_shape::MemberShape {
            name: "cert_expire_time",
            flag: "cert-expire-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The expiration time of the KubeConfig certificate. The time is displayed in UTC and follows the RFC 3339 standard.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cert_state",
            flag: "cert-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The current status of the KubeConfig certificate. Valid values:\n\n- Expired: The certificate has expired.\n- Unexpired: The certificate has not expired.\n- Unissued: The certificate has not been issued.\n- Unknown: The status is unknown.\n- Removed: The certificate has been removed (the certificate has an issuance record).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_name",
            flag: "cluster-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_state",
            flag: "cluster-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The running status of the cluster. Valid values:\n\n- `initial`: The cluster is being created.\n- `failed`: The cluster failed to be created.\n- `running`: The cluster is running.\n- `updating`: The cluster is being upgraded.\n- `updating_failed`: The cluster failed to be upgraded.\n- `scaling`: The cluster is being scaled.\n- `stopped`: The cluster is stopped.\n- `deleting`: The cluster is being deleted.\n- `deleted`: The cluster is deleted.\n- `delete_failed`: The cluster failed to be deleted.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
