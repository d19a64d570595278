// @generated from spec/cs/2015-12-15/types/States.json by `cargo xtask codegen`; do not edit.
//! The `States` data type.

/// The list of KubeConfig states associated with the cluster.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct States {
    /// The display name of the Resource Access Management (RAM) user or the name of the RAM role.
    ///
    /// Wire name: `account_display_name`.
    #[serde(
        rename = "account_display_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_display_name: Option<String>,
    /// The ID of the Alibaba Cloud account, Resource Access Management (RAM) user, or RAM role.
    ///
    /// Wire name: `account_id`.
    #[serde(rename = "account_id", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// The logon name of the Resource Access Management (RAM) user or the name of the RAM role.
    ///
    /// Wire name: `account_name`.
    #[serde(rename = "account_name", default, skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    /// The account state.
    ///
    /// Valid values:
    ///
    /// - Active: The account is active.
    /// - InActive: The account is frozen.
    /// - Deleted: The account is deleted.
    ///
    /// Wire name: `account_state`.
    #[serde(rename = "account_state", default, skip_serializing_if = "Option::is_none")]
    pub account_state: Option<String>,
    /// The account type.
    ///
    /// Valid values:
    ///
    /// - RootAccount: Alibaba Cloud account.
    /// - RamUser: Resource Access Management (RAM) user.
    /// - RamRole: RAM role.
    ///
    /// Wire name: `account_type`.
    #[serde(rename = "account_type", default, skip_serializing_if = "Option::is_none")]
    pub account_type: Option<String>,
    /// The expiration time of the KubeConfig client certificate. The time is displayed in ISO 8601 format and includes time zone information.
    ///
    /// Wire name: `cert_expire_time`.
    #[serde(
        rename = "cert_expire_time",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cert_expire_time: Option<String>,
    /// The state of the KubeConfig client certificate.
    ///
    /// Valid values:
    ///
    /// - Unexpired: The certificate is not expired.
    /// - Expired: The certificate is expired.
    /// - Unknown: The certificate state is unknown (abnormal state).
    ///
    /// Wire name: `cert_state`.
    #[serde(rename = "cert_state", default, skip_serializing_if = "Option::is_none")]
    pub cert_state: Option<String>,
    /// The name of the cloud service.
    ///
    /// Wire name: `cloud_service_name`.
    #[serde(
        rename = "cloud_service_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_service_name: Option<String>,
    /// The list of cluster roles associated with the cloud service role in the cluster.
    ///
    /// Wire name: `cloud_service_roles`.
    #[serde(
        rename = "cloud_service_roles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_service_roles: Option<Vec<crate::types::CloudServiceRoles>>,
    /// Specifies whether the KubeConfig client certificate can be revoked.
    ///
    /// Wire name: `revokable`.
    #[serde(rename = "revokable", default, skip_serializing_if = "Option::is_none")]
    pub revokable: Option<bool>,
}

impl States {
    /// The display name of the Resource Access Management (RAM) user or the name of the RAM role (`account_display_name`).
    pub fn account_display_name(&self) -> Option<&str> {
        self.account_display_name.as_deref()
    }

    /// The ID of the Alibaba Cloud account, Resource Access Management (RAM) user, or RAM role (`account_id`).
    pub fn account_id(&self) -> Option<&str> {
        self.account_id.as_deref()
    }

    /// The logon name of the Resource Access Management (RAM) user or the name of the RAM role (`account_name`).
    pub fn account_name(&self) -> Option<&str> {
        self.account_name.as_deref()
    }

    /// The account state (`account_state`).
    pub fn account_state(&self) -> Option<&str> {
        self.account_state.as_deref()
    }

    /// The account type (`account_type`).
    pub fn account_type(&self) -> Option<&str> {
        self.account_type.as_deref()
    }

    /// The expiration time of the KubeConfig client certificate. The time is displayed in ISO 8601 format and includes time zone information (`cert_expire_time`).
    pub fn cert_expire_time(&self) -> Option<&str> {
        self.cert_expire_time.as_deref()
    }

    /// The state of the KubeConfig client certificate (`cert_state`).
    pub fn cert_state(&self) -> Option<&str> {
        self.cert_state.as_deref()
    }

    /// The name of the cloud service (`cloud_service_name`).
    pub fn cloud_service_name(&self) -> Option<&str> {
        self.cloud_service_name.as_deref()
    }

    /// The list of cluster roles associated with the cloud service role in the cluster (`cloud_service_roles`).
    pub fn cloud_service_roles(&self) -> &[crate::types::CloudServiceRoles] {
        self.cloud_service_roles.as_deref().unwrap_or_default()
    }

    /// Specifies whether the KubeConfig client certificate can be revoked (`revokable`).
    pub fn revokable(&self) -> Option<bool> {
        self.revokable
    }
}

impl States {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "States",
    description: sdk_shape::Text::en(
        "The list of KubeConfig states associated with the cluster.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "account_display_name",
            flag: "account-display-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The display name of the Resource Access Management (RAM) user or the name of the RAM role.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "account_id",
            flag: "account-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the Alibaba Cloud account, Resource Access Management (RAM) user, or RAM role.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "account_name",
            flag: "account-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The logon name of the Resource Access Management (RAM) user or the name of the RAM role.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "account_state",
            flag: "account-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The account state.\n\nValid values:\n\n- Active: The account is active.\n- InActive: The account is frozen.\n- Deleted: The account is deleted.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "account_type",
            flag: "account-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The account type.\n\nValid values:\n\n- RootAccount: Alibaba Cloud account.\n- RamUser: Resource Access Management (RAM) user.\n- RamRole: RAM role.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cert_expire_time",
            flag: "cert-expire-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The expiration time of the KubeConfig client certificate. The time is displayed in ISO 8601 format and includes time zone information.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cert_state",
            flag: "cert-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The state of the KubeConfig client certificate.\n\nValid values:\n\n- Unexpired: The certificate is not expired.\n- Expired: The certificate is expired.\n- Unknown: The certificate state is unknown (abnormal state).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cloud_service_name",
            flag: "cloud-service-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the cloud service."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cloud_service_roles",
            flag: "cloud-service-roles",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::cloud_service_roles::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The list of cluster roles associated with the cloud service role in the cluster.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "revokable",
            flag: "revokable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether the KubeConfig client certificate can be revoked.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
