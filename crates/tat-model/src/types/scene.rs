// @generated from spec/tat/2020-10-28/types/Scene.json by `cargo xtask codegen`; do not edit.
//! The `Scene` data type.

/// Scenario details.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Scene {
    /// Scene ID.
    ///
    /// Wire name: `SceneId`.
    #[serde(rename = "SceneId", default, skip_serializing_if = "Option::is_none")]
    pub scene_id: Option<String>,
    /// Scenario name.
    ///
    /// Wire name: `SceneName`.
    #[serde(rename = "SceneName", default, skip_serializing_if = "Option::is_none")]
    pub scene_name: Option<String>,
    /// Scene creator.
    ///
    /// - TAT: public scenario.
    ///
    /// Wire name: `CreatedBy`.
    #[serde(rename = "CreatedBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Creation time. the format is YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `CreatedTime`.
    #[serde(rename = "CreatedTime", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<String>,
    /// Update time. the format is YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `UpdatedTime`.
    #[serde(rename = "UpdatedTime", default, skip_serializing_if = "Option::is_none")]
    pub updated_time: Option<String>,
}

impl Scene {
    /// Scene ID (`SceneId`).
    pub fn scene_id(&self) -> Option<&str> {
        self.scene_id.as_deref()
    }

    /// Scenario name (`SceneName`).
    pub fn scene_name(&self) -> Option<&str> {
        self.scene_name.as_deref()
    }

    /// Scene creator (`CreatedBy`).
    pub fn created_by(&self) -> Option<&str> {
        self.created_by.as_deref()
    }

    /// Creation time. the format is YYYY-MM-DDThh:MM:ssZ (`CreatedTime`).
    pub fn created_time(&self) -> Option<&str> {
        self.created_time.as_deref()
    }

    /// Update time. the format is YYYY-MM-DDThh:MM:ssZ (`UpdatedTime`).
    pub fn updated_time(&self) -> Option<&str> {
        self.updated_time.as_deref()
    }
}

impl Scene {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Scene",
    description: sdk_shape::Text::both("Scenario details.", "场景详情。"),
    members: &[
        sdk_shape::MemberShape {
            name: "SceneId",
            flag: "scene-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Scene ID.", "场景 ID 。"),
            example: Some("\"sc-12345678\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SceneName",
            flag: "scene-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Scenario name.", "场景名称。"),
            example: Some("\"运维场景\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreatedBy",
            flag: "created-by",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Scene creator.\n\n- TAT: public scenario.",
                "场景创建者。\n\n- TAT：公共场景",
            ),
            example: Some("\"TAT\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreatedTime",
            flag: "created-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Creation time. the format is YYYY-MM-DDThh:MM:ssZ.",
                "创建时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2021-05-12T02:49:04Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdatedTime",
            flag: "updated-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Update time. the format is YYYY-MM-DDThh:MM:ssZ.",
                "更新时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2021-05-12T02:49:04Z\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
