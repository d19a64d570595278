// @generated from spec/cs/2015-12-15/types/ComponentInstances.json by `cargo xtask codegen`; do not edit.
//! The `ComponentInstances` data type.

/// The list of node component instances.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ComponentInstances {
    /// The configuration of the component.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<crate::types::Config>,
    /// The version number of the component configuration.
    ///
    /// Wire name: `config_revision`.
    #[serde(
        rename = "config_revision",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub config_revision: Option<String>,
    /// The name of the component.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The state of the component. Valid values: installing, failed, active, upgrading, updating, and uninstalling.
    ///
    /// Wire name: `state`.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<crate::types::State>,
    /// The version of the component.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl ComponentInstances {
    /// The configuration of the component (`config`).
    pub fn config(&self) -> Option<&crate::types::Config> {
        self.config.as_ref()
    }

    /// The version number of the component configuration (`config_revision`).
    pub fn config_revision(&self) -> Option<&str> {
        self.config_revision.as_deref()
    }

    /// The name of the component (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The state of the component. Valid values: installing, failed, active, upgrading, updating, and uninstalling (`state`).
    pub fn state(&self) -> Option<&crate::types::State> {
        self.state.as_ref()
    }

    /// The version of the component (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

impl ComponentInstances {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ComponentInstances",
    description: sdk_shape::Text::en("The list of node component instances."),
    members: &[
        sdk_shape::MemberShape {
            name: "config",
            flag: "config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::config::SHAPE),
            ),
            description: sdk_shape::Text::en("The configuration of the component."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "config_revision",
            flag: "config-revision",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The version number of the component configuration.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the component."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "state",
            flag: "state",
            kind: sdk_shape::Kind::Enum(&crate::types::state::SHAPE),
            description: sdk_shape::Text::en(
                "The state of the component. Valid values: installing, failed, active, upgrading, updating, and uninstalling.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The version of the component."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
