// @generated from spec/cs/2015-12-15/types/CheckItems.json by `cargo xtask codegen`; do not edit.
//! The `CheckItems` data type.

/// The check items.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CheckItems {
    /// The description.
    ///
    /// Wire name: `desc`.
    #[serde(rename = "desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// The display name.
    ///
    /// Wire name: `display`.
    #[serde(rename = "display", default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// The check item group.
    ///
    /// Wire name: `group`.
    #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The evaluation result of the check item.
    ///
    /// Wire name: `level`.
    #[serde(rename = "level", default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// The check result message.
    ///
    /// Wire name: `message`.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The name of the check item.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The reference value.
    ///
    /// Wire name: `refer`.
    #[serde(rename = "refer", default, skip_serializing_if = "Option::is_none")]
    pub refer: Option<String>,
    /// The value of the check item.
    ///
    /// Wire name: `value`.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl CheckItems {
    /// The description (`desc`).
    pub fn desc(&self) -> Option<&str> {
        self.desc.as_deref()
    }

    /// The display name (`display`).
    pub fn display(&self) -> Option<&str> {
        self.display.as_deref()
    }

    /// The check item group (`group`).
    pub fn group(&self) -> Option<&str> {
        self.group.as_deref()
    }

    /// The evaluation result of the check item (`level`).
    pub fn level(&self) -> Option<&str> {
        self.level.as_deref()
    }

    /// The check result message (`message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The name of the check item (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The reference value (`refer`).
    pub fn refer(&self) -> Option<&str> {
        self.refer.as_deref()
    }

    /// The value of the check item (`value`).
    pub fn value(&self) -> Option<&str> {
        self.value.as_deref()
    }
}

impl CheckItems {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CheckItems",
    description: sdk_shape::Text::en("The check items."),
    members: &[
        sdk_shape::MemberShape {
            name: "desc",
            flag: "desc",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The description."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "display",
            flag: "display",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The display name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "group",
            flag: "group",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The check item group."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "level",
            flag: "level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The evaluation result of the check item."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The check result message."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the check item."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "refer",
            flag: "refer",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The reference value."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "value",
            flag: "value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The value of the check item."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
