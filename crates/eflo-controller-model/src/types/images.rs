// @generated from spec/eflo-controller/2022-12-15/types/Images.json by `cargo xtask codegen`; do not edit.
//! The `Images` data type.

/// The image details.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Images {
    /// The architecture.
    ///
    /// Wire name: `Architecture`.
    #[serde(rename = "Architecture", default, skip_serializing_if = "Option::is_none")]
    pub architecture: Option<String>,
    /// The description.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The image ID.
    ///
    /// Wire name: `ImageId`.
    #[serde(rename = "ImageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The image name.
    ///
    /// Wire name: `ImageName`.
    #[serde(rename = "ImageName", default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
    /// The image version.
    ///
    /// Wire name: `ImageVersion`.
    #[serde(rename = "ImageVersion", default, skip_serializing_if = "Option::is_none")]
    pub image_version: Option<String>,
    /// The number of nodes.
    ///
    /// Wire name: `NodeCount`.
    #[serde(rename = "NodeCount", default, skip_serializing_if = "Option::is_none")]
    pub node_count: Option<i64>,
    /// The platform.
    ///
    /// Wire name: `Platform`.
    #[serde(rename = "Platform", default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// The MD5 hash value of the file.
    ///
    /// Wire name: `ReleaseFileMd5`.
    #[serde(rename = "ReleaseFileMd5", default, skip_serializing_if = "Option::is_none")]
    pub release_file_md5: Option<String>,
    /// The image size.
    ///
    /// Wire name: `ReleaseFileSize`.
    #[serde(
        rename = "ReleaseFileSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub release_file_size: Option<String>,
    /// The image type.
    ///
    /// Wire name: `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl Images {
    /// The architecture (`Architecture`).
    pub fn architecture(&self) -> Option<&str> {
        self.architecture.as_deref()
    }

    /// The description (`Description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The image ID (`ImageId`).
    pub fn image_id(&self) -> Option<&str> {
        self.image_id.as_deref()
    }

    /// The image name (`ImageName`).
    pub fn image_name(&self) -> Option<&str> {
        self.image_name.as_deref()
    }

    /// The image version (`ImageVersion`).
    pub fn image_version(&self) -> Option<&str> {
        self.image_version.as_deref()
    }

    /// The number of nodes (`NodeCount`).
    pub fn node_count(&self) -> Option<i64> {
        self.node_count
    }

    /// The platform (`Platform`).
    pub fn platform(&self) -> Option<&str> {
        self.platform.as_deref()
    }

    /// The MD5 hash value of the file (`ReleaseFileMd5`).
    pub fn release_file_md5(&self) -> Option<&str> {
        self.release_file_md5.as_deref()
    }

    /// The image size (`ReleaseFileSize`).
    pub fn release_file_size(&self) -> Option<&str> {
        self.release_file_size.as_deref()
    }

    /// The image type (`Type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

impl Images {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Images",
    description: sdk_shape::Text::en("The image details."),
    members: &[
        sdk_shape::MemberShape {
            name: "Architecture",
            flag: "architecture",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The architecture."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The description."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ImageId",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The image ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ImageName",
            flag: "image-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The image name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ImageVersion",
            flag: "image-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The image version."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeCount",
            flag: "node-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Platform",
            flag: "platform",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The platform."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ReleaseFileMd5",
            flag: "release-file-md5",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The MD5 hash value of the file."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ReleaseFileSize",
            flag: "release-file-size",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The image size."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The image type."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
