// @generated from spec/cs/2015-12-15/types/DescribeNodePoolVulsVulRecords.json by `cargo xtask codegen`; do not edit.
//! The `DescribeNodePoolVulsVulRecords` data type.

/// The list of vulnerabilities in the node pool.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeNodePoolVulsVulRecords {
    /// The node instance ID.
    ///
    /// Wire name: `instance_id`.
    #[serde(rename = "instance_id", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// The name of the node, which identifies the node in the cluster.
    ///
    /// Wire name: `node_name`.
    #[serde(rename = "node_name", default, skip_serializing_if = "Option::is_none")]
    pub node_name: Option<String>,
    /// The list of vulnerabilities.
    ///
    /// Wire name: `vul_list`.
    #[serde(rename = "vul_list", default, skip_serializing_if = "Option::is_none")]
    pub vul_list: Option<Vec<crate::types::VulList>>,
}

impl DescribeNodePoolVulsVulRecords {
    /// The node instance ID (`instance_id`).
    pub fn instance_id(&self) -> Option<&str> {
        self.instance_id.as_deref()
    }

    /// The name of the node, which identifies the node in the cluster (`node_name`).
    pub fn node_name(&self) -> Option<&str> {
        self.node_name.as_deref()
    }

    /// The list of vulnerabilities (`vul_list`).
    pub fn vul_list(&self) -> &[crate::types::VulList] {
        self.vul_list.as_deref().unwrap_or_default()
    }
}

impl DescribeNodePoolVulsVulRecords {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeNodePoolVulsVulRecords",
    description: sdk_shape::Text::en("The list of vulnerabilities in the node pool."),
    members: &[
        sdk_shape::MemberShape {
            name: "instance_id",
            flag: "instance-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node instance ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_name",
            flag: "node-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the node, which identifies the node in the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vul_list",
            flag: "vul-list",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::vul_list::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of vulnerabilities."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
