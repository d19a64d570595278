// @generated from spec/cs/2015-12-15/types/List.json by `cargo xtask codegen`; do not edit.
//! The `List` data type.

/// The list of node addition information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct List {
    /// The status code of the node addition result.
    ///
    /// Wire name: `code`.
    #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The ECS instance ID.
    ///
    /// Wire name: `instanceId`.
    #[serde(rename = "instanceId", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// The description of the node addition result.
    ///
    /// Wire name: `message`.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl List {
    /// The status code of the node addition result (`code`).
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The ECS instance ID (`instanceId`).
    pub fn instance_id(&self) -> Option<&str> {
        self.instance_id.as_deref()
    }

    /// The description of the node addition result (`message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

impl List {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "List",
    description: sdk_shape::Text::en("The list of node addition information."),
    members: &[
        sdk_shape::MemberShape {
            name: "code",
            flag: "code",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The status code of the node addition result.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instanceId",
            flag: "instance-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ECS instance ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The description of the node addition result.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
