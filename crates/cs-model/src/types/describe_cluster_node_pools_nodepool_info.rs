// @generated from spec/cs/2015-12-15/types/DescribeClusterNodePoolsNodepoolInfo.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterNodePoolsNodepoolInfo` data type.

/// The node pool information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterNodePoolsNodepoolInfo {
    /// The time when the node pool was created.
    ///
    /// Wire name: `created`.
    #[serde(rename = "created", default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// Specifies whether the node pool is the default node pool. Typically, a cluster has only one default node pool. Valid values:
    ///
    /// - true: The node pool is the default node pool.
    /// - false: The node pool is not the default node pool.
    ///
    /// Wire name: `is_default`.
    #[serde(rename = "is_default", default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// The node pool name.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The node pool ID.
    ///
    /// Wire name: `nodepool_id`.
    #[serde(rename = "nodepool_id", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
    /// The region ID.
    ///
    /// Wire name: `region_id`.
    #[serde(rename = "region_id", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// The resource group ID.
    ///
    /// Wire name: `resource_group_id`.
    #[serde(
        rename = "resource_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The node pool type. Valid values:
    ///
    /// - `ess`: standard node pool, which includes managed and auto scaling features.
    /// - `edge`: edge node pool.
    /// - `lingjun`: Lingjun node pool.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The time when the node pool was updated.
    ///
    /// Wire name: `updated`.
    #[serde(rename = "updated", default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
}

impl DescribeClusterNodePoolsNodepoolInfo {
    /// The time when the node pool was created (`created`).
    pub fn created(&self) -> Option<&str> {
        self.created.as_deref()
    }

    /// Specifies whether the node pool is the default node pool. Typically, a cluster has only one default node pool. Valid values: (`is_default`).
    pub fn is_default(&self) -> Option<bool> {
        self.is_default
    }

    /// The node pool name (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The node pool ID (`nodepool_id`).
    pub fn nodepool_id(&self) -> Option<&str> {
        self.nodepool_id.as_deref()
    }

    /// The region ID (`region_id`).
    pub fn region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    /// The resource group ID (`resource_group_id`).
    pub fn resource_group_id(&self) -> Option<&str> {
        self.resource_group_id.as_deref()
    }

    /// The node pool type. Valid values: (`type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }

    /// The time when the node pool was updated (`updated`).
    pub fn updated(&self) -> Option<&str> {
        self.updated.as_deref()
    }
}

impl DescribeClusterNodePoolsNodepoolInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeClusterNodePoolsNodepoolInfo",
    description: sdk_shape::Text::en("The node pool information."),
    members: &[
        sdk_shape::MemberShape {
            name: "created",
            flag: "created",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The time when the node pool was created."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "is_default",
            flag: "is-default",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether the node pool is the default node pool. Typically, a cluster has only one default node pool. Valid values:\n\n- true: The node pool is the default node pool.\n- false: The node pool is not the default node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node pool name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepool_id",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node pool ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "region_id",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The region ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_group_id",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource group ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node pool type. Valid values:\n\n- `ess`: standard node pool, which includes managed and auto scaling features.\n- `edge`: edge node pool.\n- `lingjun`: Lingjun node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "updated",
            flag: "updated",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The time when the node pool was updated."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
