// @generated from spec/eflo-controller/2022-12-15/types/PropertyDrifts.json by `cargo xtask codegen`; do not edit.
//! The `PropertyDrifts` data type.

/// The property drift list for the node, including both executed and skipped properties.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PropertyDrifts {
    /// The current value of the node property. Complex types are serialized as JSON strings.
    ///
    /// Wire name: `ActualValue`.
    #[serde(rename = "ActualValue", default, skip_serializing_if = "Option::is_none")]
    pub actual_value: Option<String>,
    /// The minimum action required to apply the target value: Refresh, Reboot, or Reimage. For more information, see the MaxDisruptiveAction parameter of the [RefreshNodeGroupNodes](crate::actions::refresh_node_group_nodes::RefreshNodeGroupNodes) operation.
    ///
    /// Wire name: `MinRequiredAction`.
    #[serde(
        rename = "MinRequiredAction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_required_action: Option<String>,
    /// The property path in dot notation.
    ///
    /// Wire name: `PropertyPath`.
    #[serde(rename = "PropertyPath", default, skip_serializing_if = "Option::is_none")]
    pub property_path: Option<String>,
    /// Indicates whether the property was skipped because it exceeded the MaxDisruptiveAction constraint.
    ///
    /// Wire name: `Skipped`.
    #[serde(rename = "Skipped", default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<bool>,
    /// The target value of the node property. Complex types are serialized as JSON strings.
    ///
    /// Wire name: `TargetValue`.
    #[serde(rename = "TargetValue", default, skip_serializing_if = "Option::is_none")]
    pub target_value: Option<String>,
}

impl PropertyDrifts {
    /// The current value of the node property. Complex types are serialized as JSON strings (`ActualValue`).
    pub fn actual_value(&self) -> Option<&str> {
        self.actual_value.as_deref()
    }

    /// The minimum action required to apply the target value: Refresh, Reboot, or Reimage. For more information, see the MaxDisruptiveAction parameter of the [RefreshNodeGroupNodes](crate::actions::refresh_node_group_nodes::RefreshNodeGroupNodes) operation (`MinRequiredAction`).
    pub fn min_required_action(&self) -> Option<&str> {
        self.min_required_action.as_deref()
    }

    /// The property path in dot notation (`PropertyPath`).
    pub fn property_path(&self) -> Option<&str> {
        self.property_path.as_deref()
    }

    /// Indicates whether the property was skipped because it exceeded the MaxDisruptiveAction constraint (`Skipped`).
    pub fn skipped(&self) -> Option<bool> {
        self.skipped
    }

    /// The target value of the node property. Complex types are serialized as JSON strings (`TargetValue`).
    pub fn target_value(&self) -> Option<&str> {
        self.target_value.as_deref()
    }
}

impl PropertyDrifts {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "PropertyDrifts",
    description: sdk_shape::Text::en(
        "The property drift list for the node, including both executed and skipped properties.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "ActualValue",
            flag: "actual-value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The current value of the node property. Complex types are serialized as JSON strings.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MinRequiredAction",
            flag: "min-required-action",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The minimum action required to apply the target value: Refresh, Reboot, or Reimage. For more information, see the MaxDisruptiveAction parameter of the RefreshNodeGroupNodes operation.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "PropertyPath",
            flag: "property-path",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The property path in dot notation."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Skipped",
            flag: "skipped",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether the property was skipped because it exceeded the MaxDisruptiveAction constraint.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TargetValue",
            flag: "target-value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The target value of the node property. Complex types are serialized as JSON strings.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
