// @generated from spec/cs/2015-12-15/types/OperationPolicy.json by `cargo xtask codegen`; do not edit.
//! The `OperationPolicy` data type.

/// The cluster automatic O&M policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OperationPolicy {
    /// The cluster auto upgrade configuration.
    ///
    /// Wire name: `cluster_auto_upgrade`.
    #[serde(
        rename = "cluster_auto_upgrade",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_auto_upgrade: Option<crate::types::ClusterAutoUpgrade>,
}

impl OperationPolicy {
    /// Sets `cluster_auto_upgrade`: The cluster auto upgrade configuration.
    pub fn with_cluster_auto_upgrade(
        mut self,
        value: impl Into<crate::types::ClusterAutoUpgrade>,
    ) -> Self {
        self.cluster_auto_upgrade = Some(value.into());
        self
    }

    /// The cluster auto upgrade configuration (`cluster_auto_upgrade`).
    pub fn cluster_auto_upgrade(&self) -> Option<&crate::types::ClusterAutoUpgrade> {
        self.cluster_auto_upgrade.as_ref()
    }
}

impl OperationPolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "OperationPolicy",
    description: sdk_shape::Text::en("The cluster automatic O&M policy."),
    members: &[
        sdk_shape::MemberShape {
            name: "cluster_auto_upgrade",
            flag: "cluster-auto-upgrade",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::cluster_auto_upgrade::SHAPE),
            ),
            description: sdk_shape::Text::en("The cluster auto upgrade configuration."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
