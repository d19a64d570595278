// @generated from spec/cs/2015-12-15/types/ListClusterAddonInstancesAddons.json by `cargo xtask codegen`; do not edit.
//! The `ListClusterAddonInstancesAddons` data type.

/// The list of installed add-on instances.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListClusterAddonInstancesAddons {
    /// The add-on name.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The add-on status. Valid values:
    ///
    /// - active: Installed.
    /// - updating: Modifying.
    /// - upgrading: Upgrading.
    /// - deleting: Uninstalling.
    ///
    /// Wire name: `state`.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The add-on version.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl ListClusterAddonInstancesAddons {
    /// The add-on name (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The add-on status. Valid values: (`state`).
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }

    /// The add-on version (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

impl ListClusterAddonInstancesAddons {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ListClusterAddonInstancesAddons",
    description: sdk_shape::Text::en("The list of installed add-on instances."),
    members: &[
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The add-on name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "state",
            flag: "state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The add-on status. Valid values:\n\n- active: Installed.\n- updating: Modifying.\n- upgrading: Upgrading.\n- deleting: Uninstalling.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The add-on version."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
